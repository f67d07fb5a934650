/**
 * 插入项目模板 (§8) in the core: where template rows go and what they hold, for a parsed sheet and a selected row.
 * Layout A: whole rows inside the selected unit's block — after the selected project, or at the block's end when the
 * unit row is selected — with a name placeholder, 总计 as a live formula of its parts, empty amounts, a goal
 * placeholder and the indicator skeleton. Layout C: after the selected project, 主管部门/预算单位 copied from it.
 * Layout B: key-task rows in the key-task section, or indicator rows at the end of the indicator block (inserting
 * inside it would change the "same as above" levels of the rows below). Pure: the actions do the writing.
 */
import { LAYOUT_A_ROLES } from "../sheet/layouts/layout-a";
import { LAYOUT_C_ROLES } from "../sheet/layouts/layout-c";
import { ComposeStyle, styleOf } from "./composer";
import { DEFAULT_FRAMEWORK, Framework } from "../rules/framework";
import { CellValue, Grid, cellText, columnIndex, columnLetter } from "../grid/grid";
import { detectLayout, mapColumns } from "../sheet/layouts/detect";
import type { CellInput } from "../grid/cell-input";
import { Layout, MoneyRow, SheetParse } from "../sheet/model";
import { norm } from "../sheet/vocabulary";
import { PLACEHOLDER_VALUE, indicatorSkeleton, placeholderName, templateCategories } from "./skeleton";

export const NAME_PLACEHOLDER = "【项目名称】";
export const GOAL_PLACEHOLDER = "【绩效目标】";
export const TASK_PLACEHOLDERS = { name: "【任务名称】", content: "【主要实施内容】", goal: "【期望达到的目标】" };
export const MAX_TEMPLATE_COUNT = 50;

export interface TemplateOptions {
  /** How many projects (or key tasks) to insert. */
  count: number;
  /** 二级 codes, one skeleton line each. */
  categories: readonly string[];
  framework?: Framework;
}

export type TemplateKind = "project" | "key-task" | "indicator";

export interface TemplatePlan {
  layout: Layout;
  kind: TemplateKind;
  /** The rows go in before this 1-based row (everything from it down shifts). */
  beforeRow: number;
  rows: CellInput[][];
  /** The unit whose block receives the rows (layout A), for the message. */
  unit: string | null;
}

export type TemplateRefusal = "selection-outside-table" | "selection-on-grand-total" | "layout-unsupported" | "bad-template-options";

export type TemplatePlanResult = { ok: true; value: TemplatePlan } | { ok: false; code: TemplateRefusal };

const header = (grid: Grid, row: number) => (grid.rows[row] ?? []).map((v) => norm(v));

/** A row with `cells` placed at their columns (nulls between). */
function rowOf(cells: [number | undefined, CellInput][]): CellInput[] {
  const out: CellInput[] = [];
  for (const [c, v] of cells) {
    if (c === undefined) continue;
    while (out.length <= c) out.push(null);
    out[c] = v;
  }
  return out;
}

/** The last data row of the table: money rows, projects and indicators. */
function lastDataRow(p: SheetParse): number {
  let last = 0;
  for (const m of p.money) last = Math.max(last, m.row);
  for (const x of p.projects) last = Math.max(last, x.row);
  for (const i of p.indicators) last = Math.max(last, i.row);
  return last;
}

export function validTemplateOptions(o: TemplateOptions): boolean {
  return Number.isInteger(o.count) && o.count >= 1 && o.count <= MAX_TEMPLATE_COUNT && templateCategories(o.categories, o.framework).length > 0;
}

/** Where and what to insert for a selection at 1-based `row` of the parsed sheet (`grid` is what was parsed). */
export function planTemplate(grid: Grid, p: SheetParse, row: number, o: TemplateOptions): TemplatePlanResult {
  if (!validTemplateOptions(o)) return { ok: false, code: "bad-template-options" };
  const found = detectLayout(grid);
  if (!found) return { ok: false, code: "selection-outside-table" };
  if (row > lastDataRow(p)) return { ok: false, code: "selection-outside-table" };
  // Layout B's key tasks lie above its indicator header; everywhere else the data starts below the header.
  if (p.layout !== "B" && row <= found.headerRow + 1) return { ok: false, code: "selection-outside-table" };
  switch (p.layout) {
    case "A":
      return planA(grid, p, found.headerRow, row, o);
    case "C":
      return planC(grid, p, found.headerRow, row, o);
    case "B":
      return planB(grid, p, found.headerRow, row, o);
    default:
      return { ok: false, code: "layout-unsupported" };
  }
}

/** The rows of the block a money row belongs to, as reconcile counts them: a unit row owns projects to the next unit. */
function blockEnd(rows: MoneyRow[], unitIndex: number): number {
  let end = rows[unitIndex].row;
  for (let i = unitIndex + 1; i < rows.length && rows[i].kind !== "unit"; i++) if (rows[i].kind === "project") end = rows[i].row;
  return end;
}

