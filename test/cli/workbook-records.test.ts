/**
 * The product's records in a workbook, when someone else has been there: a user's own sheet called `_perftarget`,
 * hand-edited fill records, a stored review too big or broken to read, a stored rule set that does not validate.
 * The user gets their sheet untouched, a warning that names what was skipped, and never an internal error.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../support/cli";
import { seedGrid } from "../support/seeds";
import { MARKER, META_SHEET } from "../../src/hosts/shared/perftarget-sheet";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-records-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);

/** Seed 001 on 项目表, and whatever `more` adds (a user's sheet, a record sheet). */
async function workbook(name: string, more: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目表");
  seedGrid("001").rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  more(wb);
  const file = at(name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A very hidden `_perftarget` holding `rows` from A1 (as an earlier version wrote it: no marker). */
const recordSheet = (rows: string[][]) => (wb: ExcelJS.Workbook) => {
  const ws = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  rows.forEach((row, r) => row.forEach((v, c) => v && (ws.getCell(r + 1, c + 1).value = v)));
};

const setting = (key: string, value: string) => ["", "", "", "", "", "", "", "", key, value];

async function sheetsOf(file: string): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets;
}

describe("a user's own sheet called _perftarget", () => {
  const userSheet = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet(META_SHEET);
    ws.getCell("A1").value = "我的工作表";
    ws.getCell("B1").value = "A1";
    ws.getCell("C1").value = "{not json";
  };

  it("is kept as it was by annotate, and the product's records go to a very hidden sheet of another name", async () => {
    const file = await workbook("user-sheet.xlsx", userSheet);
    const out = at("user-sheet.out.xlsx");
    const r = await run("annotate", file, "-o", out);
    expect(r.code).toBeLessThan(2);
    expect(r.err).toBe("");
    const sheets = await sheetsOf(out);
    const mine = sheets.find((s) => s.name === META_SHEET)!;
    expect(mine.state).toBe("visible");
    expect([mine.getCell("A1").value, mine.getCell("B1").value, mine.getCell("C1").value]).toEqual(["我的工作表", "A1", "{not json"]);
    const ours = sheets.filter((s) => s.state === "veryHidden");
    expect(ours.map((s) => s.name)).toEqual([`${META_SHEET}~2`]);
    expect(ours[0].getCell("E1").value).toBe(MARKER);
  });

  it("is one of the user's sheets to parse and check", async () => {
    const file = await workbook("user-sheet-only.xlsx", (wb) => {
      wb.removeWorksheet(wb.getWorksheet("项目表")!.id);
      const ws = wb.addWorksheet(META_SHEET);
      seedGrid("001").rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    });
    const parsed = await run("parse", file, "--json");
    expect(parsed.code).toBe(0);
    expect(JSON.parse(parsed.out).sheet).toBe(META_SHEET);
    expect((await run("check", file, "--sheet", META_SHEET)).code).toBeLessThan(2);
  });
});

describe("a hand-edited fill record in _perftarget", () => {
  it.each([
    ["bad fill JSON", ["项目表", "B9", "{oops", "#FFC000"]],
    ["an address no sheet has", ["项目表", "ZZZZ99999999", "", "#FFC000"]],
  ])("with %s is skipped with a warning naming its row, and annotate and review still work", async (_, record) => {
    const file = await workbook(`damaged-${record[1]}.xlsx`, recordSheet([["项目表", "C9", "", "#FFC000"], record]));
    for (const command of ["annotate", "review"]) {
      const r = await run(command, file, "-o", at(`damaged-${record[1]}.${command}.xlsx`));
      expect(r.err).not.toMatch(/内部错误|internal error|at .*\.ts:\d+/);
      expect(r.code).toBeLessThan(2);
      expect(r.err).toContain("第 2 行的填充记录已损坏");
      expect(r.err).toContain("row 2 of the record sheet");
    }
  });
});

describe("a stored review or rule set that cannot be read", () => {
  it("says so, in both languages and in check --json, and says the review is not used and the default rules are", async () => {
    const file = await workbook("unreadable.xlsx", recordSheet([setting("perftarget.review", "{broken"), setting("perftarget.rules", '{"name":1}')]));
    const text = await run("check", file);
    expect(text.code).toBeLessThan(2);
    expect(text.err).toContain("工作簿中保存的审核记录无法读取");
    expect(text.err).toContain("The review saved in this workbook cannot be read");
    expect(text.err).toContain("已改用内置默认规则集");
    const json = JSON.parse((await run("check", file, "--json")).out);
    expect(json.notices.map((n: { code: string }) => n.code)).toEqual(["stored-review-unreadable", "stored-rules-unreadable"]);
    const annotated = await run("annotate", file, "-o", at("unreadable.out.xlsx"));
    expect(annotated.err).toContain("工作簿中保存的审核记录无法读取");
    expect(annotated.err).toContain("The rule set saved in the workbook cannot be used");
  });

  it("of 200,000 invalid acceptances is reported as unreadable, not an internal error", async () => {
    const bad = { code: "no-such-code", cell: "B9", fingerprint: "0123456789abcdef", reason: "r", who: "w", when: "2026-01-01" };
    const review = JSON.stringify({ schemaVersion: 1, sheets: { 项目表: { accepted: Array.from({ length: 200_000 }, () => bad), verdicts: [] } } });
    const pieces = review.match(/[^]{1,32000}/g)!;
    const file = await workbook("huge-review.xlsx", recordSheet([["", "", "", "", "", "", "", "", "perftarget.review", ...pieces]]));
    for (const args of [["check", file], ["annotate", file, "-o", at("huge-review.out.xlsx")]]) {
      const r = await run(...args);
      expect(r.code).toBeLessThan(2);
      expect(r.err).toContain("工作簿中保存的审核记录无法读取");
    }
  });
});
