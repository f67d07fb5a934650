/**
 * `perftarget annotate FILE|DIR [-o OUT]`: what the add-in does to a workbook, done to files — 指标明细,
 * highlights (original fills remembered) and 校验结果 — through the same actions over the .xlsx adapter.
 * A folder (batches.ts) gives one output per input and a summary (a table on stdout and 校验汇总.xlsx).
 * Exit codes as `check`: 1 when an error finding was found, 2 when an input could not be annotated.
 */
import * as fs from "fs";
import * as path from "path";
import { runCheck, splitIndicators } from "../actions/actions";
import type { ActionErrorCode } from "../actions/result";
import { pickSheet, RuleSet } from "../core";
import { loadRules as loadStoredRules } from "../actions/rule-store";
import {
  CLI_SUMMARY_FILE, Locale, StoredNotice, bilingual, cliBoth, cliStrings, findingKinds, findingMessages, sheetErrorMessage, storedNoticeLine, templateErrorText,
} from "../i18n";
import { XlsxAdapter } from "../hosts/xlsx/xlsx.adapter";
import { openWorkbook, type Unkept } from "../hosts/xlsx/xlsx.open";
import { CliIO, note } from "./args";
import { NullProgress, stepsOn } from "./progress";
import { ruleSetLine } from "./rules-cmd";
import { loadFailureText, writeWorkbookFile } from "./workbook-file";

export const SUPPORTED = /\.(xlsx|csv|tsv|txt)$/i;
export const SUMMARY_FILE = CLI_SUMMARY_FILE;

export interface AnnotateOptions {
  sheet?: string;
  locale?: Locale;
  rules?: RuleSet;
  /** Called before each step, for a progress display. */
  step?: (label: string) => void;
}

export interface Annotated {
  ok: true;
  adapter: XlsxAdapter;
  sheet: string;
  layout: string;
  kind: "target" | "self-evaluation";
  projects: number;
  indicators: number;
  summary: { errors: number; warnings: number; infos: number };
  /** Findings a reviewer accepted earlier (left out of the summary and the marks). */
  accepted: number;
  rules: { name: string; version: string };
  /** Parts of the input the output cannot keep (ExcelJS does not write them back). */
  unkept: Unkept[];
  /** The workbook's own records that could not be used: an unreadable review or rule set, damaged fill records. */
  notices: StoredNotice[];
}
export type AnnotateFailure = { ok: false; code: string; message: string };

export function actionMessage(code: ActionErrorCode, detail = ""): string {
  if (code === "sheet-empty" || code === "not-a-target-table") return bilingual(sheetErrorMessage(code, detail), sheetErrorMessage(code, detail, "en"));
  const name = detail.replace(/^[a-z-]+: /, "");
  return bilingual(templateErrorText(code, name, "zh-CN"), templateErrorText(code, name, "en"));
}

/** Bytes in, annotated workbook out (in memory): the core of the CLI, the demo and the LibreOffice test. */
export async function annotateBytes(fileName: string, bytes: Uint8Array, opts: AnnotateOptions = {}): Promise<Annotated | AnnotateFailure> {
  const step = opts.step ?? (() => undefined);
  step("read");
  const opened = await openWorkbook(fileName, bytes);
  if (!opened.ok) return { ok: false, code: opened.code, message: loadFailureText(opened.code) };
  const port = opened.adapter;
  const notices = recordNotices(port);
  // The rule set saved in the workbook (by the pane or an earlier review) unless one is given.
  const stored = opts.rules ? undefined : await loadStoredRules(port);
  if (stored?.problem) notices.push({ code: "stored-rules-unreadable", issues: stored.problem });
  const rules = opts.rules ?? stored!.rules;
  const grids = await Promise.all((await port.sheetNames()).map((n) => port.readSheet(n)));
  const grid = pickSheet(grids, opts.sheet);
  if (!grid) {
    const s = opts.sheet ?? "";
    return { ok: false, code: "sheet-not-found", message: bilingual(sheetErrorMessage("sheet-not-found", s), sheetErrorMessage("sheet-not-found", s, "en")) };
  }
  step("split");
  await port.select(grid.name, "A1");
  const split = await splitIndicators(port, { rules, message: findingMessages(opts.locale) });
  if (!split.ok) return { ok: false, code: split.code, message: actionMessage(split.code, split.detail) };
  step("check");
  await port.select(grid.name, "A1");
  const check = await runCheck(port, { rules, message: findingMessages(opts.locale), kind: findingKinds() });
  if (!check.ok) return { ok: false, code: check.code, message: actionMessage(check.code, check.detail) };
  // The file opens on the table, with its highlights.
  await port.select(grid.name, "A1");
  const p = check.value.parsed;
  if (check.value.reviewProblem) notices.push({ code: "stored-review-unreadable" });
  return {
    ok: true,
    adapter: port,
    sheet: p.sheet,
    layout: p.layout,
    kind: p.kind,
    projects: p.projects.length,
    indicators: p.indicators.length,
    summary: check.value.summary,
    accepted: check.value.review.accepted.length,
    rules: check.value.rules,
    unkept: opened.unkept,
    notices,
  };
}

