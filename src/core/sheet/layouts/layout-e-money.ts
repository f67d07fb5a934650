/**
 * Layout E, money blocks (see layout-e.ts): labels in one column are one block, each reconciled as a row-sum with
 * its cells where they really are; a cell that cannot be read for certain is said as info and its block not reconciled.
 */
import { CellValue, cellText, columnLetter } from "../../grid/grid";
import { finding } from "../../_lib/findings";
import { nfkc } from "../../_lib/text";
import { CostTable, MoneyCell, MoneyKey, MoneyRow, ProjectOut } from "../model";
import { MoneyPlaces, amountWithUnit, parseAmount, perUnit } from "../../values/money";
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
  /** A line of a money sentence: its label and value are both in the one cell at `col`, this line's place in it. */
  inCell?: number;
}

/** Where an entry is, in reading order: by row, then by its place in a money sentence. */
const pos = (e: MoneyEntry) => e.row * 1024 + (e.inCell ?? 0);

/** A cell's text as a finding quotes it: on one line, cut short. */
const quoted = (text: string) => text.replace(/\s+/g, " ").slice(0, 60);

/** A money cell that cannot be read for certain, said as info with its text (cut short) and not reconciled. */
export function noteUnsure(b: SheetBuilder, row: number, col: number, label: string, text: string): void {
  b.note(finding("money-cell-unsure", row + 1, columnLetter(col), { params: { label, text: quoted(text) } }));
}

/** `doubled`: the same amount written twice in the cell (岳阳: `854万854万(…)`, a paste gone twice), read once. */
export type Read = { kind: "amount"; cents: number; doubled?: true; breakdown?: number[] } | { kind: "blank" } | { kind: "unsure"; text: string };

/** The items of a breakdown in brackets (`高标准农田建设400万元,示范建设295万元`), each a name and an amount with its unit, or null. */
function breakdownOf(inner: string, read: (t: string) => number | null): number[] | null {
  const items = inner.split(/[,;、]/).filter((x) => x !== "");
  const out: number[] = [];
  for (const item of items) {
    const m = /^\D+?:?([0-9][0-9,]*(?:\.[0-9]+)?(?:万元?|元|亿元?))$/.exec(item);
    const c = m ? read(m[1]) : null;
    if (c === null) return null;
    out.push(c);
  }
  return out.length >= 2 ? out : null;
}

/**
 * A money cell: a number, `10000万元` in the sheet's unit, `854万(高标准农田建设400万元,…)`; anything else is unsure.
 * In hundredths of the unit, or ten-thousandths with `places` 4 (a block whose amounts have four decimals).
 */
