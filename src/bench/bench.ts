/**
 * §10 benchmark: parse (+ check, when src/core/checks exists) 100,000 synthetic indicators and compare with the
 * floor, a bare regex split of the same cells. Best of 5 runs each. A missed target is reported, not failed:
 * this is a measurement, the exit code stays 0.
 *
 * Then (issue 13) two huge workbooks, written to a temp folder and each read in its own process as `check` reads
 * it: a 1,000,000-row sheet (target: ≤ 30 s and ≤ 1.5 GB, or refused early) and a table with a stray value at
 * XFD1048576 (memory ∝ populated cells). `--no-huge` skips them.
 *
 * Then the web page on a 20,000-row table in Chromium (web-bench.ts; `--no-web` skips it), and (issue 18)
 * `check DIR` over 200 seed-sized files with 1 and 2 jobs (cli-batches.ts; `--no-batches` skips it).
 *
 * Usage: node --expose-gc lib/bench/bench.js [--json] [--projects N] [--per N] [--seed N] [--no-huge] [--no-web] [--no-batches] [--no-rows] [--no-excel]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { checkSheet, columnIndex, compareTables, DEFAULT_SELF_EVALUATION, Grid, parseSheet, selfEvaluationSheet, SheetParse, SheetParseResult } from "../core";
import { writeMillionRows, writeStrayCellTable } from "./huge-files";
import { syntheticCells, syntheticGrid } from "./synthetic";
import { filledCells, syntheticDGrid, syntheticEGrid } from "./synthetic-rows";

const RUNS = 5;
const COMPARE_BUDGET_MS = 1000;

/** Next year's version of a synthetic table: every tenth project's money and first ≥ target changed. */
function changedCopy(grid: Grid): Grid {
  return {
    name: grid.name,
    rows: grid.rows.map((row, r) =>
      r % 10 !== 0 || typeof row[6] !== "string" ? row : row.map((v, c) => (c === 6 && typeof v === "string" ? v.replace(/≥(\d+)/, (_m, n: string) => `≥${Number(n) + 1}`) : c === 1 ? "9,999.99" : v)),
    ),
  };
}

function mustParse(g: Grid): SheetParse {
  const r = parseSheet(g);
  if (!r.ok) throw new Error(`parseSheet rejected a synthetic grid: ${r.code}`);
  return r.value;
}
const PARSE_CHECK_BUDGET_MS = 1000;
const FLOOR_FACTOR = 5;


const gc = (globalThis as { gc?: () => void }).gc;
let peakRss = 0;

function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

/** Best wall time of RUNS calls; the previous result is dropped before each run so it does not inflate RSS. */
const SELF_EVAL_PROJECTS = 2000;

/** The generated sheet as a host would hold it once the officer typed: formulas blank, completions = the targets, full scores. */
function selfEvaluationBench(target: SheetParse) {
  const generate = bestOf(() => selfEvaluationSheet(target, { shape: "sichuan", rules: DEFAULT_SELF_EVALUATION }));
  const made = generate.result;
  const rows = made.rows.map((r) => r.map((c) => (c !== null && typeof c === "object" ? null : c)));
  const put = (a1: string, v: number) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    rows[Number(m[2]) - 1][columnIndex(m[1])] = v;
  };
  for (const b of made.blocks) {
    for (const i of b.indicators) {
      if (i.target === null) continue;
      put(i.cells.completion, i.target);
      put(i.cells.score, i.points);
    }
  }
  const grid: Grid = { name: made.name, rows };
  const parse = bestOf(() => mustParse(grid));
  const check = bestOf(() => checkSheet(parse.result));
  return { generate, parse, check, rows: rows.length, indicators: parse.result.indicators.length, errors: check.result.filter((f) => f.severity === "error").length };
}

function bestOf<T>(fn: () => T): { ms: number; result: T } {
  let ms = Infinity;
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    result = undefined;
    gc?.();
    const t0 = performance.now();
    result = fn();
    ms = Math.min(ms, performance.now() - t0);
    sampleRss();
  }
  return { ms, result: result as T };
}

