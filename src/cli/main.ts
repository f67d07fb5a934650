#!/usr/bin/env node
/**
 * perftarget — the CLI front door (§11): `parse FILE`, `check FILE|DIR`, readable tables or `--json`, and
 * `annotate FILE|DIR -o OUT` (annotate.ts), `review FILE -o OUT` (review-cmd.ts), `check --rules` and `rules --list|--export` (rules-cmd.ts). Exit codes: 0 fine, 1 an error finding (check, annotate),
 * 2 unreadable input or bad usage (one line on stderr, zh + en).
 */
import * as fs from "fs";
import * as path from "path";
import { CheckJsonSchema, DEFAULT_RULES, ParseJsonSchema, RuleSet } from "../core";
import { Locale, catalogues } from "../i18n";
import { runAnnotate } from "./annotate";
import { Progress, ttyProgress } from "./progress";
import { checkJson, parseFile, parseJson } from "./run-file";
import { renderTable } from "./text-table";
import { TEMPLATE_USAGE, runTemplate } from "./template";
import { RULES_USAGE, loadRules, ruleSetLabel, runRules } from "./rules-cmd";
import { REVIEW_USAGE, runReview } from "./review-cmd";

const USAGE = `用法 / Usage:
  perftarget parse FILE [--sheet NAME] [--json] [--lang zh-CN|en]
  perftarget check FILE|DIR [--rules RULES.json|builtin:NAME] [--sheet NAME] [--json] [--lang zh-CN|en]
  perftarget annotate FILE -o OUT.xlsx | annotate DIR -o OUTDIR [--rules RULES.json|builtin:NAME] [--sheet NAME] [--lang zh-CN|en]
${TEMPLATE_USAGE}
${RULES_USAGE}
${REVIEW_USAGE}
FILE: .xlsx, .csv, .tsv, .txt（制表符分隔 / tab-separated）`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** A progress bar for long runs (annotate), given only when stderr is a terminal. */
  progress?: Progress;
}

interface Args {
  command: string;
  target: string;
  sheet?: string;
  json: boolean;
  lang: Locale;
  output?: string;
  /** `--rules` as given (a file or builtin:NAME); loaded before any file is read. */
  rules?: string;
}

function parseArgs(argv: string[]): Args | string {
  const rest: string[] = [];
  let sheet: string | undefined;
  let json = false;
  let lang: Locale = "zh-CN";
  let output: string | undefined;
  let rules: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--sheet") sheet = argv[++i];
    else if (a === "-o" || a === "--output") {
      output = argv[++i];
      if (output === undefined) return `${a} 需要输出路径 / ${a} needs an output path`;
    }
    else if (a === "--rules") {
      rules = argv[++i];
      if (rules === undefined) return `--rules 需要规则集文件或 builtin:名称 / --rules needs a rule-set file or builtin:NAME`;
    }
    else if (a === "--lang") {
      const l = argv[++i];
      if (l !== "zh-CN" && l !== "en") return `未知语言 / unknown language: ${l}`;
      lang = l;
    } else if (a.startsWith("--")) return `未知选项 / unknown option: ${a}`;
    else rest.push(a);
  }
  if (rest.length !== 2 || !["parse", "check", "annotate"].includes(rest[0])) return USAGE;
  if (output !== undefined && rest[0] !== "annotate") return `-o 只用于 annotate / -o is for annotate only`;
  if (rules !== undefined && rest[0] === "parse") return `--rules 只用于 check、annotate / --rules is for check and annotate only`;
  if (sheet === undefined && argv.includes("--sheet")) return `--sheet 需要工作表名称 / --sheet needs a sheet name`;
  return { command: rest[0], target: rest[1], sheet, json, lang, output, rules };
}

const SUPPORTED = /\.(xlsx|csv|tsv|txt)$/i;

function targetText(t: { raw: string } | null): string {
  return t ? t.raw : "";
}

