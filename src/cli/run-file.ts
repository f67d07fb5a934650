/** Load a file and parse/check one sheet of it; every failure is a result with a code, for the CLI to print. */
import { loadRules } from "../actions/rule-store";
import { applyReview, checkSheet, DEFAULT_RULES, dimensionOf, Finding, Grid, parseOptionsOf, parseReviewState, parseSheet, pickSheet, REVIEW_SETTING_KEY, ReviewState, RuleSet, SheetParse, sortFindings, summarize } from "../core";
import { loadFile } from "../hosts/file/file.loader";
import { LoadErrorCode } from "../hosts/load-result";
import { Locale, SheetErrorCode, StoredNotice, bilingual, loadErrorMessage, sheetErrorMessage, storedNoticeText, withMessage } from "../i18n";

export type FileOutcome =
  | {
      ok: true;
      file: string;
      parsed: SheetParse;
      grid: Grid;
      /** The rule set used: the one given, else the workbook's own (§13), else the default. */
      rules: RuleSet;
      /** The review an .xlsx carries, when it has a readable one. */
      review: ReviewState | null;
      /** The workbook's own review or rule set could not be read (what is used instead is in the words). */
      notices: StoredNotice[];
    }
  | { ok: false; file: string; code: LoadErrorCode | SheetErrorCode; sheet?: string; message: string };

/** Load once, then parse one sheet with the given rule set or, without one, the workbook's own. */
export async function parseFile(file: string, sheetName?: string, given?: RuleSet): Promise<FileOutcome> {
  const loaded = await loadFile(file);
  if (!loaded.ok) {
    return { ok: false, file, code: loaded.code, message: bilingual(loadErrorMessage(loaded.code, "zh-CN"), loadErrorMessage(loaded.code, "en")) };
  }
  const records = await workbookRecords(loaded.settings ?? {});
  const rules = given ?? records.rules ?? DEFAULT_RULES;
  const grid = pickSheet(loaded.sheets, sheetName);
  if (!grid) {
    const s = sheetName ?? "";
    return { ok: false, file, code: "sheet-not-found", sheet: s, message: bilingual(sheetErrorMessage("sheet-not-found", s), sheetErrorMessage("sheet-not-found", s, "en")) };
  }
  const r = parseSheet(grid, parseOptionsOf(rules));
  if (!r.ok) {
    // A sheet that looks like a performance table but fits no layout: say which header words were there and which not.
    const words = r.code === "not-a-target-table" ? r.headerWords : undefined;
    return { ok: false, file, code: r.code, sheet: r.sheet, message: bilingual(sheetErrorMessage(r.code, r.sheet, "zh-CN", words), sheetErrorMessage(r.code, r.sheet, "en", words)) };
  }
  // A stored rule set that could not be read matters only when it would have been used.
  const notices = records.notices.filter((n) => given === undefined || n.code !== "stored-rules-unreadable");
  return { ok: true, file, parsed: r.value, grid, rules, review: records.review, notices };
}

export interface WorkbookRecords {
  /** The rule set saved in the workbook (by the pane or a review), when there is a valid one. */
  rules: RuleSet | null;
  review: ReviewState | null;
  notices: StoredNotice[];
}

/** What an .xlsx carries besides its sheets: its rule set and review (§13), so `check` sees what the pane sees. */
async function workbookRecords(settings: Record<string, string>): Promise<WorkbookRecords> {
  const getSetting = async (key: string) => settings[key] ?? null;
  const stored = await loadRules({ getSetting });
  const review = parseReviewState(await getSetting(REVIEW_SETTING_KEY));
  const notices: StoredNotice[] = [];
  if (!review.ok) notices.push({ code: "stored-review-unreadable" });
  if (stored.problem) notices.push({ code: "stored-rules-unreadable", issues: stored.problem });
  return { rules: stored.origin === "default" ? null : stored.rules, review: review.ok ? review.state : null, notices };
}

/** The §11 `parse --json` object. */
export function parseJson(file: string, p: SheetParse, locale: Locale) {
  return {
    file,
    sheet: p.sheet,
    kind: p.kind,
    layout: p.layout,
    moneyUnit: p.moneyUnit,
    ...(p.year !== undefined ? { year: p.year } : {}),
    projects: p.projects,
    indicators: p.indicators,
    findings: p.findings.map((f) => withMessage(f, locale)),
  };
}

/**
 * The §11 `check --json` object. With a review (an .xlsx reviewed in the pane or by `perftarget review`), findings
 * a supervisor accepted are listed apart under `accepted` with their reasons, and left out of the summary.
 */
export function checkJson(file: string, p: SheetParse, locale: Locale, rules: RuleSet = DEFAULT_RULES, review?: { state: ReviewState; grid: Grid }, notices: readonly StoredNotice[] = [], extra: readonly Finding[] = []) {
  // `extra`: findings from outside the sheet (S10, against the approved target table), in place order with the rest.
  const findings: Finding[] = extra.length ? sortFindings([...checkSheet(p, rules), ...extra]) : checkSheet(p, rules);
  const split = review ? applyReview(findings, review.state.sheets[p.sheet], review.grid) : null;
  const open = split ? split.open : findings;
  return {
    file,
    sheet: p.sheet,
    kind: p.kind,
    rules: { name: rules.name, version: rules.version },
    findings: open.map((f) => ({ ...withMessage(f, locale), dimension: dimensionOf(f.code, rules.dimensions) })),
    ...(split && split.accepted.length
      ? { accepted: split.accepted.map(({ finding, acceptance: a }) => ({ ...withMessage(finding, locale), dimension: dimensionOf(finding.code, rules.dimensions), reason: a.reason, who: a.who, when: a.when })) }
      : {}),
    summary: summarize(open),
    ...(notices.length ? { notices: notices.map((n) => ({ code: n.code, message: storedNoticeText(n, locale) })) } : {}),
  };
}
