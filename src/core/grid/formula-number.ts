/**
 * The evaluator's numbers (formula-eval.ts): exact fractions, so a cell's 0.1 is 1/10 — the decimal it shows — not
 * the nearest binary fraction, and ROUND rounds the decimal half away from zero as Excel's does (ROUND(2.675,2) is
 * 2.68, where binary 2.675 lies below it). Converted to the nearest binary number only as a cell's value. Pure.
 */
import { dec } from "../_lib/exact";

/** n / d in lowest terms, d > 0. */
export interface Rat {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y) [x, y] = [y, x % y];
  return x;
};

export const rat = (n: bigint, d: bigint): Rat => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};

export const ZERO = rat(0n, 1n);
export const ONE = rat(1n, 1n);

export const cmpRat = (a: Rat, b: Rat): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** A number as the decimal it shows (its shortest round-trip text); null for NaN and ±∞. */
export function fromNumber(x: number): Rat | null {
  const t = dec(x);
  return t ? rat(t.n, 10n ** BigInt(t.s)) : null;
}

/** A numeric text (`12.5`, `.5`, `1e3`); null for any other. */
export function fromText(text: string): Rat | null {
  if (/^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(text)) return fromNumber(Number(text));
  const t = dec(text);
  return t ? rat(t.n, 10n ** BigInt(t.s)) : null;
}

/** The nearest binary number to n / d. */
export function toNumber(r: Rat): number {
  const LIMIT = 2n ** 53n;
  const abs = r.n < 0n ? -r.n : r.n;
  // Both exact in binary: one correctly rounded division.
  if (abs <= LIMIT && r.d <= LIMIT) return Number(r.n) / Number(r.d);
  // Else 25 significant digits, then one correctly rounded conversion.
  const shift = Math.max(0, 25 - (abs / r.d).toString().length);
  const q = (r.n * 10n ** BigInt(shift)) / r.d;
  return Number(`${q}e-${shift}`);
}

/** n / d (d > 0) rounded half away from zero to an integer. */
function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const q = ((neg ? -n : n) * 2n + d) / (2n * d);
  return neg ? -q : q;
}

/** Excel's ROUND(x, digits): half away from zero, exactly; negative digits round to tens, hundreds… */
export function roundRat(x: Rat, digits: number): Rat {
  if (digits >= 0) {
    const p = 10n ** BigInt(digits);
    return rat(divRound(x.n * p, x.d), p);
  }
  const p = 10n ** BigInt(-digits);
  return rat(divRound(x.n, x.d * p) * p, 1n);
}

/** x op y for + - * /; null for a division by zero. */
export function arithmetic(op: string, x: Rat, y: Rat): Rat | null {
  switch (op) {
    case "+":
      return rat(x.n * y.d + y.n * x.d, x.d * y.d);
    case "-":
      return rat(x.n * y.d - y.n * x.d, x.d * y.d);
    case "*":
      return rat(x.n * y.n, x.d * y.d);
    default:
      return y.n === 0n ? null : rat(x.n * y.d, x.d * y.n);
  }
}
