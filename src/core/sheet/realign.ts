/**
 * Rows shifted left (issue 14), the one rule for the row tables (layouts D, E and S). A table copied from a web page
 * loses its merged cells, and the cells after them slide left: `| 产出指标 | 时效指标 | … |||||` where the row's
 * project cells were merged from above, `| 数量指标 | 完成项目数 | ≥5个 | |` where its 一级 was, `| 完成项目数 | ≥5个 |`
 * where its 一级 and 二级 were. Found by vocabulary, in this order:
 * - a 一级 name left of the 一级 column has moved (成本指标, a 一级 and a 二级 name, is the 一级 only when a level name
 *   follows it: `| 成本指标 | 经济成本指标 | …` in the new framework, `| 成本指标 | 流转土地补助标准 | …` under 产出);
 * - else a 二级 name left of the 二级 column (and not in the 一级 one, where forms write a lone 二级) has moved;
 * - else a name that is no level, left of the 三级 column (only level names belong there) — but this is what an
 *   unknown level name looks like too, so only where the layout has its own proof that the shift is right (layout S:
 *   分值 a number once shifted and not before; layout E: a blank 指标值 filled once shifted). Without one it is not
 *   looked for (layout D, whose project cells sit left of its levels).
 * Every shift keeps the row inside the header and puts a 指标性质 word (a comparator, 定性, 定量) or nothing under
 * 指标性质. The blanks go in front of the row: what was lost is what was left of the first cell written.
 *
 * Layout B reads its rows from their right end instead (layout-b.ts): its own rule, for its own two value columns.
 */
import { FrameworkIndex } from "../rules/framework";
import { isNatureWord } from "./vocabulary";

/** The header's columns the rule looks at (norm()'d cells; a row's cells are compared with them). */
export interface LevelColumns {
  l1?: number;
  l2?: number;
  l3?: number;
  nature?: number;
}

/**
 * How many blanks go in front of the row (0: the row is where its header says). `cells` are the row's norm()'d
 * cells, `width` the header's; `proof(by)` is the layout's own test for a row found only by a name left of 三级.
 */
export function leftShiftOf(cells: readonly string[], cols: LevelColumns, fw: FrameworkIndex, width: number, proof?: (by: number) => boolean): number {
  let last = cells.length - 1;
  while (last >= 0 && cells[last] === "") last--;
  if (last < 0) return 0;
  const fits = (by: number) => {
    if (by <= 0 || last + by >= width) return 0;
    const nature = cols.nature === undefined ? "" : (cells[cols.nature - by] ?? "");
    return nature === "" || isNatureWord(nature) ? by : 0;
  };
  const is1 = (t: string, c: number) => fw.level1ByName(t) !== undefined && (fw.level2ByName(t, false) === undefined || fw.isLevelName(cells[c + 1] ?? ""));
  const is2 = (t: string) => fw.level2ByName(t, false) !== undefined;
  for (const [col, isThat] of [
    [cols.l1, is1],
    [cols.l2, is2],
  ] as const) {
    if (col === undefined) continue;
    const found = cells.findIndex((t, c) => c < col && c !== cols.l1 && t !== "" && isThat(t, c));
    if (found >= 0) return fits(col - found);
  }
  if (cols.l3 === undefined || !proof) return 0;
  const stray = cells.findIndex((t, c) => c < cols.l3! && t !== "" && !fw.isLevelName(t) && !/^绩效指标/.test(t));
  if (stray < 0) return 0;
  const by = fits(cols.l3 - stray);
  return by > 0 && proof(by) ? by : 0;
}

/** The row with `by` blanks put in at column `at` (a realigned row, read by its header's columns). */
export function shifted<T>(row: readonly T[], at: number, by: number, blank: T): T[] {
  return [...row.slice(0, at), ...new Array<T>(by).fill(blank), ...row.slice(at)];
}
