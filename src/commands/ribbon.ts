/**
 * What the ribbon buttons do, without Office: run the action over a port with the workbook's rule set and
 * phrase the outcome. commands.ts only adds the Office glue (associate, event.completed, the message dialog).
 */
import { clearMarks, runCheck } from "../actions/actions";
import { loadRules } from "../actions/rule-store";
import { findingKinds, findingMessages, type Locale } from "../i18n";
import type { WorkbookPort } from "../hosts/workbook.port";
import { Outcome, checkOutcome, outcomeText } from "../taskpane/outcome";
import { failureFromError, failureFromResult } from "../taskpane/failure";

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

/**
 * 一键校验 from the ribbon: with the workbook's rule set (named in the message, with the accepted findings left
 * out), highlights, writes or refreshes 校验结果 and activates it.
 */
export async function ribbonCheck(port: WorkbookPort, locale: Locale): Promise<RibbonResult> {
  const o = await outcomeOf(async () => {
    const stored = await loadRules(port);
    const r = await runCheck(port, { rules: stored.rules, message: findingMessages(locale), kind: findingKinds(), activateResult: true });
    if (!r.ok) return { kind: "failure", failure: failureFromResult(r.code, r.detail, r.headerWords) };
    // 校验结果 is activated: the line says which columns the marks are in, not that the view went to one.
    return checkOutcome(r.value, stored.problem !== undefined, false);
  });
  return { ok: o.kind !== "failure", text: outcomeText(o, locale) };
}

/** 清除标记 from the ribbon: restore every fill the product changed. */
export async function ribbonClear(port: WorkbookPort, locale: Locale): Promise<RibbonResult> {
  const o = await outcomeOf(async () => {
    const r = await clearMarks(port);
    if (!r.ok) return { kind: "failure", failure: failureFromResult(r.code, r.detail, r.headerWords) };
    return { kind: "clear", restored: r.value.restored };
  });
  return { ok: o.kind !== "failure", text: outcomeText(o, locale) };
}
