/**
 * What the ribbon buttons do, without Office: run the action over a port with the workbook's settings and
 * phrase the outcome. commands.ts only adds the Office glue (associate, event.completed, the message dialog).
 */
import { clearMarks, runCheck } from "../actions/actions";
import type { Locale } from "../i18n";
import type { WorkbookPort } from "../hosts/workbook.port";
import { Outcome, outcomeText } from "../taskpane/outcome";
import { loadSettings, rulesFor } from "../taskpane/settings";
import { failureFromError, failureFromResult } from "../taskpane/strings";

export interface RibbonResult {
  ok: boolean;
  /** One sentence in the requested language (a failure is what the message dialog shows). */
  text: string;
}

async function outcomeOf(work: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await work();
  } catch (e) {
    return { kind: "failure", failure: failureFromError(e) };
  }
}

/** 一键校验 from the ribbon: highlights, writes or refreshes 校验结果 and activates it. */
export async function ribbonCheck(port: WorkbookPort, locale: Locale): Promise<RibbonResult> {
  const o = await outcomeOf(async () => {
    const { settings } = await loadSettings(port);
    const r = await runCheck(port, { rules: rulesFor(settings), locale, activateResult: true });
    if (!r.ok) return { kind: "failure", failure: failureFromResult(r.code, r.detail) };
    return { kind: "check", counts: r.value.summary, highlighted: r.value.highlighted, sheet: r.value.resultSheet };
  });
  return { ok: o.kind !== "failure", text: outcomeText(o, locale) };
}

/** 清除标记 from the ribbon: restore every fill the product changed. */
export async function ribbonClear(port: WorkbookPort, locale: Locale): Promise<RibbonResult> {
  const o = await outcomeOf(async () => {
    const r = await clearMarks(port);
    if (!r.ok) return { kind: "failure", failure: failureFromResult(r.code, r.detail) };
    return { kind: "clear", restored: r.value.restored };
  });
  return { ok: o.kind !== "failure", text: outcomeText(o, locale) };
}
