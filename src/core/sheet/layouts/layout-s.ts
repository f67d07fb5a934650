/**
 * Layout S, the 绩效自评表 (issue 15; docs/research/self-evaluation.md): one or more blocks per sheet, each a
 * money block, a goal row, a columnar indicator block with 分值 / 实际完成值 / 得分, a 总分 row and a footer.
 *
 * A block is found by its indicator header (layout-s-words.ts isSelfEvalHeader); the block above a later header
 * starts at its title, 项目名称 or money header. This module finds the blocks and reads each one's name and goal;
 * layout-s-money.ts reads the money block, layout-s-indicators.ts the indicators, the total and the footer.
 */
import { Grid, a1, cellText } from "../../grid/grid";
import { SheetBuilder } from "../sheet-builder";
import { NormRows } from "../norm-rows";
import { SelfEvaluationRules } from "../../rules/selfeval-rules";
import type { SelfEvalProject } from "../../selfeval/model";
import { ProjectOut } from "../model";
import { departmentFromTitle, formFieldOf, formFieldRank, goalKindOf, labelKey, moneyUnitFromTitle } from "../vocabulary";
import { isTitleRow, lastColumn, Sheet, valueRightOf } from "./layout-e-cells";
import { budgetColumnsOf, readBudget } from "./layout-s-money";
import { readIndicators } from "./layout-s-indicators";
import { isSelfEvalHeader } from "./layout-s-words";

/** A 部门整体 table names its department where a project table names the project. */
const DEPT_NAME = /^(部门\(单位\)名称|部门名称|单位名称|预算单位名称|部门\(单位\))$/;
const TITLE = /自评表|自评报告/;

export function readLayoutS(grid: Grid, headerRow: number, b: SheetBuilder, norms: NormRows, rules: SelfEvaluationRules): { department: string | null; moneyUnit: string | null } {
  const s: Sheet = { raw: grid.rows, cells: grid.rows.map((_, r) => norms.row(r)) };
  const headers: number[] = [];
  for (let r = headerRow; r < s.cells.length; r++) if (isSelfEvalHeader(s.cells[r])) headers.push(r);
  const starts = headers.map((h, k) => (k === 0 ? 0 : blockStart(s, headers[k - 1], h)));
  let moneyUnit: string | null = null;
  let department: string | null = null;
  for (let r = 0; r < headerRow; r++) {
    for (const v of grid.rows[r]) {
      department = department ?? departmentFromTitle(cellText(v));
      moneyUnit = moneyUnit ?? moneyUnitFromTitle(cellText(v));
    }
  }
  headers.forEach((h, k) => {
    const hi = k + 1 < starts.length ? starts[k + 1] : s.cells.length;
    const p = readBlock(s, starts[k], h, hi, grid.name, department, b, rules);
    moneyUnit = moneyUnit ?? p.selfEval?.budget?.unit ?? null;
    if (k === 0) department = department ?? p.department;
  });
  return { department, moneyUnit };
}

/** Where the block of header h starts: its first title, name or money row after the block above, with the titles over it. */
function blockStart(s: Sheet, prev: number, h: number): number {
  let start = h;
  for (let r = prev + 1; r < h; r++) {
    const cells = s.cells[r];
    if (cells.some((t) => TITLE.test(t) || (t.length <= 14 && (formFieldOf(t) === "name" || DEPT_NAME.test(labelKey(t))))) || budgetColumnsOf(cells)) {
      start = r;
      break;
    }
  }
  while (start - 1 > prev && s.cells[start - 1].some((t) => t !== "") && isTitleRow(s, start - 1)) start--;
  return start;
}

function readBlock(s: Sheet, lo: number, header: number, hi: number, sheetName: string, sheetDept: string | null, b: SheetBuilder, rules: SelfEvaluationRules): ProjectOut {
  const fields = new Map<string, { value: string; rank: number }>();
  const set = (key: string, value: string, rank: number) => {
    const had = fields.get(key);
    if (value && (!had || rank < had.rank)) fields.set(key, { value, rank });
  };
  let nameRow = lo;
  for (let r = lo; r < header; r++) {
    s.cells[r].forEach((t, c) => {
      if (!t || t.length > 14) {
        const inCell = t ? departmentFromTitle(cellText(s.raw[r][c])) : null;
        if (inCell) set("deptName", inCell, 100);
        return;
      }
      const field = formFieldOf(t);
      const key = field === "name" ? "name" : DEPT_NAME.test(labelKey(t)) ? "deptName" : field;
      if (key === null) return;
      const v = valueRightOf(s, r, c);
      if (v < 0) return;
      set(key, cellText(s.raw[r][v]), formFieldRank(t));
      if (key === "name" || (key === "deptName" && !fields.has("name"))) nameRow = r;
    });
  }
  const get = (key: string) => fields.get(key)?.value ?? null;
  const deptName = get("deptName");
  const project: ProjectOut = {
    row: nameRow + 1,
    name: get("name") ?? deptName ?? sheetDept ?? sheetName,
    unit: get("unit") ?? (get("name") ? null : deptName),
    department: get("department") ?? (get("name") ? sheetDept : deptName ?? sheetDept),
    amounts: null,
    indicatorCount: 0,
  };
  b.projects.push(project);
  const budget = readBudget(s, lo, header);
  const goal = readGoal(s, lo, header);
  const ind = readIndicators(s, header, hi, project, b, rules);
  const total = budget?.lines.find((l) => l.total);
  const amount = total?.cells.adjusted?.value ?? total?.cells.initial?.value ?? null;
  if (amount !== null && amount !== undefined) project.amounts = { total: amount, fiscal: 0, specialAccount: 0, other: 0 };
  if (goal) project.goal = goal.expected;
  const selfEval: SelfEvalProject = {
    range: `${a1(lo, 0)}:${a1(ind.last, lastColumn(s, lo, ind.last))}`,
    budget,
    goal,
    levelPoints: ind.levelPoints,
    total: ind.total,
    conclusion: ind.conclusion,
    problems: ind.problems,
    measures: ind.measures,
  };
  project.selfEval = selfEval;
  return project;
}

const EXPECTED = /^(预期目标|目标|年度目标|计划目标)$/;
const ACTUAL = /^(实际完成情况|完成情况|实际完成|目标完成情况)$/;

/**
 * `年度总体目标 | 预期目标 | 实际完成情况` with the texts below (or to the right of each heading); a goal label with
 * its text beside it and no headings is the expected goal alone.
 */
function readGoal(s: Sheet, lo: number, hi: number): SelfEvalProject["goal"] {
  for (let r = lo; r < hi; r++) {
    const cells = s.cells[r];
    const g = cells.findIndex((t) => t !== "" && (goalKindOf(t) === "annual" || goalKindOf(t) === "holder"));
    if (g < 0) continue;
    const e = cells.findIndex((t, c) => c > g && EXPECTED.test(t));
    const a = cells.findIndex((t, c) => c > g && ACTUAL.test(t));
    const below = (c: number) => (r + 1 < hi && !isSelfEvalHeader(s.cells[r + 1]) ? cellText(s.raw[r + 1][c]) || null : null);
    const beside = (c: number) => {
      const v = valueRightOf(s, r, c);
      return v >= 0 && !EXPECTED.test(cells[v]) && !ACTUAL.test(cells[v]) ? cellText(s.raw[r][v]) : null;
    };
    if (e < 0 && a < 0) return { row: r + 1, expected: beside(g), actual: null };
    return { row: r + 1, expected: e < 0 ? null : (beside(e) ?? below(e)), actual: a < 0 ? null : (beside(a) ?? below(a)) };
  }
  return null;
}
