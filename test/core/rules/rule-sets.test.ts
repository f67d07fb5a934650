/** Rule sets in the core (§13): built-ins, validation errors that name the field, JSON round trips. */
import { BUILTIN_RULE_SETS, checkSheet, DEFAULT_RULES, parseRuleSetJson, RULES_BEFORE_2022, RuleSet, ruleSetToJson, validateRuleSet } from "../../../src/core";
import { checkJson } from "../../../src/cli/run-file";
import { ruleSetErrors } from "../../../src/i18n/rule-set-errors";
import { parseSeed } from "../../support/seeds";

/** The default rule set as a plain JSON value, to spoil one field at a time. */
const base = (): Record<string, unknown> => JSON.parse(ruleSetToJson(DEFAULT_RULES)) as Record<string, unknown>;

function errorsOf(value: unknown) {
  const r = parseRuleSetJson(typeof value === "string" ? value : JSON.stringify(value));
  if (r.ok) throw new Error("expected the rule set to be rejected");
  return ruleSetErrors(r.errors);
}

describe("the built-in rule sets", () => {
  it("the default raises a missing-cost warning on seed 000 and the pre-2022 set raises none", () => {
    const parsed = parseSeed("000");
    expect(checkSheet(parsed, DEFAULT_RULES).some((f) => f.code === "missing-cost")).toBe(true);
    expect(checkSheet(parsed, RULES_BEFORE_2022).some((f) => f.code === "missing-cost")).toBe(false);
  });

  it("a check result names the rule set it used", () => {
    const parsed = parseSeed("000");
    expect(checkJson("000.txt", parsed, "zh-CN").rules).toEqual({ name: "广州市-2025", version: "2025.1" });
    expect(checkJson("000.txt", parsed, "zh-CN", RULES_BEFORE_2022).rules).toEqual({ name: "广州市-2021前", version: "2021.1" });
  });

  it.each(BUILTIN_RULE_SETS.map((r) => [r.name, r] as const))("exporting %s and importing it again gives the same rule set and the same text", (_name, rules) => {
    const text = ruleSetToJson(rules);
    const back = parseRuleSetJson(text);
    expect(back).toEqual({ ok: true, rules });
    if (back.ok) expect(ruleSetToJson(back.rules)).toBe(text);
  });

  it("severity overrides in a rule set change or drop findings", () => {
    const parsed = parseSeed("000");
    const quiet: RuleSet = { ...DEFAULT_RULES, severities: { "missing-cost": "off", "duplicate-name": "info" } };
    const found = checkSheet(parsed, quiet);
    expect(found.some((f) => f.code === "missing-cost")).toBe(false);
    expect(found.filter((f) => f.code === "duplicate-name").every((f) => f.severity === "info")).toBe(true);
  });
});

describe("invalid rule sets", () => {
  it("a field of the wrong type is rejected with a message naming the field", () => {
    const [e] = errorsOf({ ...base(), costRequired: "yes" });
    expect(e.path).toBe("costRequired");
    expect(e.message_zh).toContain("costRequired");
    expect(e.message_en).toMatch(/^field costRequired: wrong type: expected boolean, found string/);
  });

  it("an unknown category code is rejected with its field", () => {
    const e = errorsOf({ ...base(), requiredCategories: ["output", "outcome"] });
    expect(e.map((x) => x.path)).toEqual(["requiredCategories[1]"]);
    expect(e[0].message_en).toContain('"outcome"');
  });

  it("an unknown finding code in the severities is rejected with its field", () => {
    const e = errorsOf({ ...base(), severities: { "no-such-check": "off" } });
    expect(e.map((x) => x.path)).toEqual(["severities.no-such-check"]);
    expect(e[0].message_zh).toContain("no-such-check");
  });

  it("a threshold out of range is rejected with its field and the bound", () => {
    const [e] = errorsOf({ ...base(), satisfactionMin: 150 });
    expect(e.path).toBe("satisfactionMin");
    expect(e.message_zh).toBe("字段 satisfactionMin：应不大于 100（实际为 150）");
    expect(e.message_en).toBe("field satisfactionMin: must be at most 100 (found 150)");
  });

  it("a 二级 whose parent 一级 does not exist is rejected at its parent field", () => {
    const v = base();
    const fw = v.framework as { level1: { code: string }[]; level2: { code: string; parent: string }[] };
    fw.level1 = fw.level1.filter((d) => d.code !== "4");
    const e = errorsOf(v);
    expect(e.map((x) => x.path)).toEqual(["framework.level2[9].parent", "framework.level2[10].parent", "framework.level2[11].parent"]);
    expect(e[0].message_en).toContain('parent 一级 "4" of 二级 "41" does not exist');
  });

  it("unknown keys and a wrong schema version are each named", () => {
    expect(errorsOf({ ...base(), schemaVersion: 2, colour: "red" }).map((x) => x.path)).toEqual(["schemaVersion", "colour"]);
  });

  it("a duplicate code is named once the fields themselves are valid", () => {
    const v = base();
    (v.framework as { level2: { code: string }[] }).level2[1].code = "11";
    const e = errorsOf(v);
    expect(e.map((x) => x.path)).toEqual(["framework.level2[1].code"]);
    expect(e[0].message_zh).toBe("字段 framework.level2[1].code：代码“11”重复");
  });

  it("a missing field is named", () => {
    const v = base();
    delete v.placeholders;
    expect(errorsOf(v)).toEqual([{ path: "placeholders", message_zh: "字段 placeholders：缺少此字段（应为列表）", message_en: "field placeholders: this field is missing (expected: array)" }]);
  });

  it("malformed JSON is rejected with the line and column, without throwing", () => {
    const [e] = errorsOf('{\n  "name": "x",\n  "version": ,\n}');
    expect(e.path).toBe("");
    expect(e.message_zh).toContain("第 3 行第 14 列");
    expect(e.message_en).toContain("line 3, column 14");
    expect(errorsOf("")[0].message_en).toContain("line 1, column 1");
    expect(errorsOf('{"a": [1, 2')[0].message_en).toContain("column 12");
    expect(errorsOf("[1]")[0].message_en).toMatch(/^whole file: wrong type/);
  });

  it("callers keep their previous rule set when an import is rejected", () => {
    let inForce: RuleSet = RULES_BEFORE_2022;
    const r = validateRuleSet({ ...base(), roundingPerAddend: -1 });
    if (r.ok) inForce = r.rules;
    expect(r.ok).toBe(false);
    expect(inForce).toBe(RULES_BEFORE_2022);
  });
});
