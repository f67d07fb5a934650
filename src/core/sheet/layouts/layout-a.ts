/**
 * Layout A (§3): 项目名称/总计/财政拨款/财政专户拨款/其他资金/绩效目标/绩效指标, with 合计, unit rows and projects,
 * repeated headers and title blocks, and rows whose missing cell shifted the goal into a money column.
 */
import { CellValue, Grid, cellText, columnLetter, isBlankRow } from "../../grid/grid";
import { finding } from "../../_lib/findings";
import { isLayoutAHeaderRow, mapColumns } from "./detect";
import { MONEY_KEYS, MoneyCell, MoneyKey, MoneyRow, ProjectOut } from "../model";
import { AmountParse, amountCents, BLANK_AMOUNT, parseAmount } from "../../values/money";
import { SheetBuilder } from "../sheet-builder";
import { departmentFromTitle, isTitleText, looksLikeIndicators, moneyUnitFromTitle, norm } from "../vocabulary";

/** Header roles of this layout, shared with the template planner. */
export type LayoutARole = "name" | MoneyKey | "goal" | "indicators";

export const LAYOUT_A_ROLES: [LayoutARole, (t: string) => boolean][] = [
  ["name", (t) => t.includes("项目名称")],
  ["specialAccount", (t) => t.includes("专户")],
  ["fiscal", (t) => t.includes("财政拨款") || t.includes("财政资金")],
  ["other", (t) => t.includes("其他资金") || t === "其他"],
  ["total", (t) => /总计|合计|资金总额|金额/.test(t)],
  ["goal", (t) => t.includes("绩效目标") || t.includes("年度目标")],
  ["indicators", (t) => t.includes("绩效指标")],
];

const GRAND_TOTAL = /^(合计|总计|总合计)$/;

export interface LayoutAResult {
  money: MoneyRow[];
  moneyKeys: MoneyKey[];
  moneyUnit: string | null;
  department: string | null;
}

interface Placed {
  goal: { col: number; text: string } | null;
  indicators: { col: number; text: string } | null;
  amounts: Partial<Record<MoneyKey, { col: number | null; value: CellValue }>>;
  realigned: boolean;
}

/** `-` or `/` (nothing here) reads as empty. */
function blankMark(t: string): string {
  return /^[-—–－/／\\无]+$/.test(t) ? "" : t;
}

/** Cells where the header says they are. */
function placeByHeader(row: readonly CellValue[], cols: Partial<Record<LayoutARole, number>>, keys: MoneyKey[]): Placed {
  const at = (c: number | undefined) => (c === undefined ? null : (row[c] ?? null));
  // `-` or `/` in the goal or indicator column of a 合计 or unit row means "nothing here".
  const text = (c: number | undefined) => (c === undefined ? "" : blankMark(cellText(row[c])));
  const amounts: Placed["amounts"] = {};
  for (const k of keys) amounts[k] = { col: cols[k]!, value: at(cols[k]) };
  return {
    goal: text(cols.goal) ? { col: cols.goal!, text: text(cols.goal) } : null,
    indicators: text(cols.indicators) ? { col: cols.indicators!, text: text(cols.indicators) } : null,
    amounts,
    realigned: false,
  };
}

/**
 * Realign by content (000 rows 18–27 lack one tab): the indicator cell is the last one that looks like
 * indicators, the goal is the text before it, and the amounts are the amount-like cells before the goal, in order.
 */
function placeByContent(row: readonly CellValue[], nameCol: number, keys: MoneyKey[]): Placed | null {
  let last = row.length - 1;
  while (last > nameCol && cellText(row[last]) === "") last--;
  let indicators: Placed["indicators"] = null;
  if (last > nameCol && looksLikeIndicators(cellText(row[last]))) {
    indicators = { col: last, text: cellText(row[last]) };
    last--;
  }
  while (last > nameCol && cellText(row[last]) === "") last--;
  let goal: Placed["goal"] = null;
  if (last > nameCol && parseAmount(row[last]).kind === "invalid") {
    goal = { col: last, text: cellText(row[last]) };
    last--;
  }
  const amounts: Placed["amounts"] = {};
  let k = 0;
  for (let c = nameCol + 1; c <= last; c++) {
    if (parseAmount(row[c]).kind === "invalid") return null;
    if (k < keys.length) amounts[keys[k++]] = { col: c, value: row[c] ?? null };
  }
  for (; k < keys.length; k++) amounts[keys[k]] = { col: null, value: null };
  return { goal, indicators, amounts, realigned: true };
}

