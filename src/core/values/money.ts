/**
 * Amounts as integer hundredths (分 of the sheet's unit): exact decimal arithmetic, never binary floats (§6).
 */
import { CellValue, isCellError } from "../grid/grid";
import { nfkc } from "../_lib/text";

export type AmountParse =
  | { kind: "blank" }
  | { kind: "amount"; cents: number }
  | { kind: "invalid"; text: string };

const DECIMAL = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** Digit `i` of a fraction's digits, 0 past its end. */
function fractionDigit(frac: string, i: number): number {
  return i < frac.length ? frac.charCodeAt(i) - 0x30 : 0;
}

/** Round a decimal string to hundredths, half away from zero, without going through a float. */
function decimalToCents(sign: string, intPart: string, frac: string): number {
  const digits = intPart.includes(",") ? intPart.replace(/,/g, "") : intPart;
  let cents = Number(digits) * 100 + (fractionDigit(frac, 0) * 10 + fractionDigit(frac, 1));
  if (fractionDigit(frac, 2) >= 5) cents += 1;
  return sign === "-" ? -cents : cents;
}

/** Only digits, commas and dots: NFKC, space removal and the currency strip all leave it as it is. */
function isPlainDecimalText(s: string): boolean {
  if (s === "") return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e)) return false;
  }
  return true;
}

export function parseAmount(v: CellValue | undefined): AmountParse {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", text: String(v) };
    // A numeric cell: its shortest decimal string is exactly what the user sees/typed.
    const s = Math.abs(v).toFixed(10).replace(/0+$/, "");
    const [i, f = ""] = s.split(".");
    return { kind: "amount", cents: decimalToCents(v < 0 ? "-" : "", i, f) };
  }
  if (typeof v === "boolean" || isCellError(v)) return { kind: "invalid", text: isCellError(v) ? v.error : String(v) };
  // Plain `12,993.72` (most cells) is already what the folding below would make of it.
  const t = isPlainDecimalText(v) ? v : nfkc(v).replace(/\s+/g, "").replace(/^[¥￥]/, "");
  if (t === "" || /^[-—–－]+$/.test(t)) return { kind: "blank" };
  const m = DECIMAL.exec(t);
  if (!m) return { kind: "invalid", text: v.trim() };
  return { kind: "amount", cents: decimalToCents(m[1], m[2], m[3] ?? "") };
}

/** amountCents: a blank cell (or `-`). */
export const BLANK_AMOUNT = -Infinity;
/** amountCents: a cell that is not an amount. */
export const NOT_AMOUNT = NaN;

/** Longest integer part read digit by digit: up to 15 digits the running value is exactly Number(digits). */
const EXACT_DIGITS = 15;

/**
 * DECIMAL's reading of plain `12,993.72` text (digits, commas and dots only), in one pass and without a match array:
 * the cents, or NaN when the text is not such a number or is too long to read exactly this way.
 */
function plainCents(s: string): number {
  let i = 0;
  let value = 0;
  let digits = 0;
  let group = 0;
  let grouped = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) break;
    if (c === 0x2c) {
      // `\d{1,3}(?:,\d{3})+`: 1–3 digits before the first comma, exactly 3 between and after the others.
      if (grouped ? group !== 3 : group < 1 || group > 3) return NaN;
      grouped = true;
      group = 0;
      continue;
    }
    value = value * 10 + (c - 0x30);
    digits++;
    group++;
  }
  if (digits === 0 || digits > EXACT_DIGITS || (grouped && group !== 3)) return NaN;
  let f0 = 0;
  let f1 = 0;
  let f2 = 0;
  if (i < s.length) {
    const fracStart = ++i;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return NaN;
      const d = c - 0x30;
      if (i === fracStart) f0 = d;
      else if (i === fracStart + 1) f1 = d;
      else if (i === fracStart + 2) f2 = d;
    }
    if (i === fracStart) return NaN;
  }
  // The same operations, in the same order, as decimalToCents.
  let cents = value * 100 + (f0 * 10 + f1);
  if (f2 >= 5) cents += 1;
  return cents;
}

