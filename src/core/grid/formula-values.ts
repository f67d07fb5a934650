/**
 * Values for the formulas the product itself writes (`=C37+D37+E37`, `=SUM(B12:B16,B18:B27)`) where a workbook has
 * none cached: the in-memory workbook (web page, tests) has no calculation engine, and a formula with no value would
 * read as a blank cell — a unit row whose subtotal became a formula would stop being a unit row. Spreadsheet
 * programs compute these themselves; this only fills the gaps, and leaves any other formula alone. Pure.
 */
import { CellValue, Grid, columnIndex } from "./grid";

const REF = /^\$?([A-Z]{1,3})\$?(\d+)$/;

type Cell = { row: number; col: number };

function ref(s: string): Cell | null {
  const m = REF.exec(s.trim());
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

function cells(arg: string): Cell[] | null {
  const [a, b] = arg.split(":");
  const p = ref(a);
  const q = b === undefined ? p : ref(b);
  if (!p || !q) return null;
  const out: Cell[] = [];
  for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++) for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) out.push({ row: r, col: c });
  return out;
}

/**
 * Fill the value of every formula cell that has none and that is a SUM of references and ranges or a sum and
 * difference of references and numbers. SUM skips text and blanks, as spreadsheets do; `+` on text gives no value.
 */
export function withFormulaValues(grid: Grid, formulas: Readonly<Record<string, string>>): Grid {
  const rows = grid.rows.map((r) => [...r]);
  const byCell = new Map<string, string>();
  for (const [a, f] of Object.entries(formulas)) {
    const c = ref(a);
    if (c && (rows[c.row]?.[c.col] ?? null) === null) byCell.set(`${c.row},${c.col}`, f);
  }
  const done = new Map<string, number | null>();
  const valueOf = (c: Cell, depth: number): CellValue => {
    const key = `${c.row},${c.col}`;
    const f = byCell.get(key);
    if (f === undefined) return rows[c.row]?.[c.col] ?? null;
    if (!done.has(key)) {
      done.set(key, null); // a cycle reads as no value
      done.set(key, depth > 64 ? null : evaluate(f, (x) => valueOf(x, depth + 1)));
    }
    return done.get(key) ?? null;
  };
  for (const key of byCell.keys()) {
    const [r, c] = key.split(",").map(Number);
    const v = valueOf({ row: r, col: c }, 0);
    if (v !== null) {
      while (rows.length <= r) rows.push([]);
      while (rows[r].length <= c) rows[r].push(null);
      rows[r][c] = v;
    }
  }
  return grid.stray ? { name: grid.name, rows, stray: grid.stray } : { name: grid.name, rows };
}

/**
 * The value of one of the product's formulas from the cells it refers to (0-based row and column), as a spreadsheet
 * computes it; null for any other formula. The fake hosts compute with this, as Excel and WPS would.
 */
export function formulaValue(formula: string, cellValue: (row: number, col: number) => CellValue): number | null {
  return evaluate(formula, (c) => cellValue(c.row, c.col));
}

function evaluate(formula: string, value: (c: Cell) => CellValue): number | null {
  const body = formula.replace(/^=/, "").replace(/\s+/g, "");
  const sum = /^SUM\((.*)\)$/i.exec(body);
  if (sum) {
    let total = 0;
    for (const arg of sum[1].split(",")) {
      const list = cells(arg);
      if (!list) return null;
      for (const c of list) {
        const v = value(c);
        if (typeof v === "number") total += v;
      }
    }
    return total;
  }
  const terms = body.match(/[+-]?[^+-]+/g);
  if (!terms || terms.join("") !== body) return null;
  let total = 0;
  for (const t of terms) {
    const sign = t.startsWith("-") ? -1 : 1;
    const x = t.replace(/^[+-]/, "");
    let n: number;
    if (/^\d+(\.\d+)?$/.test(x)) n = Number(x);
    else {
      const c = ref(x);
      if (!c) return null;
      const v = value(c);
      if (v === null || v === "") n = 0;
      else if (typeof v === "number") n = v;
      else return null;
    }
    total += sign * n;
  }
  return total;
}
