/**
 * 从目标表生成自评表: an approved target table (layouts A–E) as ONE `绩效自评表` sheet, a block per project (officers
 * print one project per page: a page break after each block, a blank row between blocks), in the Anhui or the
 * Sichuan shape (docs/research/self-evaluation.md). Pure: rows of values and formulas, widths, merges, formats.
 *
 * Each block: title, 项目名称 / 主管部门 / 实施单位, the money block (年初预算数 from the project's amounts in 万元;
 * 全年/调整后预算数 = 年初 until the officer types an adjustment; 年度资金总额 = SUM of the parts; 执行率 and the
 * budget score as formulas, score-formulas.ts), the goal, the indicators (年度指标值 copied from the approved
 * annualTarget, else periodTarget; 分值 spread by points.ts so Σ = 100 exactly), the 总分/合计 row and a footer.
 * The officer types only 执行数, 实际完成值 and the qualitative rows' 得分.
 *
 * The number A a score formula compares with: Sichuan splits 指标性质 | 指标值 | 度量单位, so its 指标值 cell holds the
 * number itself. Anhui's 年度指标值 is text as approved (`≥90%`), so a narrow last column `指标值(数)` holds the
 * number — a helper the formulas reference, rather than VALUE() over text that may carry a label or a note.
 * Percentages are numbers in the target's own unit: `≥90%` is A = 90 and a completion of 98% is typed 98 (the
 * sheet's 填表说明 says so). A `≈` target, and a qualitative one, is scored by the officer (no formula).
 */
import { CellInput } from "../grid/cell-input";
import { a1, columnLetter } from "../grid/grid";
import type { SelfEvaluationRules } from "../rules/selfeval-rules";
import type { IndicatorOut, ProjectOut, SheetParse } from "../sheet/model";
import { parseTarget, type Operator, type Target } from "../values/target-parser";
import { moneyParts, moneyUnitOf } from "./money-lines";
import { bucketOf, pointsNumber, pointsText, spreadPoints } from "./points";
import { budgetScoreFormula, executedSumFormula, rateFormula, scoreFormula, sumFormula } from "./score-formulas";
import { scoreDirection, type ScoreDirection } from "./scoring";
import {
  FILL_NOTE, GOAL_LABELS, KEY_LABELS, LEVEL1_FALLBACK, QUALITATIVE_NATURE, SELF_EVALUATION_SHEET, SHAPE_TEXTS, selfEvalTitle, type SelfEvalShape, unitLine, levelWithPoints,
} from "./selfeval-texts";

export interface SelfEvaluationOptions {
  shape: SelfEvalShape;
  rules: SelfEvaluationRules;
  /** The evaluated year for the title; default the table's own year (none: a blank for the officer). */
  year?: number;
}

/** Where one indicator row's cells are (A1), for callers that fill or check the sheet. */
export interface IndicatorCells {
  row: number;
  name: string;
  /** null: scored by the officer (qualitative, ≈). */
  direction: ScoreDirection | null;
  /** 分值 in points. */
  points: number;
  /** The number the score compares with; null for a row without a formula. */
  target: number | null;
  cells: { target: string | null; completion: string; points: string; score: string };
}

export interface SelfEvalBlock {
  project: string;
  /** The block's cells, e.g. `A1:I24`. */
  range: string;
  /** The money block's total line: 年初/全年预算数, 执行数, 分值, 执行率, 得分; the parts' 执行数 cells. */
  budget: { row: number; budget: string; executed: string; share: string; rate: string; score: string; partsExecuted: string[] };
  indicators: IndicatorCells[];
  total: { row: number; points: string; score: string };
}

export interface SelfEvaluationSheet {
  name: string;
  rows: CellInput[][];
  widths: number[];
  /** A1 ranges to merge (`A1:H1`). */
  merges: string[];
  /** Number formats by A1 address (执行率 as a percentage). */
  numberFormats: Record<string, string>;
  /** 1-based rows a printed page ends after (one project per page). */
  pageBreaks: number[];
  /** 1-based rows printed bold (titles, headers, totals); 0-based columns that wrap. */
  boldRows: number[];
  wrapColumns: number[];
  blocks: SelfEvalBlock[];
}

