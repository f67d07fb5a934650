/**
 * A 绩效自评表 generated from seed 000, with some completions and 执行数 typed in, computed by the evaluator (as the
 * in-memory workbook and the web page read it) gives the scores the core computes (scoring.ts), and the sheet read
 * back raises none of the score checks.
 */
import {
  budgetScore,
  checkSheet,
  columnLetter,
  dec,
  DEFAULT_SELF_EVALUATION,
  parseSheet,
  quantitativeScore,
  selfEvaluationSheet,
  toNum,
  withFormulaValues,
  type CellValue,
  type Dec,
} from "../../../src/core";
import { add, ZERO } from "../../../src/core/_lib/exact";
import { cellRef } from "../../../src/core/grid/formula-parse";
import { seedGrid } from "../../support/seeds";

const source = (() => {
  const p = parseSheet(seedGrid("000"));
  if (!p.ok) throw new Error(p.code);
  return p.value;
})();
const rules = DEFAULT_SELF_EVALUATION;
const SCORE_CHECKS = ["score-formula", "budget-score", "execution-rate", "budget-parts", "total-score-mismatch", "score-over-max", "score-blank"];

describe.each(["anhui", "sichuan"] as const)("a %s self-evaluation sheet from seed 000, partly filled in", (shape) => {
  const out = selfEvaluationSheet(source, { shape, rules });
  const values: CellValue[][] = out.rows.map((r) => r.map((c) => (c !== null && typeof c === "object" && "formula" in c ? null : c)));
  const formulas: Record<string, string> = {};
  out.rows.forEach((r, row) =>
    r.forEach((c, col) => {
      if (c !== null && typeof c === "object" && "formula" in c) formulas[`${columnLetter(col)}${row + 1}`] = c.formula;
    }),
  );
  const put = (a: string, v: CellValue) => {
    const c = cellRef(a)!;
    values[c.row][c.col] = v;
  };
  // The first two projects filled in: each completion short of, at, or past its target; a 执行数 for a part.
  const filled = out.blocks.slice(0, 2);
  const factors = [0.95, 1, 1.3, 0.5, 0.333, 2];
  filled.forEach((b, k) => {
    b.indicators.forEach((i, j) => {
      if (i.target !== null) put(i.cells.completion, Math.round(i.target * factors[(j + k) % factors.length] * 100) / 100);
    });
    put(b.budget.partsExecuted[0], k === 0 ? 700.55 : 12.3);
  });
  const grid = withFormulaValues({ name: "绩效自评表", rows: values }, formulas);
  const read = (a: string): CellValue => {
    const c = cellRef(a)!;
    return grid.rows[c.row]?.[c.col] ?? null;
  };
  const decOf = (a: string): Dec => dec(read(a) as number)!;

  it("has no formula left without a value", () => {
    for (const a of Object.keys(formulas)) expect([a, read(a)]).not.toEqual([a, null]);
  });

  it("scores each typed completion as quantitativeScore does, and leaves the rest \"\"", () => {
    let scored = 0;
    for (const b of out.blocks) {
      for (const i of b.indicators) {
        if (i.target === null || i.direction === null) continue;
        const typed = read(i.cells.completion);
        if (typeof typed !== "number") {
          expect(read(i.cells.score)).toBe("");
          continue;
        }
        const expected = quantitativeScore(i.direction, decOf(i.cells.target ?? ""), decOf(i.cells.completion), decOf(i.cells.points), rules.negativeFormula).score;
        expect([i.cells.score, read(i.cells.score)]).toEqual([i.cells.score, toNum(expected)]);
        scored++;
      }
    }
    expect(scored).toBeGreaterThan(5);
  });

  it("computes the budget's rate and score as budgetScore does, and each total as the sum of its scores", () => {
    let budgets = 0;
    for (const b of out.blocks) {
      const typed = filled.includes(b);
      const expected = typed ? budgetScore(decOf(b.budget.executed), decOf(b.budget.budget), decOf(b.budget.share)) : null;
      if (!expected) {
        expect([read(b.budget.rate), read(b.budget.score)]).toEqual(["", ""]);
      } else {
        expect(read(b.budget.score)).toBe(toNum(expected.score));
        budgets++;
        expect(Math.abs((read(b.budget.rate) as number) * 100 - toNum(expected.ratePercent))).toBeLessThanOrEqual(0.005 + 1e-9);
      }
      const scores = [b.budget.score, ...b.indicators.map((i) => i.cells.score)].map(read).filter((v): v is number => typeof v === "number");
      expect(read(b.total.score)).toBe(toNum(scores.reduce<Dec>((s, v) => add(s, dec(v)!), ZERO)));
    }
    expect(budgets).toBe(filled.length);
  });

  it("reads back with none of the score checks raised", () => {
    const p = parseSheet(grid);
    if (!p.ok) throw new Error(p.code);
    expect(p.value.indicators.filter((i) => typeof i.score?.score?.value === "number").length).toBeGreaterThan(5);
    const raised = checkSheet(p.value).filter((f) => SCORE_CHECKS.includes(f.code));
    expect(raised.map((f) => `${f.code}@${f.column ?? ""}${f.row}`)).toEqual([]);
  });
});
