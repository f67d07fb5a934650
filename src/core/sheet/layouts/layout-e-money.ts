/**
 * Layout E, money blocks (see layout-e.ts): labels in one column are one block, each reconciled as a row-sum with
 * its cells where they really are; a cell that cannot be read for certain is said as info and its block not reconciled.
 */
import { CellValue, cellText, columnLetter } from "../../grid/grid";
import { finding } from "../../_lib/findings";
import { nfkc } from "../../_lib/text";
import { MoneyCell, MoneyKey, MoneyRow, ProjectOut } from "../model";
import { amountWithUnit, parseAmount } from "../../values/money";
import { SheetBuilder } from "../sheet-builder";
import { MoneyLabel } from "../vocabulary";
import { Sheet } from "./layout-e-cells";

export interface MoneyEntry {
  row: number;
  col: number;
  label: MoneyLabel;
  text: string;
  valueCol: number;
  value: CellValue;
  /** A 其中 line that lost a merged cell to its left: read where its value is, not in its total's value column. */
  shifted?: boolean;
}

export type Read = { kind: "amount"; cents: number } | { kind: "blank" } | { kind: "unsure"; text: string };

/** A money cell: a number, `10000万元` in the sheet's unit, `854万(高标准农田建设400万元,…)`; anything else is unsure. */
export function readAmount(v: CellValue, moneyUnit: string | null): Read {
  const text = cellText(v);
  const p = parseAmount(v);
  if (p.kind === "blank") return p;
  // More than two decimals (10606.7522) cannot be held exactly in hundredths: not rounded silently.
  if (p.kind === "amount") return typeof v === "string" && /\.\d{3,}/.test(v) ? { kind: "unsure", text } : p;
  const unit = moneyUnit ?? amountWithUnit(v, "元")?.unit ?? null;
  const withUnit = unit ? amountWithUnit(v, unit) : null;
  if (withUnit) return { kind: "amount", cents: withUnit.cents };
  // An amount with its breakdown in brackets: the amount before the bracket, when nothing else precedes it.
  const m = /^([0-9][0-9,]*(?:\.[0-9]{1,2})?(?:万元?|元|亿元?)?)[(（][^()（）]*[)）]$/.exec(nfkc(text).replace(/\s+/g, ""));
  if (m && unit) {
    const lead = parseAmount(m[1]);
    if (lead.kind === "amount") return lead;
    const u = amountWithUnit(m[1], unit);
    if (u) return { kind: "amount", cents: u.cents };
  }
  return { kind: "unsure", text };
}

const isTotal = (e: MoneyEntry) => e.label.role === "total";

/**
 * A money block whose label merge was lost in a copy from a web page (`资金情况(万元) | 年度资金总额: | 10` above
 * `其中:财政拨款 | 10`): the 其中 lines, in the rows right below a total that has none of its own, start k columns
 * left of the total's label, and their values sit k columns left of the total's value. They join the total's
 * column, each read where its value is, and each row is said as realigned. Lines that belong to no total are said
 * as a block not read, so that a form whose money was not checked does not look checked.
 */
function joinShiftedParts(byCol: Map<number, MoneyEntry[]>, b: SheetBuilder): void {
  for (const [col, group] of [...byCol.entries()].sort((x, y) => x[0] - y[0])) {
    const totals = group.filter(isTotal);
    for (const total of totals) {
      if (group.some((e) => !isTotal(e) && e.row === total.row + 1)) continue;
      for (const [left, other] of byCol) {
        const k = col - left;
        if (k <= 0 || other.some(isTotal)) continue;
        const run: MoneyEntry[] = [];
        for (const e of [...other].sort((x, y) => x.row - y.row)) {
          if (e.row !== total.row + 1 + run.length || e.valueCol !== total.valueCol - k) break;
          run.push(e);
        }
        if (!run.length) continue;
        for (const e of run) {
          e.shifted = true;
          e.col = col;
          b.note(finding("realigned-row", e.row + 1, null, { params: { name: e.text } }));
        }
        byCol.set(left, other.filter((e) => !run.includes(e)));
        group.push(...run);
        break;
      }
    }
  }
  for (const [col, group] of byCol) {
    const first = group.filter((e) => !isTotal(e)).sort((x, y) => x.row - y.row)[0];
    if (first && !group.some((e) => isTotal(e) && e.row < first.row)) {
      b.note(finding("money-block-unread", first.row + 1, columnLetter(col), { params: { label: first.text } }));
    }
  }
}

