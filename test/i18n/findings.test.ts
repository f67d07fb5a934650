/** Every finding code has a message in both languages, and messages carry the values they talk about. */
import { finding, Finding, FINDING_CODES } from "../../src/core";
import { catalogues, findingMessage } from "../../src/i18n";
import { LOAD_ERROR_CODES } from "../../src/hosts/load-result";
import { loadMessages } from "../../src/i18n/load-messages";

describe.each(["zh-CN", "en"] as const)("the %s catalogue", (locale) => {
  it.each(FINDING_CODES)("has a non-empty message for %s", (code) => {
    expect(typeof catalogues[locale].findings[code]).toBe("function");
    const f: Finding = finding(code, 3, "B", { expected: 1, actual: 2, difference: 1, params: { text: "x", name: "n", label: "l", project: "p", category: "output", level1: "1-产出指标", level2: "24-可持续影响", group: 2, expected: "11-数量指标", annual: "≥5", period: "≥3", min: 80, firstSeq: 1, indicatorColumn: "F", basis: "units", fields: "name", unit: "万元", column: "%", before: "≥5", after: "≥4", range: "XFD1048576", count: 1, length: 40_000, limit: 32_767, mark: "XX", max: 100, word: "进一步", year: 2025, sum: "10万元 + 5万元", total: "15万元", budget: "12万元", pairs: "500人次", quantitative: 2, share: 40, formula: "ratio", direction: "positive", A: "90", B: "85", W: "10", score: "9.44", stated: "99%", executed: "89.974", rate: "99.97", capped: 0, indicators: "90", points: "50", named: "优", grade: "良", band: "partial", lo: "6.00", hi: "8.00", target: "≥90%", factor: 1.2, ratio: "1.50", approved: "≥90%", oldCell: "E5", newCell: "E7", completion: "96%", cell: "F16", amount: "854" } });
    const m = findingMessage(f, locale);
    expect(m.trim().length).toBeGreaterThan(5);
    expect(m).not.toMatch(/undefined|\[object/);
  });
  it("has a message for every load error", () => {
    for (const c of LOAD_ERROR_CODES) expect(loadMessages[locale][c].length).toBeGreaterThan(5);
  });
});

it("writes money with two decimals and says when a difference is within rounding", () => {
  const f = { ...finding("subtotal", 11, "B", { expected: 16926.33, actual: 16926.32, difference: -0.01, params: { name: "某单位" } }), severity: "warning" as const };
  expect(findingMessage(f)).toBe("单位“某单位”的金额与其所属项目之和不符：应为 16,926.33，实际为 16,926.32，相差 -0.01（在舍入误差范围内）。");
  expect(findingMessage(f, "en")).toContain("(within rounding)");
});
