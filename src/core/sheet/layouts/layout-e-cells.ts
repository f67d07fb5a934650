/**
 * Layout E, key–value reading (see layout-e.ts): the form's normalised cells, a label's value to its right, the
 * title rows between forms, and the goals (中长期 / 实施期 and 年度 headers with the text beside or below them).
 */
import { CellValue, cellText } from "../../grid/grid";
import { formFieldOf, goalKindOf, inCellField, isTitleText, moneyLabelOf } from "../vocabulary";

export type Row = readonly CellValue[];

export interface Sheet {
  raw: readonly Row[];
  /** norm() of every cell (forms are small: a few hundred cells each). */
  cells: string[][];
}

export const isLabel = (t: string) => formFieldOf(t) !== null || moneyLabelOf(t) !== null || goalKindOf(t) !== null;

/** The first filled cell right of column c in row r, up to the next label: its column, or -1. */
export function valueRightOf(s: Sheet, r: number, c: number): number {
  const row = s.cells[r];
  for (let k = c + 1; k < row.length; k++) {
    if (row[k] === "") continue;
    return isLabel(row[k]) ? -1 : k;
  }
  return -1;
}

/** A title row of the next form (its title, `(2023年度)`, `预算单位: X`, `金额单位:万元`) or a blank row. */
export function isTitleRow(s: Sheet, r: number): boolean {
  const filled = s.cells[r].map((t, c) => ({ t, c })).filter((x) => x.t !== "");
  return filled.length <= 3 && filled.every((x) => isTitleText(x.t) || inCellField(cellText(s.raw[r][x.c])) !== null || /^\(?\d{4}年度?\)?$/.test(x.t));
}

export function lastColumn(s: Sheet, lo: number, hi: number): number {
  let last = 0;
  for (let r = lo; r <= hi; r++) {
    const row = s.cells[r];
    for (let c = row.length - 1; c > last; c--) if (row[c] !== "") last = c;
  }
  return last;
}

// Goals: 中长期 / 实施期 and 年度 headers with the text beside or below them.

/** A short cell naming a goal column rather than holding one (`预期目标`, `年度总体目标完成情况`). */
const isGoalHeading = (t: string) => t.length <= 12 && /目标|完成情况/.test(t);

/**
 * The goals; `shifted` lists the rows whose text slid out from under its header when merged cells were lost in a
 * copy from a web page (`总体目标 | 年度目标 | …` above a lone text in A): taken when it is the row's only cell and
 * its header the only goal header in its row, so there is no other column it could belong to.
 */
export function readGoals(
  s: Sheet,
  goals: { row: number; col: number; kind: "period" | "annual" | "holder" }[],
  blockStart: number,
): { goals: { period: string | null; annual: string | null }; shifted: number[] } {
  const out: { period: string | null; annual: string | null } = { period: null, annual: null };
  const shifted: number[] = [];
  const textAt = (r: number, c: number) => cellText(s.raw[r]?.[c]);
  for (const g of goals) {
    if (g.kind === "holder") continue;
    let text = "";
    const right = valueRightOf(s, g.row, g.col);
    // `年度目标 | 年度总体目标完成情况`, `年度总体目标 | 预期目标`: a neighbouring header, the text is below.
    if (right >= 0 && !isGoalHeading(s.cells[g.row][right])) text = textAt(g.row, right);
    else if (g.row + 1 < blockStart && (right < 0 || isGoalHeading(s.cells[g.row][right]))) {
      // Below it; under a 总体目标 row label, the first text right of the label before the next goal header.
      const nextCol = goals.find((x) => x.row === g.row && x.col > g.col)?.col ?? Number.MAX_SAFE_INTEGER;
      const below = s.cells[g.row + 1];
      for (let c = g.col; c < Math.min(below.length, nextCol); c++) {
        if (below[c] && !isLabel(below[c])) {
          text = textAt(g.row + 1, c);
          break;
        }
      }
      const filled = below.flatMap((t, c) => (t ? [c] : []));
      const alone = goals.every((x) => x === g || x.row !== g.row || x.kind === "holder");
      if (!text && alone && filled.length === 1 && filled[0] < g.col && !isLabel(below[filled[0]]) && !isGoalHeading(below[filled[0]])) {
        text = textAt(g.row + 1, filled[0]);
        shifted.push(g.row + 1);
      }
    }
    if (text && out[g.kind] === null) out[g.kind] = text;
  }
  // 绩效目标 | text with no 年度/长期 header: the annual goal.
  if (out.annual === null) {
    for (const g of goals.filter((x) => x.kind === "holder")) {
      const right = valueRightOf(s, g.row, g.col);
      if (right >= 0 && goals.every((x) => x.row !== g.row || x.kind === "holder") && !s.cells[g.row + 1]?.some((t) => goalKindOf(t) !== null)) {
        out.annual = textAt(g.row, right);
        break;
      }
    }
  }
  return { goals: out, shifted };
}
