/** What the last action did, as data: the status line is rendered from it in the current language. */
import { Locale, templateErrorText, templateStrings, uiStrings } from "../i18n";
import type { CheckResult } from "../actions/actions";
import { ruleSetLabel } from "../core";
import type { ActionErrorCode } from "../actions/result";
import type { Finding, HeaderWords, Verdict } from "../core";
import { Failure, failureFromResult, failureText } from "./failure";

/** What a template feature did (插入项目模板, SUM offer, 回写指标, 指标模板行, 恢复). */
export type TemplateEvent =
  | { type: "inserted"; rows: number; firstRow: number; lastRow: number; sheet: string }
  | { type: "sums-written"; written: number }
  | { type: "sums-none"; skipped: number }
  | { type: "written-back"; cell: string }
  | { type: "unchanged"; cell: string }
  | { type: "restored"; cell: string }
  | { type: "detail-rows"; firstRow: number; lastRow: number; sheet: string };

/** What a review change did (accept, reopen, verdict, 审核意见, a new rule set). */
export type ReviewEvent =
  | { type: "accepted"; accepted: number; changed: string[] }
  | { type: "reopened"; reopened: number }
  | { type: "verdict"; project: string; verdict: Verdict | null }
  | { type: "verdicts"; count: number; verdict: Verdict | null }
  | { type: "review-sheet"; sheet: string; open: number; accepted: number; verdicts: number }
  | { type: "rules-saved"; label: string };

export type Outcome =
  | { kind: "split"; indicators: number; projects: number; sheet: string }
  | {
      kind: "check";
      counts: { errors: number; warnings: number; infos: number };
      /** The columns the marks are in and the cell the view went to (null: nothing marked). */
      where?: { columns: string[]; first: string | null };
      highlighted: number;
      sheet: string;
      /** The rule set's label (name and version), how many accepted findings were left out, and whether the
       * workbook's stored rule set was unusable (the default ran instead). */
      rules: string;
      accepted: number;
      rulesFallback?: boolean;
    }
  | { kind: "review"; event: ReviewEvent }
  | { kind: "compare"; changes: number; projects: number; marked: number; sheet: string; other: string }
  | { kind: "selfeval"; sheet: string; projects: number; shape: string }
  | { kind: "clear"; restored: number }
  /** 取消 before anything was written. */
  | { kind: "cancelled" }
  | { kind: "template"; row: number }
  | { kind: "templates"; event: TemplateEvent }
  | { kind: "template-failure"; code: ActionErrorCode; detail: string }
  | { kind: "failure"; failure: Failure };

/** A finished check as a status line: counts of the open findings, the rule set, the accepted ones left out. */
/** `goesTo`: the front door selects the first finding (the pane); the ribbon shows 校验结果 instead, and says where the marks are. */
export function checkOutcome(r: Pick<CheckResult, "review" | "summary" | "highlighted" | "resultSheet" | "rules">, rulesFallback = false, goesTo = true): Outcome {
  const where = marksWhere(r.review.open);
  return {
    kind: "check", counts: r.summary, highlighted: r.highlighted, sheet: r.resultSheet, rules: ruleSetLabel(r.rules), accepted: r.review.accepted.length,
    where: goesTo ? where : { columns: where.columns, first: null },
    ...(rulesFallback ? { rulesFallback } : {}),
  };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Where a check's marks are (issue 19 item 3): the columns they are in, and the cell the pane goes to — the first
 * error by place, else the first warning, else the first note (findings are sorted by place already).
 */
export function marksWhere(open: readonly Finding[]): { columns: string[]; first: string | null } {
  const placed = open.filter((f) => f.column !== null);
  const columns = [...new Set(placed.map((f) => f.column!))].sort((a, b) => a.length - b.length || a.localeCompare(b));
  let best: Finding | null = null;
  for (const f of placed) if (!best || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best.severity]) best = f;
  return { columns, first: best ? `${best.column}${best.row}` : null };
}

export const isFailure = (o: Outcome): boolean => o.kind === "failure" || o.kind === "template-failure";

function templateText(e: TemplateEvent, locale: Locale): string {
  const d = templateStrings(locale).done;
  switch (e.type) {
    case "inserted":
      return d.inserted(e.rows, e.firstRow, e.lastRow, e.sheet);
    case "sums-written":
      return d.sumsWritten(e.written);
    case "sums-none":
      return d.sumsNone(e.skipped);
    case "written-back":
      return d.writtenBack(e.cell);
    case "unchanged":
      return d.unchanged(e.cell);
    case "restored":
      return d.restored(e.cell);
    case "detail-rows":
      return d.detailRows(e.firstRow, e.lastRow, e.sheet);
  }
}

function reviewText(e: ReviewEvent, locale: Locale): string {
  const r = uiStrings(locale).review;
  switch (e.type) {
    case "accepted": {
      const changed = e.changed.length ? r.done.changed(e.changed.length, r.done.cellList(e.changed)) : "";
      if (!e.accepted) return changed;
      return changed ? r.done.acceptedAndChanged(r.done.accepted(e.accepted), changed) : r.done.accepted(e.accepted);
    }
    case "reopened":
      return r.done.reopened(e.reopened);
    case "verdict":
      return r.done.verdict(e.project, e.verdict ? r.projects.verdictNames[e.verdict] : r.projects.verdictNone);
    case "verdicts":
      return r.done.verdicts(e.count, e.verdict ? r.projects.verdictNames[e.verdict] : r.projects.verdictNone);
    case "review-sheet":
      return r.done.reviewSheet(e.sheet, e.open, e.accepted, e.verdicts);
    case "rules-saved":
      return r.done.rulesSaved(e.label);
  }
}

/** Outcomes worth a warning colour: errors found, or findings that could not be accepted. */
export function needsAttention(o: Outcome): boolean {
  return (o.kind === "check" && o.counts.errors > 0) || (o.kind === "review" && o.event.type === "accepted" && o.event.changed.length > 0);
}

/** An action's refusal as the pane shows it: 取消 is no failure, only a note that nothing changed. */
export function refusalOutcome(code: string, detail?: string, words?: HeaderWords): Outcome {
  return code === "cancelled" ? { kind: "cancelled" } : { kind: "failure", failure: failureFromResult(code, detail, words) };
}

export function outcomeText(o: Outcome, locale: Locale): string {
  const s = uiStrings(locale);
  switch (o.kind) {
    case "split":
      return s.done.split(o.indicators, o.projects, o.sheet);
    case "check":
      return s.done.check(o.counts, o.highlighted, o.sheet, o.rules, o.accepted, o.rulesFallback ?? false) + (o.where?.columns.length ? s.done.where(o.where.columns, o.where.first) : "");
    case "review":
      return reviewText(o.event, locale);
    case "compare":
      return s.compare.done(o.changes, o.projects, o.marked, o.sheet, o.other);
    case "selfeval":
      return s.selfEval.done(o.sheet, o.projects, o.shape);
    case "clear":
      return s.done.clear(o.restored);
    case "cancelled":
      return s.done.cancelled;
    case "template":
      return s.done.templateReady(o.row);
    case "templates":
      return templateText(o.event, locale);
    case "template-failure":
      return templateErrorText(o.code, o.detail, locale);
    case "failure":
      return failureText(o.failure, locale);
  }
}
