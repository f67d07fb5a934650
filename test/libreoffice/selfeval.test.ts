/**
 * The generated 绩效自评表 in a real spreadsheet program: `perftarget selfeval` on seed 000 (Anhui shape) and on a
 * small layout-D table (Sichuan shape), 执行数 and 实际完成值 typed into the .xlsx with ExcelJS as an officer would,
 * then LibreOffice (headless) recalculates, and every 执行率, 预算执行得分, 得分 and 总分 it computes must equal what
 * the core's scoring.ts computes in exact decimals. Plus a property test: random A, B, W (≤ 2 decimals) over 正向,
 * 反向 (both formulas) and 等于, all in ONE workbook, so LibreOffice starts once for everything here.
 * Formulas are written without cached results: only a recalculation can give these cells a value.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import {
  budgetScore, dec, Dec, DEFAULT_SELF_EVALUATION, gridFromTsv, parseSheet, quantitativeScore, scoreFormula, selfEvaluationSheet, toNum, type ScoreDirection, type SelfEvalBlock, type SelfEvalShape,
  type SelfEvaluationRules,
} from "../../src/core";
import { ensureSoffice, recalculate } from "./soffice";
import { SHEET, typed, typedSeed } from "../support/templates";


const D_TSV = fs.readFileSync(path.resolve(__dirname, "../variants/d-columnar.tsv"), "utf8");
const SE = "绩效自评表";
const rules: SelfEvaluationRules = DEFAULT_SELF_EVALUATION;
const d = (v: number): Dec => dec(v)!;
/** Two-decimal numbers as exact hundredths, so a sum of scores is compared without float noise. */
const cents = (v: number) => Math.round(v * 100);

let dir: string;
beforeAll(() => {
  ensureSoffice();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-lo-selfeval-"));
}, 1_900_000);
afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

