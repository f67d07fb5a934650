/** Workbooks the browser tests upload: a formatted seed, a 20,000-row sheet, and broken or empty files. */
import ExcelJS from "exceljs";
import type { Grid } from "../../src/core";
import { syntheticGrid } from "../../src/bench/synthetic";
import { seedGrid } from "../support/seeds";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A seed on a sheet 项目表 with borders, a user's fill and widths, plus a second sheet of the user's. */
export async function seedWorkbook(prefix: string): Promise<{ buffer: Buffer; grid: Grid }> {
  const grid = { ...seedGrid(prefix), name: "项目表" };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目表");
  grid.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  ws.eachRow((row) => row.eachCell((cell) => (cell.border = { bottom: { style: "thin" } })));
  ws.getColumn(1).width = 36;
  ws.getColumn(7).width = 60;
  ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  wb.addWorksheet("说明").getCell("A1").value = "用户自己的说明页";
  return { buffer: await bytes(wb), grid };
}

/** A plain 20,000-row sheet (header + 19,999 rows × 8 columns), for the scrolling test. */
export async function bigWorkbook(rows = 20_000): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("大表");
  ws.addRow(["编号", "项目名称", "总计", "财政拨款", "其他资金", "单位", "备注", "年度"]);
  for (let i = 1; i < rows; i++) ws.addRow([i, `项目 ${i}`, i * 1.25, i, i * 0.25, `单位 ${i % 37}`, i % 5 === 0 ? "重点" : "", 2026]);
  return bytes(wb);
}

/** A layout-A target table of `projects` rows (8 indicators each, the bench's synthetic table), amounts as numbers. */
export async function bigTargetWorkbook(projects = 20_000): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目表");
  for (const row of syntheticGrid(projects, 8, 7).rows) ws.addRow(row.map((v) => (typeof v === "string" && /^\d{1,3}(,\d{3})*\.\d{2}$/.test(v) ? Number(v.replace(/,/g, "")) : v)));
  return bytes(wb);
}

export async function emptyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  return bytes(wb);
}

/**
 * A sheet like one a user saves from Excel: a title longer than its column (the cells to its right empty), amounts
 * in #,##0.00, a rate in 0.00%, a date, a cached formula and two formulas saved without a result (as the product
 * writes them), the second one under 0%.
 */
export async function formatsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("格式");
  ws.getColumn(1).width = 8;
  ws.getCell("A1").value = "2026年部门项目支出绩效目标申报表（万元）";
  ws.getCell("A3").value = "金额";
  ws.getCell("B3").value = 1234567.891;
  ws.getCell("B3").numFmt = "#,##0.00";
  ws.getCell("B4").value = 2000;
  ws.getCell("B4").numFmt = "#,##0.00";
  ws.getCell("B5").value = { formula: "SUM(B3:B4)" } as ExcelJS.CellFormulaValue;
  ws.getCell("B5").numFmt = "#,##0.00";
  ws.getCell("C3").value = 0.8765;
  ws.getCell("C3").numFmt = "0.00%";
  ws.getCell("C4").value = { formula: "B4/B3", result: 0.00162 } as ExcelJS.CellFormulaValue;
  ws.getCell("C4").numFmt = "0.00%";
  ws.getCell("D3").value = new Date(Date.UTC(2026, 2, 1));
  ws.getCell("D3").numFmt = "yyyy-mm-dd";
  ws.getCell("A6").value = "很长的一行说明文字，右边的单元格都空着，应当整行读完";
  ws.getCell("B7").value = { formula: "B5-B4" } as ExcelJS.CellFormulaValue;
  return bytes(wb);
}
