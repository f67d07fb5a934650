/**
 * What a pane shows of an action's result, which is less than the result. The web page runs its actions in a
 * worker and posts the results to the page: a 20,000-row table's whole parse and grid are 70 MB to copy, 1.7 s on
 * the page's thread, while the pane reads of each indicator only where it is and what it counts under, and of the
 * grid only the cells an acceptance compares, when the user accepts. So the pane's types ask for just that, and
 * a runner that copies results (src/web/workbook/action-wire.ts) sends no more.
 */
import type { Grid, IndicatorOut, SheetParse } from "../core";
import type { CheckResult, SplitResult } from "./actions";
import type { CompareResult } from "./compare-actions";

export type IndicatorPlace = Pick<IndicatorOut, "row" | "projectRow" | "category">;

/** A parse as the pane shows it: its projects and counts, not the indicators' text or the money rows. */
export interface ShownParse extends Pick<SheetParse, "sheet" | "kind" | "layout" | "moneyUnit" | "department" | "projects"> {
  readonly indicators: readonly IndicatorPlace[];
}

export type ShownSplit = Omit<SplitResult, "parsed"> & { parsed: ShownParse };
export type ShownCompare = Omit<CompareResult, "parsed"> & { parsed: ShownParse };
export type ShownCheck = Omit<CheckResult, "parsed" | "grid"> & {
  parsed: ShownParse;
  /** The checked sheet as the user saw it (acceptFindings' `seen`), made when first asked for. */
  seen: () => Grid;
};

export function shownParse(p: ShownParse): ShownParse {
  return {
    sheet: p.sheet, kind: p.kind, layout: p.layout, moneyUnit: p.moneyUnit, department: p.department, projects: p.projects,
    indicators: p.indicators.map((i) => ({ row: i.row, projectRow: i.projectRow, category: i.category })),
  };
}

/** A check run here, as the pane takes it: nothing is copied, the grid is the check's own. */
export function shownCheck(c: CheckResult): ShownCheck {
  const { grid, ...rest } = c;
  return { ...rest, seen: () => grid };
}
