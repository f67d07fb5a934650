/**
 * Re-scoring (S3, S4, S5): what the rule set's formulas give, in exact decimals rounded to hundredths of a point.
 * Pure arithmetic over values already read; the checks (selfeval-checks.ts) compare it with what the table states.
 */
import { add, cmp, Dec, dec, decInt, isZero, max, min, mulDiv, round, sub, ZERO } from "../_lib/exact";
import type { SelfEvaluationRules } from "../rules/selfeval-rules";
import type { Target } from "../values/target-parser";

export type ScoreDirection = "positive" | "negative" | "equal";

/** ≥ / ＞ (and a bare number, as the platform reads `100%`) score upward, ≤ / ＜ downward, ＝ as 等于; ≈ not at all. */
export function scoreDirection(t: Target): ScoreDirection | null {
  switch (t.operator) {
    case ">=":
    case ">":
    case null:
      return "positive";
    case "<=":
    case "<":
      return "negative";
    case "=":
      return "equal";
    default:
      return null;
  }
}

/** Which formula was used, for the S4 message: `B/A×W`, `(1−(B−A)/A)×W`, `A/B×W`, `W` or `0`. */
export type FormulaName = "full" | "zero" | "ratio" | "platform-negative" | "inverse-ratio";

export interface QuantScore {
  score: Dec;
  formula: FormulaName;
  direction: ScoreDirection;
}

/**
 * S4: A = 年度指标值, B = 实际完成值, W = 分值.
 * 正向: B ≥ A → W, else round(B/A × W, 2) (never below 0). 反向 "platform": B ≤ A → W; B ≥ 2A → 0;
 * else round((2A − B)/A × W, 2); "inverse-ratio": B ≤ A → W, else round(A/B × W, 2). 等于 with A = 0: B ≤ 0 → W,
 * else 0; 等于 with A ≠ 0 is scored as 正向 (reaching the value is full marks, short of it pro rata).
 */
export function quantitativeScore(direction: ScoreDirection, a: Dec, b: Dec, w: Dec, negativeFormula: SelfEvaluationRules["negativeFormula"]): QuantScore {
  const full = (): QuantScore => ({ score: round(w, 2), formula: "full", direction });
  const zero = (): QuantScore => ({ score: round(ZERO, 2), formula: "zero", direction });
  if (direction === "equal" && isZero(a)) return cmp(b, ZERO) <= 0 ? full() : zero();
  if (direction === "negative") {
    if (cmp(b, a) <= 0) return full();
    if (isZero(a) || cmp(a, ZERO) < 0) return zero();
    if (negativeFormula === "inverse-ratio") return { score: mulDiv(a, w, b) ?? round(ZERO, 2), formula: "inverse-ratio", direction };
    const twoA = add(a, a);
    if (cmp(b, twoA) >= 0) return zero();
    return { score: mulDiv(sub(twoA, b), w, a)!, formula: "platform-negative", direction };
  }
  if (cmp(b, a) >= 0 || isZero(a)) return full();
  if (cmp(a, ZERO) < 0 || cmp(b, ZERO) <= 0) return zero();
  return { score: mulDiv(b, w, a)!, formula: "ratio", direction };
}

/** A qualitative completion's band (S5), by the rule set's words; null when the text names none. */
export type BandName = keyof SelfEvaluationRules["bands"];

export function bandOf(text: string, rules: SelfEvaluationRules): BandName | null {
  const t = text.replace(/\s+/g, "");
  // Not-achieved first, then partial: 未达成 and 部分达成 both contain 达成.
  for (const name of ["notAchieved", "partial", "achieved"] as const) {
    if (rules.bands[name].words.some((w) => t.includes(w))) return name;
  }
  return null;
}

/** The band's score range for 分值 W, in points: [min% × W, max% × W]. */
export function bandRange(band: BandName, w: Dec, rules: SelfEvaluationRules): [Dec, Dec] {
  const b = rules.bands[band];
  return [mulDiv(w, dec(b.min)!, decInt(100))!, mulDiv(w, dec(b.max)!, decInt(100))!];
}

export interface BudgetScore {
  /** 执行数 / 预算数 as a percentage with two decimals. */
  ratePercent: Dec;
  /** min(rate, 100%) × share, rounded to hundredths. */
  score: Dec;
}

/** S3: 执行率 = 执行数 / 预算数; 预算执行得分 = 执行率 × share, capped at the share (platform `AMT4/AMT3*10`). */
export function budgetScore(executed: Dec, budget: Dec, share: Dec): BudgetScore | null {
  if (isZero(budget) || cmp(budget, ZERO) < 0) return null;
  const ratePercent = mulDiv(executed, decInt(100), budget, 2)!;
  const capped = min(executed, budget);
  const score = mulDiv(max(capped, ZERO), share, budget, 2)!;
  return { ratePercent, score };
}

/** S9: the grade a 总分 gives (the first whose `min` it reaches). */
export function gradeOf(total: Dec, rules: SelfEvaluationRules): string | null {
  const sorted = [...rules.grades].sort((x, y) => y.min - x.min);
  return sorted.find((g) => cmp(total, dec(g.min)!) >= 0)?.name ?? null;
}
