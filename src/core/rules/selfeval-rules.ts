/**
 * The rule set's `selfEvaluation` section (docs/research/self-evaluation.md S3–S9): the scoring formulas, the
 * budget share, the qualitative bands, the thresholds and the grade edges. Defaults are the MOF platform's.
 */
import { z } from "zod";

const Percent = z.number().min(0).max(100);

/** A qualitative completion band: the words that name it and the share of 分值 a score in it may be (S5). */
const Band = z.strictObject({ min: Percent, max: Percent, words: z.array(z.string().min(1)).min(1) });

export const SelfEvaluationRulesSchema = z.strictObject({
  /** Points for budget execution when the table's header does not say (`预算执行情况(10分)`). */
  budgetShare: Percent,
  /**
   * 反向 (≤) scoring: "platform" — B ≤ A full, A < B < 2A (1 − (B−A)/A) × W, B ≥ 2A zero; "inverse-ratio" — A/B × W
   * (a Jiangxi page). 正向 is always B/A × W capped at W, 等于 with A = 0 full when B ≤ 0.
   */
  negativeFormula: z.enum(["platform", "inverse-ratio"]),
  /** How far a stated score may be from the formula's before S4 warns, in points. */
  scoreTolerance: z.number().min(0).max(10),
  bands: z.strictObject({ achieved: Band, partial: Band, notAchieved: Band }),
  /** S7: B ≥ factor × A on a ≥ target says the target was probably set too low. */
  overAchievementFactor: z.number().min(1).max(100),
  /** S8: an execution rate (%) below this needs a reason. */
  executionRateMin: Percent,
  /** S3: how far a stated 执行率 may be from 执行数/预算数, in percentage points. */
  rateTolerance: z.number().min(0).max(5),
  /** S9: grades from the highest; a 总分 at or above `min` gets the first grade that fits. */
  grades: z.array(z.strictObject({ name: z.string().min(1), min: Percent })).min(1),
});

export type SelfEvaluationRules = z.infer<typeof SelfEvaluationRulesSchema>;

export const DEFAULT_SELF_EVALUATION: SelfEvaluationRules = {
  budgetShare: 10,
  negativeFormula: "platform",
  scoreTolerance: 0.01,
  bands: {
    // Checked not-achieved first, then partial, so 未达成 and 部分达成 are not read as 达成.
    achieved: { min: 80, max: 100, words: ["达成年度指标", "达成", "已达成", "已完成", "完成", "全部完成", "全部达成"] },
    partial: { min: 60, max: 80, words: ["部分达成年度指标并具有一定效果", "部分达成", "基本达成", "基本完成", "部分完成"] },
    notAchieved: { min: 0, max: 60, words: ["未达成年度指标且效果较差", "未达成", "未完成", "没有完成"] },
  },
  overAchievementFactor: 1.2,
  executionRateMin: 90,
  rateTolerance: 0.01,
  grades: [
    { name: "优", min: 90 },
    { name: "良", min: 80 },
    { name: "中", min: 60 },
    { name: "差", min: 0 },
  ],
};
