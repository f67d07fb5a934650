/**
 * Reading a self-evaluation's cells for the checks: addresses, exact values, and a stated 执行率 in percent.
 * Values come from the cell's number (its shortest text is what was written), so no binary float is ever compared.
 */
import { abs, cmp, Dec, dec, mul, decInt, round, sub, toNum, toStr } from "../_lib/exact";
import { columnLetter } from "../grid/grid";
import type { NumberCell, TextCell } from "./model";

/** A1 address of a model cell (1-based row, 0-based column). */
export const addr = (c: { row: number; col: number }): string => `${columnLetter(c.col)}${c.row}`;

export const letter = (c: { col: number }): string => columnLetter(c.col);

/** A number cell's exact value; null when there is no cell, or it is blank or not a number. */
export function decOf(c: NumberCell | null | undefined): Dec | null {
  return c && c.value !== null ? dec(c.value) : null;
}

/** A cell with nothing in it (no cell at all counts as blank). */
export const blankNumber = (c: NumberCell | null | undefined): boolean => !c || (c.value === null && c.raw.trim() === "");

export const blankText = (c: TextCell | null | undefined): boolean => !c || c.text.trim() === "";

/** A finding's expected/actual/difference: a number with two decimals. */
export const two = (d: Dec): number => toNum(round(d, 2));

/** Text for a message: the value as written, at least two decimals for points (`9.5` → `9.50`). */
export const points = (d: Dec): string => toFixed(round(d, Math.max(2, d.s)));

export function toFixed(d: Dec): string {
  const s = toStr(d);
  if (d.s === 0) return s;
  const [i, f = ""] = s.split(".");
  return `${i}.${f.padEnd(d.s, "0")}`;
}

/** |a − b| ≤ tolerance. */
export function within(a: Dec, b: Dec, tolerance: number): boolean {
  return cmp(abs(sub(a, b)), dec(tolerance)!) <= 0;
}

/** The stated number equals the exact one rounded to as many decimals as it was written with (`100%` for 99.97%). */
export function roundsTo(stated: Dec, places: number, exact: Dec): boolean {
  return cmp(round(exact, Math.max(0, places)), stated) === 0;
}

export interface StatedRate {
  /** The rate in percent. */
  percent: Dec;
  /** Decimals the percentage was written with (`99.97%` 2; `0.9997` as a fraction 2, `0.76` 0). */
  places: number;
}

const PERCENT_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*[%％]$/;

/**
 * A stated 执行率 in percent. `99.97%` is 99.97 whatever the cell's number is. A bare number is ambiguous — an Excel
 * cell formatted as a percentage holds 0.9997, a typed one 99.97 — so it is read as x% or as 100x%, whichever is
 * nearer the rate the amounts give (a tie, or no amounts to go by: a fraction when |x| ≤ 1, else a percentage).
 * A wrong rate stays wrong either way: 0 is 0%, and 1 for a true 80% is read as 100% and reported.
 */
export function statedRate(c: NumberCell, computed: Dec | null): StatedRate | null {
  const m = PERCENT_TEXT.exec(c.raw.trim().replace(/,/g, ""));
  if (m) {
    const p = dec(m[1])!;
    return { percent: p, places: p.s };
  }
  const x = decOf(c);
  if (!x) return null;
  const asFraction: StatedRate = { percent: mul(x, decInt(100)), places: Math.max(0, x.s - 2) };
  const asPercent: StatedRate = { percent: x, places: x.s };
  if (computed === null) return cmp(abs(x), decInt(1)) <= 0 ? asFraction : asPercent;
  const d = cmp(abs(sub(asFraction.percent, computed)), abs(sub(asPercent.percent, computed)));
  if (d < 0) return asFraction;
  if (d > 0) return asPercent;
  return cmp(abs(x), decInt(1)) <= 0 ? asFraction : asPercent;
}
