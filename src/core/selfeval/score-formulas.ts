/**
 * The scoring rules of scoring.ts (S3, S4) as live spreadsheet formulas, so a generated 自评表 scores itself as the
 * officer types. Excel syntax that LibreOffice and WPS calculate the same way (test/libreoffice/selfeval.test.ts
 * holds them to quantitativeScore and budgetScore). Each branch mirrors scoring.ts in the same order.
 *
 * A completion that is not a number (blank, or text such as `98%` typed into a text cell) scores "" rather than
 * something wrong: in Excel any text compares greater than any number, so `B>=A` would give full marks.
 * Products come before the division (`B*W/A`, not `B/A*W`): B and W have at most two decimals, so B×W is exact in
 * binary floating point to 15 digits and only one rounding step is left before ROUND.
 */
import type { SelfEvaluationRules } from "../rules/selfeval-rules";
import type { ScoreDirection } from "./scoring";

/** A1 addresses of one indicator row's cells: A = 年度指标值 as a number, B = 实际完成值, W = 分值. */
export interface ScoreRefs {
  a: string;
  b: string;
  w: string;
}

/** 正向 (and 等于 with A ≠ 0): B ≥ A or A = 0 → W; A < 0 or B ≤ 0 → 0; else round(B/A × W, 2). */
const positive = ({ a, b, w }: ScoreRefs) => `IF(OR(${b}>=${a},${a}=0),${w},IF(OR(${a}<0,${b}<=0),0,ROUND(${b}*${w}/${a},2)))`;

/** 反向, the platform's: B ≤ A → W; A ≤ 0 or B ≥ 2A → 0; else round((2A − B)/A × W, 2). */
const platformNegative = ({ a, b, w }: ScoreRefs) => `IF(${b}<=${a},${w},IF(OR(${a}<=0,${b}>=2*${a}),0,ROUND((2*${a}-${b})*${w}/${a},2)))`;

/** 反向, the Jiangxi variant: B ≤ A → W; A ≤ 0 → 0; else round(A/B × W, 2). */
const inverseNegative = ({ a, b, w }: ScoreRefs) => `IF(${b}<=${a},${w},IF(${a}<=0,0,ROUND(${a}*${w}/${b},2)))`;

/** 等于: with A = 0, B ≤ 0 → W else 0; otherwise as 正向. */
const equal = (r: ScoreRefs) => `IF(${r.a}=0,IF(${r.b}<=0,${r.w},0),${positive(r)})`;

/** `=IF(ISNUMBER(B),…,"")`: the score of one quantitative row under the rule set's 反向 formula. */
export function scoreFormula(direction: ScoreDirection, refs: ScoreRefs, negativeFormula: SelfEvaluationRules["negativeFormula"]): string {
  const body = direction === "positive" ? positive(refs) : direction === "equal" ? equal(refs) : negativeFormula === "inverse-ratio" ? inverseNegative(refs) : platformNegative(refs);
  return `=IF(ISNUMBER(${refs.b}),${body},"")`;
}

/** A1 addresses of a money line's cells: budget = 全年(调整后)预算数, executed = 执行数, share = 分值, rate = 执行率. */
export interface BudgetRefs {
  budget: string;
  executed: string;
  share: string;
  rate: string;
}

/** S3 执行率 = 执行数 / 预算数, "" while the budget is 0 or nothing is typed (formatted as a percentage). */
export const rateFormula = ({ budget, executed }: Pick<BudgetRefs, "budget" | "executed">): string =>
  `=IF(OR(N(${budget})=0,NOT(ISNUMBER(${executed}))),"",${executed}/${budget})`;

/** S3 预算执行得分 = min(执行率, 100%) × share, never below 0, rounded to hundredths (scoring.ts budgetScore). */
export const budgetScoreFormula = ({ budget, executed, share, rate }: BudgetRefs): string =>
  `=IF(${rate}="","",ROUND(MAX(MIN(${executed},${budget}),0)*${share}/${budget},2))`;

/** `=SUM(B7:B9)` of a column's parts. */
export const sumFormula = (range: string): string => `=SUM(${range})`;

/** The total's 执行数: the parts' sum once any is typed, "" before (so the rate and score stay blank). */
export const executedSumFormula = (range: string): string => `=IF(COUNT(${range})=0,"",SUM(${range}))`;
