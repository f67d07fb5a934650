/**
 * `perftarget review FILE -o OUT.xlsx [--review REVIEW.json] [--rules RULES.json|builtin:NAME] [--sheet NAME]
 *  [--reviewer NAME] [--date YYYY-MM-DD]`: apply a supervisor's decisions (accept / reopen / verdicts) to the
 * workbook's review state, re-check (marks + 校验结果 with 审核状态), and write the printable 审核意见 sheet.
 * All or nothing: a bad review file, rule file or stored review stops before anything is written (exit 2).
 * Exit 1 when error findings are still open, as `check`.
 */
import * as fs from "fs";
import * as path from "path";
import { runCheck } from "../actions/actions";
import { applyReviewFile, writeReviewSheet } from "../actions/review-actions";
import { loadRules as loadStoredRules, saveRules } from "../actions/rule-store";
import { parseReviewInput, pickSheet, RuleSet } from "../core";
import { Locale, bilingual, findingMessages } from "../i18n";
import { ruleSetErrorLines } from "../i18n/rule-set-errors";
import { loadFailureText, openWorkbookFile, writeWorkbookFile } from "./workbook-file";
import { actionMessage } from "./annotate";
import { loadRules, ruleSetLabel } from "./rules-cmd";

export const REVIEW_USAGE = `  perftarget review FILE -o OUT.xlsx [--review REVIEW.json] [--rules RULES.json|builtin:NAME] [--sheet NAME] [--reviewer NAME] [--date YYYY-MM-DD]`;

interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
}

interface ReviewArgs {
  file: string;
  output: string;
  review?: string;
  rules?: string;
  sheet?: string;
  reviewer?: string;
  date: string;
  lang: Locale;
}

const today = (d = new Date()) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

function parseArgs(argv: string[]): ReviewArgs | string {
  const rest: string[] = [];
  const opts: Record<string, string> = {};
  let lang: Locale = "zh-CN";
  const VALUED = ["-o", "--output", "--review", "--rules", "--sheet", "--reviewer", "--date", "--lang"];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (VALUED.includes(a)) {
      const v = argv[++i];
      if (v === undefined) return `${a} 需要一个值 / ${a} needs a value`;
      opts[a === "--output" ? "-o" : a] = v;
    } else if (a.startsWith("-")) return `未知选项 / unknown option: ${a}`;
    else rest.push(a);
  }
  if (opts["--lang"] !== undefined) {
    if (opts["--lang"] !== "zh-CN" && opts["--lang"] !== "en") return `未知语言 / unknown language: ${opts["--lang"]}`;
    lang = opts["--lang"];
  }
  if (rest.length !== 1 || opts["-o"] === undefined) return `用法 / Usage:\n${REVIEW_USAGE}`;
  const date = opts["--date"] ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `--date 应为 YYYY-MM-DD / --date must be YYYY-MM-DD: ${date}`;
  return { file: rest[0], output: opts["-o"], review: opts["--review"], rules: opts["--rules"], sheet: opts["--sheet"], reviewer: opts["--reviewer"], date, lang };
}

export async function runReview(argv: string[], io: IO): Promise<number> {
  const a = parseArgs(argv);
  if (typeof a === "string") return io.err(a), 2;
  if (path.resolve(a.file) === path.resolve(a.output)) return io.err("输出文件不能与输入文件相同 / the output must not overwrite the input"), 2;

  // Everything that can be refused is read and validated before the workbook is touched.
  let given: RuleSet | undefined;
  if (a.rules !== undefined) {
    const r = loadRules(a.rules);
    if (!r.ok) return r.lines.forEach((l) => io.err(l)), 2;
    given = r.rules;
  }
  let input = undefined;
  if (a.review !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(a.review, "utf8");
    } catch {
      return io.err(bilingual(`无法读取审核文件：${a.review}`, `cannot read the review file: ${a.review}`)), 2;
    }
    const parsed = parseReviewInput(text);
    if (!parsed.ok) return [bilingual(`审核文件无效：${a.review}`, `invalid review file: ${a.review}`), ...ruleSetErrorLines(parsed.errors)].forEach((l) => io.err(l)), 2;
    input = parsed.input;
  }
  const opened = await openWorkbookFile(a.file);
  if (!opened.ok) return io.err(loadFailureText(opened.code)), 2;
  const port = opened.adapter;

  const stored = await loadStoredRules(port);
  if (!given && stored.problem) io.err(bilingual("工作簿中保存的规则集无效，改用内置默认规则集。", "The rule set saved in the workbook is invalid; using the built-in default."));
  const rules = given ?? stored.rules;
  // A rule set given on the command line becomes the workbook's, so the next reviewer checks with the same rules.
  if (given) await saveRules(port, given);

  const grids = await Promise.all((await port.sheetNames()).map((n) => port.readSheet(n)));
  const sheetName = input?.sheet ?? a.sheet;
  const grid = pickSheet(grids, sheetName);
  if (!grid) return io.err(actionMessage("sheet-not-found", sheetName ?? "")), 2;
  const who = input?.reviewer ?? a.reviewer ?? "";

  if (input) {
    const r = await applyReviewFile(port, grid.name, input, { who, when: new Date().toISOString() }, { rules, message: findingMessages(a.lang) });
    if (!r.ok) return io.err(actionMessage(r.code, r.detail)), 2;
    if (!r.value.ok) return [bilingual(`审核文件与表格不符：${a.review}`, `the review file does not match the table: ${a.review}`), ...ruleSetErrorLines(r.value.errors)].forEach((l) => io.err(l)), 2;
  }

  await port.select(grid.name, "A1");
  const check = await runCheck(port, { rules, message: findingMessages(a.lang) });
  if (!check.ok) return io.err(actionMessage(check.code, check.detail)), 2;
  const sheet = await writeReviewSheet(port, grid.name, { date: a.date, ...(who ? { reviewer: who } : {}) }, { rules, message: findingMessages(a.lang), activate: true });
  if (!sheet.ok) return io.err(actionMessage(sheet.code, sheet.detail)), 2;

  await writeWorkbookFile(a.output, port);

  const s = check.value.summary;
  const zh = a.lang === "zh-CN";
  const label = ruleSetLabel(rules, a.lang);
  io.out(zh
    ? `${a.file} · ${grid.name} · ${label}：未解决 ${check.value.review.open.length}（错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}），已接受 ${sheet.value.accepted}，项目结论 ${sheet.value.verdicts} 个 → ${a.output}（${sheet.value.sheet}）`
    : `${a.file} · ${grid.name} · ${label}: ${check.value.review.open.length} open (${s.errors} errors, ${s.warnings} warnings, ${s.infos} notes), ${sheet.value.accepted} accepted, ${sheet.value.verdicts} verdicts → ${a.output} (${sheet.value.sheet})`);
  return s.errors > 0 ? 1 : 0;
}
