/**
 * The SUM offer (§8, §9): for each unit row and 合计 of a layout-A table, the formula that keeps it reconciled —
 * `=SUM(B12:B16,B18:B27,…)` over exactly the project rows of its block (skipping blank, header and title rows), and
 * for 合计 the unit rows (plus projects outside any block, as the check counts them). Blocks are the check's: a unit
 * row owns the projects below it up to the next unit row. Pure: the pane shows the list, the user confirms.
 *
 * Left out: cells that already hold exactly that formula; columns where the total and all its parts are blank (a
 * formula would turn an empty cell into 0); and totals over amounts stored as text, which SUM would count as 0 —
 * those are reported as skipped instead of offered a formula that would be wrong.
 */
import { CellValue, Grid, columnLetter } from "../grid/grid";
import { MoneyKey, MoneyRow, SheetParse } from "../sheet/model";

export interface SumEntry {
  /** The total cell, e.g. `B11`. */
  address: string;
  row: number;
  key: MoneyKey;
  kind: "subtotal" | "grand-total";
  /** The unit's name (or 合计). */
  name: string;
  current: CellValue;
  currentFormula: string | null;
  formula: string;
  /** What the formula adds up to as the sheet reads now, in the money unit; null when a part is a formula not yet computed. */
  expected: number | null;
}

export interface SumSkip {
  address: string;
  reason: "text-amounts";
  /** The parts stored as text. */
  cells: string[];
}

export interface SumPlan {
  sheet: string;
  entries: SumEntry[];
  skipped: SumSkip[];
}

interface Part {
  row: number;
  col: number;
}

/** Owners and their members, as reconcile.ts counts them. */
function blocks(rows: readonly MoneyRow[]): { owner: MoneyRow; members: MoneyRow[] }[] {
  const out: { owner: MoneyRow; members: MoneyRow[] }[] = [];
  let current: { owner: MoneyRow; members: MoneyRow[] } | null = null;
  for (const r of rows) {
    if (r.kind === "unit") out.push((current = { owner: r, members: [] }));
    else if (r.kind === "subtotal") current = null;
    else if (r.kind === "project" && current) current.members.push(r);
  }
  return out;
}

/** `B12:B16,B18:B27,B33`: consecutive rows of one column as one range, in row order. */
export function sumRanges(parts: readonly Part[]): string {
  const sorted = [...parts].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row === sorted[j].row + 1) j++;
    const c = columnLetter(sorted[i].col);
    out.push(i === j ? `${c}${sorted[i].row}` : `${c}${sorted[i].row}:${c}${sorted[j].row}`);
    i = j + 1;
  }
  return out.join(",");
}

/** Formulas compare without spaces, `$` and case: `=sum(B12:B16)` is `=SUM($B$12:$B$16)`. */
export const sameFormula = (a: string | null | undefined, b: string) => !!a && a.replace(/[\s$]/g, "").toUpperCase() === b.replace(/[\s$]/g, "").toUpperCase();

const isTextAmount = (v: CellValue | undefined) => typeof v === "string" && v.trim() !== "" && /\d/.test(v);

export function planSums(grid: Grid, p: SheetParse, formulas: Readonly<Record<string, string>>): SumPlan {
  const plan: SumPlan = { sheet: p.sheet, entries: [], skipped: [] };
  if (p.layout !== "A") return plan;
  const value = (row: number, col: number): CellValue => grid.rows[row - 1]?.[col] ?? null;
  const at = (row: number, col: number) => `${columnLetter(col)}${row}`;

  const offer = (target: MoneyRow, kind: SumEntry["kind"], addends: readonly MoneyRow[]) => {
    for (const key of p.moneyKeys) {
      const cell = target.cells[key];
      if (!cell || cell.col === null) continue;
      const parts: Part[] = [];
      let cents = 0;
      let known = true;
      let blank = cell.blank && !formulas[at(target.row, cell.col)];
      for (const a of addends) {
        const c = a.cells[key];
        if (!c || c.col === null) continue;
        parts.push({ row: a.row, col: c.col });
        const f = formulas[at(a.row, c.col)];
        if (!c.blank || f) blank = false;
        if (f && value(a.row, c.col) === null) known = false;
        cents += c.cents;
      }
      if (!parts.length || blank) continue;
      const address = at(target.row, cell.col);
      const text = parts.filter((x) => isTextAmount(value(x.row, x.col))).map((x) => at(x.row, x.col));
      if (text.length) {
        plan.skipped.push({ address, reason: "text-amounts", cells: text });
        continue;
      }
      const formula = `=SUM(${sumRanges(parts)})`;
      if (sameFormula(formulas[address], formula)) continue;
      plan.entries.push({
        address, row: target.row, key, kind, name: target.name,
        current: value(target.row, cell.col), currentFormula: formulas[address] ?? null, formula, expected: known ? cents / 100 : null,
      });
    }
  };

  const owned = blocks(p.money);
  for (const b of owned) offer(b.owner, "subtotal", b.members);
  const members = new Set(owned.flatMap((b) => b.members));
  const basis = p.money.filter((r) => r.kind === "unit" || (r.kind === "project" && !members.has(r)));
  for (const g of p.money.filter((r) => r.kind === "grand-total")) offer(g, "grand-total", basis);
  plan.entries.sort((a, b) => a.row - b.row || a.address.length - b.address.length || a.address.localeCompare(b.address));
  return plan;
}
