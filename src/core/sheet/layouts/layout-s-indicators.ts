/**
 * Layout S, the indicator block: 一级 (with its points, `产出指标(50分)`) | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 |
 * 实际完成值 | 分值 | 得分 | 偏差原因, merged 一级/二级 cells blank below their first row (LevelTracker, as layout D);
 * then the 总分 / 合计 row and the footer (评价结论, 存在问题, 改进措施). Each indicator goes through the builder, then
 * gets its IndicatorScore and the score the rule set's formula gives.
 */
import { CellValue, columnLetter, cellText } from "../../grid/grid";
import { dec, toNum } from "../../_lib/exact";
import { finding } from "../../_lib/findings";
import { LevelTracker } from "../../indicator/level-tracker";
import { FrameworkIndex } from "../../rules/framework";
import { quantitativeScore, scoreDirection } from "../../selfeval/scoring";
import type { IndicatorScore, LevelPoints, NumberCell, SelfEvalProject, TextCell } from "../../selfeval/model";
import type { SelfEvaluationRules } from "../../rules/selfeval-rules";
import { parseTarget, Target } from "../../values/target-parser";
import { foldTraditional } from "../../_lib/text";
import { ProjectOut } from "../model";
import { SheetBuilder } from "../sheet-builder";
import { isEllipsisMark, isFormFooter } from "../vocabulary";
import { leftShiftOf, shifted } from "../realign";
import { ColumnMap, mapColumns } from "./detect";
import { target } from "./layout-d";
import type { Row, Sheet } from "./layout-e-cells";
import { FooterField, footerFieldOf, IndicatorRole, INDICATOR_ROLES, isTotalLabel, numberCell, pointsOf } from "./layout-s-words";

export type IndicatorPart = Pick<SelfEvalProject, "levelPoints" | "total" | "conclusion" | "problems" | "measures">;

