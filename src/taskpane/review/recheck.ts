/**
 * A check together with the sheet's stored review (verdicts), and the refresh after a review change: the full
 * 一键校验 when the checked sheet is still the active one (marks and 校验结果 follow the change), otherwise a
 * quiet re-read of that sheet (runCheck works on the active sheet, which may now be 审核意见 or another table).
 */
import { ActionResult, CheckResult, readReviewState, readTable, runCheck } from "../../actions/actions";
import { checkSheet } from "../../core/checks";
import { summarize } from "../../core/findings";
import { SheetReview, applyReview } from "../../core/review";
import type { RuleSet } from "../../core/rules";
import type { Locale } from "../../i18n";
import type { WorkbookPort } from "../../hosts/workbook.port";

export interface Checked {
  check: CheckResult;
  /** The checked sheet's review as stored (verdicts); undefined when there is none or it cannot be read. */
  review: SheetReview | undefined;
}

interface Opts {
  rules: RuleSet;
  locale: Locale;
}

async function withReview(port: WorkbookPort, check: CheckResult): Promise<Checked> {
  const stored = await readReviewState(port);
  return { check, review: stored.problem ? undefined : stored.state.sheets[check.source] };
}

/** 一键校验 on the active sheet, and its review. */
export async function checkActive(port: WorkbookPort, opts: Opts): Promise<ActionResult<Checked>> {
  const r = await runCheck(port, opts);
  return r.ok ? { ok: true, value: await withReview(port, r.value) } : r;
}

/** The shown check again, after the review (or the rule set) changed. */
export async function refreshChecked(port: WorkbookPort, prev: CheckResult, opts: Opts): Promise<ActionResult<Checked>> {
  // The active sheet's name: getSelection() is not enough, as not every adapter moves the selection along when an
  // output sheet is activated. (A port call for just the name would save this read.)
  const active = (await port.readActiveSheet()).name;
  if (active === prev.source) return checkActive(port, opts);
  const read = await readTable(port, opts.rules, prev.source);
  if (!read.ok) return read;
  const { parsed, grid } = read.value;
  const findings = checkSheet(parsed, opts.rules);
  const stored = await readReviewState(port);
  const split = applyReview(findings, stored.state.sheets[parsed.sheet], grid);
  const check: CheckResult = {
    ...prev, findings, review: split, summary: summarize(split.open), parsed, grid,
    rules: { name: opts.rules.name, version: opts.rules.version },
  };
  delete check.reviewProblem;
  if (stored.problem) check.reviewProblem = stored.problem;
  return { ok: true, value: { check, review: stored.problem ? undefined : stored.state.sheets[parsed.sheet] } };
}
