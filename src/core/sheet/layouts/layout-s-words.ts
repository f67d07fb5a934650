/**
 * Layout S (绩效自评表), the words it is read by: the indicator header, the money header, the column roles, points
 * written into a label (`产出指标(50分)`), number cells written as text, and the total / footer labels.
 * All on norm()'d text (full-width folded, no spaces): `（20分）` arrives as `(20分)`.
 */
import { CellValue, cellText } from "../../grid/grid";
import { nfkc } from "../../_lib/text";
import type { NumberCell } from "../../selfeval/model";

/** The name column: 三级指标, or 指标名称 / 指标内容 (Chongqing 部门整体, Guangxi). */
export const isNameColumn = (t: string) => t.startsWith("三级指标") || t === "指标名称" || t === "指标内容";
/** 实际完成值 / 完成值 / 全年完成值 / 实际完成情况 (`实际完成值(B)`); 完成情况简要描述 is a reason column. */
const isCompletionColumn = (t: string) => /^(实际|全年|全年实际)?完成(值|情况)(\(B\))?$/.test(t) || /^(实际|全年)完成值/.test(t);
/** 分值 / 权重 / 指标权重(分); 执行率权重 belongs to the money block. */
const isPointsColumn = (t: string) => /^(分值|权重|指标权重)/.test(t);
/** 得分 / 指标得分(分); not 得分系数(%) (Chongqing's completion ratio). */
const isScoreColumn = (t: string) => /^(指标)?得分(\(分\))?$/.test(t);

/**
 * A self-evaluation indicator header: a name, a completion, a points and a score column in one row. The goal row
 * `年度总体目标 | 预期目标 | 实际完成情况` has no name, points or score column, so it is not one.
 */
export function isSelfEvalHeader(cells: readonly string[]): boolean {
  return cells.some(isNameColumn) && cells.some(isCompletionColumn) && cells.some(isPointsColumn) && cells.some(isScoreColumn);
}

export type IndicatorRole = "l1" | "l2" | "l3" | "nature" | "measure" | "initial" | "adjusted" | "annual" | "completion" | "maxScore" | "score" | "reason" | "describe";

export const INDICATOR_ROLES: [IndicatorRole, (t: string) => boolean][] = [
  ["l1", (t) => t.startsWith("一级指标")],
  ["l2", (t) => t.startsWith("二级指标")],
  ["l3", isNameColumn],
  ["nature", (t) => t.includes("指标性质") || t.includes("比较符") || t === "符号"],
  ["measure", (t) => /计量单位|度量单位/.test(t)],
  ["initial", (t) => /^年初(指标值|目标值)/.test(t)],
  ["adjusted", (t) => /^调整(后)?(指标值|目标值)/.test(t)],
  ["annual", (t) => /^(年度)?(指标值|目标值)|^目标申报数/.test(t)],
  ["completion", isCompletionColumn],
  ["maxScore", isPointsColumn],
  ["score", isScoreColumn],
  ["reason", (t) => t.includes("原因")],
  ["describe", (t) => /简要描述|情况说明/.test(t)],
];

export type BudgetRole = "initial" | "adjusted" | "executed" | "rate" | "share" | "score" | "reason";

export const BUDGET_ROLES: [BudgetRole, (t: string) => boolean][] = [
  ["initial", (t) => t.startsWith("年初预算")],
  ["adjusted", (t) => /^(全年预算|调整后预算|调整预算|全年\(调整\)预算|全年调整预算)/.test(t)],
  ["executed", (t) => /执行数/.test(t) && !t.includes("执行率")],
  ["rate", (t) => t.includes("执行率") && !/权重|得分|分值/.test(t)],
  ["share", (t) => /^(分值|权重|执行率权重)/.test(t)],
  ["score", (t) => /^(执行率)?得分/.test(t)],
  ["reason", (t) => t.includes("原因")],
];

/** `产出指标(50分)` → { name: 产出指标, points: 50 }; a label without points → points null. */
export function pointsOf(normed: string): { name: string; points: number | null } {
  const m = /^(.*?)\((\d+(?:\.\d+)?)分\)$/.exec(normed);
  return m ? { name: m[1], points: Number(m[2]) } : { name: normed, points: null };
}

/** `预算执行情况(10分)`, `预算执行(10分)`, `预算执行情况(万元)(20分)`: the points budget execution is worth. */
export function budgetShareOf(normed: string): number | null {
  const m = /^预算执行.*\((\d+(?:\.\d+)?)分\)/.exec(normed);
  return m ? Number(m[1]) : null;
}

/**
 * A number cell: a number, or text that is one (`"90"`, `" 10 "`, `"99.97%"`, `"1,234.5"`, `"8分"`); a percentage
 * keeps its percent value (99.97). Anything else (blank, `-`, `达成`) reads as null with its text kept.
 */
export function numberCell(v: CellValue | undefined, rowIndex: number, col: number): NumberCell {
  const raw = cellText(v);
  let value: number | null = null;
  if (typeof v === "number" && Number.isFinite(v)) value = v;
  else {
    const t = nfkc(raw).replace(/[\s,]/g, "").replace(/(%|分)$/, "");
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) value = Number(t);
  }
  return { row: rowIndex + 1, col, raw, value };
}

/** The 总分 / 合计 / 自评得分 row's label. */
export const isTotalLabel = (t: string) => /^(总分|合计|总计|自评得分|自评总分|综合得分)/.test(t);

export type FooterField = "conclusion" | "problems" | "measures";

/** 评价结论 / 自评结论, 存在问题, 改进措施 (as a label, `评价结论:优` in one cell too). */
export function footerFieldOf(t: string): FooterField | null {
  if (/^(总体)?(评价|自评)结论|^(自评|评价)等级/.test(t)) return "conclusion";
  if (/^(存在的?|主要)问题/.test(t)) return "problems";
  if (/^(下一步)?(改进|整改)(措施|建议|意见)/.test(t)) return "measures";
  return null;
}

/** Money lines: the total (`年度资金总额:`, `总额`, `合计`) or a part (anything else, `其中:` stripped). */
export function isBudgetTotalLabel(normed: string): boolean {
  const t = normed.replace(/[:]+$/, "").replace(/^其中[:]?/, "");
  return /^(年度资金总额|资金总额|项目资金总额|总额|合计|总计|预算总额|部门预算总额)$/.test(t);
}
