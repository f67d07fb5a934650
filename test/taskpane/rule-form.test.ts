// The rule-set editor's form as data: untouched forms give back the rule set, typed numbers are read leniently,
// and the schema's messages land on the field they name.
import { BUILTIN_RULE_SETS, DEFAULT_RULES, validateRuleSet } from "../../src/core";
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
});
