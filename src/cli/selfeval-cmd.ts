/**
 * `perftarget selfeval FILE -o OUT.xlsx [--shape anhui|sichuan] [--sheet NAME] [--rules RULES.json|builtin:NAME]
 * [--year YYYY]`: 从目标表生成自评表 on a file, through the same action as the pane over the .xlsx adapter. The output
 * is a copy of the workbook with the new 绩效自评表 sheet; the input is never overwritten. The rule set (its
 * selfEvaluation section: budget share, 反向 formula) is --rules, else the workbook's own, else the default.
 * Exit codes: 0 written, 2 bad usage, unreadable input or a refusal (nothing written).
 */
import * as path from "path";
import { stepsOn } from "./progress";
import { makeSelfEvaluation } from "../actions/selfeval-actions";
import { loadRules as loadStoredRules } from "../actions/rule-store";
import type { ActionErrorCode } from "../actions/result";
import { pickSheet, SELF_EVAL_SHAPES, type RuleSet, type SelfEvalShape } from "../core";
import { Locale, bilingual, cliBoth, selfEvalErrorText, selfEvalStrings, sheetErrorMessage, storedNoticeLine } from "../i18n";
import { CliIO, OUTPUT_OPTIONS, OptionSpecs, Stop, isStop, langOption, note, parseCommand, quietly, refuse, stopWith, usageError } from "./args";
import { recordNotices } from "./annotate";
import { loadRules } from "./rules-cmd";
import { loadFailureText, openWorkbookFile, writeWorkbookFile } from "./workbook-file";

interface SelfEvalArgs {
  file: string;
  output: string;
  shape: SelfEvalShape;
  sheet?: string;
  rules?: string;
  year?: number;
  lang: Locale;
  quiet: boolean;
}

const SELFEVAL_OPTIONS = {
  output: { type: "string", short: "o", value: "output" },
  shape: { type: "string", value: "shape" },
  sheet: { type: "string", value: "sheet" },
  rules: { type: "string", value: "rules" },
  year: { type: "string", value: "year" },
  lang: { type: "string", value: "lang" },
  ...OUTPUT_OPTIONS,
} satisfies OptionSpecs;

const isShape = (v: string): v is SelfEvalShape => (SELF_EVAL_SHAPES as readonly string[]).includes(v);

function selfEvalArgs(argv: string[]): SelfEvalArgs | Stop {
  const p = parseCommand("selfeval", argv, SELFEVAL_OPTIONS);
  if (isStop(p)) return p;
  const v = p.values;
  const lang = langOption(v.lang);
  if (isStop(lang)) return lang;
  if (p.positionals.length !== 1 || v.output === undefined) return usageError("selfeval");
  const shape = v.shape ?? "anhui";
  if (!isShape(shape)) return refuse(cliBoth((s) => s.args.unknownShape(shape)));
  if (v.year !== undefined && !/^(19|20|21)\d\d$/.test(v.year)) {
    const year = v.year;
    return refuse(cliBoth((s) => s.args.yearNumber(year)));
  }
  if (path.resolve(p.positionals[0]) === path.resolve(v.output)) return refuse(cliBoth((s) => s.args.sameFile));
  return { file: p.positionals[0], output: v.output, shape, sheet: v.sheet, rules: v.rules, year: v.year === undefined ? undefined : Number(v.year), lang, quiet: v.quiet ?? false };
}

function refusal(code: ActionErrorCode, detail = "", headerWords?: { found: readonly string[]; missing: readonly string[] }): string {
  if (code === "sheet-empty" || code === "not-a-target-table") return bilingual(sheetErrorMessage(code, detail, "zh-CN", headerWords), sheetErrorMessage(code, detail, "en", headerWords));
  return bilingual(selfEvalErrorText(code, detail, "zh-CN"), selfEvalErrorText(code, detail, "en"));
}

export async function runSelfEval(argv: string[], given: CliIO): Promise<number> {
  const a = selfEvalArgs(argv);
  if (isStop(a)) return stopWith(a, given);
  const io = quietly(given, a.quiet);

  // A rule file that does not validate stops before the workbook is read.
  let ruleSet: RuleSet | undefined;
  if (a.rules !== undefined) {
    const r = loadRules(a.rules);
    if (!r.ok) return r.lines.forEach((l) => io.err(l)), 2;
    ruleSet = r.rules;
  }
  // Over a second on a big table (§10): the bar shows reading, working out and writing.
  const step = stepsOn(io.progress, ["open", "read", "work", "write", "save"], path.basename(a.file));
  step("open");
  const opened = await openWorkbookFile(a.file);
  if (!opened.ok) return io.err(loadFailureText(opened.code)), 2;
  const port = opened.adapter;
  for (const n of recordNotices(port)) note(io, storedNoticeLine(n));
  const stored = await loadStoredRules(port);
  if (!ruleSet && stored.problem) note(io, storedNoticeLine({ code: "stored-rules-unreadable", issues: stored.problem }));
  const rules = ruleSet ?? stored.rules;

  const grid = pickSheet(await Promise.all((await port.sheetNames()).map((n) => port.readSheet(n))), a.sheet);
  if (!grid) return io.err(refusal("sheet-not-found", a.sheet ?? "")), 2;
  const r = await makeSelfEvaluation(port, { sheet: grid.name, shape: a.shape, rules, step, ...(a.year === undefined ? {} : { year: a.year }) });
  if (!r.ok) return io.progress?.end(), io.err(refusal(r.code, r.detail, r.headerWords)), 2;
  step("save");
  await writeWorkbookFile(a.output, port);
  io.progress?.end();
  io.out(selfEvalStrings(a.lang).written({ source: r.value.source, sheet: r.value.sheet, blocks: r.value.blocks.length, shape: a.shape, output: a.output }));
  return 0;
}
