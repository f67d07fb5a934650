/**
 * Layout S, the money block: `项目资金（万元）| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 原因` and its
 * lines (年度资金总额 / 总额 the total, 其中:本年财政拨款 / 上年结转资金 / 其他资金 … its parts). Columns by their header
 * words; the share from `预算执行情况(10分)` in the header or the block's label, else the total line's 分值 cell.
 */
import { a1, cellText } from "../../grid/grid";
import { BUDGET_COLUMNS, BudgetBlock, BudgetColumn, BudgetLine, TextCell } from "../../selfeval/model";
import { ColumnMap, mapColumns } from "./detect";
import { BudgetRole, BUDGET_ROLES, budgetShareOf, isBudgetTotalLabel, isNameColumn, isSelfEvalHeader, numberCell } from "./layout-s-words";
import type { Sheet as Block } from "./layout-e-cells";

/** The money block's header: an 执行数 column beside a 年初 or 全年/调整后 预算数 column, and no indicator name. */
export function budgetColumnsOf(cells: readonly string[]): ColumnMap<BudgetRole> | null {
  if (cells.some(isNameColumn)) return null;
  const cols = mapColumns(cells, BUDGET_ROLES);
  return cols.executed !== undefined && (cols.initial !== undefined || cols.adjusted !== undefined) ? cols : null;
}

const UNIT = /\((万元|千元|百元|元|亿元)\)/;

/** Read the first money block between rows lo and hi (0-based, hi exclusive). */
export function readBudget(s: Block, lo: number, hi: number): BudgetBlock | null {
  let header = -1;
  let cols: ColumnMap<BudgetRole> | null = null;
  for (let r = lo; r < hi && !cols; r++) {
    cols = budgetColumnsOf(s.cells[r]);
    if (cols) header = r;
  }
  if (!cols) return null;
  const numeric = BUDGET_COLUMNS.map((k) => cols[k]).filter((c): c is number => c !== undefined);
  const firstNumeric = Math.min(...numeric);
  let unit: string | null = null;
  let share: number | null = null;
  let shareFrom: string | null = null;
  const lookAtLabel = (r: number, c: number) => {
    const t = s.cells[r][c] ?? "";
    unit = unit ?? UNIT.exec(t)?.[1] ?? null;
    const sh = budgetShareOf(t);
    if (sh !== null && share === null) {
      share = sh;
      shareFrom = a1(r, c);
    }
  };
  s.cells[header].forEach((_, c) => lookAtLabel(header, c));
  const lines: BudgetLine[] = [];
  for (let r = header + 1; r < hi; r++) {
    const cells = s.cells[r];
    if (isSelfEvalHeader(cells) || budgetColumnsOf(cells)) break;
    const labelCol = lastTextLeftOf(cells, firstNumeric);
    const label = labelCol < 0 ? "" : cells[labelCol];
    const lineCells: BudgetLine["cells"] = {};
    let anyNumber = false;
    for (const k of BUDGET_COLUMNS) {
      const c = cols[k];
      if (c === undefined) continue;
      // A blank 得分 of the total line is kept (as a blank cell): "得分未填写" must name the cell where it belongs.
      const keepBlank = k === "score" && isBudgetTotalLabel(label);
      if (c >= s.raw[r].length && !keepBlank) continue;
      const cell = numberCell(s.raw[r][c], r, c);
      if (cell.raw === "" && !keepBlank) continue;
      lineCells[k as BudgetColumn] = cell;
      if (cell.value !== null) anyNumber = true;
    }
    // A money line has a label or a number under the header; the goal row (年度总体目标 …) has neither kind of cell.
    const isLine = anyNumber || (label !== "" && (isBudgetTotalLabel(label) || /^其中|资金|拨款|结转/.test(label)));
    if (!isLine) break;
    for (let c = 0; c < firstNumeric; c++) if (cells[c]) lookAtLabel(r, c);
    // The first line is the total unless it is a part (`其中:…`); a 部门整体 table's one line (`部门预算`) is its total.
    const total = lines.length === 0 ? !/^其中/.test(label) : isBudgetTotalLabel(label);
    lines.push({ row: r + 1, label: labelCol < 0 ? "" : cellText(s.raw[r][labelCol]), total, cells: lineCells });
  }
  const totalLine = lines.find((l) => l.total);
  if (share === null && totalLine?.cells.share?.value != null) {
    share = totalLine.cells.share.value;
    shareFrom = a1(totalLine.row - 1, totalLine.cells.share.col);
  }
  return { row: header + 1, unit, share, shareFrom, lines, reason: reasonOf(s, cols.reason, lines) };
}

/** The block's 原因 cell: the first filled one of its lines, else the total line's (blank), null without the column. */
function reasonOf(s: Block, col: number | undefined, lines: BudgetLine[]): TextCell | null {
  if (col === undefined || lines.length === 0) return null;
  for (const l of lines) {
    const text = cellText(s.raw[l.row - 1][col]);
    if (text) return { row: l.row, col, text };
  }
  const at = lines.find((l) => l.total) ?? lines[0];
  return { row: at.row, col, text: "" };
}

function lastTextLeftOf(cells: readonly string[], end: number): number {
  for (let c = Math.min(end, cells.length) - 1; c >= 0; c--) if (cells[c] !== "") return c;
  return -1;
}
