/**
 * The words of a generated 绩效自评表 (docs/research/self-evaluation.md, "Shapes"). They are template texts, not
 * messages: the provinces' platforms and the layout-S reader look for these Chinese headers, so they are the same
 * whatever language the user interface speaks (like 指标明细's and 审核意见's headers, they live in the core).
 */

export const SELF_EVALUATION_SHEET = "绩效自评表";

export type SelfEvalShape = "anhui" | "sichuan";

export const SELF_EVAL_SHAPES: readonly SelfEvalShape[] = ["anhui", "sichuan"];

/** `项目支出绩效自评表（2024年度）`; without a year the officer fills the blank in. */
export const selfEvalTitle = (year: number | undefined): string => `项目支出绩效自评表（${year === undefined ? "\u3000\u3000\u3000\u3000" : year}年度）`;

export const KEY_LABELS = { project: "项目名称", department: "主管部门", unit: "实施单位" } as const;

export const GOAL_LABELS = { goal: "年度总体目标", expected: "预期目标", actual: "实际完成情况" } as const;

/** The 一级 name a row gets when the target table named none, by the bucket its points came from. */
export const LEVEL1_FALLBACK = { output: "产出指标", benefit: "效益指标", satisfaction: "满意度指标" } as const;

/** `产出指标(50分)`: the 一级 cell carries the points of its rows (Anhui). */
export const levelWithPoints = (name: string, points: string): string => `${name}(${points}分)`;

/** Sichuan's 指标性质 cell: the comparison sign, or 定性 for a qualitative row. */
export const QUALITATIVE_NATURE = "定性";

/** Why the completion cells hold plain numbers (see selfeval-writer.ts): said on the sheet, where the officer types. */
export const FILL_NOTE =
  "填表说明：只需填写全年执行数（预算执行数）、实际完成值和定性指标的得分，其余由公式计算。定量指标的实际完成值填数字，单位与年度指标值相同（98% 填 98，不填 0.98 或 98%）；定性指标填完成情况并按达成程度打分。";

export interface ShapeTexts {
  /** Money header: the label column, then the value columns in sheet order. */
  moneyHeader: (share: string, unit: string | null) => string[];
  /** Money lines: the total, then its parts. */
  moneyLines: readonly [string, ...string[]];
  indicatorHeader: readonly string[];
  totalLabel: string;
  /** Footer rows below the total (label, then a cell the officer writes in). */
  footer: readonly string[];
}

export const SHAPE_TEXTS: Record<SelfEvalShape, ShapeTexts> = {
  anhui: {
    moneyHeader: (_share, unit) => [unit ? `项目资金（${unit}）` : "项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    moneyLines: ["年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金"],
    // The last column is the number the score formulas compare with (年度指标值 is text such as `≥90%`).
    indicatorHeader: ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "指标值(数)"],
    totalLabel: "总分",
    footer: [],
  },
  sichuan: {
    moneyHeader: (share) => [`预算执行情况(${share}分)`, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
    moneyLines: ["总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"],
    indicatorHeader: ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
    totalLabel: "合计",
    footer: ["评价结论", "存在问题", "改进措施"],
  },
};

/** Sichuan names the money unit in a line of its own (`单位：万元`), as the target tables do. */
export const unitLine = (unit: string): string => `单位：${unit}`;
