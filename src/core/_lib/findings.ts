/**
 * Findings are data (code, severity, place); messages are made at the edge from src/i18n.
 * Every code the core can emit is listed here with its severity, so the catalogue test can check coverage.
 */

export type Severity = "error" | "warning" | "info";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 1-based sheet row of the cell the finding is about. */
  row: number;
  /** Column letter of that cell, or null for a whole row. */
  column: string | null;
  item?: { group: number; seq: number | null };
  expected?: number;
  actual?: number;
  difference?: number;
  /** A1 addresses the expected value was computed from. */
  from?: string[];
  /** Values the message needs (a name, a text piece, a category). */
  params?: Record<string, string | number>;
}

export const FINDING_SEVERITY = {
  // layout notes (parser)
  "realigned-row": "info",
  "html-debris": "info",
  "ocr-artefact": "info",
  "inferred-level": "info",
  "level-in-next-column": "info",
  "targets-unread": "info",
  "targets-by-region": "info",
  "numbering-restart": "info",
  "amount-not-number": "warning",
  "unrecognized-row": "info",
  "money-row-unsure": "info",
  "stray-cells": "info",
  "cell-too-long": "warning",
  "money-cell-unsure": "info",
  "money-cell-doubled": "info",
  "money-block-unread": "info",
  // indicator problems (parser)
  "numbering-gap": "warning",
  "recovered-item": "warning",
  "unplaced-text": "warning",
  "code-name-mismatch": "warning",
  "wrong-parent": "warning",
  "unknown-level": "warning",
  placeholder: "warning",
  "unit-conflict": "warning",
  "indicator-name-missing": "warning",
  // indicator checks (§7)
  "missing-core-category": "error",
  "missing-cost": "warning",
  "qualitative-quantity": "warning",
  "annual-above-period": "warning",
  "low-satisfaction": "warning",
  "duplicate-name": "warning",
  // the reviewer's rule pack (issue 17, docs/research/review-rules.md T1–T12)
  "template-placeholder": "warning",
  "cost-lower-bound": "warning",
  "percent-over-100": "warning",
  "unitless-number": "info",
  "vague-target": "info",
  "date-after-year": "warning",
  "cost-sum-over-total": "warning",
  "goal-number-unmeasured": "info",
  "low-quantitative-share": "info",
  // money (§6): severity is decided per finding (warning when within rounding)
  "row-sum": "error",
  subtotal: "error",
  "grand-total": "error",
  "cost-table-total": "error",
  "money-breakdown": "error",
  "cost-table-vs-amount": "warning",
  "budget-levels": "error",
  "budget-blank": "info",
  "key-tasks-total": "warning",
  // history (年度对比, compare/history-checks.ts)
  "target-lowered-budget-up": "warning",
  "indicator-dropped": "info",
  "target-below-last-completion": "warning",
  // self-evaluation (issue 15, docs/research/self-evaluation.md S1–S11)
  "score-over-max": "error",
  "max-scores-not-100": "error",
  "total-score-mismatch": "error",
  "level-points-mismatch": "error",
  "execution-rate": "error",
  "budget-score": "error",
  "budget-parts": "error",
  "score-formula": "warning",
  "qualitative-band": "warning",
  "deduction-without-reason": "warning",
  "over-achievement": "info",
  "low-execution-without-reason": "warning",
  "grade-mismatch": "warning",
  "completion-not-number": "warning",
  "completion-not-grade": "warning",
  "score-blank": "warning",
  "target-differs-from-approved": "warning",
  "approved-indicator-missing": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

/** Sums whose severity is decided per finding (a warning within rounding, else an error): no rule set overrides it. */
export const ROUNDED_SUM_CODES: readonly FindingCode[] = ["row-sum", "subtotal", "grand-total", "cost-table-total", "money-breakdown"];

/**
 * The reviewers' four dimensions (审核意见 are written in them): 完整性 (is everything there), 相关性 (do the indicators
 * belong to the project and its goal), 适当性 (are the values and amounts sensible), 可行性 (can it be done and checked
 * in time). Listed in the order 校验结果 and 审核意见 group by.
 */
export const DIMENSIONS = ["completeness", "relevance", "appropriateness", "feasibility"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** How 校验结果 and 审核意见 name a dimension (the sheets are Chinese; the pane's words are in src/i18n/ui). */
export const DIMENSION_ZH: Record<Dimension, string> = { completeness: "完整性", relevance: "相关性", appropriateness: "适当性", feasibility: "可行性" };

/**
 * Every code's dimension by default; the rule set's `dimensions` overrides it. Reading notes and missing pieces are
 * 完整性; money that does not add up and values out of range are 适当性; what ties indicators to the project, its
 * goal or its history is 相关性; dates and period-vs-year are 可行性.
 */
export const DEFAULT_DIMENSION = {
  "realigned-row": "completeness",
  "html-debris": "completeness",
  "ocr-artefact": "completeness",
  "inferred-level": "completeness",
  "level-in-next-column": "completeness",
  "targets-unread": "completeness",
  "targets-by-region": "completeness",
  "numbering-restart": "completeness",
  "amount-not-number": "completeness",
  "unrecognized-row": "completeness",
  "money-row-unsure": "completeness",
  "stray-cells": "completeness",
  "cell-too-long": "completeness",
  "money-cell-unsure": "completeness",
  "money-cell-doubled": "completeness",
  "money-block-unread": "completeness",
  "numbering-gap": "completeness",
  "recovered-item": "completeness",
  "unplaced-text": "completeness",
  "code-name-mismatch": "relevance",
  "wrong-parent": "relevance",
  "unknown-level": "completeness",
  placeholder: "completeness",
  "unit-conflict": "appropriateness",
  "indicator-name-missing": "completeness",
  "missing-core-category": "completeness",
  "missing-cost": "completeness",
  "qualitative-quantity": "appropriateness",
  "annual-above-period": "feasibility",
  "low-satisfaction": "appropriateness",
  "duplicate-name": "completeness",
  "template-placeholder": "completeness",
  "cost-lower-bound": "appropriateness",
  "percent-over-100": "appropriateness",
  "unitless-number": "appropriateness",
  "vague-target": "appropriateness",
  "date-after-year": "feasibility",
  "cost-sum-over-total": "appropriateness",
  "goal-number-unmeasured": "relevance",
  "low-quantitative-share": "appropriateness",
  "row-sum": "appropriateness",
  subtotal: "appropriateness",
  "grand-total": "appropriateness",
  "cost-table-total": "appropriateness",
  "money-breakdown": "appropriateness",
  "cost-table-vs-amount": "appropriateness",
  "budget-levels": "appropriateness",
  "budget-blank": "completeness",
  "key-tasks-total": "appropriateness",
  "target-lowered-budget-up": "relevance",
  "indicator-dropped": "relevance",
  "target-below-last-completion": "appropriateness",
  // self-evaluation (issue 15, docs/research/self-evaluation.md S1–S11): scores that do not add up or are out of
  // range are 适当性, missing reasons and blanks 完整性, agreement with the approved target table 相关性.
  "score-over-max": "appropriateness",
  "max-scores-not-100": "appropriateness",
  "total-score-mismatch": "appropriateness",
  "level-points-mismatch": "appropriateness",
  "execution-rate": "appropriateness",
  "budget-score": "appropriateness",
  "budget-parts": "appropriateness",
  "score-formula": "appropriateness",
  "qualitative-band": "appropriateness",
  "deduction-without-reason": "completeness",
  "over-achievement": "appropriateness",
  "low-execution-without-reason": "completeness",
  "grade-mismatch": "appropriateness",
  "completion-not-number": "completeness",
  "completion-not-grade": "completeness",
  "score-blank": "completeness",
  "target-differs-from-approved": "relevance",
  "approved-indicator-missing": "relevance",
} as const satisfies Record<FindingCode, Dimension>;

/** A finding's dimension under a rule set's overrides (`dimensions`, optional in the rule set). */
export function dimensionOf(code: FindingCode, overrides?: Partial<Record<FindingCode, Dimension>>): Dimension {
  return overrides?.[code] ?? DEFAULT_DIMENSION[code];
}

/** Stable regrouping by dimension (in DIMENSIONS order), keeping each group's order (by place). */
export function groupByDimension<T>(list: readonly T[], dimension: (t: T) => Dimension): T[] {
  const rank = (t: T) => DIMENSIONS.indexOf(dimension(t));
  return list.map((t, i) => [t, rank(t), i] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map((x) => x[0]);
}

export function finding(
  code: FindingCode,
  row: number,
  column: string | null,
  extra: Omit<Finding, "code" | "severity" | "row" | "column"> = {},
): Finding {
  return { code, severity: FINDING_SEVERITY[code], row, column, ...extra };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by row, then column, then severity, then code. */
export function sortFindings(list: Finding[]): Finding[] {
  return list.sort(
    (a, b) =>
      a.row - b.row ||
      (a.column ?? "").length - (b.column ?? "").length ||
      (a.column ?? "").localeCompare(b.column ?? "") ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.item?.group ?? 0) - (b.item?.group ?? 0) ||
      (a.item?.seq ?? 0) - (b.item?.seq ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

export function summarize(list: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of list) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
