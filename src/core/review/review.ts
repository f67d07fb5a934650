/**
 * Review state (§13): findings a supervisor accepted, and a verdict per project. Pure data, stored in the workbook
 * as one JSON setting so it travels with the file between Excel, WPS, the web page and the CLI.
 *
 * An acceptance is keyed by code + cell + item, and pinned to a fingerprint of the values the finding was computed
 * from (its own cell, the `from` cells, expected/actual and params). A finding whose key matches but whose
 * fingerprint does not is open again ("reopened"): the values changed since someone accepted it.
 */
import { z } from "zod";
import { Finding, FINDING_CODES } from "../_lib/findings";
import { Grid, cellAt, cellText, columnIndex } from "../grid/grid";
import { IndicatorOut, ProjectOut } from "../sheet/model";

export const REVIEW_SCHEMA_VERSION = 1;
export const REVIEW_SETTING_KEY = "perftarget.review";
export const VERDICTS = ["通过", "退回", "待定"] as const;
export type Verdict = (typeof VERDICTS)[number];

const isoDate = z.string().min(1).max(40);

export const AcceptanceSchema = z.strictObject({
  code: z.enum(FINDING_CODES as [Finding["code"], ...Finding["code"][]]),
  /** `F25`, or `25` for a whole-row finding. */
  cell: z.string().regex(/^[A-Z]{0,3}\d+$/),
  /** `group.seq` of the indicator the finding is about, when there is one. */
  item: z.string().max(20).optional(),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  reason: z.string().trim().min(1).max(2000),
  who: z.string().max(100),
  when: isoDate,
  /** The message as it read when accepted, for the 审核意见 sheet after the finding is gone. */
  message: z.string().max(2000).optional(),
});
export type Acceptance = z.infer<typeof AcceptanceSchema>;

export const VerdictSchema = z.strictObject({
  /** Project key (projectKey): unit / name, stable when rows move. */
  project: z.string().min(1).max(500),
  name: z.string().max(500),
  row: z.number().int().positive(),
  verdict: z.enum(VERDICTS),
  comment: z.string().max(2000),
  /** The reviewer's paragraph for 审核意见 (issue 17), when edited from the draft composed from the findings. */
  opinion: z.string().max(4000).optional(),
  who: z.string().max(100),
  when: isoDate,
});
export type ProjectVerdict = z.infer<typeof VerdictSchema>;

export const SheetReviewSchema = z.strictObject({
  accepted: z.array(AcceptanceSchema),
  verdicts: z.array(VerdictSchema),
  /** Rule set of the last check the review was made with. */
  rules: z.strictObject({ name: z.string(), version: z.string() }).optional(),
});
export type SheetReview = z.infer<typeof SheetReviewSchema>;

export const ReviewStateSchema = z.strictObject({
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  /** By source sheet name. */
  sheets: z.record(z.string(), SheetReviewSchema),
});
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const emptyReview = (): ReviewState => ({ schemaVersion: REVIEW_SCHEMA_VERSION, sheets: {} });
export const emptySheetReview = (): SheetReview => ({ accepted: [], verdicts: [] });

export type ReviewLoad = { ok: true; state: ReviewState } | { ok: false; state: ReviewState; problem: "malformed-json" | "invalid" };

/** Stored text → state. Unreadable state is reported (the caller says so) and never silently overwritten by it. */
export function parseReviewState(text: string | null): ReviewLoad {
  if (text === null || text.trim() === "") return { ok: true, state: emptyReview() };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, state: emptyReview(), problem: "malformed-json" };
  }
  const state = validateReviewState(json);
  return state ? { ok: true, state } : { ok: false, state: emptyReview(), problem: "invalid" };
}

/** The state's frame, its lists' items left for validateReviewState to check one by one. */
const ReviewFrameSchema = z.strictObject({
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  sheets: z.record(z.string(), SheetReviewSchema.extend({ accepted: z.array(z.unknown()), verdicts: z.array(z.unknown()) })),
});

/**
 * ReviewStateSchema's check, item by item, stopping at the first bad one. One safeParse of the whole state gathers
 * an issue per bad item and zod spreads them into its parent's list (`push(...issues)`): 200,000 hand-edited items
 * overflow the call stack. Here no list of issues outgrows one item's.
 */
function validateReviewState(json: unknown): ReviewState | null {
  const frame = ReviewFrameSchema.safeParse(json);
  if (!frame.success) return null;
  const sheets: ReviewState["sheets"] = {};
  for (const [name, sheet] of Object.entries(frame.data.sheets)) {
    const accepted = eachValid(sheet.accepted, AcceptanceSchema);
    const verdicts = eachValid(sheet.verdicts, VerdictSchema);
    if (!accepted || !verdicts) return null;
    sheets[name] = { ...sheet, accepted, verdicts };
  }
  return { schemaVersion: frame.data.schemaVersion, sheets };
}

