/**
 * A self-evaluation project's totals (S2, S9): the 分值 add up to 100 (or to the total row's), each 一级's points to
 * its rows' 分值, the 总分 to the scores, and the 评价结论 names the grade the 总分 gives.
 */
import { add, cmp, Dec, dec, decInt, sub, toStr, ZERO } from "../_lib/exact";
import { finding, Finding } from "../_lib/findings";
import { nfkc } from "../_lib/text";
import type { SelfEvaluationRules } from "../rules/selfeval-rules";
import type { IndicatorOut, ProjectOut } from "../sheet/model";
import type { BudgetFacts } from "./budget-checks";
import { addr, blankNumber, decOf, letter, points, roundsTo, two, within } from "./cells";
import { gradeOf } from "./scoring";

interface Sum {
  value: Dec;
  from: string[];
  count: number;
}

function sumOf(rows: readonly IndicatorOut[], pick: "maxScore" | "score"): Sum {
  let value = ZERO;
  const from: string[] = [];
  for (const i of rows) {
    const c = i.score?.[pick];
    const v = decOf(c);
    if (!c || v === null) continue;
    value = add(value, v);
    from.push(addr(c));
  }
  return { value, from, count: from.length };
}

/** S2 on the 分值; returns whether the total row totals the indicator block only (then so does its 总分). */
function maxScores(p: ProjectOut, rows: readonly IndicatorOut[], budget: BudgetFacts | null, out: Finding[]): boolean {
  const se = p.selfEval!;
  const w = sumOf(rows, "maxScore");
  if (w.count === 0) return false;
  const share = budget?.share ?? ZERO;
  const sum = add(w.value, share);
  const statedCell = se.total?.maxScore ?? null;
  const stated = decOf(statedCell);
  const expected = stated ?? decInt(100);
  if (cmp(sum, expected) === 0) return false;
  // A 合计 of the indicator block alone (90) beside a budget share that makes it 100 is a layout, not a fault.
  if (stated && budget && cmp(w.value, stated) === 0 && cmp(add(stated, share), decInt(100)) === 0) return true;
  const last = [...rows].reverse().find((i) => decOf(i.score?.maxScore) !== null)!;
  const cell = statedCell && stated !== null ? statedCell : last.score!.maxScore!;
  out.push(
    finding("max-scores-not-100", cell.row, letter(cell), {
      expected: two(expected),
      actual: two(sum),
      difference: two(sub(sum, expected)),
      from: budget?.shareFrom ? [...w.from, budget.shareFrom] : w.from,
      params: { project: p.name, indicators: points(w.value), share: points(share), stated: stated ? 1 : 0 },
    }),
  );
  return false;
}

/** Each 一级 that names its points (`产出指标(50分)`) against the 分值 of the rows below it, up to the next one. */
function levelPoints(p: ProjectOut, rows: readonly IndicatorOut[], out: Finding[]): void {
  const levels = [...p.selfEval!.levelPoints].sort((a, b) => a.row - b.row);
  levels.forEach((l, k) => {
    const end = levels[k + 1]?.row ?? Infinity;
    const w = sumOf(rows.filter((i) => i.row >= l.row && i.row < end), "maxScore");
    const pts = dec(l.points)!;
    if (w.count === 0 || cmp(w.value, pts) === 0) return;
    out.push(
      finding("level-points-mismatch", l.row, letter(l), {
        expected: two(pts),
        actual: two(w.value),
        difference: two(sub(w.value, pts)),
        from: w.from,
        params: { name: l.name, points: toStr(pts), sum: points(w.value) },
      }),
    );
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The grade a 评价结论 names, by the rule set's grade names: the whole text (`优`, `良好`) or a name after 为 / 是 /
 * ：/ 等级 / 结论 (`自评等级为优秀`). Single characters such as 中 are everywhere (其中, 实施中), so a name elsewhere
 * in a sentence does not count; a text naming two grades (`优/良/中/差`, a template's options) names none.
 */
export function namedGrade(text: string, names: readonly string[]): string | null {
  const t = nfkc(text).replace(/\s+/g, "");
  const found = names.filter((g) => new RegExp(`(?:^|为|是|[：:]|评定|等级|结论)${escapeRe(g)}(?:秀|好|等|级)?(?=$|[。，,；;、）)]|等级)`).test(t));
  return found.length === 1 ? found[0] : null;
}

export function totalChecks(p: ProjectOut, rows: readonly IndicatorOut[], budget: BudgetFacts | null, rules: SelfEvaluationRules, out: Finding[]): void {
  const se = p.selfEval!;
  const indicatorsOnly = maxScores(p, rows, budget, out);
  levelPoints(p, rows, out);

  const scores = sumOf(rows, "score");
  const withBudget = !indicatorsOnly && budget?.score != null;
  const sum = withBudget ? add(scores.value, budget.score!) : scores.value;
  const from = withBudget && budget.scoreFrom ? [...scores.from, budget.scoreFrom] : scores.from;
  const total = se.total;
  const stated = decOf(total?.score);
  if (total && stated !== null && total.score && from.length) {
    // A 总分 written with fewer decimals (88.5, 88) is the sum rounded, not a different total.
    const ok = within(stated, sum, rules.scoreTolerance) || (stated.s < 2 && roundsTo(stated, stated.s, sum));
    if (!ok) {
      out.push(
        finding("total-score-mismatch", total.row, letter(total.score), {
          expected: two(sum),
          actual: two(stated),
          difference: two(sub(stated, sum)),
          from,
          params: { project: p.name, count: from.length },
        }),
      );
    }
  }
  // As on the rows: only once something has been filled in to score.
  if (total && decOf(total.maxScore) !== null && blankNumber(total.score) && rows.some((i) => i.score?.completionCell && i.score.completionCell.text.trim() !== "")) {
    out.push(finding("score-blank", total.row, total.score ? letter(total.score) : null, { expected: two(decOf(total.maxScore)!), params: { name: "总分" } }));
  }

  // S9 on the stated 总分 (with the budget score when the total row leaves it out), else the sum of what is stated.
  const c = se.conclusion;
  const named = c ? namedGrade(c.text, rules.grades.map((g) => g.name)) : null;
  const whole = (d: Dec) => (indicatorsOnly && budget?.score ? add(d, budget.score) : d);
  const basis = stated !== null ? whole(stated) : from.length ? whole(sum) : null;
  if (c && named && basis !== null) {
    const grade = gradeOf(basis, rules);
    if (grade && grade !== named) {
      out.push(finding("grade-mismatch", c.row, letter(c), { actual: two(basis), params: { named, grade, total: points(basis) } }));
    }
  }
}