/** Each money cell read once: the same readings decide realignment and fill the money row. */
function readAmounts(p: Placed, keys: MoneyKey[]): AmountParse[] {
  return keys.map((k) => parseAmount(p.amounts[k]?.value));
}

const isInvalid = (a: AmountParse) => a.kind === "invalid";

/**
 * The normalised text of a row's only filled cell, or null when it has none or several. A cell counts as filled when
 * its trimmed text is not empty, as its normalised text then is not either (NFKC never turns text into whitespace).
 */
function soleFilledText(row: readonly CellValue[]): string | null {
  let only: CellValue | undefined;
  let count = 0;
  for (const v of row) {
    if (cellText(v) === "") continue;
    if (++count > 1) return null; // a second filled cell settles it
    only = v;
  }
  return count === 1 ? norm(only) : null;
}

function filledText(row: readonly CellValue[]): string {
  return row.map((v) => norm(v)).filter((t) => t !== "").join(" ");
}

/** The project's amounts in MONEY_KEYS order, as numbers of the sheet's unit. */
function projectAmounts(cells: Partial<Record<MoneyKey, MoneyCell>>): ProjectOut["amounts"] {
  return { total: amountOf(cells.total), fiscal: amountOf(cells.fiscal), specialAccount: amountOf(cells.specialAccount), other: amountOf(cells.other) };
}

const amountOf = (cell: MoneyCell | undefined) => (cell?.cents ?? 0) / 100;

/** What a data row holds, as the row loop needs it (one object, refilled per row). */
interface RowCells {
  cells: Partial<Record<MoneyKey, MoneyCell>>;
  anyAmount: boolean;
  isProject: boolean;
  /** The indicator cell's text ("" for none) and column. */
  indicatorText: string;
  indicatorCol: number;
  /** The 绩效目标 text ("" for none). */
  goalText: string;
}

function headerText(row: readonly CellValue[], c: number | undefined): string {
  return c === undefined ? "" : blankMark(cellText(row[c]));
}

/** Cents of each money cell where the header says (scratch: rows are read one at a time). */
const centsByKey = new Float64Array(MONEY_KEYS.length);

function moneyCell(i: number, blanks: MoneyCell[]): MoneyCell {
  return centsByKey[i] === BLANK_AMOUNT ? blanks[i] : { cents: centsByKey[i], blank: false, col: blanks[i].col };
}

/**
 * The common row, read where the header says: every amount cell reads as an amount or blank, and the row is not one
 * to realign. Makes only the objects the result keeps; a blank cell of a column is one shared, read-only MoneyCell.
 * Null sends the row to readByContent, which decides as placeByHeader/placeByContent always have.
 */
function readByHeader(row: readonly CellValue[], cols: Partial<Record<LayoutARole, number>>, keys: MoneyKey[], blanks: MoneyCell[], out: RowCells): RowCells | null {
  const indicators = headerText(row, cols.indicators);
  if (!indicators && looksLikeIndicators(cellText(row[row.length - 1]))) return null;
  let anyAmount = false;
  for (let i = 0; i < keys.length; i++) {
    const cents = amountCents(row[blanks[i].col!]);
    if (Number.isNaN(cents)) return null;
    if (cents !== BLANK_AMOUNT) anyAmount = true;
    centsByKey[i] = cents;
  }
  if (keys.length === MONEY_KEYS.length) {
    // All four columns: one literal, in MONEY_KEYS order as the loop below would add them.
    out.cells = { total: moneyCell(0, blanks), fiscal: moneyCell(1, blanks), specialAccount: moneyCell(2, blanks), other: moneyCell(3, blanks) };
  } else {
    const cells: Partial<Record<MoneyKey, MoneyCell>> = {};
    for (let i = 0; i < keys.length; i++) cells[keys[i]] = moneyCell(i, blanks);
    out.cells = cells;
  }
  out.anyAmount = anyAmount;
  out.goalText = headerText(row, cols.goal);
  out.isProject = indicators !== "" || out.goalText !== "";
  out.indicatorText = indicators;
  out.indicatorCol = cols.indicators ?? 0;
  return out;
}

