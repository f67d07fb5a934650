/**
 * The review changes in the pane (§13): accept, reopen, verdicts, 审核意见. Each runs as one busy action with the
 * workbook's rule set, then the shown check is refreshed so the lists (and marks) follow the change.
 */
import { reopenFindings, acceptFindings, setVerdicts } from "../../actions/review-actions";
import type { ShownCheck } from "../../actions/shown";
import type { ActionResult } from "../../actions/result";
import { columnLetter, projectKey, ProjectReview, Verdict, type Finding, type HeaderWords, type RuleSet } from "../../core";
import { draftOpinion, findingKinds, findingMessages, type Locale } from "../../i18n";
import type { WorkbookPort } from "../../hosts/workbook.port";
import { findingAddress } from "../components/FindingRow";
import { refusalOutcome, type Outcome, type ReviewEvent } from "../outcome";
import type { ActionName, RunControl } from "../use-busy";
import type { ActionRunner } from "../action-runner";
import { localDate } from "./reviewer";

export interface ReviewDeps {
  port: WorkbookPort;
  locale: Locale;
  rules: () => Promise<RuleSet>;
  /** Run one busy action (thrown errors become a sentence). */
  run: (name: ActionName, work: (control: RunControl) => Promise<void>) => Promise<unknown>;
  /** Where 审核意见 and the re-check after a change run (the web page: beside the workbook). */
  actions: ActionRunner;
  setOutcome: (o: Outcome) => void;
  checked: ShownCheck | null;
  setChecked: (c: ShownCheck) => void;
  reviewer: string;
  /** Select a range in the workbook (and let the page follow). */
  select: (sheet: string, address: string) => void;
}

export interface ReviewFlows {
  accept: (findings: Finding[], reason: string) => Promise<boolean>;
  reopen: (f: Finding) => void;
  /** null takes the verdict back (未审); `opinion` is the edited 审核意见 paragraph (blank: the draft). */
  verdict: (r: ProjectReview, verdict: Verdict | null, comment: string, opinion?: string) => void;
  /** One verdict for many projects, in one save; each keeps its comment and paragraph. */
  verdicts: (list: readonly ProjectReview[], verdict: Verdict | null) => void;
  writeSheet: () => void;
  goToProject: (r: ProjectReview) => void;
}

export function useReviewFlows(d: ReviewDeps): ReviewFlows {
  const { port, locale, checked } = d;
  const by = () => ({ who: d.reviewer.trim(), when: new Date().toISOString() });
  const fail = (r: { code: string; detail?: string; headerWords?: HeaderWords }) => d.setOutcome(refusalOutcome(r.code, r.detail, r.headerWords));

  /** Do one change, refresh the shown check, and report; resolves whether the change went through. */
  const change = async <T>(name: ActionName, work: (rules: RuleSet, sheet: string) => Promise<ActionResult<T>>, event: (v: T) => ReviewEvent): Promise<boolean> => {
    if (!checked) return false;
    let ok = false;
    await d.run(name, async () => {
      const rules = await d.rules();
      const r = await work(rules, checked.source);
      if (!r.ok) return fail(r);
      ok = true;
      // The table that was checked, even when 审核意见 or another sheet is active now.
      const again = await d.actions.check(port, { rules, message: findingMessages(locale), kind: findingKinds(), sheet: checked.source }, locale);
      if (!again.ok) return fail(again);
      d.setChecked(again.value);
      d.setOutcome({ kind: "review", event: event(r.value) });
    });
    return ok;
  };

  return {
    accept: (findings, reason) =>
      change(
        "accept",
        (rules, sheet) => acceptFindings(port, sheet, findings.map((finding) => ({ finding, reason })), by(), { rules, message: findingMessages(locale), seen: checked?.seen }),
        (v) => ({ type: "accepted", accepted: v.accepted, changed: v.changed.map(findingAddress) }),
      ),
    reopen: (f) =>
      void change("reopen", (rules, sheet) => reopenFindings(port, sheet, [f], { rules }), (v) => ({ type: "reopened", reopened: v.reopened })),
    verdict: (r, verdict, comment, opinion) =>
      void change(
        "verdict",
        (rules, sheet) => setVerdicts(port, sheet, [{ project: projectKey(r.project), verdict, comment, ...(opinion !== undefined ? { opinion } : {}) }], by(), { rules }),
        () => ({ type: "verdict", project: r.project.name, verdict }),
      ),
    verdicts: (list, verdict) =>
      void change(
        "verdict",
        (rules, sheet) =>
          setVerdicts(port, sheet, list.map((r) => ({ project: projectKey(r.project), verdict, comment: r.verdict?.comment ?? "", ...(r.verdict?.opinion ? { opinion: r.verdict.opinion } : {}) })), by(), { rules }),
        (v) => ({ type: "verdicts", count: v.set, verdict }),
      ),
    writeSheet: () =>
      void d.run("reviewSheet", async (control) => {
        const rules = await d.rules();
        const meta = { date: localDate(), ...(d.reviewer.trim() ? { reviewer: d.reviewer.trim() } : {}) };
        const r = await d.actions.reviewSheet(port, checked?.source, meta, { rules, message: findingMessages(locale), opinion: draftOpinion, activate: true, ...control }, locale);
        if (!r.ok) return fail(r);
        d.setOutcome({ kind: "review", event: { type: "review-sheet", ...r.value } });
      }),
    goToProject: (r) => {
      if (!checked) return;
      const width = Math.max(1, checked.rowWidth(r.project.row));
      d.select(checked.source, `A${r.project.row}:${columnLetter(width - 1)}${r.project.row}`);
    },
  };
}