/**
 * parseAmount(v) as a number, without building a result object: the cents of an amount, BLANK_AMOUNT for a blank,
 * NOT_AMOUNT (NaN) for anything else. Most cells of a sheet are plain decimal text and read in one pass.
 */
export function amountCents(v: CellValue | undefined): number {
  if (v === null || v === undefined) return BLANK_AMOUNT;
  if (typeof v === "string" && isPlainDecimalText(v)) {
    const cents = plainCents(v);
    if (!Number.isNaN(cents)) return cents;
  }
  const p = parseAmount(v);
  return p.kind === "amount" ? p.cents : p.kind === "blank" ? BLANK_AMOUNT : NOT_AMOUNT;
}

/** True for a cell that reads as an amount or is blank/`-`. */
export function isAmountLike(v: CellValue | undefined): boolean {
  return parseAmount(v).kind !== "invalid";
}

export function centsToNumber(cents: number): number {
  return cents / 100;
}

/** `1299372` → `12,993.72` (for messages and snapshots). */
export function formatCents(cents: number): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const int = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${neg ? "-" : ""}${int}.${String(abs % 100).padStart(2, "0")}`;
}

/** Money units a table states (金额单位：元 / 单位：万元 / 预算数（万元）), as multiples of 元. */
export const MONEY_UNIT_FACTOR: Readonly<Record<string, number>> = { 元: 1, 百元: 100, 千元: 1_000, 万元: 10_000, 亿元: 100_000_000 };

/** The places an amount is held in: hundredths, or ten-thousandths (a form with `10606.7522万元`). */
export type MoneyPlaces = 2 | 4;

/** Integer units per 1 of money at `places`: what `cents` are divided by. */
export function perUnit(places: MoneyPlaces | undefined): number {
  return places === 4 ? 10_000 : 100;
}

/** A unit as written (`万`, `亿`, `万元`) by its full name (`万元`, `亿元`). */
export function unitName(written: string): string {
  return written.endsWith("元") ? written : `${written}元`;
}

const WITH_UNIT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(元|百元|千元|万元?|亿元?)$/;

/**
 * An amount written with its unit (`250万`, `3.5亿元`, `1,200元`), in hundredths of `sheetUnit` — exactly, or not at
 * all: null when the text names no unit, or when the conversion would need more than two decimals (1,234 元 in a
 * 万元 table), so that nothing is rounded silently. `places` 4 reads it in ten-thousandths (`10606.7522万元`).
 */
export function amountWithUnit(v: CellValue | undefined, sheetUnit: string, places: MoneyPlaces = 2): { cents: number; unit: string } | null {
  if (typeof v !== "string") return null;
  const m = WITH_UNIT.exec(nfkc(v).replace(/\s+/g, "").replace(/^[¥￥]/, ""));
  const to = MONEY_UNIT_FACTOR[sheetUnit];
  if (!m || !to) return null;
  const unit = unitName(m[4]);
  const from = MONEY_UNIT_FACTOR[unit];
  // Exact: the digits as integer ten-thousandths of `unit`, then scaled by whole powers of ten.
  const frac = m[3] ?? "";
  if (frac.length > 8) return null;
  const scaled = BigInt(m[2].replace(/,/g, "") + frac.padEnd(8, "0")) * BigInt(from); // 1e-8 units × factor
  const per = BigInt(to) * (places === 2 ? 1_000_000n : 10_000n); // 1e-8 units per hundredth (ten-thousandth) of the sheet unit
  if (scaled % per !== 0n) return null;
  const cents = Number(scaled / per);
  if (!Number.isSafeInteger(cents)) return null;
  return { cents: m[1] === "-" ? -cents : cents, unit };
}
