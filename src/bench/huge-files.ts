/**
 * Huge workbooks for the benchmark (issue 13), written with ExcelJS's streaming writer so that making them does
 * not itself need the memory being measured: a 1,000,000-row sheet, and a normal table with one stray value at
 * XFD1048576. Node only (the bench is).
 */
import ExcelJS from "exceljs";
import { syntheticGrid } from "./synthetic";

/** 1,000,000 rows of a plain data dump (five short columns), the shape people export from other systems. */
export async function writeMillionRows(file: string, rows = 1_000_000): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("导出数据");
  ws.addRow(["编号", "项目名称", "金额", "单位", "备注"]).commit();
  for (let i = 1; i <= rows; i++) ws.addRow([i, `项目${i % 5000}`, (i % 997) * 10.5, `单位${i % 40}`, i % 3 === 0 ? "已审核" : null]).commit();
  ws.commit();
  await wb.commit();
}

/** The bench's synthetic target table (12,500 projects) plus one value at the last cell of the sheet. */
export async function writeStrayCellTable(file: string, projects = 12_500): Promise<void> {
  const grid = syntheticGrid(projects, 8, 1);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("绩效目标表");
  for (const row of grid.rows) ws.addRow(row.map((v) => (v === null ? null : (v as ExcelJS.CellValue)))).commit();
  ws.getCell("XFD1048576").value = "x";
  ws.commit();
  await wb.commit();
}
