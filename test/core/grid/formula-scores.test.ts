/**
 * The generator's score formulas (score-formulas.ts), computed by the evaluator, give exactly what scoring.ts
 * computes: for any target A, completion B and points W with at most two decimals, in every direction.
 */
import fc from "fast-check";
import { budgetScore, budgetScoreFormula, dec, formulaValue, quantitativeScore, rateFormula, scoreFormula, toNum, type CellValue, type ScoreDirection } from "../../../src/core";
import { cellRef } from "../../../src/core/grid/formula-parse";

function sheet(cells: Record<string, CellValue>) {
  const byCell = new Map(Object.entries(cells).map(([a, v]) => [`${cellRef(a)!.row},${cellRef(a)!.col}`, v]));
  return (row: number, col: number): CellValue => byCell.get(`${row},${col}`) ?? null;
}

/** A number with at most two decimals, as typed (0.07, -12.5, 3000). */
const hundredths = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
/** Often a round or equal value, so the boundaries (B = A, B = 2A, A = 0) are hit. */
const amount = fc.oneof(hundredths(-1000, 100_000), fc.constantFrom(0, 1, 100, 3000, -1), hundredths(-5, 5));
const REFS = { a: "A1", b: "B1", w: "C1" };

describe.each(["positive", "negative", "equal"] as const)("the %s score formula", (direction: ScoreDirection) => {
  it.each(["platform", "inverse-ratio"] as const)("equals quantitativeScore (反向 %s)", (negativeFormula) => {
    const formula = scoreFormula(direction, REFS, negativeFormula);
    fc.assert(
      fc.property(amount, amount, hundredths(0, 100), fc.boolean(), (a, b0, w, twice) => {
        const b = twice ? a * 2 : b0; // B = 2A: the platform's zero point
        const expected = toNum(quantitativeScore(direction, dec(a)!, dec(b)!, dec(w)!, negativeFormula).score);
        expect(formulaValue(formula, sheet({ A1: a, B1: b, C1: w }))).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("scores \"\" while the completion is blank or text", () => {
    const formula = scoreFormula(direction, REFS, "platform");
    for (const b of [null, "", "98%", "已完成"]) expect(formulaValue(formula, sheet({ A1: 95, B1: b, C1: 10 }))).toBe("");
  });
});

describe("the budget formulas", () => {
  const refs = { budget: "A1", executed: "B1", share: "C1", rate: "D1" };
  const rate = rateFormula(refs);
  const score = budgetScoreFormula(refs);

  it("equal budgetScore's rate and score", () => {
    fc.assert(
      fc.property(fc.oneof(hundredths(0, 1_000_000), fc.constant(0)), amount, hundredths(0, 30), fc.boolean(), (budget, e, share, same) => {
        const executed = same ? budget : e;
        const cells = { A1: budget, B1: executed, C1: share } as Record<string, CellValue>;
        const r = formulaValue(rate, sheet(cells));
        const s = formulaValue(score, sheet({ ...cells, D1: r }));
        const expected = budgetScore(dec(executed)!, dec(budget)!, dec(share)!);
        if (!expected) {
          expect([r, s]).toEqual(["", ""]);
          return;
        }
        expect(typeof r).toBe("number");
        // The cell holds the exact rate (shown as a percentage); scoring.ts's is that percentage to the hundredth.
        expect(Math.abs((r as number) * 100 - toNum(expected.ratePercent))).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(s).toBe(toNum(expected.score));
      }),
      { numRuns: 500 },
    );
  });

  it("give \"\" before anything is typed or with no budget", () => {
    for (const cells of [{ A1: 100 }, { A1: 100, B1: "x" }, { A1: null, B1: 5 }, { A1: "", B1: 5 }] as Record<string, CellValue>[]) {
      const r = formulaValue(rate, sheet(cells));
      expect([r, formulaValue(score, sheet({ ...cells, C1: 10, D1: r }))]).toEqual(["", ""]);
    }
  });
});
