/**
 * One self-evaluation indicator row (S1, S4–S7, S11, blanks): its 得分 against its 分值, the rule set's formula
 * (quantitative) or band (qualitative), a deduction without a reason, an over-achieved target, a 完成值 of the wrong kind.
 */
import { cmp, Dec, dec, decInt, isZero, mul, mulDiv, sub, toStr } from "../_lib/exact";
import { finding, Finding, FindingCode } from "../_lib/findings";
import type { SelfEvaluationRules } from "../rules/selfeval-rules";
import type { IndicatorOut } from "../sheet/model";
import type { Target } from "../values/target-parser";
import { bandOf, bandRange, quantitativeScore, scoreDirection } from "./scoring";
import type { IndicatorScore, NumberCell, TextCell } from "./model";
import { addr, blankNumber, blankText, decOf, letter, points, two, within } from "./cells";

const quantitative = (t: Target | null): t is Target & { value: number } => !!t && !t.qualitative && t.value !== null;

/** Units that say the two numbers are not in one measure (`万元` against `元`); a completion without a unit is fine. */
const sameMeasure = (a: Target, b: Target): boolean => !a.unit || !b.unit || a.unit === b.unit;

function at(code: FindingCode, i: IndicatorOut, cell: NumberCell | TextCell | null, extra: Omit<Finding, "code" | "severity" | "row" | "column"> = {}): Finding {
  return finding(code, cell?.row ?? i.row, cell ? letter(cell) : null, { item: { group: i.group, seq: i.seq }, ...extra });
}

function quantitativeRow(i: IndicatorOut, s: IndicatorScore, a: Target & { value: number }, w: Dec | null, score: Dec | null, rules: SelfEvaluationRules, out: Finding[], scored: boolean): void {
  const text = s.completionCell?.text ?? s.completion?.raw ?? "";
  if (text.trim() === "") return;
  const b = s.completion;
  if (!quantitative(b)) {
    out.push(at("completion-not-number", i, s.completionCell, { params: { name: i.name, text, target: a.raw } }));
    return;
  }
  if (!sameMeasure(a, b)) return;
  const A = dec(a.value)!;
  const B = dec(b.value)!;
  if (scored && w && score) {
    const direction = scoreDirection(a);
    if (direction) {
      const q = quantitativeScore(direction, A, B, w, rules.negativeFormula);
      if (!within(score, q.score, rules.scoreTolerance)) {
        out.push(
          at("score-formula", i, s.score, {
            expected: two(q.score),
            actual: two(score),
            difference: two(sub(score, q.score)),
            from: [s.targetCell, s.completionCell, s.maxScore].filter((c): c is TextCell | NumberCell => !!c).map(addr),
            params: { name: i.name, formula: q.formula, direction, A: toStr(A), B: toStr(B), W: toStr(w), score: points(q.score) },
          }),
        );
      }
    }
  }
  // S7: reaching well past a floor says the floor was set low.
  if ((a.operator === ">=" || a.operator === ">") && cmp(A, decInt(0)) > 0 && cmp(B, mul(A, dec(rules.overAchievementFactor)!)) >= 0) {
    out.push(
      at("over-achievement", i, s.completionCell, {
        expected: rules.overAchievementFactor,
        actual: two(mulDiv(B, decInt(1), A)!),
        params: { name: i.name, A: a.raw, B: b.raw, ratio: points(mulDiv(B, decInt(1), A)!), factor: rules.overAchievementFactor },
      }),
    );
  }
}

function qualitativeRow(i: IndicatorOut, s: IndicatorScore, w: Dec | null, score: Dec | null, rules: SelfEvaluationRules, out: Finding[], scored: boolean): void {
  const text = s.completionCell?.text ?? s.completion?.raw ?? "";
  if (text.trim() === "") return;
  const band = bandOf(text, rules);
  if (!band) {
    out.push(at("completion-not-grade", i, s.completionCell, { params: { name: i.name, text } }));
    return;
  }
  if (!scored || !w || !score || isZero(w)) return;
  const [lo, hi] = bandRange(band, w, rules);
  if (cmp(score, lo) >= 0 && cmp(score, hi) <= 0) return;
  const edge = cmp(score, lo) < 0 ? lo : hi;
  out.push(
    at("qualitative-band", i, s.score, {
      expected: two(edge),
      actual: two(score),
      difference: two(sub(score, edge)),
      from: [s.completionCell, s.maxScore].filter((c): c is TextCell | NumberCell => !!c).map(addr),
      params: { name: i.name, text, band, min: rules.bands[band].min, max: rules.bands[band].max, lo: points(lo), hi: points(hi) },
    }),
  );
}

export function rowChecks(i: IndicatorOut, rules: SelfEvaluationRules, out: Finding[]): void {
  const s = i.score;
  if (!s) return;
  const w = decOf(s.maxScore);
  const score = decOf(s.score);
  // The Sichuan 2023 fault: a row worth points, its 完成值 filled in, whose 得分 was not. A row with neither is a form
  // not filled in yet (a freshly generated 自评表): nothing to score, nothing to say.
  if (w && blankNumber(s.score) && !blankText(s.completionCell)) {
    out.push(at("score-blank", i, s.score ?? s.maxScore, { expected: two(w), params: { name: i.name } }));
  }
  let scored = true;
  if (w && score && cmp(score, w) > 0) {
    out.push(at("score-over-max", i, s.score, { expected: two(w), actual: two(score), difference: two(sub(score, w)), from: [addr(s.maxScore!)], params: { name: i.name } }));
    // One fault, one finding: the formula and the band would only say the same again.
    scored = false;
  }
  if (quantitative(i.annualTarget)) quantitativeRow(i, s, i.annualTarget, w, score, rules, out, scored);
  else if (i.annualTarget) qualitativeRow(i, s, w, score, rules, out, scored);
  // S6: every point taken off needs its 偏差原因分析.
  if (w && score && cmp(score, w) < 0 && blankText(s.reason)) {
    out.push(at("deduction-without-reason", i, s.reason ?? s.score, { expected: two(w), actual: two(score), difference: two(sub(score, w)), params: { name: i.name } }));
  }
}