function eachValid<T>(items: readonly unknown[], schema: z.ZodType<T>): T[] | null {
  const out: T[] = [];
  for (const item of items) {
    const r = schema.safeParse(item);
    if (!r.success) return null;
    out.push(r.data);
  }
  return out;
}

export const reviewToJson = (state: ReviewState): string => JSON.stringify(ReviewStateSchema.parse(state));

export const findingCell = (f: Finding): string => `${f.column ?? ""}${f.row}`;
/** `group.seq` of the indicator a finding is about (`1.-` for an indicator without a number). */
export const itemOf = (f: Finding): string | undefined => (f.item ? `${f.item.group}.${f.item.seq ?? "-"}` : undefined);

/** The key of a stored acceptance: the same as reviewKey of the finding it was made for. */
const acceptanceKey = (a: Acceptance): string => `${a.code}|${a.cell}|${a.item ?? ""}`;

/** Identity of a finding across runs, independent of the values (those go in the fingerprint). */
export function reviewKey(f: Finding): string {
  return `${f.code}|${findingCell(f)}|${itemOf(f) ?? ""}`;
}

/** FNV-1a, two 32-bit lanes → 16 hex digits: enough to tell changed values apart, short enough to store. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 13), 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

function cellValueAt(grid: Grid, address: string): string {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) return "";
  return cellText(cellAt(grid, Number(m[2]) - 1, columnIndex(m[1])));
}

function rowText(grid: Grid, row: number): string {
  return (grid.rows[row - 1] ?? []).map((v) => cellText(v)).join("\t");
}

/**
 * The values a finding was computed from, as stable text: its cell's (or row's) value, the `from` cells' values, and
 * its numbers. Values, not addresses: rows inserted above move the cells without changing what was accepted (the
 * key carries the cell, and shiftReview moves it along).
 */
export function findingFingerprint(f: Finding, grid: Grid): string {
  const parts: string[] = [f.code, itemOf(f) ?? ""];
  parts.push(f.column ? cellValueAt(grid, findingCell(f)) : rowText(grid, f.row));
  for (const a of f.from ?? []) parts.push(cellValueAt(grid, a));
  parts.push(String(f.expected ?? ""), String(f.actual ?? ""));
  if (f.params) for (const k of Object.keys(f.params).sort()) parts.push(`${k}=${f.params[k]}`);
  return hash64(parts.join("\u0001"));
}

export interface ReviewedFinding {
  finding: Finding;
  acceptance: Acceptance;
}

export interface ReviewSplit {
  /** Still to be dealt with (reopened ones included). */
  open: Finding[];
  accepted: ReviewedFinding[];
  /** Open findings that were accepted once, on values that have changed since. */
  reopened: ReviewedFinding[];
  /** Acceptances no current finding matches (the problem was fixed, or the cell moved). */
  stale: Acceptance[];
}

/** Sort this run's findings into open and accepted by the sheet's review. */
export function applyReview(findings: readonly Finding[], review: SheetReview | undefined, grid: Grid): ReviewSplit {
  const out: ReviewSplit = { open: [], accepted: [], reopened: [], stale: [] };
  const byKey = new Map<string, Acceptance[]>();
  for (const a of review?.accepted ?? []) {
    const k = acceptanceKey(a);
    byKey.set(k, [...(byKey.get(k) ?? []), a]);
  }
  const used = new Set<Acceptance>();
  for (const f of findings) {
    const candidates = byKey.get(reviewKey(f));
    if (!candidates) {
      out.open.push(f);
      continue;
    }
    const print = findingFingerprint(f, grid);
    const hit = candidates.find((a) => a.fingerprint === print && !used.has(a));
    if (hit) {
      used.add(hit);
      out.accepted.push({ finding: f, acceptance: hit });
      continue;
    }
    out.open.push(f);
    const earlier = candidates.find((a) => !used.has(a));
    if (earlier) {
      used.add(earlier);
      out.reopened.push({ finding: f, acceptance: earlier });
    }
  }
  for (const a of review?.accepted ?? []) if (!used.has(a)) out.stale.push(a);
  return out;
}

export interface Reviewer {
  who: string;
  /** ISO time; passed in so the core stays pure and tests are repeatable. */
  when: string;
}

export type ReviewChange<T> = { ok: true; value: T } | { ok: false; problem: "reason-required" | "comment-too-long" | "opinion-too-long" | "unknown-project" };