export function readAmount(v: CellValue, moneyUnit: string | null, places: MoneyPlaces = 2): Read {
  const text = cellText(v);
  const p = parseAmount(v);
  if (p.kind === "blank") return p;
  // A plain amount in hundredths (most cells): more than two decimals (10606.7522) is not rounded silently.
  if (p.kind === "amount" && places === 2) return typeof v === "string" && /\.\d{3,}/.test(v) ? { kind: "unsure", text } : p;
  const unit = moneyUnit ?? amountWithUnit(v, "元")?.unit ?? null;
  const read = (t: string, plain: boolean): number | null => {
    if (places === 4) {
      // Exact in ten-thousandths or not at all; a plain number is in the sheet's unit, whichever it is.
      const a = plain ? amountWithUnit(`${t.replace(/,/g, "")}元`, "元", 4) : unit ? amountWithUnit(t, unit, 4) : null;
      return a ? a.cents : null;
    }
    // More than two decimals (10606.7522) cannot be held exactly in hundredths: not rounded silently.
    if (plain) return /\.\d{3,}/.test(t) ? null : (parseAmount(t) as { cents: number }).cents;
    return unit ? (amountWithUnit(t, unit)?.cents ?? null) : null;
  };
  const whole = nfkc(typeof v === "number" ? String(v) : text).replace(/\s+/g, "").replace(/^[¥￥]/, "");
  if (p.kind === "amount") {
    const c = read(whole, true);
    return c === null ? { kind: "unsure", text } : { kind: "amount", cents: c };
  }
  const withUnit = read(whole, false);
  if (withUnit !== null) return { kind: "amount", cents: withUnit };
  // An amount with its breakdown in brackets: the amount before the bracket, when nothing else precedes it.
  const m = /^([0-9][0-9,]*(?:\.[0-9]+)?(?:万元?|元|亿元?)?)[(（]([^()（）]*)[)）]$/.exec(whole);
  if (m && unit) {
    const lead = read(m[1], parseAmount(m[1]).kind === "amount");
    // Its items, when each is an amount with its unit, are reconciled against it (as a cost table's lines are).
    const items = lead === null ? null : breakdownOf(m[2], (t) => read(t, false));
    if (lead !== null) return { kind: "amount", cents: lead, ...(items ? { breakdown: items } : {}) };
  }
  // The same amount twice, with one breakdown or none: read once, and said (`854万854万(…)`); two different amounts stay unsure.
  const core = whole.replace(/[(（][^()（）]*[)）]$/, "");
  const half = core.length / 2;
  if (half >= 2 && Number.isInteger(half) && core.slice(0, half) === core.slice(half) && /\d/.test(core)) {
    const once = readAmount(core.slice(0, half) + whole.slice(core.length), moneyUnit, places);
    if (once.kind === "amount" && !once.doubled) return { ...once, doubled: true };
  }
  return { kind: "unsure", text };
}

/** A cell hundredths could not read (`first`), read again in ten-thousandths: the reading when that is an amount. */
function inTenThousandths(first: Read, v: CellValue, moneyUnit: string | null): Read | null {
  if (first.kind !== "unsure") return null;
  const again = readAmount(v, moneyUnit, 4);
  return again.kind === "amount" ? again : null;
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
    const first = group.filter((e) => !isTotal(e)).sort((x, y) => pos(x) - pos(y))[0];
    if (first && !group.some((e) => isTotal(e) && pos(e) < pos(first))) {
      b.note(finding("money-block-unread", first.row + 1, columnLetter(col), { params: { label: first.text } }));
    }
  }
}

