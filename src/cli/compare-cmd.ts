/**
 * `perftarget compare OLD NEW [--sheet NAME] [--json] [--lang]` — 年度对比: the changes between two versions of a table,
 * grouped by project, and the checks that need the old one. Exit 0 (changes are not errors), 2 on unreadable input.
 */
import { Change, CompareJsonSchema, compareTables, historyFindings } from "../core";
import { Locale, cliBoth, compareStrings, findingMessage, withMessage } from "../i18n";
import { CliIO, OUTPUT_OPTIONS, isStop, langOption, parseCommand, quietly, refuse, stopWith, usageError } from "./args";
import { parseFile } from "./run-file";
import { renderTable } from "./text-table";

const OPTIONS = {
  sheet: { type: "string", value: "sheet" },
  json: { type: "boolean" },
  lang: { type: "string", value: "lang" },
  ...OUTPUT_OPTIONS,
} as const;

/** The kind of change; a target's says which one and which way it went (年度指标值降低). */
function kind(c: Change, lang: Locale): string {
  const t = compareStrings(lang);
  return c.kind === "target-changed" && c.target && c.direction ? t.targetChange(t.targets[c.target], t.directions[c.direction]) : t.kinds[c.kind];
}

/** What changed: the money column, or the indicator. */
function what(c: Change, lang: Locale): string {
  return c.kind === "amount-changed" && c.column ? compareStrings(lang).columns[c.column] : (c.indicator ?? "");
}

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
  const before = await parseFile(oldFile, p.values.sheet);
  if (!before.ok) return fail(io, before.message);
  const after = await parseFile(newFile, p.values.sheet);
  if (!after.ok) return fail(io, after.message);
  const cmp = compareTables(before.parsed, after.parsed);
  const findings = historyFindings(cmp, after.rules);
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
    return 0;
  }
  const t = compareStrings(lang);
  const projects = new Set(cmp.changes.map((c) => c.project));
  io.out(t.summary(oldFile, newFile, cmp.changes.length, projects.size));
  if (cmp.changes.length === 0) {
    io.out(t.none);
    return 0;
  }
  // Grouped by project, in the new table's order (removed projects last), as compareTables lists them.
  const rows = cmp.changes.map((c) => [
    c.project,
    kind(c, lang),
    what(c, lang),
    shown(c.before),
    shown(c.after),
    [c.oldCell ?? (c.oldRow ? String(c.oldRow) : ""), c.newCell ?? (c.newRow ? String(c.newRow) : "")].filter(Boolean).join(" → "),
  ]);
  io.out("");
  io.out(renderTable(t.header, rows, [24, 16, 32, 24, 24, 18]));
  for (const f of findings) io.out(`${f.column ?? ""}${f.row}  ${findingMessage(f, lang)}`);
  return 0;
}

function fail(io: CliIO, message: string): number {
  io.err(message);
  return 2;
}
