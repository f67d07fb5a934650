/**
 * The reviewer's rule pack (issue 17, T1–T12): each rule fires on a planted case taken from the seeds' own texts and
 * stays quiet on the near miss the notes warn about; its thresholds and vocabularies come from the rule set.
 */
import * as fs from "fs";
import * as path from "path";
import {
  checkSheet,
  DEFAULT_DIMENSION,
  DEFAULT_RULES,
  dimensionOf,
  DIMENSIONS,
  Finding,
  FINDING_CODES,
  gridFromTsv,
  IndicatorOut,
  parseTarget,
  ProjectOut,
  RuleSet,
  SheetParse,
  targetDate,
  validateRuleSet,
  yearOfText,
} from "../../../src/core";
import { mustParse } from "../../support/seeds";

const variant = (f: string) => mustParse(gridFromTsv(f, fs.readFileSync(path.join(__dirname, "..", "..", "variants", `${f}.tsv`), "utf8")));

const LEVEL2: Record<string, [string, string, IndicatorOut["category"], boolean]> = {
  "11": ["数量指标", "1", "output", false],
  "12": ["质量指标", "1", "output", false],
  "13": ["时效指标", "1", "output", false],
  "14": ["成本指标", "1", "output", true],
  "21": ["经济效益指标", "2", "benefit", false],
  "31": ["服务对象满意度指标", "3", "satisfaction", false],
  "41": ["经济成本指标", "4", "cost", true],
};

interface Item {
  l2: keyof typeof LEVEL2;
  name: string;
  annual: string;
  period?: string;
}

/** A one-project parse: the project's 总计 in the sheet's money unit, its goal text and its indicators. */
function table(items: Item[], opts: { total?: number; moneyUnit?: string | null; goal?: string; sheet?: string; period?: ProjectOut["period"] } = {}): SheetParse {
  const project: ProjectOut = {
    row: 5,
    name: "示例项目",
    unit: "示例单位",
    department: null,
    amounts: opts.total === undefined ? null : { total: opts.total, fiscal: opts.total, specialAccount: 0, other: 0 },
    indicatorCount: items.length,
    goal: opts.goal ?? null,
    ...(opts.period ? { period: opts.period } : {}),
  };
  const indicators: IndicatorOut[] = items.map((it, k) => {
    const [name2, parent, category, cost] = LEVEL2[it.l2];
    return {
      row: 5,
      column: "G",
      project: project.name,
      projectRow: 5,
      unit: null,
      group: 1,
      seq: k + 1,
      level1: { code: parent, name: "一级" },
      level2: { code: it.l2, name: name2 },
      name: it.name,
      periodTarget: parseTarget(it.period ?? it.annual),
      annualTarget: parseTarget(it.annual),
      category,
      cost,
    };
  });
  return { sheet: opts.sheet ?? "Sheet1", kind: "target", layout: "A", moneyUnit: opts.moneyUnit === undefined ? "万元" : opts.moneyUnit, department: null, projects: [project], indicators, findings: [], money: [], moneyKeys: [] };
}

/** The full set of core indicators, so the §7 checks stay quiet and only the rule under test speaks. */
const CORE: Item[] = [
  { l2: "11", name: "系统数量", annual: "≥5个" },
  { l2: "21", name: "节约资金", annual: "≥10万元" },
  { l2: "31", name: "用户满意度", annual: "≥90%" },
  { l2: "41", name: "运维成本", annual: "≤1万元" },
];

const codes = (p: SheetParse, code: string, rules: RuleSet = DEFAULT_RULES, year?: number): Finding[] => checkSheet(p, rules, { year }).filter((f) => f.code === code);
const one = (item: Item, code: string, opts: Parameters<typeof table>[1] = {}) => codes(table([...CORE, item], { total: 100, ...opts }), code);