async function runParse(a: Args, io: CliIO): Promise<number> {
  const r = await parseFile(a.target, a.sheet, DEFAULT_RULES);
  if (!r.ok) {
    io.err(r.message);
    return 2;
  }
  const p = r.parsed;
  if (a.json) {
    io.out(JSON.stringify(ParseJsonSchema.parse(parseJson(a.target, p, a.lang))));
    return 0;
  }
  const zh = a.lang === "zh-CN";
  io.out(`${a.target} · ${p.sheet} · ${zh ? "版式" : "layout"} ${p.layout} · ${p.department ?? ""} · ${p.moneyUnit ?? ""}`);
  io.out(zh ? `${p.projects.length} 个项目，${p.indicators.length} 条指标` : `${p.projects.length} projects, ${p.indicators.length} indicators`);
  const header = zh ? ["单元格", "项目", "序号", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"] : ["cell", "project", "no.", "level 1", "level 2", "indicator", "period target", "annual target"];
  const rows = p.indicators.map((i) => [
    `${i.column}${i.row}`,
    i.project,
    i.seq === null ? "" : i.group > 1 ? `${i.group}.${i.seq}` : String(i.seq),
    i.level1 ? `${i.level1.code ?? ""}${i.level1.code ? "-" : ""}${i.level1.name}` : "",
    i.level2 ? `${i.level2.code ?? ""}${i.level2.code ? "-" : ""}${i.level2.name}` : "",
    i.name,
    targetText(i.periodTarget),
    targetText(i.annualTarget),
  ]);
  io.out(renderTable(header, rows, [8, 16, 5, 10, 14, 28, 18, 18]));
  printFindings(parseJson(a.target, p, a.lang).findings, a.lang, io);
  return 0;
}

function printFindings(findings: { row: number; column: string | null; severity: "error" | "warning" | "info"; message: string }[], lang: Locale, io: CliIO): void {
  if (!findings.length) return;
  const sev = catalogues[lang].severity;
  io.out("");
  io.out(renderTable(lang === "zh-CN" ? ["单元格", "级别", "说明"] : ["cell", "severity", "message"], findings.map((f) => [`${f.column ?? ""}${f.row}`, sev[f.severity], f.message]), [8, 6, 100]));
}

/** `given` = the --rules rule set; without it each file's own rule set (an .xlsx may carry one) or the default. */
async function runCheck(a: Args, given: RuleSet | undefined, io: CliIO): Promise<number> {
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(a.target);
  } catch {
    stat = null;
  }
  if (stat?.isDirectory()) return runCheckDir(a, given, io);
  const r = await parseFile(a.target, a.sheet, given);
  if (!r.ok) {
    io.err(r.message);
    return 2;
  }
  const report = CheckJsonSchema.parse(checkJson(a.target, r.parsed, a.lang, r.rules, r.review ? { state: r.review, grid: r.grid } : undefined));
  if (a.json) io.out(JSON.stringify(report));
  else {
    const s = report.summary;
    const head = `${a.target} · ${report.sheet} · ${ruleSetLabel(r.rules, a.lang)}`;
    const n = report.accepted?.length ?? 0;
    const accepted = n ? (a.lang === "zh-CN" ? `（另有已接受 ${n} 条）` : ` (and ${n} accepted)`) : "";
    io.out(a.lang === "zh-CN" ? `${head}：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}${accepted}` : `${head}: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} notes${accepted}`);
    printFindings(report.findings, a.lang, io);
  }
  return report.summary.errors > 0 ? 1 : 0;
}

async function runCheckDir(a: Args, given: RuleSet | undefined, io: CliIO): Promise<number> {
  const files = fs
    .readdirSync(a.target)
    .filter((f) => SUPPORTED.test(f))
    .sort()
    .map((f) => path.join(a.target, f));
  const reports: unknown[] = [];
  const rows: string[][] = [];
  let code = 0;
  const used = new Set<string>();
  for (const file of files) {
    const r = await parseFile(file, a.sheet, given);
    if (!r.ok) {
      code = 2;
      reports.push({ file, error: r.code, message: r.message });
      rows.push([path.basename(file), "", "", "", "", r.message]);
      continue;
    }
    used.add(ruleSetLabel(r.rules, a.lang));
    const report = CheckJsonSchema.parse(checkJson(file, r.parsed, a.lang, r.rules, r.review ? { state: r.review, grid: r.grid } : undefined));
    if (report.summary.errors > 0 && code === 0) code = 1;
    reports.push(report);
    const s = report.summary;
    rows.push([path.basename(file), r.parsed.layout, String(s.errors), String(s.warnings), String(s.infos), ""]);
  }
  if (a.json) io.out(JSON.stringify(reports));
  else {
    io.out([...used].join(" / ") || ruleSetLabel(given ?? DEFAULT_RULES, a.lang));
    const h = a.lang === "zh-CN" ? ["文件", "版式", "错误", "警告", "提示", "说明"] : ["file", "layout", "errors", "warnings", "notes", "message"];
    io.out(renderTable(h, rows, [40, 4, 6, 6, 6, 80], [false, false, true, true, true, false]));
  }
  if (!files.length) {
    io.err(`文件夹中没有可读取的表格文件 / no .xlsx/.csv/.tsv/.txt files in ${a.target}`);
    return 2;
  }
  return code;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  // `template` has options of its own (template.ts parses them).
  if (argv[0] === "template") return runTemplate(argv.slice(1), io);
  if (argv[0] === "rules") return runRules(argv.slice(1), io);
  if (argv[0] === "review") return runReview(argv.slice(1), io);
  const a = parseArgs(argv);
  if (typeof a === "string") {
    io.err(a);
    return 2;
  }
  let given: RuleSet | undefined;
  if (a.rules !== undefined) {
    const loaded = loadRules(a.rules);
    if (!loaded.ok) {
      // Nothing is checked with a rule file that did not validate.
      for (const line of loaded.lines) io.err(line);
      return 2;
    }
    given = loaded.rules;
  }
  if (a.command === "annotate") return runAnnotate({ ...a, rules: given }, io);
  return a.command === "parse" ? runParse(a, io) : runCheck(a, given, io);
}

if (require.main === module) {
  // `perftarget parse big.xlsx | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  const progress = process.stderr.isTTY ? ttyProgress(process.stderr) : undefined;
  main(process.argv.slice(2), { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n"), progress }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not bad input: say so plainly, keep the stack for the report.
      process.stderr.write(`内部错误，请报告此问题 / internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