/** Read the indicator block from its header row to hi (exclusive); returns the block's parts and its last row. */
export function readIndicators(s: Sheet, header: number, hi: number, project: ProjectOut, b: SheetBuilder, rules: SelfEvaluationRules): IndicatorPart & { last: number } {
  const cols = mapColumns(s.cells[header], INDICATOR_ROLES);
  const levels = new LevelTracker(b.ctx.framework);
  const out: IndicatorPart = { levelPoints: [], total: null, conclusion: null, problems: null, measures: null };
  const width = s.cells[header].length;
  // The row being read, realigned when cells were lost left of it (`by` blanks in front; `at` the real column).
  let row: Row = [];
  let by = 0;
  const at = (c: number) => (c >= by ? c - by : c);
  const raw = (c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
  const num = (r: number, c: number | undefined): NumberCell | null => (c === undefined || raw(c) === "" ? null : numberCell(row[c], r, at(c)));
  const text = (r: number, c: number | undefined): TextCell | null => (c === undefined || raw(c) === "" ? null : { row: r + 1, col: at(c), text: raw(c) });
  let last = header;
  let footerSeen = false;
  /** A level cell, with the points it names kept as levelPoints (`产出指标(50分)`). */
  const level = (r: number, c: number, one: boolean, explicit1: boolean) => {
    const { name, points } = pointsOf(cells[c]);
    if (points !== null) out.levelPoints.push({ name, points, row: r + 1, col: at(c) } satisfies LevelPoints);
    if (one) levels.set1(name);
    else levels.set2(name, r + 1, columnLetter(at(c)), explicit1, b.findings);
  };
  let cells: readonly string[] = [];
  for (let r = header + 1; r < hi; r++) {
    cells = s.cells[r];
    row = s.raw[r];
    by = 0;
    const first = cells.findIndex((t) => t !== "");
    if (first < 0) continue;
    last = r;
    const firstText = cells[first];
    const footer = footerFieldOf(firstText);
    if (footer) {
      footerSeen = true;
      setFooter(out, footer, s, r, first);
      continue;
    }
    if (isTotalLabel(firstText) && (cols.l3 === undefined || first <= cols.l3)) {
      out.total = readTotal(s, r, first, cols.maxScore, cols.score);
      continue;
    }
    if (footerSeen || isFormFooter(firstText)) {
      if (!isFormFooter(firstText)) b.note(finding("unrecognized-row", r + 1, null, { params: { text: filled(s, r).slice(0, 60) } }));
      continue;
    }
    by = leftShift(cells, cols, b.ctx.framework, width);
    if (by > 0) {
      row = shifted<CellValue>(row, 0, by, null);
      cells = shifted(cells, 0, by, "");
      b.note(finding("realigned-row", r + 1, null, { params: { name: cellText(row[cols.l3!]) } }));
    }
    const l1 = raw(cols.l1);
    const l2 = raw(cols.l2);
    if (l1) level(r, cols.l1!, true, true);
    if (l2) level(r, cols.l2!, false, !!l1);
    const name = raw(cols.l3);
    const maxScore = num(r, cols.maxScore);
    // A blank 得分 is kept as a blank cell (value null) so "得分未填写" names the 得分 cell, not the 分值 one.
    const score = cols.score === undefined ? null : numberCell(row[cols.score], r, at(cols.score));
    // A lone level row in the name column (a shape without 一级/二级 columns): `产出指标(40分)`.
    if (name && !maxScore && !score?.raw && cols.l1 === undefined && levels.isLevelText(pointsOf(cells[cols.l3!]).name)) {
      const { name: lv, points } = pointsOf(cells[cols.l3!]);
      if (points !== null) out.levelPoints.push({ name: lv, points, row: r + 1, col: at(cols.l3!) });
      levels.setSingle(lv, r + 1, columnLetter(at(cols.l3!)), b.findings);
      continue;
    }
    if (!name || isEllipsisMark(cells[cols.l3!])) {
      if (!l1 && !l2 && !isEllipsisMark(firstText)) b.note(finding("unrecognized-row", r + 1, null, { params: { text: filled(s, r).slice(0, 60) } }));
      continue;
    }
    const nature = raw(cols.nature);
    const measure = raw(cols.measure);
    // Chongqing writes 年初 and 调整后 values: the adjusted one counts when it is filled.
    const targetCol = [cols.adjusted, cols.annual, cols.initial].find((c) => c !== undefined && raw(c) !== "");
    const annual = targetCol === undefined ? null : target(raw(targetCol), nature, measure);
    b.indicatorRow({ row: r + 1, column: columnLetter(at(cols.l3!)), group: 1, seq: null, ...levels.state(), name, periodTarget: null, annualTarget: annual }, project);
    const completionCell = text(r, cols.completion);
    const completion = completionCell ? completionOf(completionCell.text, nature, measure, annual) : null;
    const sc: IndicatorScore = {
      maxScore,
      score,
      completion,
      completionCell,
      targetCell: targetCol === undefined ? null : text(r, targetCol),
      reason: text(r, cols.reason) ?? text(r, cols.describe),
    };
    sc.expectedScore = expectedScore(annual, completion, maxScore, rules);
    b.indicators[b.indicators.length - 1].score = sc;
  }
  return { ...out, last };
}

/**
 * Cells lost left from merges in a copy from a web page (`| 数量指标 | 垃圾清运量 | ≥3000吨 | …`), found by the rule
 * of realign.ts. A name that is no level left of the 三级 column moves only when 分值 is a number once shifted, and
 * not before: a level name the framework does not know looks the same. Returns how many blanks go in front.
 */
function leftShift(cells: readonly string[], cols: ColumnMap<IndicatorRole>, fw: FrameworkIndex, width: number): number {
  const isNum = (t: string | undefined) => t !== undefined && t !== "" && numberCell(t, 0, 0).value !== null;
  return leftShiftOf(cells, cols, fw, width, (by) => cols.maxScore === undefined || (!isNum(cells[cols.maxScore]) && isNum(cells[cols.maxScore - by])));
}

/**
 * 实际完成值 as a Target: a bare number (`90` beside `≥100人`) is in the row's 度量单位, else the target's unit;
 * 定性 rows and words stay qualitative. No comparator is taken over: a completion states a value.
 */
function completionOf(raw: string, nature: string, measure: string, annual: Target | null): Target | null {
  const t = parseTarget(raw);
  if (!t) return null;
  if (t.qualitative || nature === "定性") return t;
  return { ...t, unit: t.unit ?? (measure ? foldTraditional(measure) : (annual?.unit ?? null)) };
}

/** S4 over A (the target), B (the completion) and W (分值): in points, two decimals; null when any is not a number. */
export function expectedScore(a: Target | null, bt: Target | null, w: NumberCell | null, rules: SelfEvaluationRules): number | null {
  if (!a || a.qualitative || a.value === null || !bt || bt.qualitative || bt.value === null || w?.value == null) return null;
  const direction = scoreDirection(a);
  const [da, db, dw] = [dec(a.value), dec(bt.value), dec(w.value)];
  if (!direction || !da || !db || !dw) return null;
  return toNum(quantitativeScore(direction, da, db, dw, rules.negativeFormula).score);
}

/** The 总分 row: its 分值 and 得分 cells; where those columns are blank, the numbers right of the label in order. */
function readTotal(s: Sheet, r: number, labelCol: number, maxCol: number | undefined, scoreCol: number | undefined): IndicatorPart["total"] {
  const at = (c: number | undefined) => (c === undefined || cellText(s.raw[r][c]) === "" ? null : numberCell(s.raw[r][c], r, c));
  let maxScore = at(maxCol);
  let score = at(scoreCol);
  if (!maxScore || !score) {
    const nums = s.raw[r].map((v, c) => numberCell(v, r, c)).filter((n) => n.col > labelCol && n.value !== null && n.col !== maxScore?.col && n.col !== score?.col);
    if (!maxScore && !score && nums.length === 1) score = nums[0];
    else {
      if (!maxScore) maxScore = nums.shift() ?? null;
      if (!score) score = nums.shift() ?? null;
    }
  }
  // A blank 得分 cell is kept, as on the indicator rows.
  return { row: r + 1, maxScore, score: score ?? (scoreCol === undefined ? null : numberCell(s.raw[r][scoreCol], r, scoreCol)) };
}

/** `评价结论 | 优`, or `评价结论：优` in one cell. */
function setFooter(out: IndicatorPart, field: FooterField, s: Sheet, r: number, c: number): void {
  if (out[field]) return;
  const row = s.raw[r];
  for (let k = c + 1; k < row.length; k++) {
    const t = cellText(row[k]);
    if (t) {
      out[field] = { row: r + 1, col: k, text: t };
      return;
    }
  }
  const m = /^[^:：]+[:：]\s*(.+)$/s.exec(cellText(row[c]));
  out[field] = { row: r + 1, col: c, text: m ? m[1].trim() : "" };
}

function filled(s: Sheet, r: number): string {
  return s.raw[r].map((v) => cellText(v)).filter((t) => t !== "").join(" | ");
}
