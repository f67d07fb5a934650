/** Input no spreadsheet can hold is refused as bad input (exit 2, both languages), never an internal error (issue 13). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../support/cli";
import { seedText } from "../support/seeds";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-huge-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);

describe("a text file wider than an Excel sheet", () => {
  const wideRow = (sep: string) => Array.from({ length: 16_385 }, (_, i) => `v${i}`).join(sep);
  const wide = (sep: string) => (sep === "\t" ? `${seedText("000")}\n${wideRow(sep)}\n` : `项目名称,总计\n${wideRow(sep)}\n`);

  it.each([
    ["wide.txt", "\t"],
    ["wide.csv", ","],
  ])("annotate %s: exit 2, 'more columns than Excel allows' in Chinese and English, no output", async (name, sep) => {
    fs.writeFileSync(at(name), wide(sep));
    const r = await run("annotate", at(name), "-o", at(`${name}.xlsx`));
    expect(r.code).toBe(2);
    expect(r.err).toContain("列数超过了 Excel 允许的上限");
    expect(r.err).toContain("more columns than Excel allows");
    expect(fs.existsSync(at(`${name}.xlsx`))).toBe(false);
  });

  it("check says the same, exit 2", async () => {
    fs.writeFileSync(at("wide2.txt"), wide("\t"));
    const r = await run("check", at("wide2.txt"));
    expect([r.code, r.err + r.out]).toEqual([2, expect.stringContaining("more columns than Excel allows")]);
  });

  it("a table exactly 16,384 columns wide is still read", async () => {
    fs.writeFileSync(at("edge.txt"), `${seedText("000")}\n${Array.from({ length: 16_384 }, (_, i) => `v${i}`).join("\t")}\n`);
    const r = await run("check", at("edge.txt"));
    expect(r.code).not.toBe(2);
    expect(r.code).not.toBe(3);
  }, 30_000);
});
