/**
 * What the product says when its own records in a workbook cannot be used: the stored review or rule set could not
 * be read (and what is used instead), or a record of the record sheet was damaged and skipped. The review and rule
 * set sentences are the task pane's own (ui/…: review.problem, rules.problem), so the pane, `check`, `check --json`
 * and `annotate` say the same thing in the same words.
 */
import type { RuleSetIssue } from "../core";
import type { Locale } from "./catalogue";
import { bilingual } from "./bilingual";
import { ruleSetErrors } from "./rule-set-errors";
import { uiCatalogues } from "./ui";

export type StoredNoticeCode = "stored-review-unreadable" | "stored-rules-unreadable" | "record-damaged";

/** A notice as data, made into words at the edge (storedNoticeText). */
export type StoredNotice =
  | { code: "stored-review-unreadable" }
  | { code: "stored-rules-unreadable"; issues: readonly RuleSetIssue[] }
  | { code: "record-damaged"; sheet: string; row: number; cells: readonly string[] };

const DAMAGED = {
  "zh-CN": (sheet: string, row: number, cells: string) => `记录表“${sheet}”第 ${row} 行的填充记录已损坏（${cells}），已跳过：这个单元格的原有填充色无法恢复。`,
  en: (sheet: string, row: number, cells: string) => `the fill record in row ${row} of the record sheet "${sheet}" is damaged (${cells}) and was skipped: that cell's original fill cannot be restored.`,
};

/** The cells of a damaged record, each cut short, for a line that must stay short. */
const shown = (cells: readonly string[]) => cells.map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c)).join(" | ");

export function storedNoticeText(n: StoredNotice, locale: Locale): string {
  const ui = uiCatalogues[locale];
  switch (n.code) {
    case "stored-review-unreadable":
      return ui.review.problem;
    case "stored-rules-unreadable": {
      const first = ruleSetErrors(n.issues)[0];
      const detail = first ? (locale === "en" ? first.message_en : first.message_zh) : "";
      // The pane's sentence ends in a colon before its list of errors; here the first error follows it.
      return detail ? `${ui.rules.problem}${locale === "en" ? " " : ""}${detail}` : ui.rules.problem.replace(/[：:]$/, "");
    }
    case "record-damaged":
      return DAMAGED[locale](n.sheet, n.row, shown(n.cells));
  }
}

/** Chinese first, English too: one line for the CLI's stderr. */
export const storedNoticeLine = (n: StoredNotice): string => bilingual(storedNoticeText(n, "zh-CN"), storedNoticeText(n, "en"));