/** Accept a finding with a reason; replaces an earlier acceptance of the same finding (e.g. a reopened one). */
export function acceptFinding(review: SheetReview, f: Finding, grid: Grid, reason: string, by: Reviewer, message?: string): ReviewChange<SheetReview> {
  if (reason.trim() === "") return { ok: false, problem: "reason-required" };
  const acceptance = AcceptanceSchema.parse({
    code: f.code,
    cell: findingCell(f),
    ...(itemOf(f) ? { item: itemOf(f) } : {}),
    fingerprint: findingFingerprint(f, grid),
    reason: reason.trim().slice(0, 2000),
    who: by.who.trim().slice(0, 100),
    when: by.when,
    ...(message ? { message: message.slice(0, 2000) } : {}),
  });
  const key = reviewKey(f);
  const rest = review.accepted.filter((a) => acceptanceKey(a) !== key);
  return { ok: true, value: { ...review, accepted: [...rest, acceptance] } };
}

/** Rows inserted before `beforeRow`: acceptances and verdicts at or below it move down with their cells. */
export function shiftReview(review: SheetReview, beforeRow: number, count: number): SheetReview {
  const move = (row: number) => (row >= beforeRow ? row + count : row);
  return {
    ...review,
    accepted: review.accepted.map((a) => {
      const m = /^([A-Z]*)(\d+)$/.exec(a.cell);
      return m ? { ...a, cell: `${m[1]}${move(Number(m[2]))}` } : a;
    }),
    verdicts: review.verdicts.map((v) => ({ ...v, row: move(v.row) })),
  };
}

/** Take an acceptance back: the finding is raised again on the next check. */
export function reopenFinding(review: SheetReview, f: Finding): SheetReview {
  const key = reviewKey(f);
  return { ...review, accepted: review.accepted.filter((a) => acceptanceKey(a) !== key) };
}

/** Verdicts are keyed by unit and name, so they follow a project when rows are inserted above it. */
export function projectKey(p: Pick<ProjectOut, "unit" | "name">): string {
  return `${p.unit ?? ""}/${p.name}`;
}

/** `opinion`: the edited 审核意见 paragraph; blank (or absent) keeps the draft composed from the findings. */
export function setVerdict(review: SheetReview, p: ProjectOut, verdict: Verdict, comment: string, by: Reviewer, opinion?: string): ReviewChange<SheetReview> {
  if (comment.length > 2000) return { ok: false, problem: "comment-too-long" };
  if (opinion !== undefined && opinion.length > 4000) return { ok: false, problem: "opinion-too-long" };
  const paragraph = opinion?.trim();
  const entry = VerdictSchema.parse({
    project: projectKey(p), name: p.name, row: p.row, verdict, comment: comment.trim(), ...(paragraph ? { opinion: paragraph } : {}), who: by.who.trim().slice(0, 100), when: by.when,
  });
  return { ok: true, value: { ...review, verdicts: [...review.verdicts.filter((v) => v.project !== entry.project), entry] } };
}

/** Take a project's verdict back (未审 again). */
export function clearVerdict(review: SheetReview, p: Pick<ProjectOut, "unit" | "name">): SheetReview {
  const key = projectKey(p);
  return { ...review, verdicts: review.verdicts.filter((v) => v.project !== key) };
}

export interface ProjectReview {
  project: ProjectOut;
  verdict: ProjectVerdict | null;
  open: Finding[];
  accepted: ReviewedFinding[];
}

/** One line per project, in sheet order: its verdict and the findings on its row or on its indicators' rows. */
export function projectReviews(parsed: { projects: readonly ProjectOut[]; indicators: readonly Pick<IndicatorOut, "row" | "projectRow">[] }, split: ReviewSplit, review: SheetReview | undefined): ProjectReview[] {
  const verdicts = new Map((review?.verdicts ?? []).map((v) => [v.project, v] as const));
  const byRow = new Map<number, ProjectReview>();
  const out = parsed.projects.map((project) => {
    const r: ProjectReview = { project, verdict: verdicts.get(projectKey(project)) ?? null, open: [], accepted: [] };
    byRow.set(project.row, r);
    return r;
  });
  // Layout C puts each indicator on its own row: those rows belong to the project above.
  for (const i of parsed.indicators) if (!byRow.has(i.row)) { const r = byRow.get(i.projectRow); if (r) byRow.set(i.row, r); }
  for (const f of split.open) byRow.get(f.row)?.open.push(f);
  for (const a of split.accepted) byRow.get(a.finding.row)?.accepted.push(a);
  return out;
}