/** Column layout of a shape, 0-based. */
interface Columns {
  width: number;
  /** Last column of the printed form (Anhui's helper column is after it). */
  last: number;
  money: { budget: number; adjusted: number; executed: number; share: number; rate: number; score: number };
  ind: { completion: number; points: number; score: number; target: number | null };
  goal: { expected: [number, number]; actual: [number, number] };
  widths: number[];
  wrap: number[];
}

const COLUMNS: Record<SelfEvalShape, Columns> = {
  // 一级 二级 三级 年度指标值 实际完成值 分值 得分 偏差原因 指标值(数); money: 项目资金 年初 全年 执行 分值 执行率 得分
  anhui: {
    width: 9,
    last: 7,
    money: { budget: 1, adjusted: 2, executed: 3, share: 4, rate: 5, score: 6 },
    ind: { completion: 4, points: 5, score: 6, target: 8 },
    goal: { expected: [1, 3], actual: [4, 7] },
    widths: [16, 14, 24, 18, 12, 8, 9, 26, 9],
    wrap: [0, 1, 2, 3, 7],
  },
  // 一级 二级 三级 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因; money: 预算执行情况 年初 调整后 执行数 执行率 权重 得分 原因
  sichuan: {
    width: 10,
    last: 9,
    money: { budget: 1, adjusted: 2, executed: 3, rate: 4, share: 5, score: 6 },
    ind: { completion: 6, points: 7, score: 8, target: 4 },
    goal: { expected: [1, 4], actual: [5, 9] },
    widths: [16, 14, 24, 8, 12, 9, 10, 8, 9, 24],
    wrap: [0, 1, 2, 9],
  },
};

const SIGN: Record<Operator, string> = { ">=": "≥", ">": "＞", "=": "＝", "<": "＜", "<=": "≤", "≈": "≈" };

const targetOf = (i: IndicatorOut): Target | null => i.annualTarget ?? i.periodTarget;

/** 年度指标值 as approved; `≥50台` where the table split it into cells (layout D's raw is just `50`). */
function targetText(t: Target): string {
  if (t.qualitative || t.value === null) return t.raw;
  const again = parseTarget(t.raw);
  if (again && again.operator === t.operator && again.value === t.value && again.unit === t.unit) return t.raw;
  return `${t.label ?? ""}${t.operator ? SIGN[t.operator] : ""}${t.value}${t.unit ?? ""}`;
}

/** A row the formulas can score: a number and a direction (≥ ＞ ＝ ≤ ＜, or a bare number read as ≥). */
function scorable(t: Target | null): { direction: ScoreDirection; value: number } | null {
  if (!t || t.qualitative || t.value === null) return null;
  const direction = scoreDirection(t);
  return direction ? { direction, value: t.value } : null;
}

/** Rows of one level 1 together (tables list them so already; a stray row joins its first run), otherwise in order. */
function grouped(rows: readonly IndicatorOut[]): IndicatorOut[] {
  const key = (i: IndicatorOut) => i.level1?.name ?? LEVEL1_FALLBACK[bucketOf(i)];
  const first = new Map<string, number>();
  rows.forEach((r, k) => first.has(key(r)) || first.set(key(r), k));
  return rows.map((r, k) => ({ r, k })).sort((x, y) => first.get(key(x.r))! - first.get(key(y.r))! || x.k - y.k).map((x) => x.r);
}

class SheetBuilder {
  readonly rows: CellInput[][] = [];
  readonly merges: string[] = [];
  readonly numberFormats: Record<string, string> = {};
  readonly boldRows: number[] = [];
  constructor(private readonly width: number) {}

  /** Append a row; returns its 1-based number. */
  put(cells: CellInput[], bold = false): number {
    const row = [...cells];
    while (row.length < this.width) row.push(null);
    this.rows.push(row);
    if (bold) this.boldRows.push(this.rows.length);
    return this.rows.length;
  }

  merge(row: number, c0: number, c1: number, row1 = row): void {
    if (c1 > c0 || row1 > row) this.merges.push(`${a1(row - 1, c0)}:${a1(row1 - 1, c1)}`);
  }
}

const at = (row: number, col: number) => a1(row - 1, col);