/** Fill records of the record sheet that were skipped when the workbook was opened, one notice each. */
export function recordNotices(port: XlsxAdapter): StoredNotice[] {
  const sheet = port.recordSheetName ?? "";
  return port.damagedRecords.map((d) => ({ code: "record-damaged", sheet, row: d.row, cells: d.cells }));
}

/** Read `input`, annotate it, write `output` (whole or not at all: a temporary file renamed into place). */
export async function annotateFile(input: string, output: string, opts: AnnotateOptions = {}): Promise<Annotated | AnnotateFailure> {
  if (path.resolve(input) === path.resolve(output)) {
    return { ok: false, code: "same-file", message: cliBoth((s) => s.args.sameFile) };
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(input);
  } catch {
    return { ok: false, code: "file-unreadable", message: loadFailureText("file-unreadable") };
  }
  const r = await annotateBytes(path.basename(input), bytes, opts);
  if (!r.ok) return r;
  opts.step?.("write");
  await writeWorkbookFile(output, r.adapter);
  return r;
}

/** `dir/表.csv` → `表.annotated.xlsx`, or `表.csv.annotated.xlsx` when another input already took that name. */
export function outputName(file: string, taken: Set<string>): string {
  const base = path.basename(file);
  const stem = base.replace(/\.[^.]+$/, "");
  const name = taken.has(`${stem}.annotated.xlsx`.toLowerCase()) ? `${base}.annotated.xlsx` : `${stem}.annotated.xlsx`;
  taken.add(name.toLowerCase());
  return name;
}

export interface AnnotateArgs {
  target: string;
  rules?: RuleSet;
  output?: string;
  sheet?: string;
  lang: Locale;
}

export type AnnotateIO = CliIO;

/** "输出文件不含原文件中的图表 / the output does not keep the input's charts", or "" when nothing is lost. */
export function unkeptNote(parts: readonly Unkept[]): string {
  if (!parts.length) return "";
  return cliBoth((s) => s.annotate.unkept(s.annotate.partList(parts.map((p) => s.annotate.unkeptParts[p]))));
}

/** One file; a folder is annotated by batches.ts. */
export async function runAnnotate(a: AnnotateArgs, io: AnnotateIO): Promise<number> {
  const progress = io.progress ?? NullProgress;
  const output = a.output ?? path.join(path.dirname(a.target), outputName(a.target, new Set()));
  const r = await annotateFile(a.target, output, { sheet: a.sheet, locale: a.lang, rules: a.rules, step: stepsOn(progress, ["read", "split", "check", "write"], path.basename(a.target)) });
  progress.end();
  if (!r.ok) {
    io.err(r.message);
    return 2;
  }
  if (r.unkept.length) note(io, unkeptNote(r.unkept));
  for (const n of r.notices) note(io, storedNoticeLine(n));
  const head = `${a.target} · ${r.sheet} · ${ruleSetLine(r.rules, a.lang)}`;
  io.out(cliStrings(a.lang).annotate.summary(head, r.summary, r.accepted, r.indicators, output));
  return r.summary.errors > 0 ? 1 : 0;
}
