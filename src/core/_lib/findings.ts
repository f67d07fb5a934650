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
  "numbering-restart": "info",
  "amount-not-number": "warning",
  "unrecognized-row": "info",
  "money-row-unsure": "info",
  "stray-cells": "info",
  "cell-too-long": "warning",
  "money-cell-unsure": "info",
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
  // money (§6): severity is decided per finding (warning when within rounding)
  "row-sum": "error",
  subtotal: "error",
  "grand-total": "error",
  "budget-levels": "error",
  "budget-blank": "info",
  "key-tasks-total": "warning",
  // history (年度对比, compare/history-checks.ts)
  "target-lowered-budget-up": "warning",
  "indicator-dropped": "info",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

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
