/** Exact decimals: what a sheet wrote, read without binary-float error, and rounded as Excel's ROUND does. */
import fc from "fast-check";
import { abs, add, cmp, dec, decInt, isZero, max, min, mul, mulDiv, round, sub, toNum, toStr, ZERO, type Dec } from "../../../src/core/_lib/exact";

const d = (v: number | string): Dec => dec(v)!;
const s = (x: Dec | null) => (x === null ? null : toStr(x));

describe("dec", () => {
  it("reads numbers as their shortest text and numeric texts as written", () => {
    expect(d(89.974)).toEqual({ n: 89974n, s: 3 });
    expect(d("1,234.50")).toEqual({ n: 123450n, s: 2 });
    expect(s(dec(" -0.07 "))).toBe("-0.07");
    expect(s(dec(".5"))).toBe("0.5");
    expect(s(dec("5."))).toBe("5");
    expect(s(dec(1e-7))).toBe("0.0000001");
  });
  it("reads nothing from text that is not a plain number, or from NaN and infinities", () => {
    expect([dec("abc"), dec(""), dec("."), dec("1e5"), dec("99%"), dec(NaN), dec(Infinity)]).toEqual([null, null, null, null, null, null, null]);
  });
});

describe("arithmetic", () => {
  it("adds what binary floats get wrong: 0.1 + 0.2 is 0.3", () => {
    expect(s(add(d(0.1), d(0.2)))).toBe("0.3");
    expect(cmp(add(d(0.1), d(0.2)), d(0.3))).toBe(0);
    expect(s(sub(d(90), d(89.974)))).toBe("0.026");
    expect(s(mul(d(1.5), d(-2.25)))).toBe("-3.375");
  });
  it("compares across scales, and has min, max, abs and isZero", () => {
    expect(cmp(d("1.50"), d("1.5"))).toBe(0);
    expect(cmp(d(-1), d(0.5))).toBe(-1);
    expect(s(min(d(2), d(1.99)))).toBe("1.99");
    expect(s(max(d(2), d(1.99)))).toBe("2");
    expect(s(abs(d(-3.2)))).toBe("3.2");
    expect(isZero(d("0.00"))).toBe(true);
    expect(toNum(decInt(7))).toBe(7);
  });
});

describe("rounding half away from zero", () => {
  it("rounds .005 up, and -.005 down, where floats fail (1.005 × 100 is 100.4999…, 2.675 is 2.67499…)", () => {
    expect(s(round(d("2.675"), 2))).toBe("2.68");
    expect((2.675).toFixed(2)).toBe("2.67");
    expect(s(round(d(1.005), 2))).toBe("1.01");
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(s(round(d("0.125"), 2))).toBe("0.13");
    expect(s(round(d("-0.125"), 2))).toBe("-0.13");
    expect(s(round(d("0.1249"), 2))).toBe("0.12");
    expect(round(d(5), 2)).toEqual({ n: 500n, s: 2 });
  });
  it("divides in one exact step: a × b / c to hundredths, nothing for c = 0", () => {
    expect(s(mulDiv(d(85), d(10), d(90)))).toBe("9.44");
    expect(s(mulDiv(d(1), d(1), d(8)))).toBe("0.13");
    expect(s(mulDiv(d(-1), d(1), d(8)))).toBe("-0.13");
    expect(s(mulDiv(d(89.974), d(100), d(90), 6))).toBe("99.971111");
    expect(mulDiv(d(1), d(1), ZERO)).toBeNull();
  });
  it("writes no trailing zeros and no negative zero", () => {
    expect(toStr({ n: 1000n, s: 2 })).toBe("10");
    expect(toStr({ n: -5n, s: 3 })).toBe("-0.005");
    expect(toStr({ n: 0n, s: 2 })).toBe("0");
  });
});

describe("as a property", () => {
  const hundredths = fc.integer({ min: -10_000_000, max: 10_000_000 });
  it("adds, subtracts and compares as integer hundredths do", () => {
    fc.assert(
      fc.property(hundredths, hundredths, (x, y) => {
        const a = d(x / 100);
        const b = d(y / 100);
        expect(round(add(a, b), 2).n).toBe(BigInt(x + y));
        expect(round(sub(a, b), 2).n).toBe(BigInt(x - y));
        expect(cmp(a, b)).toBe(Math.sign(x - y));
      }),
    );
  });
  it("rounds a × b / c as integer arithmetic does, half away from zero", () => {
    fc.assert(
      fc.property(hundredths, hundredths, hundredths.filter((c) => c !== 0), (x, y, z) => {
        // (x/100)(y/100)/(z/100) in hundredths = x·y/z, rounded half away from zero.
        const num = BigInt(x) * BigInt(y);
        const den = BigInt(z);
        const neg = num < 0n !== den < 0n;
        const q = ((num < 0n ? -num : num) * 2n + (den < 0n ? -den : den)) / ((den < 0n ? -den : den) * 2n);
        expect(mulDiv(d(x / 100), d(y / 100), d(z / 100))!.n).toBe(neg ? -q : q);
      }),
    );
  });
});
