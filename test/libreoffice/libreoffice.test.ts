/**
 * A real spreadsheet program: every seed annotated by `perftarget annotate` (and one formatted .xlsx input) is
 * opened by LibreOffice Calc, headless, and saved again as .xlsx. The result must open, keep the original
 * sheet's values, keep our highlights, and hold 指标明细 / 校验结果 with links LibreOffice could compute.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { annotateFile } from "../../src/cli/annotate";
import { checkSheet, highlightsFor, lastFilled, parseSheet, type CellValue } from "../../src/core";
import { worksheetToGrid } from "../../src/hosts/xlsx/xlsx.loader";
import { seedWorkbook } from "../e2e/files";
import { SEED_FILES, SEEDS_DIR, seedGrid } from "../support/seeds";

const SOFFICE = process.env.PERFTARGET_SOFFICE ?? "/usr/bin/soffice";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-lo-"));
const annotated = path.join(tmp, "annotated");
const converted = path.join(tmp, "converted");

interface Case {
  name: string;
  rows: readonly (readonly CellValue[])[];
  indicators: number;
}
const cases: Case[] = [];

function trimmed(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const out = rows.map((r) => r.slice(0, lastFilled(r) + 1));
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

beforeAll(async () => {
  // Fail, never skip: CI installs it (.ci/run); a machine without it must say what to install.
  if (!fs.existsSync(SOFFICE)) throw new Error(`LibreOffice is not installed (${SOFFICE}): apt-get install libreoffice-calc-nogui (.ci/run installs it)`);
  fs.mkdirSync(annotated);
  const inputs = SEED_FILES.map((f) => ({ file: path.join(SEEDS_DIR, f), rows: seedGrid(f.slice(0, 3)).rows }));
  const formatted = await seedWorkbook("003");
  fs.writeFileSync(path.join(tmp, "formatted-003.xlsx"), formatted.buffer);
  inputs.push({ file: path.join(tmp, "formatted-003.xlsx"), rows: formatted.grid.rows });
  for (const { file, rows } of inputs) {
    const name = `${path.basename(file).replace(/\.[^.]+$/, "")}.xlsx`;
    const r = await annotateFile(file, path.join(annotated, name));
    if (!r.ok) throw new Error(`${file}: ${r.message}`);
    cases.push({ name, rows, indicators: r.indicators });
  }
  // One LibreOffice start for all files, with a fresh profile (a shared one can be locked by another run).
  const profile = pathToFileURL(path.join(tmp, "profile")).href;
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", converted, ...cases.map((c) => path.join(annotated, c.name))], {
    timeout: 150_000,
    stdio: "pipe",
  });
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("annotated workbooks opened and saved by LibreOffice Calc", () => {
  it("converted every annotated workbook", () => {
    expect(cases.length).toBe(SEED_FILES.length + 1);
    expect(fs.readdirSync(converted).sort()).toEqual(cases.map((c) => c.name).sort());
  });

  it.each(SEED_FILES.map((f) => `${f.replace(/\.txt$/, "")}.xlsx`).concat("formatted-003.xlsx"))("%s: values, highlights, 指标明细 and 校验结果 survive", async (name) => {
    const c = cases.find((x) => x.name === name)!;
    const wb = await open(path.join(converted, name));
    const [table, detail, result] = wb.worksheets.filter((w) => w.state === "visible" && w.name !== "说明");
    expect([detail.name, result.name]).toEqual(["指标明细", "校验结果"]);
    // The original sheet's values, exactly (text stays text: amounts like "1,391.47" are not turned into numbers).
    const grid = worksheetToGrid(table);
    expect(trimmed(grid.rows)).toEqual(trimmed(c.rows));
    // Our highlights, colour for colour, on exactly the findings' cells.
    const parsed = parseSheet({ name: table.name, rows: c.rows });
    if (!parsed.ok) throw new Error(parsed.code);
    const findings = checkSheet(parsed.value);
    for (const m of highlightsFor(findings)) {
      expect([m.address, (table.getCell(m.address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb]).toEqual([m.address, `FF${m.color.slice(1)}`]);
    }
    // 指标明细: one row per indicator; LibreOffice computed the links we wrote without a cached result.
    expect(worksheetToGrid(detail).rows.length).toBe(c.indicators + 1);
    const link = detail.getCell("A2").value as ExcelJS.CellFormulaValue;
    expect(link.formula).toMatch(/^HYPERLINK\("#'.+'!G?[A-Z]+\d+","[A-Z]+\d+"\)$/);
    expect(link.result).toBe(link.formula.replace(/^.*,"([A-Z]+\d+)"\)$/, "$1"));
    expect(worksheetToGrid(result).rows.length).toBe(findings.length + 1);
    // Our memory sheet is still there and still hidden (LibreOffice saves "very hidden" as hidden).
    expect(["hidden", "veryHidden"]).toContain(wb.getWorksheet("_perftarget")?.state);
  });

  it("keeps the user's own formatting of a formatted input", async () => {
    const wb = await open(path.join(converted, "formatted-003.xlsx"));
    const ws = wb.getWorksheet("项目表")!;
    expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("A9").border?.bottom?.style).toBe("thin");
    expect(Math.round(ws.getColumn(7).width ?? 0)).toBe(60);
    expect(wb.getWorksheet("说明")!.getCell("A1").value).toBe("用户自己的说明页");
  });
});
