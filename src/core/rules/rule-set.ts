/**
 * The rule set (§7, §13): framework, required categories, severities, thresholds and vocabularies, validated by zod.
 * Objects are strict so a misspelt key in a hand-edited file is an error, not silently ignored.
 * Built-ins, JSON import/export and error data live in rule-sets.ts.
 */
import { z } from "zod";
import { DEFAULT_FRAMEWORK } from "./framework";
import { DIMENSIONS, FINDING_CODES, FindingCode, ROUNDED_SUM_CODES } from "../_lib/findings";
import { DEFAULT_PLACEHOLDERS } from "./placeholders";
import { RULE_PACK_DEFAULTS } from "./rule-pack";
import { DEFAULT_SELF_EVALUATION, SelfEvaluationRulesSchema } from "./selfeval-rules";

/** Bumped when the file shape changes incompatibly, so an old file is refused with a clear message. */
export const RULE_SET_SCHEMA_VERSION = 1;

const Category = z.enum(["output", "benefit", "satisfaction", "cost"]);

export const OVERRIDABLE_CODES = FINDING_CODES.filter((c) => !ROUNDED_SUM_CODES.includes(c));

const Level1 = z.strictObject({ code: z.string().regex(/^\d$/), name: z.string().min(1), category: Category, aliases: z.array(z.string()).optional() });
const Level2 = z.strictObject({
  code: z.string().regex(/^\d\d$/),
  name: z.string().min(1),
  parent: z.string().regex(/^\d$/),
  aliases: z.array(z.string()).optional(),
  alsoCost: z.boolean().optional(),
});

/** The fields without cross-field checks: `.pick()` needs a schema without refinements (settings.ts uses it). */
export const RuleSetFieldsSchema = z.strictObject({
  schemaVersion: z.literal(RULE_SET_SCHEMA_VERSION),
  name: z.string().min(1),
  version: z.string().min(1),
  framework: z.strictObject({ level1: z.array(Level1).min(1), level2: z.array(Level2) }),
  /** Categories every project needs (error when missing). */
  requiredCategories: z.array(Category.exclude(["cost"])),
  /** Whether a missing 成本 indicator is warned about. */
  costRequired: z.boolean(),
  /** 满意度 targets below this percentage are warned about. */
  satisfactionMin: z.number().min(0).max(100),
  /** Rounding drift allowed per nonzero addend, in the sheet's money unit (§6: 0.005). */
  roundingPerAddend: z.number().min(0).max(1),
  placeholders: z.array(z.string().min(1)),
  /** Severity overrides by finding code; "off" drops the finding. */
  severities: z.partialRecord(z.enum(OVERRIDABLE_CODES as [FindingCode, ...FindingCode[]]), z.enum(["error", "warning", "info", "off"])).optional(),
  // The reviewer's rule pack (issue 17). Optional, so a rule file written before it still loads; a missing field
  // means the default in rule-pack.ts.
  /** Dimension overrides by finding code (完整性 / 相关性 / 适当性 / 可行性). */
  dimensions: z.partialRecord(z.enum(FINDING_CODES as [FindingCode, ...FindingCode[]]), z.enum(DIMENSIONS)).optional(),
  /** T12: marks that stand for a number or name not filled in yet, inside a longer text (`XX个`, `≥**%`). */
  templateMarks: z.array(z.string().min(1)).optional(),
  /** T1/T7: money units and how many 元 each is. */
  moneyUnits: z.record(z.string().min(1), z.number().positive()).optional(),
  /** T2: a percentage above this is warned about … */
  percentMax: z.number().min(0).optional(),
  /** … unless the indicator's name has one of these words (增长率 may well be 150%). */
  percentExemptWords: z.array(z.string().min(1)).optional(),
  /** T5: wording that says a direction but no measure (进一步加强, 有效提升). */
  vagueWords: z.array(z.string().min(1)).optional(),
  /** T7: a 成本 indicator whose name or unit has one of these is a rate (元/人, 人均), not part of the total. */
  costRateMarks: z.array(z.string().min(1)).optional(),
  /** T9: units of the counts looked for in the 绩效目标 text (培训500人次). */
  goalUnits: z.array(z.string().min(1)).optional(),
  /** T6: the lowest share (%) of quantitative indicators per project; absent means the check is off. */
  quantitativeShareMin: z.number().min(0).max(100).optional(),
  /** 绩效自评表 scoring (issue 15, S3–S9): formulas, budget share, bands, thresholds, grades; absent means the default. */
  selfEvaluation: SelfEvaluationRulesSchema.optional(),
});