describe("T12 template marks", () => {
  it("finds a mark left inside a target, as in `贫困地区旅游景点开发数量( ≥**个 )`", () => {
    const [f] = one({ l2: "11", name: "贫困地区旅游景点开发数量", annual: "≥**个" }, "template-placeholder");
    expect(f).toMatchObject({ severity: "warning", params: { mark: "**" } });
    expect(one({ l2: "11", name: "XX系统建设数量", annual: "≥1个" }, "template-placeholder")).toHaveLength(1);
  });
  it("stays quiet on a formula's `*100%` and on a word with X in it", () => {
    expect(one({ l2: "12", name: "运维完成率", annual: "运维工单数/完成工单数*100%≥95%" }, "template-placeholder")).toEqual([]);
    expect(one({ l2: "11", name: "XXL号服装采购数量", annual: "≥10套" }, "template-placeholder")).toEqual([]);
  });
  it("leaves a whole-field placeholder (`XXX`) to the parser's placeholder finding", () => {
    expect(one({ l2: "11", name: "XXX", annual: "≥1个" }, "template-placeholder")).toEqual([]);
  });
  it("reads its marks from the rule set", () => {
    expect(codes(table([...CORE, { l2: "11", name: "某某单位培训", annual: "≥1次" }]), "template-placeholder", { ...DEFAULT_RULES, templateMarks: ["XX"] })).toEqual([]);
  });
});

describe("T1 a money cost written as a lower bound", () => {
  it("fires on `≥400万元` in a 成本 indicator", () => {
    expect(one({ l2: "41", name: "项目采购成本", annual: "≥400万元" }, "cost-lower-bound")).toMatchObject([{ severity: "warning", params: { text: "≥400万元" } }]);
  });
  it("stays quiet on `≤400万元`, and on a rate such as 项目概算平均核减率 ≥5%", () => {
    expect(one({ l2: "41", name: "项目采购成本", annual: "≤400万元" }, "cost-lower-bound")).toEqual([]);
    expect(one({ l2: "41", name: "项目概算平均核减率", annual: "≥5%" }, "cost-lower-bound")).toEqual([]);
  });
  it("stays quiet on a lower bound in money outside 成本 (节约资金 ≥10万元)", () => {
    expect(codes(table(CORE, { total: 100 }), "cost-lower-bound")).toEqual([]);
  });
});

describe("T2 a percentage above 100", () => {
  it("fires on 完成率120% and on the Ezhou form's 验收合格率 292%", () => {
    expect(one({ l2: "12", name: "任务完成率", annual: "完成率120%" }, "percent-over-100")).toHaveLength(1);
    expect(codes(variant("e-04-hubei-ezhou"), "percent-over-100")).toMatchObject([{ params: { name: "经常性大型设备更新验收合格率", text: "292%" } }]);
  });
  it("stays quiet on growth and improvement (增长率150%, 提高20%) and on 100%", () => {
    expect(one({ l2: "21", name: "营业收入增长率", annual: "≥150%" }, "percent-over-100")).toEqual([]);
    expect(one({ l2: "21", name: "办事效率", annual: "提高20%" }, "percent-over-100")).toEqual([]);
    expect(one({ l2: "12", name: "验收合格率", annual: "100%" }, "percent-over-100")).toEqual([]);
  });
  it("takes its threshold from the rule set", () => {
    expect(codes(table([...CORE, { l2: "12", name: "任务完成率", annual: "120%" }]), "percent-over-100", { ...DEFAULT_RULES, percentMax: 150 })).toEqual([]);
  });
});

describe("T4 a number without a unit (info)", () => {
  it("notes `≥5` for 全年新建开发信息化系统数量", () => {
    expect(one({ l2: "11", name: "全年新建开发信息化系统数量", annual: "≥5" }, "unitless-number")).toMatchObject([{ severity: "info" }]);
  });
  it("stays quiet on `≥5个` and on a name that carries its unit, 培训人数（人次）", () => {
    expect(one({ l2: "11", name: "全年新建开发信息化系统数量", annual: "≥5个" }, "unitless-number")).toEqual([]);
    expect(one({ l2: "11", name: "培训人数（人次）", annual: "≥500" }, "unitless-number")).toEqual([]);
  });
  it("leaves a nameless indicator's sample value (`88` in a blank template) to indicator-name-missing", () => {
    expect(one({ l2: "11", name: "", annual: "88" }, "unitless-number")).toEqual([]);
  });
});

describe("T5 vague wording (info)", () => {
  it("notes 明显改善 and 进一步提高 as targets with no measure", () => {
    expect(one({ l2: "21", name: "群众出行条件", annual: "明显改善" }, "vague-target")).toMatchObject([{ severity: "info", params: { word: "明显改善" } }]);
    expect(one({ l2: "21", name: "门户网站集约化", annual: "门户网站集约化水平进一步提高" }, "vague-target")).toHaveLength(1);
  });
  it("stays quiet when the target has its measure (有效提升20%) or is a plain qualitative result (按时完成)", () => {
    expect(one({ l2: "21", name: "办事效率", annual: "有效提升20%" }, "vague-target")).toEqual([]);
    expect(one({ l2: "13", name: "完成时间", annual: "按时完成" }, "vague-target")).toEqual([]);
  });
});

