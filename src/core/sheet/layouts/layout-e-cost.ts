/**
 * Layout E, a form's cost table (S-Ezhou, see layout-e.ts): a head cell (项目预算成本构成 / 成本测算 …) with money
 * columns to its right (金额 / 预算数, and what was spent: 2020年实际执行数 …), its lines below, and a 合计 line. Each
 * money column is reconciled down (合计 = the lines' sum); a cell that cannot be read for certain is said as info
 * and its column is not reconciled, as in the money blocks.
 */
import { cellText } from "../../grid/grid";
import { CostTable, MoneyCell } from "../model";
import { SheetBuilder } from "../sheet-builder";
import { costColumnOf, formFieldOf, goalKindOf, isCostTableHead, isCostTotalLabel, isFormIndicatorHeader, isFormSection, moneyLabelOf } from "../vocabulary";
import { Sheet } from "./layout-e-cells";
import { noteUnsure, readAmount } from "./layout-e-money";

export interface CostRead {
  /** The table, its project named by the form once read. */
  table: Omit<CostTable, "project">;
  /** 0-based rows the table covers (head to 合计): the form's other readers skip them. */
  first: number;
  last: number;
}

/** A row that is no line of a cost table: a form label, a goal, a money block, a section or the indicator header. */
function endsTable(s: Sheet, r: number, c: number): boolean {
  const row = s.cells[r];
  if (row.every((t) => t === "")) return true;
  const t = row[c];
  if (isFormIndicatorHeader(row) || isCostTableHead(t)) return true;
  const money = moneyLabelOf(t);
  return formFieldOf(t) !== null || goalKindOf(t) !== null || (money !== null && money.role === "total") || isFormSection(t);
}

export function readCostTables(s: Sheet, lo: number, hi: number, moneyUnit: string | null, b: SheetBuilder): CostRead[] {
  const out: CostRead[] = [];
  for (let r = lo; r < hi; r++) {
    const row = s.cells[r];
    const c = row.findIndex(isCostTableHead);
    if (c < 0) continue;
    const cols = row.map((t, k) => ({ k, kind: k > c ? costColumnOf(t) : null })).filter((x) => x.kind !== null);
    if (!cols.length) continue;
    const lines: number[] = [];
    let totalRow = -1;
    let end = r + 1;
    for (; end < hi; end++) {
      if (isCostTotalLabel(s.cells[end][c])) {
        totalRow = end;
        break;
      }
      if (endsTable(s, end, c)) break;
      lines.push(end);
    }
    const columns: CostTable["columns"] = cols.map(({ k, kind }) => {
      let sure = true;
      const cellAt = (at: number): MoneyCell => {
        const v = s.raw[at][k] ?? null;
        const a = readAmount(v, moneyUnit);
        if (a.kind === "unsure") {
          sure = false;
          const label = cellText(s.raw[at][c]) || cellText(s.raw[r][k]);
          noteUnsure(b, at, k, label, a.text);
        }
        return { cents: a.kind === "amount" ? a.cents : 0, blank: a.kind !== "amount", col: k, row: at + 1 };
      };
      const lineCells = lines.map(cellAt);
      const total = totalRow >= 0 ? cellAt(totalRow) : null;
      return { header: cellText(s.raw[r][k]), budget: kind === "budget", lines: lineCells, total: sure ? total : null };
    });
    out.push({ table: { row: r + 1, columns }, first: r, last: totalRow >= 0 ? totalRow : end - 1 });
    r = totalRow >= 0 ? totalRow : end - 1;
  }
  return out;
}

/** The project's amount a cost table gives: the 合计 of its first budget column, when it was read. */
export function costTableTotal(tables: readonly CostRead["table"][]): number | null {
  for (const t of tables) {
    const col = t.columns.find((x) => x.budget);
    if (col?.total && !col.total.blank) return col.total.cents;
  }
  return null;
}