/** Money blocks by label column; returns the rows of unsure cells. */
export function readMoney(s: Sheet, entries: MoneyEntry[], moneyUnit: string | null, project: ProjectOut, b: SheetBuilder, money: MoneyRow[]): number[] {
  const unsure: number[] = [];
  const byCol = new Map<number, MoneyEntry[]>();
  for (const e of entries) byCol.set(e.col, [...(byCol.get(e.col) ?? []), e]);
  joinShiftedParts(byCol, b);
  type Choice = { annual: boolean; amounts: NonNullable<ProjectOut["amounts"]> | null };
  let chosen: Choice | null = null;
  let alone: Choice | null = null;
  for (const group of [...byCol.values()]) {
    const totals = group.filter((e) => e.label.role === "total");
    const total = totals.find((e) => e.label.role === "total" && e.label.annual) ?? totals[0];
    if (!total) continue;
    const annual = total.label.role === "total" && total.label.annual;
    // The 其中 lines after the total (up to the next total in this column).
    const nextTotal = totals.find((e) => e.row > total.row)?.row ?? Number.MAX_SAFE_INTEGER;
    const parts = group.filter((e) => e.label.role !== "total" && e.row > total.row && e.row < nextTotal);
    if (!parts.length) {
      // A total with no 其中 lines (宝坻: `下达中央预算内投资(万元) | 2350`): the project's amount when no block has
      // parts, with nothing to reconcile it against.
      const a = readAmount(total.value, moneyUnit);
      if (a.kind === "unsure") {
        b.note(finding("money-cell-unsure", total.row + 1, columnLetter(total.valueCol), { params: { label: total.text, text: a.text.replace(/\s+/g, " ").slice(0, 60) } }));
      } else if (a.kind === "amount" && (!alone || (annual && !alone.annual))) {
        alone = { annual, amounts: { total: a.cents / 100, fiscal: 0, specialAccount: 0, other: 0 } };
      }
      continue;
    }
    // Labels in one column, values in one column: each 其中 line is read where its total's value is.
    if (total.valueCol > total.col) {
      for (const e of parts) {
        if (e.shifted) continue;
        e.valueCol = total.valueCol;
        e.value = s.raw[e.row][total.valueCol] ?? null;
      }
    }
    const direct = (role: MoneyKey) => parts.filter((e) => e.label.role === role && !("sub" in e.label && e.label.sub));
    const subs = (role: MoneyKey) => parts.filter((e) => e.label.role === role && "sub" in e.label && e.label.sub);
    const byKey: Partial<Record<MoneyKey, MoneyEntry[]>> = {
      fiscal: direct("fiscal").length ? direct("fiscal") : subs("fiscal"),
      specialAccount: direct("specialAccount"),
      other: [...direct("other"), ...subs("other")].sort((x, y) => x.row - y.row),
    };
    let sure = true;
    const cellOf = (e: MoneyEntry): MoneyCell | null => {
      const a = readAmount(e.value, moneyUnit);
      if (a.kind === "unsure") {
        sure = false;
        unsure.push(e.row);
        b.note(finding("money-cell-unsure", e.row + 1, columnLetter(e.valueCol), { params: { label: e.text, text: a.text.replace(/\s+/g, " ").slice(0, 60) } }));
        return null;
      }
      return { cents: a.kind === "amount" ? a.cents : 0, blank: a.kind === "blank", col: e.valueCol, row: e.row + 1 };
    };
    const totalCell = cellOf(total);
    const cells: MoneyRow["cells"] = {};
    if (totalCell) cells.total = totalCell;
    for (const key of ["fiscal", "specialAccount", "other"] as const) {
      const list = (byKey[key] ?? []).map(cellOf).filter((c): c is MoneyCell => c !== null);
      if (!list.length) continue;
      cells[key] =
        list.length === 1
          ? list[0]
          : { cents: list.reduce((n, c) => n + c.cents, 0), blank: list.every((c) => c.blank), col: list[0].col, row: list[0].row, parts: list };
    }
    const amounts = sure
      ? { total: (cells.total?.cents ?? 0) / 100, fiscal: (cells.fiscal?.cents ?? 0) / 100, specialAccount: (cells.specialAccount?.cents ?? 0) / 100, other: (cells.other?.cents ?? 0) / 100 }
      : null;
    if (sure) money.push({ row: total.row + 1, kind: "project", name: project.name, cells });
    if (!chosen || (annual && !chosen.annual)) chosen = { annual, amounts };
  }
  // A lone total stands for the project only in a form with no 其中 lines at all: beside lines it could not place, a
  // total of X with 财政拨款 0 would say what the form does not.
  const lines = entries.some((e) => !isTotal(e));
  project.amounts = chosen?.amounts ?? (lines ? null : alone?.amounts) ?? null;
  return unsure;
}
