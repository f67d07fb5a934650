/**
 * In a real spreadsheet program: seed 000 saved as .xlsx, two templates inserted into the second unit's block with
 * `perftarget template`, amounts typed into the new rows, the SUM offer accepted (`--sum`), then LibreOffice
 * (headless) recalculates and the consistency check on the recalculated file reports no money error. Formulas are
 * written without a cached result, so this cannot pass on numbers we computed ourselves.
 *
 * LibreOffice is required, not optional: when `soffice` is missing the test installs libreoffice-calc-nogui (as
 * root, like .ci/run does) and fails naming that package when it still cannot.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { checkSheet } from "../../src/core";
import { parseFile } from "../../src/cli/run-file";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { ensureSoffice, recalculate } from "./soffice";
import { SHEET, typedSeed } from "../support/templates";

const MONEY = new Set(["row-sum", "subtotal", "grand-total"]);

let dir: string;
beforeAll(() => {
  ensureSoffice();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-lo-"));
}, 1_900_000);
afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

async function saveSeed(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  typedSeed("000").rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  await wb.xlsx.writeFile(file);
}

async function cli(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

async function cell(file: string, address: string): Promise<ExcelJS.CellValue> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(SHEET)!.getCell(address).value;
}

it("seed 000: templates, amounts typed, SUM offer accepted, recalculated by LibreOffice: no money error", async () => {
  const seed = path.join(dir, "seed000.xlsx");
  const inserted = path.join(dir, "inserted.xlsx");
  const typed = path.join(dir, "typed.xlsx");
  const summed = path.join(dir, "summed.xlsx");
  await saveSeed(seed);

  const t = await cli(["template", seed, "--after-row", "33", "--count", "2", "-o", inserted]);
  expect(t).toMatchObject({ code: 0, err: [] });
  expect(t.out[0]).toContain("第 37–38 行");

  // The clerk types the new projects' 财政拨款.
  const port = await XlsxAdapter.fromBytes(fs.readFileSync(inserted));
  await port.writeCells(SHEET, [{ address: "A37", value: "新项目甲" }, { address: "C37", value: 120.5 }, { address: "A38", value: "新项目乙" }, { address: "C38", value: 80 }]);
  fs.writeFileSync(typed, await port.toBytes());

  const s = await cli(["template", typed, "--sum", "-o", summed]);
  expect(s).toMatchObject({ code: 0, err: [] });
  expect(s.out).toEqual(expect.arrayContaining(["B33  432.32 → =SUM(B34:B38)", "C33  432.32 → =SUM(C34:C38)", "B10  12993.72 → =SUM(B11,B33)"]));

  // Written with no cached result: only a recalculation can give these cells a value.
  for (const a of ["B33", "B37", "B10"]) expect(await cell(summed, a)).not.toHaveProperty("result");
  const before = await parseFile(summed);
  if (!before.ok) throw new Error(before.message);
  expect(checkSheet(before.parsed).some((f) => MONEY.has(f.code) && f.severity === "error")).toBe(true);

  const outDir = path.join(dir, "recalculated");
  recalculate(dir, outDir, [summed], 180_000);
  const recalculated = path.join(outDir, "summed.xlsx");
  expect(await cell(recalculated, "B33")).toMatchObject({ formula: "SUM(B34:B38)", result: 632.82 });
  expect(await cell(recalculated, "B37")).toMatchObject({ result: 120.5 });

  const after = await parseFile(recalculated);
  if (!after.ok) throw new Error(after.message);
  const p = after.parsed;
  expect(p.projects.filter((x) => x.row === 37 || x.row === 38).map((x) => [x.name, x.unit, x.amounts?.total])).toEqual([
    ["新项目甲", "广州市白云区智慧城市运行中心", 120.5],
    ["新项目乙", "广州市白云区智慧城市运行中心", 80],
  ]);
  expect(checkSheet(p).filter((f) => MONEY.has(f.code) && f.severity === "error")).toEqual([]);
}, 300_000);
