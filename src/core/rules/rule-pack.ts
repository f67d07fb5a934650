/**
 * Defaults of the reviewer's rule pack (issue 17; docs/research/review-rules.md T1–T12): the vocabularies and
 * thresholds the checks in check/review-rules.ts read from the rule set. A rule set without a field uses these.
 */

/** T12: marks standing for what is not filled in yet, found inside a longer text (a whole-field one is `placeholder`). */
export const DEFAULT_TEMPLATE_MARKS = ["XX", "××", "**", "＊＊", "某某"];

/** T1/T7: money units and their worth in 元. */
export const DEFAULT_MONEY_UNITS: Record<string, number> = { 元: 1, 千元: 1000, 万元: 10000, 百万元: 1000000, 亿元: 100000000 };

/** T2: growth and improvement rates may exceed 100%. */
export const DEFAULT_PERCENT_EXEMPT = ["增长", "增幅", "增速", "提高", "提升", "同比", "环比", "倍"];

/** T5: direction without a measure; the platform returns such tables as "指标不够细化、量化". */
export const DEFAULT_VAGUE_WORDS = [
  "进一步", "有效提升", "有效提高", "有效改善", "明显改善", "明显提升", "明显提高", "显著提升", "显著提高", "显著改善",
  "大幅提升", "大幅提高", "不断完善", "逐步提高", "逐步完善", "持续改善", "持续提升", "有所提高", "有所提升", "得到改善",
  "得到提升", "加强", "稳步提升",
];

/** T7: a cost per head or per item is a rate, not a part of the total. */
export const DEFAULT_COST_RATE_MARKS = ["/", "每", "人均", "平均", "单价", "单位成本", "标准"];

/** T9: counts a goal text may promise (培训500人次, 建设3个). Money and years are not counts. */
export const DEFAULT_GOAL_UNITS = [
  "人次", "人", "户", "家", "个", "项", "次", "场", "期", "件", "套", "台", "所", "条", "篇", "份", "批", "座", "处", "间",
  "公里", "千米", "米", "平方米", "亩", "公顷", "吨", "册", "课时", "学时", "天", "个月",
];

export const RULE_PACK_DEFAULTS = {
  templateMarks: DEFAULT_TEMPLATE_MARKS,
  moneyUnits: DEFAULT_MONEY_UNITS,
  percentMax: 100,
  percentExemptWords: DEFAULT_PERCENT_EXEMPT,
  vagueWords: DEFAULT_VAGUE_WORDS,
  costRateMarks: DEFAULT_COST_RATE_MARKS,
  goalUnits: DEFAULT_GOAL_UNITS,
};
