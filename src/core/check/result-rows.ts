/**
 * 校验结果 (the findings as a sheet) and the highlight colours of 一键校验.
 * Pure: the caller passes the message function (messages live at the edge, in src/i18n).
 */
import { Dimension, DIMENSION_ZH, dimensionOf, Finding, FindingCode, groupByDimension } from "../_lib/findings";
import { CellInput, linkTo } from "../grid/cell-input";
import type { ReviewSplit } from "../review/review";
import { ruleSetLabel } from "../rules/rule-set";

export const RESULT_SHEET = "校验结果";

export const RESULT_HEADER = ["序号", "级别", "单元格", "类别", "说明", "应为", "实际", "差额", "计算来源", "审核状态", "接受理由", "规则集", "维度"];
export const RESULT_TEXT_COLUMNS = [1, 3, 4, 8, 9, 10, 11, 12];
export const RESULT_WIDTHS = [6, 6, 10, 18, 70, 14, 14, 12, 40, 10, 40, 22, 12];

const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;

/**
 * 校验结果: open findings first (a reopened one says so), then the accepted ones with their reasons, so the two
 * read apart and a filter on 审核状态 separates them. Every row names the rule set that produced it. Within each
 * part the rows are grouped by dimension (完整性, 相关性, 适当性, 可行性), then by place; 维度 (the last column, so every
 * other column keeps its place) names the group and its count, e.g. `适当性（12）`.
 */
export function resultRows(
  sheet: string,
  review: Pick<ReviewSplit, "open" | "accepted" | "reopened">,
  message: (f: Finding) => string,
  rules: { name: string; version: string; dimensions?: Partial<Record<FindingCode, Dimension>> },
  /** 类别 as a person reads it (from the catalogue, passed by the front door); the code when none is given. */
  kind: (f: Finding) => string = (f) => f.code,
): CellInput[][] {
  const rows: CellInput[][] = [RESULT_HEADER];
  const ruleSet = ruleSetLabel(rules);
  const reopened = new Map(review.reopened.map((r) => [r.finding, r.acceptance] as const));
  const dim = (f: Finding) => dimensionOf(f.code, rules.dimensions);
  let counts = new Map<Dimension, number>();
  const countsOf = (list: readonly Finding[]) => {
    counts = new Map();
    for (const f of list) counts.set(dim(f), (counts.get(dim(f)) ?? 0) + 1);
  };
  const line = (f: Finding, status: string, reason: string): CellInput[] => [
    rows.length,
    SEVERITY_ZH[f.severity],
    linkTo(sheet, `${f.column ?? "A"}${f.row}`),
    kind(f),
    message(f),
    f.expected ?? null,
    f.actual ?? null,
    f.difference ?? null,
    (f.from ?? []).join(","),
    status,
    reason,
    ruleSet,
    `${DIMENSION_ZH[dim(f)]}（${counts.get(dim(f)) ?? 0}）`,
  ];
  countsOf(review.open);
  for (const f of groupByDimension(review.open, dim)) {
    const earlier = reopened.get(f);
    rows.push(line(f, earlier ? "重新打开" : "未解决", earlier ? `数值已变化（原接受理由：${earlier.reason}）` : ""));
  }
  countsOf(review.accepted.map((a) => a.finding));
  for (const { finding, acceptance } of groupByDimension(review.accepted, (a) => dim(a.finding))) rows.push(line(finding, "已接受", `${acceptance.reason}（${acceptance.who || "—"}，${acceptance.when.slice(0, 10)}）`));
  return rows;
}

/**
 * Fill colours for highlights: errors red, warnings (rounding, indicator problems) amber, infos not coloured;
 * 年度对比's changed cells (版本对比) blue, so they never read as findings.
 */
export const HIGHLIGHT_COLORS = { error: "#FFC7CE", warning: "#FFEB9C", changed: "#BDD7EE" } as const;

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
