/**
 * What a pane shows of an action's result, which is less than the result. The web page runs its actions in a
 * worker and posts the results to the page: a 20,000-row table's whole parse and grid are 70 MB to copy, 1.7 s on
 * the page's thread, while the pane reads of each indicator only where it is and what it counts under, and of the
 * grid only each finding's fingerprint (what an acceptance compares) and the rows' widths. So the pane's types ask
 * for just that, and a runner that copies results (src/web/workbook/action-wire.ts) sends no more.
 */
import { findingFingerprint, type Finding, type IndicatorOut, type SheetParse } from "../core";
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
  /** A finding's fingerprint on the sheet as the check read it (acceptFindings' `seen`); undefined for one it did not raise. */
  seen: (f: Finding) => string | undefined;
  /** How many cells a row of the checked sheet has (1-based row; 定位项目 selects them all). */
  rowWidth: (row: number) => number;
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
  return { ...rest, seen: (f) => findingFingerprint(f, grid), rowWidth: (row) => grid.rows[row - 1]?.length ?? 0 };
}
