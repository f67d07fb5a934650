/** Workbooks the browser tests upload: a formatted seed, a 20,000-row sheet, and broken or empty files. */
import ExcelJS from "exceljs";
import type { Grid } from "../../src/core";
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

export async function emptyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  return bytes(wb);
}
