/**
 * The supervisor's review (§13) over any WorkbookPort: accept / reopen findings, give verdicts, write 审核意见.
 * Every change re-reads and re-checks the sheet first, so an acceptance is pinned to the values in the workbook
 * now — never to a finding the pane showed before someone edited the cell.
 */
import { acceptFinding, applyReview, applyReviewInput, checkSheet, clearVerdict, DEFAULT_RULES, emptySheetReview, Finding, findingFingerprint, projectKey, ProjectOut, ProjectReview, projectReviews, reopenFinding, REVIEW_SETTING_KEY, REVIEW_SHEET, Reviewer, ReviewInput, reviewKey, reviewSheet, ReviewState, reviewToJson, RuleSet, setVerdict, SheetReview, Verdict, type RuleSetIssue } from "../core";
import { WorkbookPort } from "../hosts/workbook.port";
import { readReviewState } from "./actions";
import { Table, readTable } from "./read-table";
import { ActionOptions, ActionResult, CANCELLED, Writes, guard, startWriting } from "./result";

interface Loaded extends Table {
  findings: Finding[];
  state: ReviewState;
  review: SheetReview;
}

/** Read the sheet (active, or by name), check it, and load the review state; unreadable state stops a change. */
async function load(port: WorkbookPort, sheet: string | undefined, rules: RuleSet, opts: Pick<ActionOptions, "step"> = {}): Promise<ActionResult<Loaded>> {
  const read = await readTable(port, rules, sheet, opts);
  if (!read.ok) return read;
  const stored = await readReviewState(port);
  // Saving over state we could not read would lose someone's review: refuse instead.
  if (stored.problem) return { ok: false, code: "review-unreadable", detail: stored.problem };
  const findings = checkSheet(read.value.parsed, rules);
  return { ok: true, value: { ...read.value, findings, state: stored.state, review: stored.state.sheets[read.value.parsed.sheet] ?? emptySheetReview() } };
}

async function save(port: WorkbookPort, l: Loaded, review: SheetReview, rules: RuleSet): Promise<void> {
  const state: ReviewState = { ...l.state, sheets: { ...l.state.sheets, [l.parsed.sheet]: { ...review, rules: { name: rules.name, version: rules.version } } } };
  await port.setSetting(REVIEW_SETTING_KEY, reviewToJson(state));
}

/** The current finding a shown one stands for: same key, and computed from the same values as now. */
function current(l: Loaded, shown: Finding, print: string | undefined): Finding | undefined {
  if (print === undefined) return undefined;
  const key = reviewKey(shown);
  return l.findings.find((f) => reviewKey(f) === key && findingFingerprint(f, l.grid) === print);
}

export interface AcceptRequest {
  finding: Finding;
  reason: string;
}

export interface AcceptOutcome {
  accepted: number;
  /** Findings that are no longer raised as shown (the cell changed): re-run the check and decide again. */
  changed: Finding[];
}

/**
 * Accept findings shown to the user. `seen` gives a shown finding's fingerprint as the user saw it (ShownCheck.seen,
 * from the grid the check read): a finding whose cells differ now, or that `seen` does not know, is not accepted
 * but returned in `changed`, so nobody accepts values unseen. Without `seen` the sheet as it is now counts.
 */
export async function acceptFindings(
  port: WorkbookPort, sheet: string, requests: AcceptRequest[], by: Reviewer, opts: Writes<ActionOptions & { seen?: (f: Finding) => string | undefined }>,
): Promise<ActionResult<AcceptOutcome>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    if (requests.some((r) => r.reason.trim() === "")) return { ok: false, code: "reason-required" };
    const l = await load(port, sheet, rules);
    if (!l.ok) return l;
    let review = l.value.review;
    const changed: Finding[] = [];
    for (const r of requests) {
      const f = current(l.value, r.finding, opts.seen ? opts.seen(r.finding) : findingFingerprint(r.finding, l.value.grid));
      if (!f) {
        changed.push(r.finding);
        continue;
      }
      const next = acceptFinding(review, f, l.value.grid, r.reason, by, opts.message(f));
      if (next.ok) review = next.value;
    }
    if (changed.length < requests.length) await save(port, l.value, review, rules);
    return { ok: true, value: { accepted: requests.length - changed.length, changed } };
  });
}