export function selfEvaluationSheet(parsed: SheetParse, options: SelfEvaluationOptions): SelfEvaluationSheet {
  const cols = COLUMNS[options.shape];
  const b = new SheetBuilder(cols.width);
  const blocks: SelfEvalBlock[] = [];
  const pageBreaks: number[] = [];
  const money = moneyUnitOf(parsed.moneyUnit);
  for (const project of parsed.projects) {
    if (blocks.length) b.put([]);
    const indicators = grouped(parsed.indicators.filter((i) => i.projectRow === project.row));
    blocks.push(writeBlock(b, parsed, project, indicators, options, cols, money.unit, money.shift));
    pageBreaks.push(b.rows.length);
  }
  pageBreaks.pop(); // the last page ends by itself
  return {
    name: SELF_EVALUATION_SHEET,
    rows: b.rows,
    widths: cols.widths,
    merges: b.merges,
    numberFormats: b.numberFormats,
    pageBreaks,
    boldRows: b.boldRows,
    wrapColumns: cols.wrap,
    blocks,
  };
}

function writeBlock(
  b: SheetBuilder, parsed: SheetParse, project: ProjectOut, indicators: IndicatorOut[], options: SelfEvaluationOptions, cols: Columns, unit: string | null, shift: number,
): SelfEvalBlock {
  const { shape, rules } = options;
  const texts = SHAPE_TEXTS[shape];
  const first = b.put([selfEvalTitle(options.year ?? parsed.year)], true);
  b.merge(first, 0, cols.last);
  if (shape === "sichuan" && unit) b.put([unitLine(unit)]);
  for (const [label, value] of [
    [KEY_LABELS.project, project.name],
    [KEY_LABELS.department, parsed.department ?? project.department ?? ""],
    [KEY_LABELS.unit, project.unit ?? ""],
  ] as const) {
    const r = b.put([label, value]);
    b.merge(r, 1, cols.last);
  }

  // Money block: header, the total line (SUM of the parts), the parts.
  const share = pointsNumber(Math.round(rules.budgetShare * 100));
  const header = texts.moneyHeader(String(share), unit);
  b.put(header, true);
  const m = cols.money;
  const parts = moneyParts(project.amounts, shape, shift);
  const totalRow = b.rows.length + 1;
  const firstPart = totalRow + 1;
  const lastPart = totalRow + texts.moneyLines.length - 1;
  const colRange = (c: number) => `${at(firstPart, c)}:${at(lastPart, c)}`;
  const line = (r: number, cells: Record<number, CellInput>, label: string): void => {
    const row: CellInput[] = [label];
    for (const [c, v] of Object.entries(cells)) row[Number(c)] = v;
    b.put(row, r === totalRow);
    b.numberFormats[at(r, m.rate)] = "0.00%";
  };
  const refs = (r: number) => ({ budget: at(r, m.adjusted), executed: at(r, m.executed), share: at(r, m.share), rate: at(r, m.rate) });
  line(totalRow, {
    [m.budget]: { formula: sumFormula(colRange(m.budget)) },
    [m.adjusted]: { formula: sumFormula(colRange(m.adjusted)) },
    [m.executed]: { formula: executedSumFormula(colRange(m.executed)) },
    [m.share]: share,
    [m.rate]: { formula: rateFormula(refs(totalRow)) },
    [m.score]: { formula: budgetScoreFormula(refs(totalRow)) },
  }, texts.moneyLines[0]);
  texts.moneyLines.slice(1).forEach((label, k) => {
    const r = firstPart + k;
    line(r, {
      [m.budget]: parts ? parts[k] : null,
      [m.adjusted]: { formula: `=${at(r, m.budget)}` },
      [m.rate]: { formula: rateFormula(refs(r)) },
    }, label);
  });

  // Goal: 年度总体目标 | 预期目标 | 实际完成情况, then the approved goal and a blank for what was done.
  const g = cols.goal;
  const goalHead: CellInput[] = [GOAL_LABELS.goal];
  goalHead[g.expected[0]] = GOAL_LABELS.expected;
  goalHead[g.actual[0]] = GOAL_LABELS.actual;
  const gh = b.put(goalHead, true);
  const goalRow: CellInput[] = [null];
  goalRow[g.expected[0]] = project.goals?.annual ?? project.goal ?? "";
  const gr = b.put(goalRow);
  b.merge(gh, 0, 0, gr);
  for (const r of [gh, gr]) {
    b.merge(r, g.expected[0], g.expected[1]);
    b.merge(r, g.actual[0], g.actual[1]);
  }

  // Indicators.
  b.put([...texts.indicatorHeader], true);
  const points = spreadPoints(indicators, rules.budgetShare);
  const firstInd = b.rows.length + 1;
  const level1 = (i: IndicatorOut) => i.level1?.name ?? LEVEL1_FALLBACK[bucketOf(i)];
  const cells: IndicatorCells[] = [];
  indicators.forEach((ind, k) => {
    const r = firstInd + k;
    const t = targetOf(ind);
    const s = scorable(t);
    const name = level1(ind);
    const runStart = k === 0 || level1(indicators[k - 1]) !== name;
    let runPoints = 0;
    let runEnd = k;
    if (runStart) {
      while (runEnd + 1 < indicators.length && level1(indicators[runEnd + 1]) === name) runEnd++;
      for (let j = k; j <= runEnd; j++) runPoints += points[j];
      b.merge(r, 0, 0, r + runEnd - k);
    }
    const row: CellInput[] = [runStart ? (shape === "anhui" ? levelWithPoints(name, pointsText(runPoints)) : name) : null, ind.level2?.name ?? "", ind.name];
    const ic = cols.ind;
    const targetCell = s && ic.target !== null ? at(r, ic.target) : null;
    if (shape === "anhui") {
      row[3] = t ? targetText(t) : "";
      if (s) row[ic.target!] = s.value;
    } else {
      const quantitative = t !== null && !t.qualitative && t.value !== null;
      // A bare number (`100%`) is read as ≥, as the platform scores it; the sign cell says so.
      row[3] = quantitative ? SIGN[t.operator ?? ">="] : QUALITATIVE_NATURE;
      row[4] = quantitative ? t.value : (t?.raw ?? "");
      row[5] = quantitative ? (t.unit ?? "") : "";
    }
    row[ic.points] = pointsNumber(points[k]);
    const refsOf = { a: targetCell ?? "", b: at(r, ic.completion), w: at(r, ic.points) };
    if (s && targetCell) row[ic.score] = { formula: scoreFormula(s.direction, refsOf, rules.negativeFormula) };
    b.put(row);
    cells.push({
      row: r,
      name: ind.name,
      direction: s?.direction ?? null,
      points: pointsNumber(points[k]),
      target: s?.value ?? null,
      cells: { target: targetCell, completion: refsOf.b, points: refsOf.w, score: at(r, ic.score) },
    });
  });

  // 总分 / 合计: the budget share and every row's 分值; the budget score and every row's 得分.
  const ic = cols.ind;
  const lastInd = firstInd + indicators.length - 1;
  const span = (c: number) => (indicators.length ? `,${at(firstInd, c)}:${at(lastInd, c)}` : "");
  const totalCells: CellInput[] = [texts.totalLabel];
  totalCells[ic.points] = { formula: `=SUM(${at(totalRow, m.share)}${span(ic.points)})` };
  totalCells[ic.score] = { formula: `=SUM(${at(totalRow, m.score)}${span(ic.score)})` };
  const tr = b.put(totalCells, true);
  b.merge(tr, 0, ic.points - 1);

  for (const label of texts.footer) {
    const r = b.put([label]);
    b.merge(r, 1, cols.last);
  }
  const note = b.put([FILL_NOTE]);
  b.merge(note, 0, cols.last);

  return {
    project: project.name,
    range: `A${first}:${columnLetter(cols.width - 1)}${note}`,
    budget: {
      row: totalRow,
      budget: at(totalRow, m.adjusted),
      executed: at(totalRow, m.executed),
      share: at(totalRow, m.share),
      rate: at(totalRow, m.rate),
      score: at(totalRow, m.score),
      partsExecuted: texts.moneyLines.slice(1).map((_, k) => at(firstPart + k, m.executed)),
    },
    indicators: cells,
    total: { row: tr, points: at(tr, ic.points), score: at(tr, ic.score) },
  };
}