/** The check module is written in parallel; a missing module or export is reported, anything else is a real error. */
function argNumber(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

const HUGE_READ_MS = 30_000;
const HUGE_READ_MB = 1536;

interface HugeRead {
  ms: number;
  maxRssMb: number;
  outcome: string;
}

/** Write each huge workbook, read it in a child process (its own peak RSS), report against the targets. */
async function hugeReads(): Promise<{ millionRows: HugeRead; strayCell: HugeRead }> {
  const dir = mkdtempSync(path.join(tmpdir(), "perftarget-bench-"));
  try {
    const read = (file: string): HugeRead => JSON.parse(execFileSync(process.execPath, [path.join(__dirname, "huge-read.js"), file], { encoding: "utf8" }).trim()) as HugeRead;
    const million = path.join(dir, "million-rows.xlsx");
    await writeMillionRows(million);
    const millionRows = read(million);
    const strayFile = path.join(dir, "stray-cell.xlsx");
    await writeStrayCellTable(strayFile);
    const strayCell = read(strayFile);
    for (const [label, r] of [["1,000,000-row sheet", millionRows], ["table + cell at XFD1048576", strayCell]] as const) {
      const pass = r.ms <= HUGE_READ_MS && r.maxRssMb <= HUGE_READ_MB;
      console.log(`${label.padEnd(27)} ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.maxRssMb.toFixed(0)} MB — ${r.outcome}; target ≤ 30 s and ≤ 1.5 GB: ${pass ? "PASS" : "MISS"}`);
    }
    return { millionRows, strayCell };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Layout A's floor: one regex split of each cell (the same regex for every layout). */
const FLOOR_SPLIT = /(?<=^|[。；;.\s>])(?=\d{1,2}、)/;

interface RowTableBench {
  layout: string;
  indicators: number;
  parseMs: number;
  floorMs: number;
  ratio: number;
}

/**
 * Issue 14: layout D with money and layout E at 100,000 indicators, against a floor measured as layout A's: the
 * same regex split, here of every filled cell (a row-per-indicator table spreads an indicator over ~7 cells, where
 * layout A packs 8 into one).
 */
function rowTables(seed: number): RowTableBench[] {
  const out: RowTableBench[] = [];
  const cases: [string, Grid, number][] = [
    ["with money (12,500 projects × 8 rows, 元)", syntheticDGrid(12500, 8, seed), 100_000],
    ["(10,000 forms × 10 rows, stacked in one sheet)", syntheticEGrid(10000, 10, seed), 100_000],
  ];
  for (const [label, grid, expected] of cases) {
    const cells = filledCells(grid);
    const parse = bestOf((): SheetParseResult => parseSheet(grid));
    if (!parse.result.ok) throw new Error(`parseSheet rejected the synthetic ${label} grid: ${parse.result.code}`);
    const p = parse.result.value;
    const floor = bestOf(() => cells.map((c) => c.split(FLOOR_SPLIT)));
    const ratio = parse.ms / floor.ms;
    const errors = p.findings.filter((f) => f.severity === "error").length;
    console.log(`layout ${p.layout} ${label}: ${grid.rows.length} rows, ${cells.length} filled cells; indicators ${p.indicators.length} (expected ${expected}), projects ${p.projects.length}, parser findings ${p.findings.length} (${errors} errors)`);
    console.log(`  parseMs ${parse.ms.toFixed(1)}, floorMs ${floor.ms.toFixed(1)}, ratio ${ratio.toFixed(1)}× floor; target ≤ ${FLOOR_FACTOR}×: ${ratio <= FLOOR_FACTOR ? "PASS" : "MISS"}`);
    out.push({ layout: p.layout, indicators: p.indicators.length, parseMs: r1(parse.ms), floorMs: r1(floor.ms), ratio: r1(ratio) });
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const projects = argNumber(args, "--projects", 12500);
  const per = argNumber(args, "--per", 8);
  const seed = argNumber(args, "--seed", 1);
  const expected = projects * per;

  const grid = syntheticGrid(projects, per, seed);
  const cells = syntheticCells(grid);
  sampleRss();
  const chars = cells.reduce((n, c) => n + c.length, 0);
  console.log(`PerfTarget bench (§10): ${projects} projects × ${per} indicators, seed ${seed}, ${grid.rows.length} rows, ${cells.length} indicator cells (${(chars / 1e6).toFixed(1)} M chars)`);
  console.log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), best of ${RUNS}, gc between runs: ${gc ? "yes" : "no (run with --expose-gc)"}`);

  const parse = bestOf((): SheetParseResult => parseSheet(grid));
  if (!parse.result.ok) throw new Error(`parseSheet rejected the synthetic grid: ${parse.result.code}`);
  const parsed = parse.result.value;

  // checkSheet from the core, as every front door calls it (this once probed for a src/core/checks module, which the
  // core split renamed: on a fresh build the bench then printed "n/a" for the check).
  const c = bestOf(() => checkSheet(parsed));
  const checkMs: number | null = c.ms;
  const checkNote = `${c.result.length} findings`;

  const floor = bestOf(() => cells.map((c) => c.split(/(?<=^|[。；;.\s>])(?=\d{1,2}、)/)));
  const floorPieces = floor.result.reduce((n, p) => n + p.length, 0);

  const indicators = parsed.indicators.length;
  const ratio = parse.ms / floor.ms;
  const peakRssMb = peakRss / (1024 * 1024);

  console.log(`indicators  ${indicators} (expected ${expected}); projects ${parsed.projects.length} (expected ${projects}); parser findings ${parsed.findings.length}`);
  console.log(`parseMs     ${parse.ms.toFixed(1)}`);
  console.log(`checkMs     ${checkMs === null ? `n/a — ${checkNote}` : `${checkMs.toFixed(1)} (${checkNote})`}`);
  console.log(`floorMs     ${floor.ms.toFixed(1)} (${floorPieces} pieces)`);
  console.log(`ratio       ${ratio.toFixed(1)}× floor`);
  console.log(`peakRssMb   ${peakRssMb.toFixed(1)}`);

  const total = parse.ms + (checkMs ?? 0);
  const what = checkMs === null ? "parse only; check not measured" : "parse + check";
  console.log(`target parse+check ≤ ${PARSE_CHECK_BUDGET_MS} ms: ${total <= PARSE_CHECK_BUDGET_MS ? "PASS" : "MISS"} (${total.toFixed(1)} ms, ${what})`);
  console.log(`target parse ≤ ${FLOOR_FACTOR}× floor:      ${ratio <= FLOOR_FACTOR ? "PASS" : "MISS"} (${ratio.toFixed(1)}×)`);
  if (!args.includes("--no-rows")) {
    const rows = rowTables(seed);
    if (json) console.log(JSON.stringify({ rowTables: rows }));
  }

  if (indicators !== expected || parsed.projects.length !== projects) {
    // Either the generator or the parser is wrong; show the cells so a person can tell which.
    console.log(`WARNING: parseSheet returned ${indicators} indicators for ${parsed.projects.length} projects; expected ${expected} for ${projects}.`);
    const off = parsed.projects.filter((p) => p.indicatorCount !== per);
    console.log(`WARNING: ${off.length} project rows do not have ${per} indicators. First few:`);
    for (const p of off.slice(0, 5)) {
      const text = String(grid.rows[p.row - 1]?.[6] ?? "");
      console.log(`  row ${p.row} "${p.name}": ${p.indicatorCount} indicators; cell: ${JSON.stringify(text.slice(0, 700))}`);
    }
  }

  // 年度对比 (issue 16): two versions of the table, and two tables that share nothing (every project added/removed).
  const changed = mustParse(changedCopy(grid));
  const cmp = bestOf(() => compareTables(parsed, changed));
  const disjoint = mustParse(syntheticGrid(projects, per, seed + 1));
  const apart = bestOf(() => compareTables(parsed, disjoint));
  console.log(`compareMs   ${cmp.ms.toFixed(1)} (${cmp.result.changes.length} changes); unrelated tables ${apart.ms.toFixed(1)} (${apart.result.changes.length} changes)`);
  console.log(`target compare ≤ ${COMPARE_BUDGET_MS} ms:     ${Math.max(cmp.ms, apart.ms) <= COMPARE_BUDGET_MS ? "PASS" : "MISS"}`);

  // 绩效自评表 (issue 15): the whole table made into a self-evaluation, every quantitative completion typed (the target
  // value, so every score is full), then read back and checked as a 自评表.
  // 2,000 projects (56,000 rows of 自评表): a county's year; the full 12,500 would be 350,000 rows of forms.
  const selfEval = selfEvaluationBench(mustParse(syntheticGrid(SELF_EVAL_PROJECTS, per, seed)));
  console.log(`selfEval    generate ${selfEval.generate.ms.toFixed(1)} ms, ${selfEval.rows} rows; parse ${selfEval.parse.ms.toFixed(1)} ms, check ${selfEval.check.ms.toFixed(1)} ms (${selfEval.indicators} indicators; ${selfEval.errors} errors, the synthetic table's own missing categories)`);

  // Office.js round trips (§10) on the strict fake Excel: they must not grow per row.
  if (!args.includes("--no-excel")) {
    const { excelSyncCounts } = await import("./excel-syncs");
    console.log("Excel syncs per action (strict fake; +1 per ~4 MB chunk allowed):");
    for (const c of await excelSyncCounts()) {
      console.log(`  ${String(c.rows).padStart(6)} rows: split ${c.split}, check ${c.check}, clear ${c.clear}; largest request ${c.maxRequestMb.toFixed(2)} MB, response ${c.maxResponseMb.toFixed(2)} MB`);
    }
  }

  const huge = args.includes("--no-huge") ? null : await hugeReads();

  // The web page on a 20,000-row table in Chromium (issue 18): its own process, as a browser is one.
  if (!args.includes("--no-web")) execFileSync(process.execPath, [path.join(__dirname, "web-bench.js")], { stdio: "inherit" });
  // Issue 18: `check DIR` over 200 seed-sized files, 1 job against 2 (cli-batches.ts). `--no-batches` skips it.
  if (!args.includes("--no-batches")) await (await import("./cli-batches")).cliBatchBench();

  if (json) {
    const hugeJson = huge
      ? { millionRowsMs: r1(huge.millionRows.ms), millionRowsRssMb: r1(huge.millionRows.maxRssMb), strayCellMs: r1(huge.strayCell.ms), strayCellRssMb: r1(huge.strayCell.maxRssMb) }
      : {};
    console.log(JSON.stringify({ indicators, parseMs: r1(parse.ms), checkMs: checkMs === null ? null : r1(checkMs), floorMs: r1(floor.ms), ratio: r1(ratio), peakRssMb: r1(peakRssMb), compareMs: r1(cmp.ms), compareUnrelatedMs: r1(apart.ms), ...hugeJson }));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
