/** Seed tables as a user's workbook holds them: amounts typed as numbers (as Excel turns `12,993.72` on paste). */
import { CellValue, Grid } from "../../src/core";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import { seedGrid } from "./seeds";

export const SHEET = "项目表";

const AMOUNT = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;

export function typed(v: CellValue): CellValue {
  return typeof v === "string" && AMOUNT.test(v.trim()) ? Number(v.trim().replace(/,/g, "")) : v;
}

/** The seed's grid with amount text turned into numbers. */
export function typedSeed(prefix: string, name = SHEET): Grid {
  return { name, rows: seedGrid(prefix).rows.map((r) => r.map(typed)) };
}

export function memoryPort(grid: Grid): MemoryAdapter {
  return new MemoryAdapter(newWorkbook([newSheet(grid.name, grid.rows.map((r) => [...r]))]));
}
