/**
 * 年度对比 over a WorkbookPort: the shown table against another version of it — another sheet of the workbook, or
 * a grid the front door loaded from a file. Writes (or refreshes) 版本对比, one row per change with a link to the
 * new cell, and marks the changed cells of the new table through the port's highlights (their own colour, so they
 * never read as findings; 清除标记 restores them). Like 一键校验 it clears the sheet's earlier marks first: a
 * check and a comparison each replace the other's colours on that sheet. No sentences here: the front door passes
 * the finding messages and the change labels (src/i18n/compare.ts).
 */
import {
  DEFAULT_RULES, HIGHLIGHT_COLORS, cellText, columnLetter, compareTables, historyFindings, linkTo,
  type CellInput, type Change, type Comparison, type Finding, type Grid, type SheetParse,
} from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";
import { COMPARE_SHEET } from "./own-sheets";
import { replaceMarks } from "./marks";
import { parseTable, readTable } from "./read-table";
import { ActionOptions, ActionResult, CANCELLED, Writes, guard, startWriting } from "./result";

/** A change's words in the user's language: its kind (年度指标值降低) and what changed (the indicator, the money column). */
export type ChangeLabel = (c: Change) => { change: string; what: string };

/** The other version: a sheet of this workbook, or a grid loaded from a file (`file` names it on the sheet). */
export type OtherVersion = { otherSheet: string } | { otherGrid: Grid; file?: string };

export type CompareOptions = Writes<ActionOptions> &
  OtherVersion & {
    /** Compare this sheet instead of the active one: the new version. */
    sheet?: string;
    label: ChangeLabel;
    activateResult?: boolean;
  };

export interface CompareResult {
  /** The new version (this workbook's sheet) and the old one (a sheet name, or the file's name and sheet). */
  source: string;
  other: string;
  resultSheet: string;
  comparison: Comparison;
  /** The checks that need the old version (预算增加但目标降低, 延续项目去掉了指标), on the new table. */
  findings: Finding[];
  /** Per change (same order as comparison.changes): the cell of the new table it points to, null for a removed project. */
  cells: (string | null)[];
  marked: number;
  parsed: SheetParse;
}

export const COMPARE_HEADER = ["序号", "项目", "变化", "内容", "原", "新", "原单元格", "新单元格", "提示"];
export const COMPARE_TEXT_COLUMNS = [1, 2, 3, 4, 5, 6];
export const COMPARE_WIDTHS = [6, 28, 16, 32, 28, 28, 10, 10, 50];

/** The cell of the new table a change points to: its own cell, else the project's name (a goal: its text) in its row. */
export function changeCell(c: Change, grid: Grid): string | null {
  if (c.newCell) return c.newCell;
  if (c.newRow === undefined) return null;
  const row = grid.rows[c.newRow - 1] ?? [];
  const wanted = (c.kind === "goal-changed" ? (c.after === null || c.after === undefined ? "" : String(c.after)) : c.project).trim();
  const col = wanted ? row.findIndex((v) => cellText(v).trim() === wanted) : -1;
  const first = row.findIndex((v) => cellText(v) !== "");
  const at = col >= 0 ? col : first;
  return at >= 0 ? `${columnLetter(at)}${c.newRow}` : `A${c.newRow}`;
}

/** The history finding that concerns a change, if any (a lowered target while the money rose, a dropped indicator). */
function findingFor(c: Change, findings: readonly Finding[]): Finding | undefined {
  const code = c.kind === "target-changed" ? "target-lowered-budget-up" : c.kind === "indicator-removed" ? "indicator-dropped" : null;
  if (!code) return undefined;
  return findings.find((f) => f.code === code && f.params?.project === c.project && f.params?.name === (c.indicator ?? "") && (code !== "target-lowered-budget-up" || `${f.column}${f.row}` === c.newCell));
}

const value = (v: Change["before"]): CellInput => (v === undefined || v === null ? null : typeof v === "number" ? v : String(v));

/** 版本对比's rows: a header, then one row per change, in compareTables' order (by project, removed projects last). */
export function compareRows(source: string, cmp: Comparison, cells: readonly (string | null)[], findings: readonly Finding[], label: ChangeLabel, message: (f: Finding) => string): CellInput[][] {
  const rows: CellInput[][] = [COMPARE_HEADER];
  cmp.changes.forEach((c, i) => {
    const l = label(c);
    const f = findingFor(c, findings);
    const cell = cells[i];
    rows.push([
      i + 1, c.project, l.change, l.what, value(c.before), value(c.after),
      c.oldCell ?? (c.oldRow !== undefined ? `A${c.oldRow}` : null),
      cell ? linkTo(source, cell) : null,
      f ? message(f) : null,
    ]);
  });
  return rows;
}

/** 对比: compare the shown (or named) sheet with the other version, write 版本对比, mark the changed cells. */
export async function compareSheets(port: WorkbookPort, opts: CompareOptions): Promise<ActionResult<CompareResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const read = await readTable(port, rules, opts.sheet, opts);
    if (!read.ok) return read;
    const { parsed: after, grid } = read.value;
    let before: SheetParse;
    let other: string;
    if ("otherSheet" in opts) {
      const o = await readTable(port, rules, opts.otherSheet);
      if (!o.ok) return o;
      before = o.value.parsed;
      other = before.sheet;
    } else {
      const r = parseTable(opts.otherGrid, rules);
      if (!r.ok) return r;
      before = r.value;
      other = opts.file ? `${opts.file} · ${before.sheet}` : before.sheet;
    }
    const comparison = compareTables(before, after);
    const findings = historyFindings(comparison, rules, { before, after });
    const cells = comparison.changes.map((c) => changeCell(c, grid));
    const marks = [...new Set(cells.filter((c): c is string => c !== null))].map((address) => ({ address, color: HIGHLIGHT_COLORS.changed }));
    const rows = compareRows(after.sheet, comparison, cells, findings, opts.label, opts.message);
    if (!(await startWriting(opts))) return CANCELLED;
    const resultSheet = await replaceMarks(port, after.sheet, marks, {
      name: COMPARE_SHEET,
      rows,
      textColumns: COMPARE_TEXT_COLUMNS,
      header: true,
      widths: COMPARE_WIDTHS,
      activate: opts.activateResult ?? false,
    });
    return { ok: true, value: { source: after.sheet, other, resultSheet, comparison, findings, cells, marked: marks.length, parsed: after } };
  });
}
