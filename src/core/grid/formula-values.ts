/**
 * Values for the formulas the product itself writes (`=C37+D37+E37`, `=SUM(B12:B16,B18:B27)`, a 绩效自评表's
 * `=IF(ISNUMBER(D7),…)` scores) where a workbook has none cached: the in-memory workbook (web page, tests) has no
 * calculation engine, and a formula with no value would read as a blank cell — a unit row whose subtotal became a
 * formula would stop being a unit row. Spreadsheet programs compute these themselves; this only fills the gaps
 * (formula-eval.ts computes them), and leaves any other formula alone. Pure.
 */
import { evaluateFormula } from "./formula-eval";
import { cellRef as ref, type Cell } from "./formula-parse";
import { CellValue, Grid } from "./grid";

type Computed = number | string | boolean | null;

const NO_VALUE: CellValue = { error: "#N/A" };

/**
 * Fill the value of every formula cell that has none and that is one of the product's formulas (formula-eval.ts):
 * a SUM of references and ranges, a sum and difference of references and numbers, the self-evaluation's scores
 * (a "" score reads as ""). SUM skips text and blanks, as spreadsheets do; `+` on text gives no value, nor does an
 * error (#DIV/0!), a cycle, or a formula the evaluator does not know.
 */
export function withFormulaValues(grid: Grid, formulas: Readonly<Record<string, string>>): Grid {
  const rows = grid.rows.map((r) => [...r]);
  const byCell = new Map<string, string>();
  for (const [a, f] of Object.entries(formulas)) {
    const c = ref(a);
    if (c && (rows[c.row]?.[c.col] ?? null) === null) byCell.set(`${c.row},${c.col}`, f);
  }
  const done = new Map<string, Computed>();
  const busy = new Set<string>();
  const valueOf = (c: Cell, depth: number): CellValue => {
    const key = `${c.row},${c.col}`;
    const f = byCell.get(key);
    if (f === undefined) return rows[c.row]?.[c.col] ?? null;
    // A cycle has no value, nor has any formula computed from it or from a formula with no value (an error, which
    // every formula passes on); the cell itself stays as it is.
    if (busy.has(key)) return NO_VALUE;
    if (!done.has(key)) {
      busy.add(key);
      try {
        done.set(key, depth > 64 ? null : evaluateFormula(f, (x) => valueOf(x, depth + 1)));
      } finally {
        busy.delete(key);
      }
    }
    return done.get(key) ?? NO_VALUE;
  };
  for (const key of byCell.keys()) {
    const [r, c] = key.split(",").map(Number);
    const v = valueOf({ row: r, col: c }, 0);
    if (v !== NO_VALUE) {
      while (rows.length <= r) rows.push([]);
      while (rows[r].length <= c) rows[r].push(null);
      rows[r][c] = v;
    }
  }
  return grid.stray ? { name: grid.name, rows, stray: grid.stray } : { name: grid.name, rows };
}

/**
 * The value of one of the product's formulas from the cells it refers to (0-based row and column), as a spreadsheet
 * computes it (a number, text such as a "" score or a link's name, a logical); null for an error or any other formula. The fake hosts compute with this, as Excel and WPS would.
 */
export function formulaValue(formula: string, cellValue: (row: number, col: number) => CellValue): Computed {
  return evaluateFormula(formula, (c) => cellValue(c.row, c.col));
}
