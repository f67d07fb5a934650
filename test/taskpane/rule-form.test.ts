// The rule-set editor's form as data: untouched forms give back the rule set, typed numbers are read leniently,
// and the schema's messages land on the field they name.
import { BUILTIN_RULE_SETS, DEFAULT_RULES, DEFAULT_SELF_EVALUATION, RULES_INVERSE_NEGATIVE, validateRuleSet, type RuleSet } from "../../src/core";
import { checkForm, fieldOf, fromForm, groupErrors, toForm, toggleCategory } from "../../src/taskpane/rules/rule-form";

describe("the rule-set form", () => {
  it.each(BUILTIN_RULE_SETS.map((r) => [r.name, r] as const))("gives back %s unchanged when nothing is edited", (_name, rules) => {
    expect(checkForm(toForm(rules))).toEqual({ ok: true, rules });
  });

  it("reads 85%, full-width digits and blank lines as a user means them", () => {
    const form = { ...toForm(DEFAULT_RULES), satisfactionMin: " ８５% ", roundingPerAddend: "０．０１", placeholders: "XXX\n\n  待补充 \n" };
    expect(fromForm(form)).toMatchObject({ satisfactionMin: 85, roundingPerAddend: 0.01, placeholders: ["XXX", "待补充"] });
  });

  it("keeps text that is not a number, so the schema names the field and the wrong type", () => {
    const r = checkForm({ ...toForm(DEFAULT_RULES), roundingPerAddend: "半分" });
    if (r.ok) throw new Error("accepted");
    expect(groupErrors(r.issues, "zh-CN").byField.roundingPerAddend).toEqual(["字段 roundingPerAddend：类型错误：应为数字，实际为文字"]);
    expect(groupErrors(r.issues, "en").byField.roundingPerAddend).toEqual(["field roundingPerAddend: wrong type: expected number, found string"]);
  });

  it("leaves severities out when none is overridden, and keeps the category order", () => {
    expect("severities" in fromForm({ ...toForm(DEFAULT_RULES), severities: {} })).toBe(false);
    expect(toggleCategory(["satisfaction"], "output", true)).toEqual(["output", "satisfaction"]);
    expect(validateRuleSet(fromForm({ ...toForm(DEFAULT_RULES), severities: { placeholder: "off" } })).ok).toBe(true);
  });

  it("matches issue paths to the form's fields, and lists the rest apart", () => {
    expect(fieldOf("satisfactionMin")).toBe("satisfactionMin");
    expect(fieldOf("placeholders[2]")).toBe("placeholders");
    expect(fieldOf("severities.placeholder")).toBe("severities.placeholder");
    expect(fieldOf("framework.level2[3].parent")).toBeNull();
    const r = checkForm({ ...toForm(DEFAULT_RULES), base: { ...DEFAULT_RULES, framework: { ...DEFAULT_RULES.framework, level1: [] } } });
    if (r.ok) throw new Error("accepted");
    expect(groupErrors(r.issues, "zh-CN").other.some((m) => m.startsWith("字段 framework.level1"))).toBe(true);
  });

  it("edits the rule pack: T2's highest rate, T6's share (blank is off) and the word lists one per line", () => {
    const base = toForm(DEFAULT_RULES);
    expect(base.quantitativeShareMin).toBe("");
    expect(base.lists.vagueWords.split("\n")).toContain("明显改善");
    const r = checkForm({ ...base, percentMax: "１２０%", quantitativeShareMin: "50", lists: { ...base.lists, vagueWords: "进一步\n\n 加强 " } });
    if (!r.ok) throw new Error("refused");
    expect(r.rules).toMatchObject({ percentMax: 120, quantitativeShareMin: 50, vagueWords: ["进一步", "加强"] });
    expect(toForm(r.rules).quantitativeShareMin).toBe("50");
    expect(checkForm({ ...toForm(r.rules), quantitativeShareMin: " " })).toMatchObject({ ok: true, rules: { percentMax: 120 } });
    expect("quantitativeShareMin" in (checkForm({ ...toForm(r.rules), quantitativeShareMin: "" }) as { rules: object }).rules).toBe(false);
  });

  it("puts a rule-pack field's error on that field", () => {
    const base = toForm(DEFAULT_RULES);
    const r = checkForm({ ...base, quantitativeShareMin: "120", lists: { ...base.lists, goalUnits: "人次\n人次" } });
    if (r.ok) throw new Error("accepted");
    const errors = groupErrors(r.issues, "zh-CN");
    expect(Object.keys(errors.byField).sort()).toEqual(["goalUnits", "quantitativeShareMin"]);
    expect(fieldOf("vagueWords[3]")).toBe("vagueWords");
  });

  describe("绩效自评评分", () => {
    const { selfEvaluation: _se, ...withoutSection } = DEFAULT_RULES;
    const bare: RuleSet = withoutSection;

    it("shows the defaults for a rule set without the section, and saves it untouched still without one", () => {
      const form = toForm(bare);
      expect(form.selfEval).toEqual(toForm(DEFAULT_RULES).selfEval);
      expect(form.selfEval).toMatchObject({ budgetShare: "10", negativeFormula: "platform", grades: "优 90\n良 80\n中 60\n差 0" });
      expect(form.selfEval.bands.partial.words.split("\n")).toContain("基本达成");
      expect(checkForm(form)).toEqual({ ok: true, rules: bare });
      // Once anything differs, the section is written out in full.
      const r = checkForm({ ...form, selfEval: { ...form.selfEval, executionRateMin: "85" } });
      expect(r).toEqual({ ok: true, rules: { ...bare, selfEvaluation: { ...DEFAULT_SELF_EVALUATION, executionRateMin: 85 } } });
    });

    it("reads the numbers leniently, the wordings one per line and the grades as `优 90` lines", () => {
      const form = toForm(DEFAULT_RULES);
      const se = {
        ...form.selfEval,
        budgetShare: "２０",
        negativeFormula: "inverse-ratio" as const,
        rateTolerance: "0.5%",
        bands: { ...form.selfEval.bands, notAchieved: { min: "0", max: "60", words: "未达成\n\n 没有完成 " } },
        grades: "优秀 90\n良好：80分\n\n中　≥60\n较差 0",
      };
      const r = checkForm({ ...form, selfEval: se });
      if (!r.ok) throw new Error("refused");
      expect(r.rules.selfEvaluation).toEqual({
        ...DEFAULT_SELF_EVALUATION,
        budgetShare: 20,
        negativeFormula: "inverse-ratio",
        rateTolerance: 0.5,
        bands: { ...DEFAULT_SELF_EVALUATION.bands, notAchieved: { min: 0, max: 60, words: ["未达成", "没有完成"] } },
        grades: [{ name: "优秀", min: 90 }, { name: "良好", min: 80 }, { name: "中", min: 60 }, { name: "较差", min: 0 }],
      });
      expect(checkForm(toForm(RULES_INVERSE_NEGATIVE))).toEqual({ ok: true, rules: RULES_INVERSE_NEGATIVE });
    });

    it("puts a bad band, grade or threshold on its own field", () => {
      const form = toForm(DEFAULT_RULES);
      const se = {
        ...form.selfEval,
        overAchievementFactor: "一倍",
        bands: { ...form.selfEval.bands, achieved: { ...form.selfEval.bands.achieved, words: " " } },
        grades: "优 120\n良",
      };
      const r = checkForm({ ...form, selfEval: se });
      if (r.ok) throw new Error("accepted");
      const { byField, other } = groupErrors(r.issues, "zh-CN");
      expect(other).toEqual([]);
      expect(byField).toEqual({
        "selfEvaluation.overAchievementFactor": ["字段 selfEvaluation.overAchievementFactor：类型错误：应为数字，实际为文字"],
        "selfEvaluation.bands.achieved.words": ["字段 selfEvaluation.bands.achieved.words：长度至少为 1"],
        "selfEvaluation.grades": ["字段 selfEvaluation.grades[0].min：应不大于 100（实际为 120）", "字段 selfEvaluation.grades[1].min：类型错误：应为数字，实际为文字"],
      });
      expect(fieldOf("selfEvaluation.bands.partial.words[2]")).toBe("selfEvaluation.bands.partial.words");
      expect(fieldOf("selfEvaluation.nonsense")).toBeNull();
    });

    it("refuses a band whose lowest share is above its highest, on its lowest share", () => {
      const form = toForm(DEFAULT_RULES);
      const r = checkForm({ ...form, selfEval: { ...form.selfEval, bands: { ...form.selfEval.bands, partial: { ...form.selfEval.bands.partial, min: "85" } } } });
      if (r.ok) throw new Error("accepted");
      expect(groupErrors(r.issues, "zh-CN").byField).toEqual({ "selfEvaluation.bands.partial.min": ["字段 selfEvaluation.bands.partial.min：分值区间下限 85 大于上限 80"] });
    });
  });
});
