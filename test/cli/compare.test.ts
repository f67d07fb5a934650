// `perftarget compare OLD NEW`: a readable table by project, --json as the schema says, exit 0 or 2.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CompareJsonSchema } from "../../src/core";
import { run } from "../support/cli";
import { editRow, seedFile, seedText } from "../support/seeds";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-compare-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function changedCopy(): string {
  let t = seedText("000");
  for (const [row, col, v] of [[14, 1, "2,262.98"], [14, 2, "2,262.98"]] as const) t = editRow(t, row, (c) => c.map((x, i) => (i === col ? v : x)));
  t = editRow(t, 14, (c) => c.map((x, i) => (i === 6 ? x.replace("年度指标值：≥5。", "年度指标值：≥4。") : x)));
  const file = path.join(dir, "000-new.txt");
  fs.writeFileSync(file, t);
  return file;
}

describe("perftarget compare", () => {
  it("says two identical versions do not differ, exit 0", async () => {
    const r = await run("compare", seedFile("000"), seedFile("000"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("两个版本没有差别");
  });

  it("lists the changes by project and warns when the budget rose while a ≥ target fell", async () => {
    const r = await run("compare", seedFile("000"), changedCopy());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/智慧白云建设经费\s+金额变化\s+总计\s+2062.98\s+2262.98\s+B14 → B14/);
    expect(r.out).toMatch(/年度指标值降低\s+全年新建开发信息化系统数量\s+≥5\s+≥4\s+G14 → G14/);
    expect(r.out).toContain("G14  项目“智慧白云建设经费”预算增加，指标“全年新建开发信息化系统数量”的目标却降低了");
  });

  it("prints --json that the schema accepts, in English with --lang en", async () => {
    const r = await run("compare", seedFile("000"), changedCopy(), "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const json = CompareJsonSchema.parse(JSON.parse(r.out));
    expect(json.summary["amount-changed"]).toBe(2);
    expect(json.changes.find((c) => c.kind === "target-changed")).toMatchObject({ direction: "lowered", operator: ">=", newCell: "G14" });
    expect(json.findings.map((f) => f.code)).toEqual(["target-lowered-budget-up"]);
    expect(json.findings[0].message).toContain("the budget rose");
  });

  it("exits 2 with one bilingual line when a version cannot be read, and names the usage with one file", async () => {
    const r = await run("compare", seedFile("000"), path.join(dir, "missing.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ \/ /);
    expect((await run("compare", seedFile("000"))).code).toBe(2);
  });
});