export async function reopenFindings(port: WorkbookPort, sheet: string, findings: Finding[], opts: ActionOptions = {}): Promise<ActionResult<{ reopened: number }>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const l = await load(port, sheet, rules);
    if (!l.ok) return l;
    let review = l.value.review;
    for (const f of findings) review = reopenFinding(review, f);
    const reopened = l.value.review.accepted.length - review.accepted.length;
    if (reopened > 0) await save(port, l.value, review, rules);
    return { ok: true, value: { reopened } };
  });
}

export interface VerdictRequest {
  /** projectKey() of the project (unit / name). */
  project: string;
  /** null takes the verdict back: the project is 未审 again. */
  verdict: Verdict | null;
  comment: string;
  /** The edited 审核意见 paragraph (blank: the draft from the findings is printed). */
  opinion?: string;
}

export async function setVerdicts(port: WorkbookPort, sheet: string, requests: VerdictRequest[], by: Reviewer, opts: ActionOptions = {}): Promise<ActionResult<{ set: number }>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const l = await load(port, sheet, rules);
    if (!l.ok) return l;
    const projects = new Map<string, ProjectOut>(l.value.parsed.projects.map((p) => [projectKey(p), p] as const));
    let review = l.value.review;
    for (const r of requests) {
      const p = projects.get(r.project);
      if (!p) return { ok: false, code: "unknown-project", detail: r.project };
      if (r.verdict === null) {
        review = clearVerdict(review, p);
        continue;
      }
      const next = setVerdict(review, p, r.verdict, r.comment, by, r.opinion);
      if (!next.ok) return { ok: false, code: next.problem, detail: r.project };
      review = next.value;
    }
    await save(port, l.value, review, rules);
    return { ok: true, value: { set: requests.length } };
  });
}

/** Composes a project's 审核意见 paragraph from its findings (the front doors pass src/i18n's draftOpinion). */
export type OpinionDraft = (r: ProjectReview, dimensions: RuleSet["dimensions"]) => string;

export interface ReviewSheetResult {
  sheet: string;
  open: number;
  accepted: number;
  verdicts: number;
}

/** 审核意见: written (or refreshed) from the sheet's check and review, laid out for A4. */
export async function writeReviewSheet(
  port: WorkbookPort, sheet: string | undefined, meta: { date: string; reviewer?: string }, opts: Writes<ActionOptions & { activate?: boolean; opinion: OpinionDraft }>,
): Promise<ActionResult<ReviewSheetResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const l = await load(port, sheet, rules, opts);
    if (!l.ok) return l;
    const { parsed, grid, findings, review } = l.value;
    const split = applyReview(findings, review, grid);
    const { message } = opts;
    const projects = projectReviews(parsed, split, review);
    const layout = reviewSheet({
      sheet: parsed.sheet,
      department: parsed.department,
      date: meta.date,
      rules: { name: rules.name, version: rules.version },
      ...(meta.reviewer ? { reviewer: meta.reviewer } : {}),
      open: split.open.map((finding) => ({ finding, message: message(finding) })),
      accepted: split.accepted.map((a) => ({ ...a, message: message(a.finding) })),
      reopened: split.reopened,
      projects,
      // The reviewer's edited paragraph, else the draft from the findings.
      opinions: projects.map((p) => p.verdict?.opinion ?? opts.opinion(p, rules.dimensions)),
    });
    if (!(await startWriting(opts))) return CANCELLED;
    const name = await port.refreshOwnedSheet({
      name: REVIEW_SHEET, rows: layout.rows, textColumns: layout.textColumns, widths: layout.widths, print: layout.print, activate: opts.activate ?? false,
    });
    return { ok: true, value: { sheet: name, open: split.open.length, accepted: split.accepted.length, verdicts: review.verdicts.length } };
  });
}

export type ReviewFileOutcome = { ok: true; changed: number } | { ok: false; errors: RuleSetIssue[] };

/** A review file's decisions (`perftarget review --review`): all of them, or none with the fields to fix. */
export async function applyReviewFile(port: WorkbookPort, sheet: string, input: ReviewInput, by: Reviewer, opts: Writes): Promise<ActionResult<ReviewFileOutcome>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard<ReviewFileOutcome>(async () => {
    const l = await load(port, sheet, rules);
    if (!l.ok) return l;
    const { findings, grid, parsed } = l.value;
    const applied = applyReviewInput(l.value.review, input, { findings, grid, projects: parsed.projects, by, message: opts.message });
    if (!applied.ok) return { ok: true, value: applied };
    await save(port, l.value, applied.review, rules);
    return { ok: true, value: { ok: true, changed: applied.changed } };
  });
}
