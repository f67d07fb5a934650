/** 年度对比's test workbook: seed 000 with its money up on row 14 (B, C) and a lowered ≥ target in G14, and the seed itself. */
import { gridFromTsv } from "../../src/core";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { MemorySheet, newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import { editRow, seedText } from "../support/seeds";

export function changedText(): string {
  let t = seedText("000");
  for (const [row, col, v] of [[14, 1, "2,262.98"], [14, 2, "2,262.98"]] as const) t = editRow(t, row, (c) => c.map((x, i) => (i === col ? v : x)));
  return editRow(t, 14, (c) => c.map((x, i) => (i === 6 ? x.replace("年度指标值：≥5。", "年度指标值：≥4。") : x)));
}

export const tableSheet = (name: string, text: string): MemorySheet => newSheet(name, gridFromTsv(name, text).rows.map((r) => [...r]));

/** 项目表 (the new version, active) and 旧版 (seed 000). */
export function compareWorkbook(): MemoryAdapter {
  return new MemoryAdapter(newWorkbook([tableSheet("项目表", changedText()), tableSheet("旧版", seedText("000"))]));
}
