/**
 * Layout E (§3, issue 14): the national single-project form (项目支出绩效目标表 / 申报表 / 审批表), one project per
 * form, one form or several per sheet — a new form starts at its 项目名称 label (with the title lines above it).
 *
 * A form is read by its words (vocabulary.ts), wherever they sit:
 * - key–value cells: a label and the first filled cell to its right (or both in one cell, `负责人：某某`);
 * - money: labels (年度资金总额 / 其中：财政拨款 / 其他资金 …) each with the value to its right, in different rows;
 *   labels in one column are one block, so 实施期 | 年度 side by side are two blocks, each reconciled as a row-sum
 *   (年度资金总额 = 财政拨款 + 财政专户 + 其他资金) with its cells where they really are. The project's amounts are the
 *   annual block's. A cell that cannot be read for certain (`854万854万(…)`, money in a sentence, more than two
 *   decimals) is said as info, and that block is not reconciled: a false money error is worse than none;
 * - goals: 中长期 / 实施期 and 年度 headers with the text beside or below them;
 * - the indicator block(s): 一级 | 二级 | 三级 | 指标值 … with merged blanks, 实施期 and 年度 side by side (by header
 *   or by position) or stacked in two blocks (长期绩效指标 / 年度绩效指标, by the block's label); rows shifted left
 *   by merged cells lost in a copy from a web page realigned as in layouts D and S (realign.ts).
 *
 * This module finds the forms and reads each one's fields; layout-e-cells.ts holds the key–value reading and the
 * goals, layout-e-money.ts the money blocks, layout-e-indicators.ts the indicator blocks.
 */
import { Grid, a1, cellText } from "../../grid/grid";
import { finding } from "../../_lib/findings";
import { CostTable, MoneyKey, MoneyRow, ProjectOut, ProjectPeriod } from "../model";
import { amountWithUnit } from "../../values/money";
import { SheetBuilder } from "../sheet-builder";
import { NormRows } from "../norm-rows";
import {
  FormField,
  formFieldOf,
  formFieldRank,
  goalKindOf,
  inCellField,
  isFormIndicatorHeader,
  isMoneyProse,
  moneyLabelOf,
  moneyUnitFromTitle,
  moneyUnitOfLabel,
  norm,
  periodOf,
} from "../vocabulary";
import { projectLabelAt } from "./detect";
import { Sheet, valueRightOf, isTitleRow, lastColumn, readGoals } from "./layout-e-cells";
import { MoneyEntry, noteUnsure, readMoney } from "./layout-e-money";
import { moneyProseLines, moneyProseUnit } from "./layout-e-prose";
import { readIndicatorBlocks } from "./layout-e-indicators";
import { costTableTotal, readCostTables } from "./layout-e-cost";

export interface LayoutEResult {
  department: string | null;
  moneyUnit: string | null;
  money: MoneyRow[];
  moneyKeys: MoneyKey[];
  costTables: CostTable[];
}

export function readLayoutE(grid: Grid, b: SheetBuilder, norms: NormRows = new NormRows(grid)): LayoutEResult {
  const s: Sheet = { raw: grid.rows, cells: grid.rows.map((_, r) => norms.row(r)) };
  const starts: number[] = [];
  for (let r = 0; r < s.cells.length; r++) if (projectLabelAt(s.cells[r]) >= 0) starts.push(r);
  const bounds = starts.map((st, k) => {
    let lo = k === 0 ? 0 : st;
    if (k > 0) while (lo - 1 > starts[k - 1] && isTitleRow(s, lo - 1)) lo--;
    return lo;
  });
  let moneyUnit: string | null = null;
  // The unit is the sheet's: from a title line or a money block's label, else the first amount written with one.
  for (const row of s.cells) for (const t of row) if (t) moneyUnit = moneyUnit ?? moneyUnitFromTitle(t) ?? moneyUnitOfLabel(t);
  if (!moneyUnit) {
    for (let r = 0; r < s.raw.length && !moneyUnit; r++) {
      for (const v of s.raw[r]) {
        if (moneyUnit) break;
        const t = norm(v);
        if (moneyLabelOf(t) === null) moneyUnit = amountWithUnit(v, "元")?.unit ?? (isMoneyProse(t) ? moneyProseUnit(cellText(v)) : null);
      }
    }
  }
  const money: MoneyRow[] = [];
  const costTables: CostTable[] = [];
  let department: string | null = null;
  starts.forEach((st, k) => {
    const hi = k + 1 < bounds.length ? bounds[k + 1] : s.cells.length;
    const form = readForm(s, bounds[k], st, hi, moneyUnit, b, money, costTables);
    if (k === 0) department = form.department;
  });
  const keys = new Set<MoneyKey>();
  for (const m of money) for (const key of Object.keys(m.cells) as MoneyKey[]) keys.add(key);
  const moneyKeys = (["total", "fiscal", "specialAccount", "other"] as const).filter((key) => keys.has(key));
  return { department, moneyUnit, money, moneyKeys, costTables };
}