describe("T3 a 时效 date after the budget year", () => {
  it("reads 2026年1月, 2026.1.1, 2026年12月底前, 年底前 and 第三季度", () => {
    expect(targetDate("2026年1月", null)).toEqual({ year: 2026, month: 1 });
    expect(targetDate("2026.1.1", null)).toEqual({ year: 2026, month: 1 });
    expect(targetDate("预计2025年12月底前", null)).toEqual({ year: 2025, month: 12 });
    expect(targetDate("年底前", 2025)).toEqual({ year: 2025, month: 12 });
    expect(targetDate("第三季度", 2025)).toEqual({ year: 2025, month: 9 });
    expect(targetDate("3小时内", 2025)).toBeNull();
  });
  it("takes the year from the sheet's title text, e.g. 2025年度项目支出绩效目标表", () => {
    expect(yearOfText(null, "2025年度项目支出绩效目标表")).toBe(2025);
    expect(yearOfText("项目支出绩效目标表")).toBeNull();
    // The title's year is the parse's (sheet/vocabulary.ts); a project named 2018年… is not it.
    const year = (tsv: string) => mustParse(gridFromTsv("t", tsv)).year;
    expect(year("部门预算项目绩效目标申报表(2023年度)\n项目名称\t预算数\t一级指标\t二级指标\t三级指标\t指标值\n2018年市级专项扶贫资金\t10\t产出指标\t数量指标\t户数\t≥5户")).toBe(2023);
  });
  it("fires on 2026年12月底前 in a 2025 table", () => {
    const [f] = one({ l2: "13", name: "项目完成时间", annual: "2026年12月底前" }, "date-after-year", { sheet: "2025年度绩效目标表" });
    expect(f).toMatchObject({ severity: "warning", params: { year: 2025, basis: "year" } });
  });
  it("stays quiet on 2025年12月底前, on 年底前, and when the table names no year", () => {
    expect(one({ l2: "13", name: "项目完成时间", annual: "2025年12月底前" }, "date-after-year", { sheet: "2025年度" })).toEqual([]);
    expect(one({ l2: "13", name: "项目完成时间", annual: "年底前" }, "date-after-year", { sheet: "2025年度" })).toEqual([]);
    expect(one({ l2: "13", name: "项目完成时间", annual: "2026年12月底前" }, "date-after-year")).toEqual([]);
  });
  it("judges a period target by the project's 实施周期 when the form gives one", () => {
    const period = { raw: "2024年1月-2025年12月", start: "2024-01", end: "2025-12" };
    expect(one({ l2: "13", name: "竣工时间", annual: "2025年12月", period: "2026年6月" }, "date-after-year", { period })).toMatchObject([{ params: { basis: "period", year: 2025 } }]);
  });
});

describe("T7 Σ money-valued 成本 indicators above the project's 总计", () => {
  it("warns with its arithmetic when the costs add up to more than 总计 (场地租赁费 ≤970.92万元 of 542.96万元)", () => {
    const p = table([...CORE.slice(0, 3), { l2: "41", name: "场地租赁费成本控制", annual: "≤970.92万元" }], { total: 542.96 });
    expect(codes(p, "cost-sum-over-total")).toMatchObject([{ severity: "warning", expected: 542.96, actual: 970.92, params: { sum: "970.92万元", budget: "542.96万元" } }]);
  });
  it("converts 元 to the sheet's 万元 and shows both", () => {
    const p = table([...CORE.slice(0, 3), { l2: "41", name: "运维成本", annual: "≤3191170元" }], { total: 57.58 });
    expect(codes(p, "cost-sum-over-total")[0].params).toMatchObject({ sum: "3191170元（319.117万元）" });
  });
  it("stays quiet when 300000元 + 20万元 fit a 总计 of 50万元, and skips rates such as 元/人 and 人均", () => {
    const fit = [{ l2: "41", name: "设备购置成本", annual: "≤300000元" }, { l2: "41", name: "服务成本", annual: "≤20万元" }] as Item[];
    expect(codes(table([...CORE.slice(0, 3), ...fit], { total: 50 }), "cost-sum-over-total")).toEqual([]);
    const rates = [{ l2: "41", name: "培训成本", annual: "≤800元/人" }, { l2: "41", name: "人均补助", annual: "≤60万元" }] as Item[];
    expect(codes(table([...CORE.slice(0, 3), ...rates], { total: 50 }), "cost-sum-over-total")).toEqual([]);
  });
  it("stays quiet when the sheet's money unit is not known", () => {
    expect(codes(table([...CORE.slice(0, 3), { l2: "41", name: "成本", annual: "≤900万元" }], { total: 5, moneyUnit: null }), "cost-sum-over-total")).toEqual([]);
  });
});