type Fields = z.infer<typeof RuleSetFieldsSchema>;

function firstIndexes<T>(list: readonly T[], key: (t: T) => string): Map<string, number> {
  const first = new Map<string, number>();
  list.forEach((t, i) => {
    if (!first.has(key(t))) first.set(key(t), i);
  });
  return first;
}

/** Checks across fields; the issue's `params.kind` is what rule-sets.ts turns into error data. */
function crossChecks(r: Fields, ctx: z.RefinementCtx): void {
  const add = (path: (string | number)[], kind: string, params: Record<string, string | number>) =>
    ctx.addIssue({ code: "custom", path, message: kind, params: { kind, ...params } });
  const l1 = firstIndexes(r.framework.level1, (d) => d.code);
  r.framework.level1.forEach((d, i) => {
    if (l1.get(d.code) !== i) add(["framework", "level1", i, "code"], "duplicate-code", { code: d.code });
  });
  const l2 = firstIndexes(r.framework.level2, (d) => d.code);
  r.framework.level2.forEach((d, i) => {
    if (l2.get(d.code) !== i) add(["framework", "level2", i, "code"], "duplicate-code", { code: d.code });
    if (!l1.has(d.parent)) add(["framework", "level2", i, "parent"], "unknown-parent", { code: d.code, parent: d.parent });
  });
  for (const key of ["templateMarks", "percentExemptWords", "vagueWords", "costRateMarks", "goalUnits"] as const) {
    const list = r[key] ?? [];
    const first = firstIndexes(list, (w) => w);
    list.forEach((w, i) => {
      if (first.get(w) !== i) add([key, i], "duplicate-value", { value: w });
    });
  }
  const cats = firstIndexes(r.requiredCategories, (c) => c);
  r.requiredCategories.forEach((c, i) => {
    if (cats.get(c) !== i) add(["requiredCategories", i], "duplicate-value", { value: c });
    // A required category no 一级 maps to would fail every project.
    else if (!r.framework.level1.some((d) => d.category === c)) add(["requiredCategories", i], "category-without-level1", { value: c });
  });
  const se = r.selfEvaluation;
  if (se) {
    for (const band of ["achieved", "partial", "notAchieved"] as const) {
      const { min, max } = se.bands[band];
      if (min > max) add(["selfEvaluation", "bands", band, "min"], "band-min-above-max", { min, max });
    }
    const grades = firstIndexes(se.grades, (g) => g.name);
    se.grades.forEach((g, i) => {
      if (grades.get(g.name) !== i) add(["selfEvaluation", "grades", i, "name"], "duplicate-value", { value: g.name });
    });
  }
}

export const RuleSetSchema = RuleSetFieldsSchema.superRefine(crossChecks);

export type RuleSet = z.infer<typeof RuleSetSchema>;

export const DEFAULT_RULES: RuleSet = {
  schemaVersion: RULE_SET_SCHEMA_VERSION,
  name: "广州市-2025",
  version: "2025.1",
  framework: DEFAULT_FRAMEWORK,
  requiredCategories: ["output", "benefit", "satisfaction"],
  costRequired: true,
  satisfactionMin: 80,
  roundingPerAddend: 0.005,
  placeholders: DEFAULT_PLACEHOLDERS,
  ...RULE_PACK_DEFAULTS,
  selfEvaluation: DEFAULT_SELF_EVALUATION,
};

/** How a rule set is named wherever a person reads it (校验结果, 审核意见, the pane, the CLI): `广州市-2025（2025.1）`. */
export const ruleSetLabel = (r: { name: string; version: string }): string => `${r.name}（${r.version}）`;
