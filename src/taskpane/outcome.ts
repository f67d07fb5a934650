/** What the last action did, as data: the status line is rendered from it in the current language. */
import type { Locale } from "../i18n";
import type { TemplateErrorCode } from "../actions/template-actions";
import { Failure, failureText, uiStrings } from "./strings";
import { templateErrorText, templateStrings } from "./template-strings";

/** What a template feature did (插入项目模板, SUM offer, 回写指标, 指标模板行, 恢复). */
export type TemplateEvent =
  | { type: "inserted"; rows: number; firstRow: number; lastRow: number; sheet: string }
  | { type: "sums-written"; written: number }
  | { type: "sums-none"; skipped: number }
  | { type: "written-back"; cell: string }
  | { type: "unchanged"; cell: string }
  | { type: "restored"; cell: string }
  | { type: "detail-rows"; firstRow: number; lastRow: number; sheet: string };

export type Outcome =
  | { kind: "split"; indicators: number; projects: number; sheet: string }
  | { kind: "check"; counts: { errors: number; warnings: number; infos: number }; highlighted: number; sheet: string }
  | { kind: "clear"; restored: number }
  | { kind: "template"; row: number }
  | { kind: "templates"; event: TemplateEvent }
  | { kind: "template-failure"; code: TemplateErrorCode; detail: string }
  | { kind: "failure"; failure: Failure };

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

export function outcomeText(o: Outcome, locale: Locale): string {
  const s = uiStrings(locale);
  switch (o.kind) {
    case "split":
      return s.done.split(o.indicators, o.projects, o.sheet);
    case "check":
      return s.done.check(o.counts, o.highlighted, o.sheet);
    case "clear":
      return s.done.clear(o.restored);
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
