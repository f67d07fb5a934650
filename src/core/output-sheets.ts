/**
 * The sheets the product writes, as 2-D blocks: 指标明细 (§5, one row per indicator) and 校验结果 (the findings).
 * Pure: the caller passes the message function (messages live at the edge, in src/i18n).
 */
import { CellValue } from "./grid";
import { Finding } from "./findings";
import { IndicatorOut, SheetParse } from "./model";
import type { ReviewSplit } from "./review";
import { Target } from "./target-parser";

/** A cell to write: a plain value (always written as text/number, never a formula), or an explicit formula. */
export type CellInput = CellValue | { formula: string };

export const DETAIL_SHEET = "指标明细";
export const RESULT_SHEET = "校验结果";

export const DETAIL_HEADER = [
  "来源单元格", "主管部门", "单位", "项目名称", "序号", "一级指标", "二级指标", "三级指标",
  "实施周期指标值", "年度指标值", "年度比较符", "年度数值", "计量单位", "指标性质", "问题",
];
/** Columns written as text, so codes, numbers-as-text and `=…` values stay exactly as they are. */
export const DETAIL_TEXT_COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14];
export const DETAIL_WIDTHS = [10, 24, 24, 30, 6, 14, 18, 30, 22, 22, 8, 10, 8, 8, 50];

export const RESULT_HEADER = ["序号", "级别", "单元格", "类别", "说明", "应为", "实际", "差额", "计算来源", "审核状态", "接受理由", "规则集"];
export const RESULT_TEXT_COLUMNS = [1, 3, 4, 8, 9, 10, 11];
export const RESULT_WIDTHS = [6, 6, 10, 18, 70, 14, 14, 12, 40, 10, 40, 22];

const OP_SYMBOL: Record<string, string> = { ">=": "≥", ">": "＞", "=": "＝", "<": "＜", "<=": "≤", "≈": "≈" };
const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;

/** `=HYPERLINK("#'Sheet 1'!G12","G12")`: a link back to the source cell, sheet names quoted as Excel wants. */
export function linkTo(sheet: string, address: string): CellInput {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return { formula: `=HYPERLINK("#${quoted.replace(/"/g, '""')}!${address}","${address}")` };
}

function level(l: { code: string | null; name: string } | null): string {
  return l ? (l.code ? `${l.code}-${l.name}` : l.name) : "";
}

function nature(t: Target | null): string {
  if (!t) return "";
  return t.qualitative ? "定性" : "定量";
}

function itemKey(row: number, column: string | null, group: number, seq: number | null): string {
  return `${column ?? ""}${row}#${group}.${seq ?? "-"}`;
}

export function detailRows(p: SheetParse, findings: readonly Finding[], message: (f: Finding) => string): CellInput[][] {
  const byItem = new Map<string, string[]>();
  for (const f of findings) {
    if (!f.item) continue;
    const k = itemKey(f.row, f.column, f.item.group, f.item.seq);
    const list = byItem.get(k) ?? [];
    list.push(message(f));
    byItem.set(k, list);
  }
  const projectDept = new Map(p.projects.map((x) => [x.row, x.department] as const));
  const rows: CellInput[][] = [DETAIL_HEADER];
  for (const i of p.indicators) rows.push(detailRow(p.sheet, i, projectDept.get(i.projectRow) ?? p.department, byItem.get(itemKey(i.row, i.column, i.group, i.seq)) ?? []));
  return rows;
}

function detailRow(sheet: string, i: IndicatorOut, department: string | null, problems: string[]): CellInput[] {
  const a = i.annualTarget;
  return [
    linkTo(sheet, `${i.column}${i.row}`),
    department ?? "",
    i.unit ?? "",
    i.project,
    i.seq === null ? "" : i.group > 1 ? `${i.group}.${i.seq}` : String(i.seq),
    level(i.level1),
    level(i.level2),
    i.name,
    i.periodTarget?.raw ?? "",
    a?.raw ?? "",
    a?.operator ? OP_SYMBOL[a.operator] : "",
    a && a.value !== null ? a.value : null,
    a?.unit ?? "",
    nature(a ?? i.periodTarget),
    problems.join("；"),
  ];
}

/**
 * 校验结果: open findings first (a reopened one says so), then the accepted ones with their reasons, so the two
 * read apart and a filter on 审核状态 separates them. Every row names the rule set that produced it.
 */
export function resultRows(
  sheet: string,
  review: Pick<ReviewSplit, "open" | "accepted" | "reopened">,
  message: (f: Finding) => string,
  rules: { name: string; version: string },
): CellInput[][] {
  const rows: CellInput[][] = [RESULT_HEADER];
  const ruleSet = `${rules.name}（${rules.version}）`;
  const reopened = new Map(review.reopened.map((r) => [r.finding, r.acceptance] as const));
  const line = (f: Finding, status: string, reason: string): CellInput[] => [
    rows.length,
    SEVERITY_ZH[f.severity],
    linkTo(sheet, `${f.column ?? "A"}${f.row}`),
    f.code,
    message(f),
    f.expected ?? null,
    f.actual ?? null,
    f.difference ?? null,
    (f.from ?? []).join(","),
    status,
    reason,
    ruleSet,
  ];
  for (const f of review.open) {
    const earlier = reopened.get(f);
    rows.push(line(f, earlier ? "重新打开" : "未解决", earlier ? `数值已变化（原接受理由：${earlier.reason}）` : ""));
  }
  for (const { finding, acceptance } of review.accepted) rows.push(line(finding, "已接受", `${acceptance.reason}（${acceptance.who || "—"}，${acceptance.when.slice(0, 10)}）`));
  return rows;
}

/** Fill colours for highlights: errors red, warnings (rounding, indicator problems) amber. Infos are not coloured. */
export const HIGHLIGHT_COLORS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** One highlight per cell, the most severe finding winning; whole-row findings colour nothing. */
export function highlightsFor(findings: readonly Finding[]): { address: string; color: string; severity: "error" | "warning" }[] {
  const best = new Map<string, "error" | "warning">();
  for (const f of findings) {
    if (f.severity === "info" || f.column === null) continue;
    const a = `${f.column}${f.row}`;
    if (best.get(a) !== "error") best.set(a, f.severity);
  }
  return [...best].map(([address, severity]) => ({ address, severity, color: HIGHLIGHT_COLORS[severity] }));
}
