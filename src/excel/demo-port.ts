/**
 * `taskpane.html?demo`: the pane over an in-memory workbook holding a sample table (index.tsx bundles seed 004,
 * a real Guangzhou table), so the pane can be tried — and screenshotted — without Excel. Nothing is read or sent.
 */
import { gridFromTsv } from "../core";
import { MemoryAdapter } from "../hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../hosts/memory/memory.workbook";

export const DEMO_SHEET = "项目表";

export function demoPort(tsv: string): MemoryAdapter {
  const grid = gridFromTsv(DEMO_SHEET, tsv);
  return new MemoryAdapter(newWorkbook([newSheet(DEMO_SHEET, grid.rows.map((r) => [...r]))]));
}
