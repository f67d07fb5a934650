/** What the last action did, as data: the status line is rendered from it in the current language. */
import type { Locale } from "../i18n";
import { Failure, failureText, uiStrings } from "./strings";

export type Outcome =
  | { kind: "split"; indicators: number; projects: number; sheet: string }
  | { kind: "check"; counts: { errors: number; warnings: number; infos: number }; highlighted: number; sheet: string }
  | { kind: "clear"; restored: number }
  | { kind: "template"; row: number }
  | { kind: "failure"; failure: Failure };

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
    case "failure":
      return failureText(o.failure, locale);
  }
}