function planA(grid: Grid, p: SheetParse, headerRow: number, row: number, o: TemplateOptions): TemplatePlanResult {
  const rows = p.money;
  let at = -1;
  for (let i = 0; i < rows.length && rows[i].row <= row; i++) at = i;
  if (at < 0) return { ok: false, code: "selection-outside-table" };
  const m = rows[at];
  const units = rows.filter((r) => r.kind === "unit");
  let after: number;
  if (m.kind === "project") after = m.row;
  else if (m.kind === "unit") after = blockEnd(rows, at);
  else if (m.kind === "grand-total" && !units.length) after = p.projects.reduce((a, x) => Math.max(a, x.row), m.row);
  else return { ok: false, code: m.kind === "grand-total" ? "selection-on-grand-total" : "selection-outside-table" };
  const unit = [...rows.slice(0, at + 1)].reverse().find((r) => r.kind === "unit")?.name ?? null;

  const cols = mapColumns(header(grid, headerRow), LAYOUT_A_ROLES);
  const parts = (["fiscal", "specialAccount", "other"] as const).map((k) => cols[k]).filter((c): c is number => c !== undefined);
  const skeleton = indicatorSkeleton(o.categories, o.framework);
  const beforeRow = after + 1;
  const out = Array.from({ length: o.count }, (_, k) => {
    const r = beforeRow + k;
    const total: CellInput = parts.length ? { formula: `=${parts.map((c) => `${columnLetter(c)}${r}`).join("+")}` } : null;
    return rowOf([[cols.name, NAME_PLACEHOLDER], [cols.total, total], [cols.goal, GOAL_PLACEHOLDER], [cols.indicators, skeleton]]);
  });
  return { ok: true, value: { layout: "A", kind: "project", beforeRow, rows: out, unit } };
}

/** The style of the sheet's first indicator cell (layout C sheets are mostly written without codes). */
function sheetStyle(grid: Grid, p: SheetParse, fallback: ComposeStyle): ComposeStyle {
  const first = p.indicators[0];
  if (!first) return fallback;
  const text: CellValue = grid.rows[first.row - 1]?.[columnIndex(first.column)] ?? null;
  return styleOf(cellText(text));
}

function planC(grid: Grid, p: SheetParse, headerRow: number, row: number, o: TemplateOptions): TemplatePlanResult {
  const project = [...p.projects].reverse().find((x) => x.row <= row);
  if (!project) return { ok: false, code: "selection-outside-table" };
  const cols = mapColumns(header(grid, headerRow), LAYOUT_C_ROLES);
  const skeleton = indicatorSkeleton(o.categories, o.framework, sheetStyle(grid, p, "annual"));
  const one = rowOf([[cols.department, project.department ?? ""], [cols.unit, project.unit ?? ""], [cols.name, NAME_PLACEHOLDER], [cols.goal, GOAL_PLACEHOLDER], [cols.indicators, skeleton]]);
  return { ok: true, value: { layout: "C", kind: "project", beforeRow: project.row + 1, rows: Array.from({ length: o.count }, () => [...one]), unit: project.unit } };
}

function planB(grid: Grid, p: SheetParse, headerRow: number, row: number, o: TemplateOptions): TemplatePlanResult {
  if (row - 1 > headerRow) return planBIndicators(grid, p, headerRow, o);
  // The key-task section: from its header row to the indicator block.
  let taskHeader = -1;
  for (let r = 0; r < headerRow; r++) if (header(grid, r).some((t) => t.includes("年度重点工作任务"))) taskHeader = r;
  if (taskHeader < 0 || row - 1 < taskHeader) return { ok: false, code: "selection-outside-table" };
  const cells = header(grid, taskHeader);
  const col = (test: (t: string) => boolean) => {
    const c = cells.findIndex(test);
    return c < 0 ? undefined : c;
  };
  // Tasks written only in text (其他需完成的任务) are not rows of the table: new rows never go below that label.
  let end = headerRow; // 0-based: the first row that is no longer a task row
  for (let r = taskHeader + 1; r < headerRow; r++) if (header(grid, r).some((t) => t.includes("其他需完成的任务"))) end = Math.min(end, r);
  // After the last task row at or above the selection (after the section's header when there is none).
  let after = taskHeader + 1;
  for (const t of p.deptForm?.keyTasks ?? []) if (!t.fromText && t.row - 1 > taskHeader && t.row - 1 < end && t.row <= row) after = Math.max(after, t.row);
  const one = rowOf([
    [col((t) => t === "名称" || t.endsWith("名称")), TASK_PLACEHOLDERS.name],
    [col((t) => t.includes("实施内容")), TASK_PLACEHOLDERS.content],
    [col((t) => t.includes("期望") || t.includes("目标")), TASK_PLACEHOLDERS.goal],
  ]);
  return { ok: true, value: { layout: "B", kind: "key-task", beforeRow: after + 1, rows: Array.from({ length: o.count }, () => [...one]), unit: null } };
}

function planBIndicators(grid: Grid, p: SheetParse, headerRow: number, o: TemplateOptions): TemplatePlanResult {
  const fw = o.framework ?? DEFAULT_FRAMEWORK;
  const cells = header(grid, headerRow);
  const at = (name: string) => {
    const c = cells.indexOf(name);
    return c < 0 ? undefined : c;
  };
  const last = p.indicators.reduce((a, i) => Math.max(a, i.row), headerRow + 1);
  const rows = templateCategories(o.categories, fw).map((d) =>
    rowOf([
      [at("一级指标"), fw.level1.find((l) => l.code === d.parent)?.name ?? ""],
      [at("二级指标"), d.name],
      [at("三级指标"), placeholderName(d)],
      [at("实施周期指标值"), PLACEHOLDER_VALUE],
      [at("年度指标值"), PLACEHOLDER_VALUE],
    ]),
  );
  return { ok: true, value: { layout: "B", kind: "indicator", beforeRow: last + 1, rows, unit: null } };
}
