/**
 * Exact decimals for scores and rates (self-evaluation): a bigint over a power of ten. A score of
 * round(B / A × W, 2) computed in binary floats can land on the wrong hundredth; these never do.
 */
export interface Dec {
  /** value = n / 10^s */
  n: bigint;
  s: number;
}

const TEN = 10n;
const pow10 = (k: number): bigint => TEN ** BigInt(k);

/** A decimal from a number (its shortest round-trip text, i.e. what was written) or a numeric text; null otherwise. */
export function dec(v: number | string): Dec | null {
  let t: string;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    t = String(v);
    if (/e/i.test(t)) t = v.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  } else t = v.trim().replace(/,/g, "");
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return null;
  const frac = m[3] ?? "";
  const n = BigInt((m[2] || "0") + frac);
  return { n: m[1] === "-" ? -n : n, s: frac.length };
}

export const ZERO: Dec = { n: 0n, s: 0 };
export const decInt = (k: number): Dec => ({ n: BigInt(k), s: 0 });

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.s, b.s);
  return [a.n * pow10(s - a.s), b.n * pow10(s - b.s), s];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x + y, s };
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x - y, s };
}

export function mul(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, s: a.s + b.s };
}

export function cmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const isZero = (a: Dec): boolean => a.n === 0n;
export const abs = (a: Dec): Dec => (a.n < 0n ? { n: -a.n, s: a.s } : a);
export const min = (a: Dec, b: Dec): Dec => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Dec, b: Dec): Dec => (cmp(a, b) >= 0 ? a : b);

/** Round half away from zero (as Excel's ROUND and the platform's round(…, 2) do) to `places` decimals. */
export function round(a: Dec, places: number): Dec {
  if (a.s <= places) return { n: a.n * pow10(places - a.s), s: places };
  return { n: divRound(a.n, pow10(a.s - places)), s: places };
}

/** num / den rounded half away from zero. */
function divRound(num: bigint, den: bigint): bigint {
  const neg = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = (n * 2n + d) / (d * 2n);
  return neg ? -q : q;
}

/** a × b / c rounded to `places` decimals, in one exact step (null when c is zero). */
export function mulDiv(a: Dec, b: Dec, c: Dec, places = 2): Dec | null {
  if (c.n === 0n) return null;
  // (a.n/10^a.s)(b.n/10^b.s)/(c.n/10^c.s) × 10^places = a.n b.n 10^(c.s+places) / (c.n 10^(a.s+b.s))
  const num = a.n * b.n * pow10(c.s + places);
  const den = c.n * pow10(a.s + b.s);
  return { n: divRound(num, den), s: places };
}

export function toStr(a: Dec): string {
  const neg = a.n < 0n;
  let d = (neg ? -a.n : a.n).toString();
  if (a.s > 0) {
    d = d.padStart(a.s + 1, "0");
    d = `${d.slice(0, d.length - a.s)}.${d.slice(d.length - a.s)}`.replace(/\.?0+$/, "");
  }
  return neg && d !== "0" ? `-${d}` : d;
}

/** The nearest number (for JSON and messages); arithmetic stays in Dec. */
export const toNum = (a: Dec): number => Number(toStr(a));
