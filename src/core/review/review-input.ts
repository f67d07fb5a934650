/**
 * A review file (`perftarget review FILE --review REVIEW.json`): a supervisor's decisions written by hand or by
 * another tool, applied to the workbook's review state. Errors are data naming the field, as for rule sets.
 *
 *   { "reviewer": "李审核",
 *     "accept":   [{ "code": "low-satisfaction", "cell": "F25", "reason": "按市统一口径" }],
 *     "reopen":   [{ "code": "missing-cost", "cell": "G12" }],
 *     "verdicts": [{ "project": "政务中心大楼物业管理费", "verdict": "通过", "comment": "" }] }
 */
import { z } from "zod";
import { Finding, FINDING_CODES } from "../_lib/findings";
import { Grid } from "../grid/grid";
import { ProjectOut } from "../sheet/model";
import { Reviewer, SheetReview, VERDICTS, acceptFinding, findingCell, itemOf, projectKey, reopenFinding, setVerdict } from "./review";
import { RuleSetIssue, readJsonText, ruleSetIssues } from "../rules/rule-sets";

const FindingRef = z.strictObject({
  code: z.enum(FINDING_CODES as [Finding["code"], ...Finding["code"][]]),
  cell: z.string().regex(/^[A-Z]{0,3}\d+$/),
  /** `group.seq` when several findings of one code share a cell (one per indicator). */
  item: z.string().regex(/^\d+\.(\d+|-)$/).optional(),
});

export const ReviewInputSchema = z.strictObject({
  reviewer: z.string().max(100).optional(),
  /** The sheet reviewed; defaults to the table the CLI picks. */
  sheet: z.string().min(1).optional(),
  accept: z.array(FindingRef.extend({ reason: z.string().trim().min(1).max(2000) })).optional(),
  reopen: z.array(FindingRef).optional(),
  verdicts: z.array(z.strictObject({
    /** The project's name, or `unit/name` when a name appears under two units. */
    project: z.string().min(1),
    verdict: z.enum(VERDICTS),
    comment: z.string().max(2000).default(""),
  })).optional(),
});
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

export type ReviewInputParse = { ok: true; input: ReviewInput } | { ok: false; errors: RuleSetIssue[] };

export function parseReviewInput(text: string): ReviewInputParse {
  const json = readJsonText(text);
  if (!json.ok) return json;
  const r = ReviewInputSchema.safeParse(json.value);
  return r.success ? { ok: true, input: r.data } : { ok: false, errors: ruleSetIssues(r.error.issues, json.value) };
}

export interface ReviewInputContext {
  findings: readonly Finding[];
  grid: Grid;
  projects: readonly ProjectOut[];
  by: Reviewer;
  message: (f: Finding) => string;
}


/** Apply every decision, or none: any problem leaves the review as it was and lists what to fix. */
export function applyReviewInput(review: SheetReview, input: ReviewInput, ctx: ReviewInputContext): { ok: true; review: SheetReview; changed: number } | { ok: false; errors: RuleSetIssue[] } {
  const errors: RuleSetIssue[] = [];
  const matches = (ref: z.infer<typeof FindingRef>) =>
    ctx.findings.filter((f) => f.code === ref.code && findingCell(f) === ref.cell && (ref.item === undefined || itemOf(f) === ref.item));
  let next = review;
  let changed = 0;
  (input.reopen ?? []).forEach((ref, i) => {
    const before = next.accepted.length;
    const hits = matches(ref);
    for (const f of hits) next = reopenFinding(next, f);
    if (hits.length === 0) errors.push({ path: `reopen[${i}]`, kind: "no-such-finding", params: { code: ref.code, cell: ref.cell } });
    changed += before - next.accepted.length;
  });
  (input.accept ?? []).forEach((ref, i) => {
    const hits = matches(ref);
    if (hits.length === 0) errors.push({ path: `accept[${i}]`, kind: "no-such-finding", params: { code: ref.code, cell: ref.cell } });
    else if (hits.length > 1) errors.push({ path: `accept[${i}].item`, kind: "ambiguous-finding", params: { code: ref.code, cell: ref.cell, count: hits.length, items: hits.map((f) => itemOf(f) ?? "-").join(", ") } });
    else {
      const r = acceptFinding(next, hits[0], ctx.grid, ref.reason, ctx.by, ctx.message(hits[0]));
      if (r.ok) {
        next = r.value;
        changed++;
      }
    }
  });
  (input.verdicts ?? []).forEach((v, i) => {
    const hits = ctx.projects.filter((p) => p.name === v.project || projectKey(p) === v.project);
    if (hits.length !== 1) {
      errors.push({ path: `verdicts[${i}].project`, kind: hits.length ? "ambiguous-project" : "unknown-project", params: { project: v.project, count: hits.length } });
      return;
    }
    const r = setVerdict(next, hits[0], v.verdict, v.comment, ctx.by);
    if (r.ok) {
      next = r.value;
      changed++;
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, review: next, changed };
}