function readForm(
  s: Sheet,
  lo: number,
  nameRow: number,
  hi: number,
  moneyUnit: string | null,
  b: SheetBuilder,
  money: MoneyRow[],
  costTables: CostTable[],
): { department: string | null } {
  let blockStart = hi;
  for (let r = nameRow; r < hi; r++) {
    if (isFormIndicatorHeader(s.cells[r])) {
      blockStart = r;
      break;
    }
  }
  const fields = new Map<FormField, { value: string; rank: number }>();
  const setField = (field: FormField, value: string, rank: number) => {
    const had = fields.get(field);
    if (value && (!had || rank < had.rank)) fields.set(field, { value, rank });
  };
  const entries: MoneyEntry[] = [];
  const goals: { row: number; col: number; kind: "period" | "annual" | "holder" }[] = [];
  const prose: { row: number; col: number; label: string; text: string }[] = [];
  let lastRow = lo;
  const costs = readCostTables(s, lo, blockStart, moneyUnit, b);
  const inCostTable = (r: number) => costs.some((t) => r >= t.first && r <= t.last);
  for (let r = lo; r < blockStart; r++) {
    const row = s.cells[r];
    if (inCostTable(r)) {
      lastRow = r;
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const t = row[c];
      if (!t) continue;
      lastRow = r;
      const field = t.length <= 14 ? formFieldOf(t) : null;
      if (field) {
        const v = valueRightOf(s, r, c);
        if (v >= 0) setField(field, cellText(s.raw[r][v]), formFieldRank(t));
        continue;
      }
      const inCell = inCellField(cellText(s.raw[r][c]));
      if (inCell) {
        setField(inCell.field, inCell.value, formFieldRank(norm(cellText(s.raw[r][c]).split(/[:：]/)[0])) + 100);
        continue;
      }
      const label = t.length <= 14 ? moneyLabelOf(t) : null;
      if (label) {
        let v = valueRightOf(s, r, c);
        // A blank value: the cell right of the label (what a user would fill in).
        if (v < 0) v = c + 1;
        entries.push({ row: r, col: c, label, text: cellText(s.raw[r][c]), valueCol: v, value: s.raw[r][v] ?? null });
        continue;
      }
      const goal = goalKindOf(t);
      if (goal) {
        goals.push({ row: r, col: c, kind: goal });
        continue;
      }
      if (isMoneyProse(t)) {
        const left = row.slice(0, c).reverse().find((x) => x !== "");
        prose.push({ row: r, col: c, label: left ? cellText(s.raw[r][row.lastIndexOf(left, c - 1)]) : "", text: cellText(s.raw[r][c]) });
      }
    }
  }
  const get = (f: FormField) => fields.get(f)?.value ?? null;
  const name = get("name") ?? "";
  const periodRaw = get("period");
  const project: ProjectOut = {
    row: nameRow + 1,
    name,
    unit: get("unit"),
    department: get("department"),
    amounts: null,
    indicatorCount: 0,
  };
  b.projects.push(project);
  // Money in a sentence is read line by line, all in its cell, when every part of it is a money line for certain.
  const unread: typeof prose = [];
  for (const p of prose) {
    const lines = moneyProseLines(p.text);
    if (!lines) unread.push(p);
    else lines.forEach((l, i) => entries.push({ row: p.row, col: p.col, label: l.label, text: l.text, valueCol: p.col, value: l.amount, inCell: i }));
  }
  const unsure = readMoney(s, entries, moneyUnit, project, b, money, costTables);
  for (const t of costs) costTables.push({ ...t.table, project: name });
  // A form whose only money is its cost table: the project's amount is the table's 合计.
  const costTotal = costTableTotal(costs.map((t) => t.table));
  if (!entries.length && !project.amounts && costTotal !== null) project.amounts = { total: costTotal / 100, fiscal: 0, specialAccount: 0, other: 0 };
  for (const p of unread) {
    noteUnsure(b, p.row, p.col, p.label, p.text);
    unsure.push(p.row);
  }
  if (unread.length) project.amounts = null;
  const end = readIndicatorBlocks(s, blockStart, hi, project, b);
  project.range = `${a1(lo, 0)}:${a1(Math.max(end, lastRow), lastColumn(s, lo, Math.max(end, lastRow)))}`;
  if (periodRaw !== null) project.period = { raw: periodRaw, ...periodOf(periodRaw) } satisfies ProjectPeriod;
  const read = readGoals(s, goals, blockStart);
  for (const r of read.shifted) b.note(finding("realigned-row", r + 1, null, { params: { name: cellText(s.raw[r].find((v) => cellText(v) !== "")) } }));
  project.goals = read.goals;
  project.goal = project.goals.annual ?? project.goals.period; // what 年度对比 compares, as for the other layouts
  return { department: project.department };
}
