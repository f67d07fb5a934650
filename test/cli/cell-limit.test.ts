/**
 * No file the product writes holds a cell longer than Excel's 32,767 characters: a 32,760-character indicator cell
 * gives 指标明细, 校验结果 and 审核意见 whose messages quote it cut with "…", and a CSV cell longer than any Excel
 * cell gets a finding and is cut in the output — read back with ExcelJS, every sheet, every cell.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../support/cli";
import { SUMMARY_FILE } from "../../src/cli/annotate";
import { CELL_CHAR_LIMIT, cellText, DETAIL_SHEET, RESULT_SHEET, REVIEW_SHEET, type CellValue } from "../../src/core";
import { QUOTE_CHARS } from "../../src/i18n";
import { editRow, seedGrid, seedText } from "../support/seeds";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-cell-limit-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);

/**
 * Seed 001's first project (row 12) with an indicator cell (G) of `length` characters of prose the parser cannot
 * place, which 一键校验 quotes whole (unplaced-text): before the fix a 32,781-character message in 校验结果.
 */
function longIndicatorRows(length: number): string[][] {
  const tsv = editRow(seedText("001"), 12, (cells) => [...cells.slice(0, 6), "按计划完成".repeat(length).slice(0, length)]);
  return tsv.split("\n").map((l) => l.split("\t"));
}

async function xlsxOf(rows: readonly (readonly CellValue[])[], file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目表");
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  await wb.xlsx.writeFile(file);
  return file;
}

/** Every sheet's longest cell text, read back from the file as Excel would. */
async function longestCells(file: string): Promise<Record<string, number>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, number> = {};
  wb.eachSheet((ws) => {
    let longest = 0;
    ws.eachRow((row) => row.eachCell((cell) => (longest = Math.max(longest, cell.text.length))));
    out[ws.name] = longest;
  });
  return out;
}

async function sheetTexts(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  wb.getWorksheet(sheet)?.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
  return texts;
}

describe("a 32,760-character indicator cell", () => {
  const input = at("long.xlsx");
  const output = at("long.annotated.xlsx");
  const reviewed = at("long.reviewed.xlsx");
  beforeAll(async () => {
    const rows = longIndicatorRows(32_760);
    expect(rows[11][6]).toHaveLength(32_760);
    await xlsxOf(rows, input);
  });

  it("is annotated into a file whose every cell, in every sheet, holds at most 32,767 characters", async () => {
    const before = fs.readFileSync(input);
    const r = await run("annotate", input, "-o", output);
    expect([r.code, r.err]).toEqual([1, ""]);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const longest = await longestCells(output);
    expect(Object.keys(longest)).toEqual(expect.arrayContaining(["项目表", DETAIL_SHEET, RESULT_SHEET]));
    for (const [sheet, n] of Object.entries(longest)) expect([sheet, n <= CELL_CHAR_LIMIT]).toEqual([sheet, true]);
    // The table itself is kept whole: 32,760 characters fit in a cell.
    expect(longest["项目表"]).toBe(32_760);
  });

  it("is quoted in 校验结果 cut to a readable length with …", async () => {
    const messages = (await sheetTexts(output, RESULT_SHEET)).filter((t) => t.includes("按计划完成"));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m).toContain("…");
      expect(m.length).toBeLessThan(QUOTE_CHARS + 200);
    }
  });

  it("gives a 审核意见 whose cells fit as well", async () => {
    const r = await run("review", input, "-o", reviewed, "--date", "2026-12-01");
    expect([r.code, r.err]).toEqual([1, ""]);
    const longest = await longestCells(reviewed);
    expect(longest[REVIEW_SHEET]).toBeGreaterThan(0);
    for (const [sheet, n] of Object.entries(longest)) expect([sheet, n <= CELL_CHAR_LIMIT]).toEqual([sheet, true]);
  });
});

describe("a CSV cell longer than any Excel cell", () => {
  const dir = at("folder");
  const csvName = "超长.tsv";
  beforeAll(async () => {
    fs.mkdirSync(dir);
    const rows = seedGrid("001").rows.map((r) => r.map((v) => cellText(v)));
    rows[11][5] = "目".repeat(40_000); // 绩效目标 of the first project
    fs.writeFileSync(path.join(dir, csvName), rows.map((r) => r.join("\t")).join("\n"));
    await xlsxOf(longIndicatorRows(32_760), path.join(dir, "long.xlsx"));
  });

  it("gets a cell-too-long finding naming the cell and its length, in Chinese and English", async () => {
    const zh = JSON.parse((await run("check", path.join(dir, csvName), "--json")).out) as { findings: { code: string; row: number; column: string; message: string }[] };
    const f = zh.findings.find((x) => x.code === "cell-too-long");
    expect(f).toMatchObject({ row: 12, column: "F" });
    expect(f?.message).toContain("40000 个字符");
    const en = JSON.parse((await run("check", path.join(dir, csvName), "--json", "--lang", "en")).out) as { findings: { code: string; message: string }[] };
    expect(en.findings.find((x) => x.code === "cell-too-long")?.message).toContain("40000 characters");
  });

  it("is cut to 32,767 characters in the annotated file and the folder's summary workbook fits too", async () => {
    const before = fs.readFileSync(path.join(dir, csvName));
    const r = await run("annotate", dir);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(path.join(dir, csvName)).equals(before)).toBe(true);
    const outDir = `${dir}-annotated`;
    const table = await sheetTexts(path.join(outDir, "超长.annotated.xlsx"), "超长");
    const cut = table.find((t) => t.startsWith("目目目"));
    expect(cut).toHaveLength(CELL_CHAR_LIMIT);
    expect(cut?.endsWith("…")).toBe(true);
    for (const file of ["超长.annotated.xlsx", "long.annotated.xlsx", SUMMARY_FILE]) {
      for (const [sheet, n] of Object.entries(await longestCells(path.join(outDir, file)))) expect([file, sheet, n <= CELL_CHAR_LIMIT]).toEqual([file, sheet, true]);
    }
  });
});