/** Any other row: realigned by content where that works, with a note for each cell that is not an amount. */
function readByContent(
  row: readonly CellValue[],
  r: number,
  name: string,
  cols: Partial<Record<LayoutARole, number>>,
  keys: MoneyKey[],
  nameCol: number,
  b: SheetBuilder,
  out: RowCells,
): RowCells {
  let placed = placeByHeader(row, cols, keys);
  let amounts = readAmounts(placed, keys);
  if (amounts.some(isInvalid) || (!placed.indicators && looksLikeIndicators(cellText(row[row.length - 1])))) {
    const re = placeByContent(row, nameCol, keys);
    if (re) {
      placed = re;
      amounts = readAmounts(placed, keys);
    }
  }
  if (placed.realigned) {
    b.note(finding("realigned-row", r + 1, null, { params: { name, indicatorColumn: placed.indicators ? columnLetter(placed.indicators.col) : "" } }));
  }
  const cellsOut: Partial<Record<MoneyKey, MoneyCell>> = {};
  let anyAmount = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const a = placed.amounts[k]!;
    const p = amounts[i];
    if (p.kind === "invalid") {
      b.note(finding("amount-not-number", r + 1, a.col === null ? null : columnLetter(a.col), { params: { text: p.text } }));
    }
    const cents = p.kind === "amount" ? p.cents : 0;
    if (p.kind === "amount") anyAmount = true;
    cellsOut[k] = { cents, blank: p.kind !== "amount", col: a.col };
  }
  out.cells = cellsOut;
  out.anyAmount = anyAmount;
  out.isProject = placed.goal !== null || placed.indicators !== null;
  out.indicatorText = placed.indicators ? placed.indicators.text : "";
  out.indicatorCol = placed.indicators ? placed.indicators.col : 0;
  out.goalText = placed.goal ? placed.goal.text : "";
  return out;
}

export function readLayoutA(grid: Grid, headerRow: number, b: SheetBuilder): LayoutAResult {
  let department: string | null = null;
  let moneyUnit: string | null = null;
  for (let r = 0; r < headerRow; r++) {
    for (const v of grid.rows[r]) {
      const t = cellText(v);
      department = department ?? departmentFromTitle(t);
      moneyUnit = moneyUnit ?? moneyUnitFromTitle(t);
    }
  }
  const headerCells = grid.rows[headerRow].map((v) => norm(v));
  const found = mapColumns(headerCells, LAYOUT_A_ROLES);
  // One literal with every role: the shape mapColumns builds key by key is dropped by the engine with the object,
  // and with it the code optimised for it (see keepShape in memo.ts).
  const cols: Partial<Record<LayoutARole, number>> = {
    name: found.name,
    total: found.total,
    fiscal: found.fiscal,
    specialAccount: found.specialAccount,
    other: found.other,
    goal: found.goal,
    indicators: found.indicators,
  };
  const keys = MONEY_KEYS.filter((k) => cols[k] !== undefined);
  const nameCol = cols.name ?? 0;
  const money: MoneyRow[] = [];
  let unit: string | null = null;
  const blanks = keys.map((k): MoneyCell => ({ cents: 0, blank: true, col: cols[k]! }));
  const rc: RowCells = { cells: {}, anyAmount: false, isProject: false, indicatorText: "", indicatorCol: 0, goalText: "" };

  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (isBlankRow(row)) continue;
    if (isLayoutAHeaderRow(row)) continue;
    const title = soleFilledText(row);
    if (title !== null && isTitleText(title)) {
      department = department ?? departmentFromTitle(cellText(row.find((v) => cellText(v) !== "")));
      moneyUnit = moneyUnit ?? moneyUnitFromTitle(title);
      continue;
    }
    const name = cellText(row[nameCol]);
    const read = readByHeader(row, cols, keys, blanks, rc) || readByContent(row, r, name, cols, keys, nameCol, b, rc);
    const cellsOut = read.cells;
    const anyAmount = read.anyAmount;
    const isProject = read.isProject;
    if (!isProject && GRAND_TOTAL.test(norm(name))) {
      money.push({ row: r + 1, kind: "grand-total", name, cells: cellsOut });
      continue;
    }
    if (!isProject) {
      if (anyAmount && name) {
        unit = name;
        money.push({ row: r + 1, kind: "unit", name, cells: cellsOut });
      } else {
        b.note(finding("unrecognized-row", r + 1, null, { params: { text: filledText(row).slice(0, 60) } }));
      }
      continue;
    }
    const project: ProjectOut = {
      row: r + 1,
      name,
      unit,
      department,
      amounts: projectAmounts(cellsOut),
      indicatorCount: 0,
      goal: read.goalText || null,
    };
    b.projects.push(project);
    money.push({ row: r + 1, kind: "project", name, cells: cellsOut });
    if (read.indicatorText) b.indicatorCell(read.indicatorText, r, read.indicatorCol, project);
  }
  return { money, moneyKeys: keys, moneyUnit, department };
}
