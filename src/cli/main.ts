#!/usr/bin/env node
/**
 * perftarget — the CLI front door (§11): `parse FILE`, `check FILE|DIR`, readable tables or `--json`, and
 * `annotate FILE|DIR -o OUT` (annotate.ts), `review FILE -o OUT` (review-cmd.ts), `compare OLD NEW` (compare-cmd.ts), `selfeval FILE -o OUT` (selfeval-cmd.ts), `check --rules` and `rules --list|--export` (rules-cmd.ts). Exit codes: 0 fine, 1 an error finding (check, annotate),
 * 2 unreadable input or bad usage (one line on stderr, zh + en), 3 an internal error (a bug; no user file leads there).
 * `--version`/`-V`; `-q`, `--no-color`/NO_COLOR and `--jobs N` (folders over worker threads, batches.ts).
 */
// First: starts the worker threads of a folder run while the rest loads (prestart.ts).
import "./prestart";
import * as fs from "fs";
import * as path from "path";
import { approvedTargetChecks, CheckJsonSchema, DEFAULT_RULES, Finding, ParseJsonSchema, RuleSet, SheetParse } from "../core";
import { CLI_COMMANDS, CliCommand, Locale, catalogues, cliBoth, cliStrings, cliUsage, storedNoticeLine } from "../i18n";
import { runAnnotate } from "./annotate";
import { CliIO, OUTPUT_OPTIONS, OptionSpecs, SeverityPaint, Stop, isStop, jobsOption, langOption, note, parseCommand, quietly, refuse, severityPaint, stopWith, usageError } from "./args";
import { runAnnotateDir, runCheckDir } from "./batches";
import { stepsOn, ttyProgress } from "./progress";
import { checkJson, parseFile, parseJson } from "./run-file";
import { renderTable } from "./text-table";
import { runTemplate } from "./template";
import { loadRules, ruleSetLine, runRules } from "./rules-cmd";
import { runReview } from "./review-cmd";
import { runCompare } from "./compare-cmd";
import { runSelfEval } from "./selfeval-cmd";

export type { CliIO } from "./args";

interface Args {
  command: "parse" | "check" | "annotate";
  target: string;
  sheet?: string;
  json: boolean;
  lang: Locale;
  output?: string;
  /** `--rules` as given (a file or builtin:NAME); loaded before any file is read. */
  rules?: string;
  quiet: boolean;
  noColor: boolean;
  /** `--jobs N` for a folder; none: one per core. */
  jobs?: number;
  /** `check SELFEVAL --targets TARGET_TABLE` (S10): the approved target table a 绩效自评表 is held to. */
  targets?: string;
}

/**
 * parse, check and annotate share one set of options, as they always have; the ones a command cannot use are
 * refused by name below rather than as unknown, which says more.
 */
const TABLE_OPTIONS = {
  sheet: { type: "string", value: "sheet" },
  json: { type: "boolean" },
  lang: { type: "string", value: "lang" },
  output: { type: "string", short: "o", value: "output" },
  rules: { type: "string", value: "rules" },
  jobs: { type: "string", value: "jobs" },
  targets: { type: "string", value: "targets" },
  ...OUTPUT_OPTIONS,
} satisfies OptionSpecs;

function tableArgs(command: Args["command"], argv: string[]): Args | Stop {
  const p = parseCommand(command, argv, TABLE_OPTIONS);
  if (isStop(p)) return p;
  const v = p.values;
  const lang = langOption(v.lang);
  if (isStop(lang)) return lang;
  if (p.positionals.length !== 1) return usageError(command);
  if (v.output !== undefined && command !== "annotate") return refuse(cliBoth((s) => s.args.outputOnlyAnnotate));
  if (v.rules !== undefined && command === "parse") return refuse(cliBoth((s) => s.args.rulesOnlyCheck));
  if (v.quiet && command === "parse") return refuse(cliBoth((s) => s.args.onlyFor("--quiet", "check, annotate, review, compare")));
  if (v.jobs !== undefined && command === "parse") return refuse(cliBoth((s) => s.args.onlyFor("--jobs", "check, annotate")));
  if (v.quiet && v.json) return refuse(cliBoth((s) => s.args.quietOrJson));
  if (v.targets !== undefined && command !== "check") return refuse(cliBoth((s) => s.args.onlyFor("--targets", "check")));
  const jobs = jobsOption(v.jobs);
  if (isStop(jobs)) return jobs;
  return { command, target: p.positionals[0], sheet: v.sheet, json: v.json ?? false, lang, output: v.output, rules: v.rules, quiet: v.quiet ?? false, noColor: v["no-color"] ?? false, jobs, ...(v.targets !== undefined ? { targets: v.targets } : {}) };
}

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
  const t = cliStrings(a.lang).parse;
  io.out(`${a.target} · ${p.sheet} · ${t.layout} ${cliStrings(a.lang).kind(p.kind, p.layout)} · ${p.department ?? ""} · ${p.moneyUnit ?? ""}`);
  io.out(t.counts(p.projects.length, p.indicators.length));
  const header = t.header;
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
  printFindings(parseJson(a.target, p, a.lang).findings, a.lang, io, paintFor(a, io));
  return 0;
}

const paintFor = (a: Args, io: CliIO): SeverityPaint => severityPaint(io, { "no-color": a.noColor, json: a.json });

function printFindings(findings: { row: number; column: string | null; severity: "error" | "warning" | "info"; message: string }[], lang: Locale, io: CliIO, paint: SeverityPaint): void {
  if (!findings.length) return;
  const sev = catalogues[lang].severity;
  io.out("");
  const rows = findings.map((f) => [`${f.column ?? ""}${f.row}`, sev[f.severity], f.message]);
  io.out(renderTable(cliStrings(lang).findingsHeader, rows, [8, 6, 100], [], (text, row, column) => (column === 1 ? paint(findings[row].severity, text) : text)));
}