describe("T9 counts in the goal that no indicator carries (info)", () => {
  it("notes 培训500人次 when no indicator has 500", () => {
    expect(codes(table(CORE, { goal: "全年培训500人次，建设5个系统。" }), "goal-number-unmeasured")).toMatchObject([{ severity: "info", params: { pairs: "500人次" } }]);
  });
  it("stays quiet when an indicator carries the number, and does not count years or money", () => {
    expect(codes(table([...CORE, { l2: "11", name: "培训人次", annual: "≥500人次" }], { goal: "2025年培训500人次，投入10万元。" }), "goal-number-unmeasured")).toEqual([]);
  });
});

describe("T6 the share of quantitative indicators", () => {
  const mostlyWords: Item[] = [...CORE.slice(0, 1), { l2: "21", name: "社会效益", annual: "明显" }, { l2: "21", name: "可持续影响", annual: "长期" }, { l2: "31", name: "满意度", annual: "满意" }];
  it("is off by default", () => {
    expect(codes(table(mostlyWords), "low-quantitative-share")).toEqual([]);
  });
  it("notes a project below the rule set's minimum, 1 of 4 quantitative under 50%", () => {
    expect(codes(table(mostlyWords), "low-quantitative-share", { ...DEFAULT_RULES, quantitativeShareMin: 50 })).toMatchObject([{ params: { quantitative: 1, total: 4, share: 25 } }]);
  });
});

describe("dimensions", () => {
  it("gives every finding code one of 完整性 / 相关性 / 适当性 / 可行性", () => {
    for (const c of FINDING_CODES) expect(DIMENSIONS).toContain(DEFAULT_DIMENSION[c]);
    expect(dimensionOf("placeholder")).toBe("completeness");
    expect(dimensionOf("goal-number-unmeasured")).toBe("relevance");
    expect(dimensionOf("date-after-year")).toBe("feasibility");
  });
  it("follows the rule set's overrides, which are validated like the rest", () => {
    expect(dimensionOf("placeholder", { placeholder: "relevance" })).toBe("relevance");
    expect(validateRuleSet({ ...DEFAULT_RULES, dimensions: { placeholder: "relevance" } }).ok).toBe(true);
    expect(validateRuleSet({ ...DEFAULT_RULES, dimensions: { placeholder: "合规性" } })).toMatchObject({ ok: false, errors: [{ path: "dimensions.placeholder", kind: "not-allowed" }] });
  });
});

describe("the rule pack's fields in the rule set", () => {
  it("loads a rule file written before them", () => {
    const { templateMarks, moneyUnits, percentMax, percentExemptWords, vagueWords, costRateMarks, goalUnits, ...old } = DEFAULT_RULES;
    void [templateMarks, moneyUnits, percentMax, percentExemptWords, vagueWords, costRateMarks, goalUnits];
    expect(validateRuleSet(old).ok).toBe(true);
    expect(checkSheet(table([...CORE, { l2: "41", name: "采购成本", annual: "≥400万元" }], { total: 500 }), old as RuleSet).some((f) => f.code === "cost-lower-bound")).toBe(true);
  });
  it("refuses a duplicate word and a threshold out of range", () => {
    expect(validateRuleSet({ ...DEFAULT_RULES, vagueWords: ["加强", "加强"] })).toMatchObject({ ok: false, errors: [{ path: "vagueWords[1]", kind: "duplicate-value" }] });
    expect(validateRuleSet({ ...DEFAULT_RULES, quantitativeShareMin: 120 })).toMatchObject({ ok: false, errors: [{ path: "quantitativeShareMin", kind: "too-big" }] });
    expect(validateRuleSet({ ...DEFAULT_RULES, moneyUnits: { 万元: 0 } })).toMatchObject({ ok: false, errors: [{ path: "moneyUnits.万元", kind: "too-small" }] });
  });
});
