/**
 * Layout C (§3): 主管部门/预算单位/项目名称/绩效目标/绩效指标 — a project list without money.
 * Merged 主管部门/预算单位 cells arrive blank and are filled down.
 */
import { Grid, cellText, isBlankRow } from "../../grid/grid";
import { isLayoutCHeader, mapColumns } from "./detect";
import { ProjectOut } from "../model";
import { SheetBuilder } from "../sheet-builder";
import { departmentFromTitle, isTitleText, looksLikeIndicators, norm } from "../vocabulary";

/** Header roles of this layout, shared with the template planner. */
export type LayoutCRole = "department" | "unit" | "name" | "goal" | "indicators";

export const LAYOUT_C_ROLES: [LayoutCRole, (t: string) => boolean][] = [
  ["department", (t) => t.includes("主管部门")],
  ["unit", (t) => t.includes("预算单位") || t.includes("单位名称") || t === "单位"],
  ["name", (t) => t.includes("项目名称")],
  ["goal", (t) => t.includes("绩效目标") || t.includes("年度目标")],
  ["indicators", (t) => t.includes("绩效指标")],
];

export function readLayoutC(grid: Grid, headerRow: number, b: SheetBuilder): { department: string | null } {
  const cols = mapColumns(grid.rows[headerRow].map((v) => norm(v)), LAYOUT_C_ROLES);
  let titleDept: string | null = null;
  for (let r = 0; r < headerRow; r++) for (const v of grid.rows[r]) titleDept = titleDept ?? departmentFromTitle(cellText(v));
  let department: string | null = null;
  let unit: string | null = null;
  const text = (row: Grid["rows"][number], c: number | undefined) => (c === undefined ? "" : cellText(row[c]));

  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (isBlankRow(row)) continue;
    const cells = row.map((v) => norm(v));
    if (isLayoutCHeader(cells)) continue;
    const filled = cells.filter((t) => t !== "");
    if (filled.length === 1 && isTitleText(filled[0])) continue;
    department = text(row, cols.department) || department;
    unit = text(row, cols.unit) || unit;
    const name = text(row, cols.name);
    let indCol = cols.indicators;
    if (indCol === undefined || !text(row, indCol)) {
      // A row short of a cell: the indicator text is the last filled cell when it looks like indicators.
      const last = row.length - 1;
      indCol = last >= 0 && looksLikeIndicators(cellText(row[last])) ? last : indCol;
    }
    const indicators = text(row, indCol);
    if (!name && !indicators) continue;
    const project: ProjectOut = { row: r + 1, name, unit, department: department ?? titleDept, amounts: null, indicatorCount: 0, goal: text(row, cols.goal) || null };
    b.projects.push(project);
    if (indicators && indCol !== undefined) b.indicatorCell(indicators, r, indCol, project);
  }
  return { department: department ?? titleDept };
}