/** `given` = the --rules rule set; without it each file's own rule set (an .xlsx may carry one) or the default. */
async function runCheck(a: Args, given: RuleSet | undefined, io: CliIO): Promise<number> {
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(a.target);
  } catch {
    stat = null;
  }
  if (stat?.isDirectory() && a.targets !== undefined) {
    io.err(cliBoth((s) => s.args.targetsOneFile));
    return 2;
  }
  if (stat?.isDirectory()) return runCheckDir(a.target, { sheet: a.sheet, lang: a.lang, rulesSpec: a.rules, rules: given, jobs: a.jobs, json: a.json }, io);
  // One big file takes seconds (§10): the bar shows reading, then checking.
  const step = stepsOn(io.progress, ["read", "check"], path.basename(a.target));
  step("read");
  const r = await parseFile(a.target, a.sheet, given);
  step("check");
  if (!r.ok) {
    io.progress?.end();
    io.err(r.message);
    return 2;
  }
  const approved = a.targets === undefined ? [] : await approvedFindings(r.parsed, a.targets, r.rules, io);
  if (approved === null) return io.progress?.end(), 2;
  const report = CheckJsonSchema.parse(checkJson(a.target, r.parsed, a.lang, r.rules, r.review ? { state: r.review, grid: r.grid } : undefined, r.notices, approved));
  io.progress?.end();
  for (const n of r.notices) note(io, storedNoticeLine(n));
  if (a.json) io.out(JSON.stringify(report));
  else {
    const s = report.summary;
    const head = `${a.target} · ${report.sheet} · ${ruleSetLine(r.rules, a.lang)}`;
    const n = report.accepted?.length ?? 0;
    const t = cliStrings(a.lang).check;
    io.out(t.summary(head, s, n ? t.accepted(n) : ""));
    printFindings(report.findings, a.lang, io, paintFor(a, io));
  }
  return report.summary.errors > 0 ? 1 : 0;
}

/**
 * S10: the self-evaluation's findings against the approved target table (its first target sheet). Null when that
 * file cannot be read (said on stderr: exit 2) or is no target table.
 */
async function approvedFindings(selfEval: SheetParse, file: string, rules: RuleSet, io: CliIO): Promise<Finding[] | null> {
  if (selfEval.kind !== "self-evaluation") return refuseNull(io, cliBoth((s) => s.args.targetsNeedSelfEval(selfEval.sheet)));
  const t = await parseFile(file, undefined, rules);
  if (!t.ok) return refuseNull(io, t.message);
  if (t.parsed.kind !== "target") return refuseNull(io, cliBoth((s) => s.args.targetsNotTarget(file)));
  return approvedTargetChecks(selfEval, t.parsed, rules);
}

function refuseNull(io: CliIO, text: string): null {
  io.err(text);
  return null;
}

/** The version in package.json, read when asked: `../../package.json` from src/cli and from lib/cli alike. */
export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown };
  return String(pkg.version);
}

/** `perftarget`, `perftarget help [COMMAND]`, `--help`, `-h`: usage (stdout, exit 0); nothing at all: usage as a refusal. */
function helpStop(argv: string[]): Stop | undefined {
  const [first, second] = argv;
  if (first === undefined) return refuse(cliUsage());
  if (first === "--help" || first === "-h") return { stop: 0, text: cliUsage() };
  if (first === "--version" || first === "-V") return { stop: 0, text: `perftarget ${packageVersion()}` };
  if (first !== "help") return undefined;
  if (second === undefined) return { stop: 0, text: cliUsage() };
  return isCommand(second) ? { stop: 0, text: cliUsage([second]) } : refuse(cliBoth((s) => s.args.unknownCommand(second)));
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const isCommand = (c: string): c is CliCommand => (CLI_COMMANDS as readonly string[]).includes(c);

export async function main(argv: string[], io: CliIO): Promise<number> {
  const help = helpStop(argv);
  if (help) return stopWith(help, io);
  const [command, ...rest] = argv;
  if (command === "template") return runTemplate(rest, io);
  if (command === "rules") return runRules(rest, io);
  if (command === "review") return runReview(rest, io);
  if (command === "compare") return runCompare(rest, io);
  if (command === "selfeval") return runSelfEval(rest, io);
  if (command !== "parse" && command !== "check" && command !== "annotate") {
    return stopWith(command.startsWith("-") ? refuse(cliBoth((s) => s.args.unknownOption(command))) : refuse(cliBoth((s) => s.args.unknownCommand(command))), io);
  }
  const a = tableArgs(command, rest);
  if (isStop(a)) return stopWith(a, io);
  return runTable(a, quietly(io, a.quiet));
}

async function runTable(a: Args, io: CliIO): Promise<number> {
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
  if (a.command === "annotate") {
    if (isDirectory(a.target)) return runAnnotateDir(a.target, { sheet: a.sheet, lang: a.lang, rulesSpec: a.rules, rules: given, jobs: a.jobs, output: a.output }, io);
    return runAnnotate({ ...a, rules: given }, io);
  }
  return a.command === "parse" ? runParse(a, io) : runCheck(a, given, io);
}

if (require.main === module) {
  // `perftarget parse big.xlsx | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  const progress = process.stderr.isTTY ? ttyProgress(process.stderr) : undefined;
  const io: CliIO = { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n"), progress, stdoutTTY: process.stdout.isTTY === true, env: process.env };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not bad input: say so plainly, keep the stack for the report.
      process.stderr.write(`${cliBoth((s) => s.internalError)}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
