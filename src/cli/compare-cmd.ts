/**
 * `perftarget compare OLD NEW [-o OUT.xlsx] [--sheet NAME] [--json] [--lang]` — 年度对比: the changes between two
 * versions of a table, grouped by project, and the checks that need the old one. With `-o`, the new version is
 * written to OUT.xlsx with the pane's 版本对比 sheet and its changed cells marked (compareSheets over the .xlsx
 * adapter, so the file is what the web page would save). Exit 0 (changes are not errors), 2 on unreadable input.
 */
import * as path from "path";
import { stepsOn } from "./progress";
import { compareSheets } from "../actions/compare-actions";
import { type Change, CompareJsonSchema, compareTables, historyFindings } from "../core";
import { Locale, changeLabel, cliBoth, compareStrings, findingMessage, findingMessages, withMessage } from "../i18n";
import { actionMessage } from "./annotate";
import { CliIO, OUTPUT_OPTIONS, isStop, langOption, parseCommand, quietly, refuse, stopWith, usageError } from "./args";
import { FileOutcome, parseFile } from "./run-file";
import { renderTable } from "./text-table";
import { loadFailureText, openWorkbookFile, writeWorkbookFile } from "./workbook-file";

const OPTIONS = {
  output: { type: "string", short: "o", value: "output" },
  sheet: { type: "string", value: "sheet" },
  json: { type: "boolean" },
  lang: { type: "string", value: "lang" },
  ...OUTPUT_OPTIONS,
} as const;

const shown = (v: Change["before"]) => (v === undefined || v === null ? "" : String(v));

export async function runCompare(argv: string[], given: CliIO): Promise<number> {
  const p = parseCommand("compare", argv, OPTIONS);
  if (isStop(p)) return stopWith(p, given);
  if (p.values.quiet && p.values.json) return stopWith(refuse(cliBoth((s) => s.args.quietOrJson)), given);
  const io = quietly(given, p.values.quiet);
  const lang = langOption(p.values.lang);
  if (isStop(lang)) return stopWith(lang, io);
  if (p.positionals.length !== 2) return stopWith(usageError("compare"), io);
  const [oldFile, newFile] = p.positionals;
  const output = p.values.output;
  if (output !== undefined && [oldFile, newFile].some((f) => path.resolve(f) === path.resolve(output))) return fail(io, cliBoth((s) => s.args.sameFile));
  // Two big tables take seconds (§10): the bar shows which file is being read, the comparison, the output.
  const step = stepsOn(io.progress, ["old", "new", "compare", "write"], `${path.basename(oldFile)} → ${path.basename(newFile)}`);
  step("old");
  const before = await parseFile(oldFile, p.values.sheet);
  if (!before.ok) return fail(io, before.message);
  step("new");
  const after = await parseFile(newFile, p.values.sheet);
  if (!after.ok) return fail(io, after.message);
  step("compare");
  const cmp = compareTables(before.parsed, after.parsed);
  const findings = historyFindings(cmp, after.rules, { before: before.parsed, after: after.parsed });
  let written = "";
  if (output !== undefined) {
    step("write");
    const w = await writeCompared(before, newFile, after.parsed.sheet, output, lang, after.rules);
    if (!w.ok) return fail(io, w.message);
    written = compareStrings(lang).written(output, w.sheet, w.marked);
  }
  io.progress?.end();
  if (p.values.json) {
    const table = (file: string, x: typeof before.parsed) => ({ file, sheet: x.sheet, layout: x.layout, projects: x.projects.length, indicators: x.indicators.length });
    const json = CompareJsonSchema.parse({
      old: table(oldFile, before.parsed),
      new: table(newFile, after.parsed),
      changes: cmp.changes,
      summary: cmp.summary,
      findings: findings.map((f) => withMessage(f, lang)),
    });
    io.out(JSON.stringify(json, null, 2));
    if (written) io.err(written);
    return 0;
  }
  const t = compareStrings(lang);
  const projects = new Set(cmp.changes.map((c) => c.project));
  io.out(t.summary(oldFile, newFile, cmp.changes.length, projects.size));
  if (cmp.changes.length === 0) {
    io.out(t.none);
    if (written) io.out(written);
    return 0;
  }
  // Grouped by project, in the new table's order (removed projects last), as compareTables lists them.
  const label = changeLabel(lang);
  const rows = cmp.changes.map((c) => [
    c.project,
    label(c).change,
    label(c).what,
    shown(c.before),
    shown(c.after),
    [c.oldCell ?? (c.oldRow ? String(c.oldRow) : ""), c.newCell ?? (c.newRow ? String(c.newRow) : "")].filter(Boolean).join(" → "),
  ]);
  io.out("");
  io.out(renderTable(t.header, rows, [24, 16, 32, 24, 24, 18]));
  for (const f of findings) io.out(`${f.column ?? ""}${f.row}  ${findingMessage(f, lang)}`);
  if (written) io.out(written);
  return 0;
}

/** The new version's workbook with 版本对比 and its marks, written whole or not at all. */
async function writeCompared(
  before: Extract<FileOutcome, { ok: true }>, newFile: string, sheet: string, output: string, lang: Locale, rules: Extract<FileOutcome, { ok: true }>["rules"],
): Promise<{ ok: true; sheet: string; marked: number } | { ok: false; message: string }> {
  const opened = await openWorkbookFile(newFile);
  if (!opened.ok) return { ok: false, message: loadFailureText(opened.code) };
  const port = opened.adapter;
  const r = await compareSheets(port, { otherGrid: before.grid, file: path.basename(before.file), sheet, rules, message: findingMessages(lang), label: changeLabel(lang) });
  if (!r.ok) return { ok: false, message: actionMessage(r.code, r.detail) };
  // The file opens on the new table, with its marks.
  await port.select(r.value.source, "A1");
  await writeWorkbookFile(output, port);
  return { ok: true, sheet: r.value.resultSheet, marked: r.value.marked };
}

function fail(io: CliIO, message: string): number {
  io.progress?.end();
  io.err(message);
  return 2;
}
