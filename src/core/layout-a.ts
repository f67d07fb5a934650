/**
 * Layout A (§3): 项目名称/总计/财政拨款/财政专户拨款/其他资金/绩效目标/绩效指标, with 合计, unit rows and projects,
 * repeated headers and title blocks, and rows whose missing cell shifted the goal into a money column.
 */
import { CellValue, Grid, cellText, columnLetter, isBlankRow } from "./grid";
import { finding } from "./findings";
import { isLayoutAHeaderRow, mapColumns } from "./layout-detect";
import { MONEY_KEYS, MoneyCell, MoneyKey, MoneyRow, ProjectOut } from "./model";
import { AmountParse, parseAmount } from "./money";
import { SheetBuilder } from "./sheet-builder";
import { departmentFromTitle, isTitleText, looksLikeIndicators, moneyUnitFromTitle, norm } from "./sheet-text";

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

/** Cells where the header says they are. */
function blankMark(t: string): string {
  return /^[-—–－/／\\无]+$/.test(t) ? "" : t;
}

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
    if (cellText(v) !== "" && ++count === 1) only = v;
  }
  return count === 1 ? norm(only) : null;
}

function filledText(row: readonly CellValue[]): string {
  return row.map((v) => norm(v)).filter((t) => t !== "").join(" ");
}

/** The project's amounts in MONEY_KEYS order, as numbers of the sheet's unit. */
function projectAmounts(cells: Partial<Record<MoneyKey, MoneyCell>>): ProjectOut["amounts"] {
  const amount = (k: MoneyKey) => (cells[k]?.cents ?? 0) / 100;
  return { total: amount("total"), fiscal: amount("fiscal"), specialAccount: amount("specialAccount"), other: amount("other") };
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
  const cols = mapColumns(headerCells, LAYOUT_A_ROLES);
  const keys = MONEY_KEYS.filter((k) => cols[k] !== undefined);
  const nameCol = cols.name ?? 0;
  const money: MoneyRow[] = [];
  let unit: string | null = null;

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
    const isProject = placed.goal !== null || placed.indicators !== null;
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
    };
    b.projects.push(project);
    money.push({ row: r + 1, kind: "project", name, cells: cellsOut });
    if (placed.indicators) b.indicatorCell(placed.indicators.text, r, placed.indicators.col, project);
  }
  return { money, moneyKeys: keys, moneyUnit, department };
}
