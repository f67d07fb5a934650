/**
 * `perftarget review FILE -o OUT.xlsx [--review REVIEW.json] [--rules RULES.json|builtin:NAME] [--sheet NAME]
 *  [--reviewer NAME] [--date YYYY-MM-DD]`: apply a supervisor's decisions (accept / reopen / verdicts) to the
 * workbook's review state, re-check (marks + 校验结果 with 审核状态), and write the printable 审核意见 sheet.
 * All or nothing: a bad review file, rule file or stored review stops before anything is written (exit 2).
 * Exit 1 when error findings are still open, as `check`. `-q`: only errors on stderr, nothing on stdout.
 */
import * as fs from "fs";
import * as path from "path";
import { runCheck } from "../actions/actions";
import { applyReviewFile, writeReviewSheet } from "../actions/review-actions";
import { loadRules as loadStoredRules, saveRules } from "../actions/rule-store";
import { parseReviewInput, pickSheet, RuleSet } from "../core";
import { Locale, cliBoth, cliStrings, draftOpinion, findingKinds, findingMessages, ruleSetErrorLines, storedNoticeLine } from "../i18n";
import { CliIO, OUTPUT_OPTIONS, OptionSpecs, Stop, isStop, langOption, note, parseCommand, quietly, refuse, stopWith, usageError } from "./args";
import { loadFailureText, openWorkbookFile, writeWorkbookFile } from "./workbook-file";
import { actionMessage, recordNotices } from "./annotate";
import { loadRules, ruleSetLine } from "./rules-cmd";


interface ReviewArgs {
  file: string;
  output: string;
  review?: string;
  rules?: string;
  sheet?: string;
  reviewer?: string;
  date: string;
  lang: Locale;
  quiet: boolean;
}

const today = (d = new Date()) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

const REVIEW_OPTIONS = {
  output: { type: "string", short: "o", value: "output" },
  review: { type: "string", value: "review" },
  rules: { type: "string", value: "rules" },
  sheet: { type: "string", value: "sheet" },
  reviewer: { type: "string", value: "reviewer" },
  date: { type: "string", value: "date" },
  lang: { type: "string", value: "lang" },
  ...OUTPUT_OPTIONS,
} satisfies OptionSpecs;

function reviewArgs(argv: string[]): ReviewArgs | Stop {
  const p = parseCommand("review", argv, REVIEW_OPTIONS);
  if (isStop(p)) return p;
  const v = p.values;
  const lang = langOption(v.lang);
  if (isStop(lang)) return lang;
  if (p.positionals.length !== 1 || v.output === undefined) return usageError("review");
  const date = v.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return refuse(cliBoth((s) => s.args.dateFormat(date)));
  return { file: p.positionals[0], output: v.output, review: v.review, rules: v.rules, sheet: v.sheet, reviewer: v.reviewer, date, lang, quiet: v.quiet ?? false };
}

export async function runReview(argv: string[], given: CliIO): Promise<number> {
  const a = reviewArgs(argv);
  if (isStop(a)) return stopWith(a, given);
  const io = quietly(given, a.quiet);
  if (path.resolve(a.file) === path.resolve(a.output)) return io.err(cliBoth((s) => s.args.sameFile)), 2;

  // Everything that can be refused is read and validated before the workbook is touched.
  let ruleSet: RuleSet | undefined;
  if (a.rules !== undefined) {
    const r = loadRules(a.rules);
    if (!r.ok) return r.lines.forEach((l) => io.err(l)), 2;
    ruleSet = r.rules;
  }
  let input = undefined;
  if (a.review !== undefined) {
    const file = a.review;
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      return io.err(cliBoth((s) => s.files.cannotReadReview(file))), 2;
    }
    const parsed = parseReviewInput(text);
    if (!parsed.ok) return [cliBoth((s) => s.files.invalidReview(file)), ...ruleSetErrorLines(parsed.errors)].forEach((l) => io.err(l)), 2;
    input = parsed.input;
  }
  const opened = await openWorkbookFile(a.file);
  if (!opened.ok) return io.err(loadFailureText(opened.code)), 2;
  const port = opened.adapter;
  for (const n of recordNotices(port)) note(io, storedNoticeLine(n));

  const stored = await loadStoredRules(port);
  if (!ruleSet && stored.problem) note(io, storedNoticeLine({ code: "stored-rules-unreadable", issues: stored.problem }));
  const rules = ruleSet ?? stored.rules;
  // A rule set given on the command line becomes the workbook's, so the next reviewer checks with the same rules.
  if (ruleSet) await saveRules(port, ruleSet);

  const grids = await Promise.all((await port.sheetNames()).map((n) => port.readSheet(n)));
  const sheetName = input?.sheet ?? a.sheet;
  const grid = pickSheet(grids, sheetName);
  if (!grid) return io.err(actionMessage("sheet-not-found", sheetName ?? "")), 2;
  const who = input?.reviewer ?? a.reviewer ?? "";

  if (input) {
    const r = await applyReviewFile(port, grid.name, input, { who, when: new Date().toISOString() }, { rules, message: findingMessages(a.lang) });
    if (!r.ok) return io.err(actionMessage(r.code, r.detail)), 2;
    if (!r.value.ok) return [cliBoth((s) => s.files.reviewMismatch(a.review ?? "")), ...ruleSetErrorLines(r.value.errors)].forEach((l) => io.err(l)), 2;
  }

  await port.select(grid.name, "A1");
  const check = await runCheck(port, { rules, message: findingMessages(a.lang), kind: findingKinds() });
  if (!check.ok) return io.err(actionMessage(check.code, check.detail)), 2;
  const sheet = await writeReviewSheet(port, grid.name, { date: a.date, ...(who ? { reviewer: who } : {}) }, { rules, message: findingMessages(a.lang), opinion: draftOpinion, activate: true });
  if (!sheet.ok) return io.err(actionMessage(sheet.code, sheet.detail)), 2;

  await writeWorkbookFile(a.output, port);

  const s = check.value.summary;
  const head = `${a.file} · ${grid.name} · ${ruleSetLine(rules, a.lang)}`;
  io.out(cliStrings(a.lang).review.summary(head, { open: check.value.review.open.length, counts: s, accepted: sheet.value.accepted, verdicts: sheet.value.verdicts, output: a.output, sheet: sheet.value.sheet }));
  return s.errors > 0 ? 1 : 0;
}
