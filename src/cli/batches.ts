/**
 * `check DIR` and `annotate DIR`: one task per file, spread over worker threads (pool.ts) — one per core unless
 * `--jobs N` says otherwise — and printed in the files' order once all have settled, so the output is the same
 * byte for byte whatever the number of jobs. A file that cannot be read, or whose check throws or kills its
 * thread, gets a row saying why (exit 2, as an unreadable file always had); the others go on.
 *
 * Workers run the compiled lib/cli/batch-worker.js. Under ts-jest (this file is .ts) there is no such script and
 * the files run in-process one after another — the same function, the same rows; the threads themselves are
 * tested with a plain-JS worker (test/cli/batches.test.ts) and against the build (the built CLI's test).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { CheckJsonSchema, DEFAULT_RULES, RuleSet, ruleSetLabel } from "../core";
import { Locale, cliBoth, cliStrings, storedNoticeLine } from "../i18n";
import { SUMMARY_FILE, SUPPORTED, annotateFile, outputName, unkeptNote } from "./annotate";
import { CliIO, note } from "./args";
import { NullProgress } from "./progress";
import { loadRules, ruleSetLine } from "./rules-cmd";
import { checkJson, parseFile } from "./run-file";
import { renderTable } from "./text-table";
import { escapeForSave, writeNewSheet } from "../hosts/xlsx/xlsx.cells";
import { runPool } from "./pool";

/** One file's work, as plain data a worker thread can receive. `rules` is the --rules value, loaded where it runs. */
export type FileTask =
  | { kind: "check"; file: string; sheet?: string; lang: Locale; rules?: string }
  | { kind: "annotate"; file: string; name: string; output: string; outName: string; sheet?: string; lang: Locale; rules?: string };

/** One file's row and everything else it prints, as plain data. */
export interface FileResult {
  code: 0 | 1 | 2;
  row: string[];
  /** Notices for stderr, already named by file (left out under --quiet). */
  notes: string[];
  /** Why the file could not be read or checked (stderr under --quiet, where the table is not printed). */
  failure?: string;
  /** check --json: the report, or the error object. */
  json?: unknown;
  /** check: the rule set used, for the line above the table. */
  ruleLine?: string;
}

const loaded = new Map<string, RuleSet>();

/** The --rules value was validated before any file was read; a worker loads it once. */
function rulesFor(spec: string | undefined, given: RuleSet | undefined): RuleSet | undefined {
  if (given || spec === undefined) return given;
  let r = loaded.get(spec);
  if (!r) {
    const l = loadRules(spec);
    if (!l.ok) throw new Error(l.lines.join("; "));
    r = l.rules;
    loaded.set(spec, r);
  }
  return r;
}

/** One file, here or in a worker. `given`: the rule set already loaded in-process. */
export async function runFileTask(task: FileTask, given?: RuleSet): Promise<FileResult> {
  const rules = rulesFor(task.rules, given);
  return task.kind === "check" ? checkOne(task, rules) : annotateOne(task, rules);
}

async function checkOne(task: Extract<FileTask, { kind: "check" }>, given: RuleSet | undefined): Promise<FileResult> {
  const { file, lang } = task;
  const name = path.basename(file);
  const r = await parseFile(file, task.sheet, given);
  if (!r.ok) return { code: 2, row: [name, "", "", "", "", r.message], notes: [], failure: r.message, json: { file, error: r.code, message: r.message } };
  const report = CheckJsonSchema.parse(checkJson(file, r.parsed, lang, r.rules, r.review ? { state: r.review, grid: r.grid } : undefined, r.notices));
  const s = report.summary;
  return {
    code: s.errors > 0 ? 1 : 0,
    row: [name, cliStrings(lang).kind(r.parsed.kind, r.parsed.layout), String(s.errors), String(s.warnings), String(s.infos), ""],
    notes: r.notices.map((n) => `${name}: ${storedNoticeLine(n)}`),
    json: report,
    ruleLine: ruleSetLine(r.rules, lang),
  };
}

async function annotateOne(task: Extract<FileTask, { kind: "annotate" }>, rules: RuleSet | undefined): Promise<FileResult> {
  const f = task.name;
  const r = await annotateFile(task.file, task.output, { sheet: task.sheet, locale: task.lang, rules });
  if (!r.ok) return { code: 2, row: [f, "", "", "", "", "", "", "", "", r.message], notes: [], failure: r.message };
  const s = r.summary;
  return {
    code: s.errors > 0 ? 1 : 0,
    row: [f, r.sheet, cliStrings(task.lang).kind(r.kind, r.layout), String(r.projects), String(r.indicators), String(s.errors), String(s.warnings), String(s.infos), task.outName, cliStrings(task.lang).annotate.notes([ruleSetLabel(r.rules), unkeptNote(r.unkept)].filter(Boolean))],
    notes: r.notices.map((n) => `${f}: ${storedNoticeLine(n)}`),
  };
}

/** A file whose task threw or whose thread died: its row says so, bilingually. */
function crashed(task: FileTask, detail: string): FileResult {
  const message = cliBoth((s) => s.batch.crashed(detail));
  if (task.kind === "annotate") return { code: 2, row: [task.name, "", "", "", "", "", "", "", "", message], notes: [], failure: message };
  return { code: 2, row: [path.basename(task.file), "", "", "", "", message], notes: [], failure: message, json: { file: task.file, error: "internal-error", message } };
}

