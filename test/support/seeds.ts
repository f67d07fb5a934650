/** Test helpers: the bundled seeds as grids and parse results. */
import * as fs from "fs";
import * as path from "path";
import { Grid, gridFromTsv, parseSheet, SheetParse } from "../../src/core";

export const SEEDS_DIR = path.resolve(__dirname, "..", "..", "seeds");

export const SEED_FILES: string[] = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort();

export function seedFile(prefix: string): string {
  const f = SEED_FILES.find((n) => n.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return path.join(SEEDS_DIR, f);
}

export function seedText(prefix: string): string {
  return fs.readFileSync(seedFile(prefix), "utf8");
}

export function seedGrid(prefix: string): Grid {
  return gridFromTsv(prefix, seedText(prefix));
}

/** Parse a grid, failing the test loudly when it is not a table. */
export function mustParse(grid: Grid): SheetParse {
  const r = parseSheet(grid);
  if (!r.ok) throw new Error(`${grid.name}: ${r.code}`);
  return r.value;
}

export function parseSeed(prefix: string): SheetParse {
  return mustParse(seedGrid(prefix));
}

/** Replace one line (1-based sheet row) of a TSV text, for planted-fault variants. */
export function editRow(tsv: string, row: number, edit: (cells: string[]) => string[]): string {
  const lines = tsv.split("\n");
  lines[row - 1] = edit(lines[row - 1].split("\t")).join("\t");
  return lines.join("\n");
}
