/** The rule set's selfEvaluation section (issue 15): optional, validated by zod, bad values named by their field. */
import { DEFAULT_RULES, DEFAULT_SELF_EVALUATION, parseRuleSetJson, RULES_INVERSE_NEGATIVE, ruleSetToJson, SelfEvaluationRulesSchema, validateRuleSet } from "../../../src/core";
import { ruleSetErrors } from "../../../src/i18n/rule-set-errors";

const base = (): Record<string, unknown> => JSON.parse(ruleSetToJson(DEFAULT_RULES)) as Record<string, unknown>;
const withSection = (change: (se: Record<string, unknown>) => void): Record<string, unknown> => {
  const v = base();
  const se = JSON.parse(JSON.stringify(DEFAULT_SELF_EVALUATION)) as Record<string, unknown>;
  change(se);
  return { ...v, selfEvaluation: se };
};
function errorsOf(value: unknown) {
  const r = parseRuleSetJson(JSON.stringify(value));
  if (r.ok) throw new Error("expected the rule set to be rejected");
  return ruleSetErrors(r.errors);
}

describe("the selfEvaluation section", () => {
  it("validates the defaults and the variant, and round-trips through JSON", () => {
    expect(SelfEvaluationRulesSchema.safeParse(DEFAULT_SELF_EVALUATION).success).toBe(true);
    expect(parseRuleSetJson(ruleSetToJson(RULES_INVERSE_NEGATIVE))).toEqual({ ok: true, rules: RULES_INVERSE_NEGATIVE });
  });

  it("may be left out: a rule file written before it still loads", () => {
    const v = base();
    delete v.selfEvaluation;
    expect(validateRuleSet(v).ok).toBe(true);
  });

  it("rejects a budget share above 100, naming the field and the bound", () => {
    const [e] = errorsOf(withSection((se) => (se.budgetShare = 120)));
    expect(e.path).toBe("selfEvaluation.budgetShare");
    expect(e.message_en).toBe("field selfEvaluation.budgetShare: must be at most 100 (found 120)");
  });

  it("rejects a 反向 formula it does not know, listing the ones it does", () => {
    const [e] = errorsOf(withSection((se) => (se.negativeFormula = "ratio")));
    expect(e.path).toBe("selfEvaluation.negativeFormula");
    expect(e.message_en).toContain("platform, inverse-ratio");
  });

  it("names the field of a bad band, threshold, grade or unknown key", () => {
    const paths = (change: (se: Record<string, unknown>) => void) => errorsOf(withSection(change)).map((x) => x.path);
    expect(paths((se) => ((se.bands as { partial: { words: string[] } }).partial.words = []))).toEqual(["selfEvaluation.bands.partial.words"]);
    expect(paths((se) => ((se.bands as { achieved: { max: number } }).achieved.max = 101))).toEqual(["selfEvaluation.bands.achieved.max"]);
    expect(paths((se) => (se.overAchievementFactor = 0.9))).toEqual(["selfEvaluation.overAchievementFactor"]);
    expect(paths((se) => (se.scoreTolerance = -0.01))).toEqual(["selfEvaluation.scoreTolerance"]);
    expect(paths((se) => (se.rateTolerance = "0.01"))).toEqual(["selfEvaluation.rateTolerance"]);
    expect(paths((se) => (se.grades = [{ name: "", min: 90 }]))).toEqual(["selfEvaluation.grades[0].name"]);
    expect(paths((se) => (se.grades = []))).toEqual(["selfEvaluation.grades"]);
    expect(paths((se) => (se.executionRateMinimum = 90))).toEqual(["selfEvaluation.executionRateMinimum"]);
    expect(paths((se) => delete se.executionRateMin)).toEqual(["selfEvaluation.executionRateMin"]);
  });

  it("refuses a band whose lowest share is above its highest, and a grade named twice, on the field", () => {
    const e = errorsOf(withSection((se) => {
      (se.bands as { partial: { min: number; max: number } }).partial = { ...(se.bands as { partial: { min: number; max: number } }).partial, min: 85, max: 80 };
      se.grades = [{ name: "优", min: 90 }, { name: "优", min: 80 }];
    }));
    expect(e.map((x) => x.message_zh)).toEqual(["字段 selfEvaluation.bands.partial.min：分值区间下限 85 大于上限 80", "字段 selfEvaluation.grades[1].name：“优”重复"]);
    expect(e[0].message_en).toBe("field selfEvaluation.bands.partial.min: the band's lowest share 85 is above its highest 80");
  });
});