/** One per core unless --jobs says otherwise. */
export const defaultJobs = (): number => (typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length) || 1;

const WORKER = path.join(__dirname, "batch-worker.js");

/** The compiled worker, when this is the compiled CLI (see the top of this file). */
function workerFile(): string | undefined {
  return __filename.endsWith(".js") && fs.existsSync(WORKER) ? WORKER : undefined;
}

export interface BatchOptions {
  sheet?: string;
  lang: Locale;
  /** The --rules value and the rule set it gave. */
  rulesSpec?: string;
  rules?: RuleSet;
  jobs?: number;
}

/** Every task, settled in order; progress `12/200 文件` on a terminal. */
async function runTasks(tasks: FileTask[], o: BatchOptions, io: CliIO): Promise<FileResult[]> {
  const progress = io.progress ?? NullProgress;
  const label = cliStrings(o.lang).batch.files;
  progress.update(0, tasks.length, label);
  const settled = await runPool(tasks, {
    jobs: o.jobs ?? defaultJobs(),
    workerFile: workerFile(),
    inProcess: (t) => runFileTask(t, o.rules),
    onSettled: (done, total) => progress.update(done, total, label),
  });
  progress.end();
  return settled.map((s, i) => (s.ok ? s.value : crashed(tasks[i], s.error)));
}

/** What every file printed besides the table, in the files' order. */
function printNotes(results: FileResult[], io: CliIO): void {
  for (const r of results) {
    if (io.quiet && r.failure) io.err(`${r.row[0]}: ${r.failure}`);
    for (const n of r.notes) note(io, n);
  }
}

const worst = (results: FileResult[]): number => results.reduce((c, r) => Math.max(c, r.code), 0);

export async function runCheckDir(dir: string, o: BatchOptions & { json: boolean }, io: CliIO): Promise<number> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => SUPPORTED.test(f))
    .sort()
    .map((f) => path.join(dir, f));
  const tasks: FileTask[] = files.map((file) => ({ kind: "check", file, sheet: o.sheet, lang: o.lang, rules: o.rulesSpec }));
  const results = await runTasks(tasks, o, io);
  printNotes(results, io);
  if (o.json) io.out(JSON.stringify(results.map((r) => r.json)));
  else {
    const used = new Set(results.flatMap((r) => (r.ruleLine ? [r.ruleLine] : [])));
    io.out([...used].join(" / ") || ruleSetLine(o.rules ?? DEFAULT_RULES, o.lang));
    io.out(renderTable(cliStrings(o.lang).check.dirHeader, results.map((r) => r.row), [40, 10, 6, 6, 6, 80], [false, false, true, true, true, false]));
  }
  if (!files.length) {
    io.err(cliBoth((s) => s.files.noTables(dir)));
    return 2;
  }
  return worst(results);
}

export async function runAnnotateDir(dir: string, o: BatchOptions & { output?: string }, io: CliIO): Promise<number> {
  const t = cliStrings(o.lang).annotate;
  const files = fs.readdirSync(dir).filter((f) => SUPPORTED.test(f) && !f.endsWith(".annotated.xlsx") && f !== SUMMARY_FILE).sort();
  if (!files.length) {
    io.err(cliBoth((s) => s.files.noTables(dir)));
    return 2;
  }
  const outDir = o.output ?? `${dir.replace(/[\\/]+$/, "")}-annotated`;
  fs.mkdirSync(outDir, { recursive: true });
  const taken = new Set<string>();
  const tasks: FileTask[] = files.map((f) => {
    const outName = outputName(f, taken);
    return { kind: "annotate", file: path.join(dir, f), name: f, output: path.join(outDir, outName), outName, sheet: o.sheet, lang: o.lang, rules: o.rulesSpec };
  });
  const results = await runTasks(tasks, o, io);
  printNotes(results, io);
  const header = t.dirHeader;
  const rows = results.map((r) => r.row);
  io.out(renderTable(header, rows, [32, 16, 10, 5, 6, 5, 5, 5, 32, 70], [false, false, false, true, true, true, true, true, false, false]));
  await writeSummary(path.join(outDir, SUMMARY_FILE), t.summarySheet, header, rows);
  io.out(t.written(outDir, SUMMARY_FILE));
  return worst(results);
}

/** The folder summary as a workbook: one row per input, counts as numbers, a link to each output. */
async function writeSummary(file: string, sheetName: string, header: string[], rows: string[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const link = (name: string) => (name ? { formula: `=HYPERLINK("${name.replace(/"/g, '""')}","${name.replace(/"/g, '""')}")` } : "");
  writeNewSheet(wb.addWorksheet(sheetName), {
    name: "",
    rows: [header, ...rows.map((r) => [r[0], r[1], r[2], ...r.slice(3, 8).map((n) => (n === "" ? null : Number(n))), link(r[8]), r[9]])],
    textColumns: [0, 1, 2, 9],
    header: true,
    widths: [32, 16, 6, 6, 6, 6, 6, 6, 32, 70],
  });
  // The same last step as every workbook the product saves: no cell longer than Excel holds, text escaped.
  escapeForSave(wb);
  await wb.xlsx.writeFile(file);
}