/** Money blocks by label column; returns the rows of unsure cells. */
export function readMoney(s: Sheet, entries: MoneyEntry[], moneyUnit: string | null, project: ProjectOut, b: SheetBuilder, money: MoneyRow[], breakdowns: CostTable[]): number[] {
  const unsure: number[] = [];
  const byCol = new Map<number, MoneyEntry[]>();
  for (const e of entries) byCol.set(e.col, [...(byCol.get(e.col) ?? []), e]);
  joinShiftedParts(byCol, b);
  type Choice = { annual: boolean; amounts: NonNullable<ProjectOut["amounts"]> | null; row?: MoneyRow };
  let chosen: Choice | null = null;
  let alone: Choice | null = null;
  for (const group of [...byCol.values()]) {
    const totals = group.filter((e) => e.label.role === "total");
    const total = totals.find((e) => e.label.role === "total" && e.label.annual) ?? totals[0];
    if (!total) continue;
    const annual = total.label.role === "total" && total.label.annual;
    // The 其中 lines after the total (up to the next total in this column).
    const next = totals.find((e) => pos(e) > pos(total));
    const nextTotal = next ? pos(next) : Number.MAX_SAFE_INTEGER;
    const parts = group.filter((e) => e.label.role !== "total" && pos(e) > pos(total) && pos(e) < nextTotal);
    if (!parts.length) {
      // A total with no 其中 lines (宝坻: `下达中央预算内投资(万元) | 2350`): the project's amount when no block has
      // parts, with nothing to reconcile it against.
      const a = readAmount(total.value, moneyUnit);
      // Four decimals (10606.7522) are read exactly in ten-thousandths.
      const exact = inTenThousandths(a, total.value, moneyUnit);
      const amount = exact?.kind === "amount" ? exact.cents / perUnit(4) : a.kind === "amount" ? a.cents / perUnit(2) : null;
      if (a.kind === "unsure" && amount === null) {
        noteUnsure(b, total.row, total.valueCol, total.text, a.text);
      } else if (amount !== null && (!alone || (annual && !alone.annual))) {
        alone = { annual, amounts: { total: amount, fiscal: 0, specialAccount: 0, other: 0 } };
      }
      continue;
    }
    // Labels in one column, values in one column: each 其中 line is read where its total's value is.
    if (total.valueCol > total.col) {
      for (const e of parts) {
        if (e.shifted || e.inCell !== undefined) continue;
        e.valueCol = total.valueCol;
        e.value = s.raw[e.row][total.valueCol] ?? null;
      }
    }
    const direct = (role: MoneyKey) => parts.filter((e) => e.label.role === role && !("sub" in e.label && e.label.sub));
    const subs = (role: MoneyKey) => parts.filter((e) => e.label.role === role && "sub" in e.label && e.label.sub);
    const byKey: Partial<Record<MoneyKey, MoneyEntry[]>> = {
      fiscal: direct("fiscal").length ? direct("fiscal") : subs("fiscal"),
      specialAccount: direct("specialAccount"),
      other: [...direct("other"), ...subs("other")].sort((x, y) => pos(x) - pos(y)),
    };
    // Four decimals in any cell (10606.7522万元) and the whole block is read in ten-thousandths, each cell exactly.
    // Each cell is read once in hundredths; the block again in ten-thousandths only when that reads one it could not.
    const block = [total, ...Object.values(byKey).flat()];
    const reads = new Map(block.map((e) => [e, readAmount(e.value, moneyUnit)] as const));
    const places: MoneyPlaces = block.some((e) => inTenThousandths(reads.get(e)!, e.value, moneyUnit)) ? 4 : 2;
    if (places === 4) for (const e of block) reads.set(e, readAmount(e.value, moneyUnit, 4));
    const scale = perUnit(places);
    let sure = true;
    const cellOf = (e: MoneyEntry): MoneyCell | null => {
      const a = reads.get(e)!;
      if (a.kind === "unsure") {
        sure = false;
        unsure.push(e.row);
        noteUnsure(b, e.row, e.valueCol, e.text, a.text);
        return null;
      }
      if (a.kind === "amount" && a.doubled) {
        b.note(finding("money-cell-doubled", e.row + 1, columnLetter(e.valueCol), { params: { label: e.text, text: quoted(cellText(e.value)), amount: String(a.cents / scale) } }));
      }
      const cell: MoneyCell = { cents: a.kind === "amount" ? a.cents : 0, blank: a.kind === "blank", col: e.valueCol, row: e.row + 1 };
      if (a.kind === "amount" && a.breakdown) {
        const lines = a.breakdown.map((cents) => ({ ...cell, cents }));
        breakdowns.push({ project: project.name, row: e.row + 1, columns: [{ header: e.text.replace(/[:：]\s*$/, ""), budget: false, lines, total: cell }], breakdown: true, ...(places === 4 ? { places } : {}) });
      }
      return cell;
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
      ? { total: (cells.total?.cents ?? 0) / scale, fiscal: (cells.fiscal?.cents ?? 0) / scale, specialAccount: (cells.specialAccount?.cents ?? 0) / scale, other: (cells.other?.cents ?? 0) / scale }
      : null;
    const row: MoneyRow | undefined = sure ? { row: total.row + 1, kind: "project", name: project.name, cells, ...(places === 4 ? { places } : {}) } : undefined;
    if (row) money.push(row);
    if (!chosen || (annual && !chosen.annual)) chosen = { annual, amounts, row };
  }
  // A lone total stands for the project only in a form with no 其中 lines at all: beside lines it could not place, a
  // total of X with 财政拨款 0 would say what the form does not.
  const lines = entries.some((e) => !isTotal(e));
  project.amounts = chosen?.amounts ?? (lines ? null : alone?.amounts) ?? null;
  // What a version compare pairs with the project: the block its amounts came from.
  if (chosen?.row) chosen.row.project = project.row;
  return unsure;
}