async function saveGrid(file: string, rows: readonly (readonly unknown[])[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  await wb.xlsx.writeFile(file);
}

async function selfeval(input: string, output: string, shape: SelfEvalShape): Promise<void> {
  const err: string[] = [];
  const code = await main(["selfeval", input, "-o", output, "--shape", shape, "--year", "2025"], { out: () => undefined, err: (s) => err.push(s) });
  expect([code, err]).toEqual([0, []]);
}

/** A completion for a target: over, on, short of and far past it, cycling, with two decimals at most. */
const FACTORS = [1.1, 1, 0.93, 0.5, 1.5, 2.5, 0.07];
const completion = (a: number, k: number) => Math.round(a * FACTORS[k % FACTORS.length] * 100) / 100;

interface Typed {
  /** Per block: what was typed (the 执行数 per part) and the qualitative scores typed. */
  executed: number[];
  budget: number;
  completions: Map<string, number>;
  qualitative: Map<string, number>;
}

/** Type 执行数 into the parts and a completion into every scored row (a score into every qualitative row). */
function typeInto(ws: ExcelJS.Worksheet, blocks: SelfEvalBlock[], budgets: number[][]): Typed[] {
  return blocks.map((b, k) => {
    const parts = budgets[k];
    // The first part under-spent by a block-dependent share, the others exactly as budgeted (0 stays 0).
    const executed = parts.map((v, j) => (j === 0 ? Math.round(v * (0.8 + (k % 5) * 0.06) * 100) / 100 : v));
    b.budget.partsExecuted.forEach((address, j) => (ws.getCell(address).value = executed[j]));
    const completions = new Map<string, number>();
    const qualitative = new Map<string, number>();
    b.indicators.forEach((i, j) => {
      if (i.direction && i.target !== null) {
        const v = completion(i.target, j + k);
        ws.getCell(i.cells.completion).value = v;
        completions.set(i.cells.score, v);
      } else {
        const s = Math.round(i.points * 85) / 100;
        ws.getCell(i.cells.score).value = s;
        qualitative.set(i.cells.score, s);
      }
    });
    return { executed, budget: parts.reduce((a, x) => a + cents(x), 0) / 100, completions, qualitative };
  });
}

/**
 * The values LibreOffice cached, by A1 address, read from the sheet's XML: ExcelJS drops a formula's cached result
 * when it is 0 (a falsy check), and 0 is a score this test must see. `t="str"` cells are text (the "" of a blank).
 */
type Values = Map<string, number | string>;

async function cachedValues(file: string, sheet: string): Promise<Values> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const text = (name: string) => zip.file(name)!.async("string");
  const workbook = await text("xl/workbook.xml");
  const rid = new RegExp(`<sheet name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(await text("xl/_rels/workbook.xml.rels"))!;
  const xml = await text(`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`);
  const shared = zip.file("xl/sharedStrings.xml") ? [...(await text("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1].replace(/<[^>]+>/g, "")) : [];
  const values: Values = new Map();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const v = /<v>([^<]*)<\/v>/.exec(m[3] ?? "")?.[1];
    if (v === undefined) continue;
    const type = /t="([a-z]+)"/.exec(m[2])?.[1] ?? "n";
    values.set(m[1], type === "n" ? Number(v) : type === "s" ? shared[Number(v)] : v);
  }
  return values;
}

const valueOf = (values: Values, address: string): number | string | null => values.get(address) ?? null;

/** What the core computes for a block, and a comparison with what LibreOffice cached. */
function checkBlock(ws: Values, b: SelfEvalBlock, t: Typed): number {
  const executedTotal = t.executed.reduce((a, x) => a + cents(x), 0) / 100;
  const expected = budgetScore(d(executedTotal), d(t.budget), d(rules.budgetShare))!;
  expect([b.project, valueOf(ws, b.budget.executed)]).toEqual([b.project, executedTotal]);
  const rate = valueOf(ws, b.budget.rate) as number;
  expect(Math.abs(rate * 100 - toNum(expected.ratePercent))).toBeLessThanOrEqual(0.005);
  expect([b.project, valueOf(ws, b.budget.score)]).toEqual([b.project, toNum(expected.score)]);
  let total = cents(toNum(expected.score));
  let checked = 1;
  for (const i of b.indicators) {
    const got = valueOf(ws, i.cells.score);
    if (i.direction && i.target !== null) {
      const want = quantitativeScore(i.direction, d(i.target), d(t.completions.get(i.cells.score)!), d(i.points), rules.negativeFormula).score;
      expect([b.project, i.name, got]).toEqual([b.project, i.name, toNum(want)]);
      total += cents(toNum(want));
      checked++;
    } else total += cents(t.qualitative.get(i.cells.score)!);
  }
  expect([b.project, cents(valueOf(ws, b.total.score) as number)]).toEqual([b.project, total]);
  expect([b.project, valueOf(ws, b.total.points)]).toEqual([b.project, b.indicators.length ? 100 : rules.budgetShare]);
  return checked;
}

/** One property case: A, B, W with at most two decimals, a direction and a 反向 formula. */
interface Case {
  direction: ScoreDirection;
  negative: SelfEvaluationRules["negativeFormula"];
  a: number;
  b: number;
  w: number;
}

const twoDecimals = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const CASES: Case[] = fc.sample(
  fc
    .record({
      direction: fc.constantFrom<ScoreDirection>("positive", "negative", "equal"),
      negative: fc.constantFrom<Case["negative"]>("platform", "inverse-ratio"),
      a: fc.oneof(twoDecimals(0.01, 1000), fc.constant(0), twoDecimals(-50, 0)),
      free: twoDecimals(0, 2000),
      how: fc.constantFrom("free", "equal", "double", "near-below", "near-above", "zero"),
      w: twoDecimals(0.01, 60),
    })
    .map(({ direction, negative, a, free, how, w }) => {
      const b = { free, equal: a, double: Math.round(a * 200) / 100, "near-below": Math.round(a * 100 - 1) / 100, "near-above": Math.round(a * 100 + 1) / 100, zero: 0 }[how]!;
      return { direction, negative, a, b, w };
    }),
  { numRuns: 30, seed: 20251203 },
);

it("seed 000 (Anhui) and a layout-D table (Sichuan): LibreOffice's 执行率, scores and 总分 are the core's", async () => {
  const seedIn = path.join(dir, "seed000.xlsx");
  const dIn = path.join(dir, "layout-d.xlsx");
  await saveGrid(seedIn, typedSeed("000").rows);
  await saveGrid(dIn, gridFromTsv(SHEET, D_TSV).rows.map((r) => r.map(typed)));

  const runs: { name: string; shape: SelfEvalShape; input: string; rows: readonly (readonly unknown[])[] }[] = [
    { name: "seed000", shape: "anhui", input: seedIn, rows: typedSeed("000").rows },
    { name: "layout-d", shape: "sichuan", input: dIn, rows: gridFromTsv(SHEET, D_TSV).rows.map((r) => r.map(typed)) },
  ];
  const typedFiles: string[] = [];
  const expectations: { file: string; blocks: SelfEvalBlock[]; typed: Typed[] }[] = [];
  for (const r of runs) {
    const made = path.join(dir, `${r.name}-selfeval.xlsx`);
    await selfeval(r.input, made, r.shape);
    // The layout the CLI wrote, from the same core call: where each block's cells are.
    const parsed = parseSheet({ name: SHEET, rows: r.rows as never });
    if (!parsed.ok) throw new Error(parsed.code);
    const sheet = selfEvaluationSheet(parsed.value, { shape: r.shape, rules, year: 2025 });
    const budgets = sheet.blocks.map((b) => b.budget.partsExecuted.map((address) => {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const v = sheet.rows[Number(m[2]) - 1][1];
      return typeof v === "number" ? v : 0;
    }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(made);
    const typedValues = typeInto(wb.getWorksheet(SE)!, sheet.blocks, budgets);
    const file = path.join(dir, `${r.name}-typed.xlsx`);
    await wb.xlsx.writeFile(file);
    typedFiles.push(file);
    expectations.push({ file, blocks: sheet.blocks, typed: typedValues });
  }
  const propertyFile = path.join(dir, "property.xlsx");
  await writePropertyWorkbook(propertyFile);

  const outDir = path.join(dir, "recalculated");
  recalculate(dir, outDir, [...typedFiles, propertyFile], 240_000);

  let checked = 0;
  for (const e of expectations) {
    const ws = await cachedValues(path.join(outDir, path.basename(e.file)), SE);
    e.blocks.forEach((b, k) => (checked += checkBlock(ws, b, e.typed[k])));
  }
  // 22 + 2 budget scores and every scored row of both tables.
  expect(checked).toBeGreaterThan(100);

  const ws = await cachedValues(path.join(outDir, "property.xlsx"), "cases");
  const got = CASES.map((_, k) => valueOf(ws, `E${k + 1}`));
  const want = CASES.map((c) => toNum(quantitativeScore(c.direction, d(c.a), d(c.b), d(c.w), c.negative).score));
  expect(CASES.map((c, k) => ({ ...c, score: got[k] }))).toEqual(CASES.map((c, k) => ({ ...c, score: want[k] })));
}, 300_000);

/** One row per case: A | B | W | direction | the score formula the writer would put there. */
async function writePropertyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("cases");
  CASES.forEach((c, k) => {
    const r = k + 1;
    ws.getCell(`A${r}`).value = c.a;
    ws.getCell(`B${r}`).value = c.b;
    ws.getCell(`C${r}`).value = c.w;
    ws.getCell(`D${r}`).value = `${c.direction}/${c.negative}`;
    ws.getCell(`E${r}`).value = { formula: scoreFormula(c.direction, { a: `A${r}`, b: `B${r}`, w: `C${r}` }, c.negative).replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  });
  await wb.xlsx.writeFile(file);
}
