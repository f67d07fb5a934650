/**
 * Which layout a sheet is (§3), found by content anywhere in the sheet: the user never configures columns.
 */
import { CellValue, Grid } from "../../grid/grid";
import { Layout } from "../model";
import { NormWords } from "../vocabulary";
import { NormRows } from "../norm-rows";
import { isSelfEvalHeader } from "./layout-s-words";
import { formFieldOf, isColumnHeaderWord, isFormIndicatorHeader, LOOKS_LIKE_TABLE, norm, SIGNATURE_WORDS } from "../vocabulary";

export interface HeaderMatch {
  layout: Layout;
  /** 0-based row of the (first) header. */
  headerRow: number;
}

export type ColumnMap<K extends string> = Partial<Record<K, number>>;

/** Map header cells to roles by the first matcher that fits each cell. */
export function mapColumns<K extends string>(cells: readonly string[], roles: [K, (t: string) => boolean][]): ColumnMap<K> {
  const map: ColumnMap<K> = {};
  cells.forEach((t, c) => {
    for (const [role, test] of roles) {
      if (map[role] === undefined && test(t)) {
        map[role] = c;
        break;
      }
    }
  });
  return map;
}

export function isLayoutAHeader(cells: readonly string[]): boolean {
  return cells.some((t) => t.includes("项目名称")) && cells.some((t) => /总计|合计|金额|资金总额/.test(t)) && cells.some((t) => t.includes("绩效指标")) && cells.some((t) => t.includes("财政"));
}

const A_NAME = new NormWords(["项目名称"]);
const A_TOTAL = new NormWords(["总计", "合计", "金额", "资金总额"]);
const A_INDICATORS = new NormWords(["绩效指标"]);
const A_FISCAL = new NormWords(["财政"]);

/** isLayoutAHeader(row.map(norm)), without normalising every (long) cell of every row. */
export function isLayoutAHeaderRow(row: readonly CellValue[]): boolean {
  return A_NAME.testRow(row) && A_TOTAL.testRow(row) && A_INDICATORS.testRow(row) && A_FISCAL.testRow(row);
}

export function isLayoutCHeader(cells: readonly string[]): boolean {
  return cells.some((t) => t.includes("项目名称")) && cells.some((t) => t.includes("绩效指标")) && cells.some((t) => /主管部门|预算单位|单位名称/.test(t));
}

export function isIndicatorColumnsHeader(cells: readonly string[]): boolean {
  return cells.includes("一级指标") && cells.includes("二级指标") && cells.includes("三级指标");
}

const DEPT_FORM = /部门整体.*绩效目标|年度重点工作任务|预算整体情况|总体绩效目标/;

/**
 * A form's `项目名称 | value` (layout E): the label, then a value that is no column name. A layout-D header row
 * names columns (`项目名称 | 预算数 | 年度目标…`); a form's 项目名称 is a label beside its value.
 */
export function projectLabelAt(cells: readonly string[]): number {
  for (let c = 0; c < cells.length; c++) {
    if (cells[c] === "" || cells[c].length > 8 || formFieldOf(cells[c]) !== "name") continue;
    let k = c + 1;
    while (k < cells.length && cells[k] === "") k++;
    if (k < cells.length && !isColumnHeaderWord(cells[k]) && formFieldOf(cells[k]) === null) return c;
  }
  return -1;
}

/**
 * Scan the sheet once; the first header signature decides, a department form wins over its indicator block, and a
 * single-project form (a 项目名称 label beside its value, and an indicator block) over the columnar layout D.
 * A self-evaluation header (三级指标 with 实际完成值, 分值 and 得分 columns) wins over all of them: a 自评表 holds a
 * target table's indicator block and form fields too, and is read as layout S.
 */
export function detectLayout(grid: Grid, norms: NormRows = new NormRows(grid)): HeaderMatch | null {
  let deptForm = false;
  let columnar: number | null = null;
  let formName: number | null = null;
  let formBlock = false;
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = norms.row(r);
    if (isSelfEvalHeader(cells)) return { layout: "S", headerRow: r };
    if (cells.some((t) => DEPT_FORM.test(t))) deptForm = true;
    if (isLayoutAHeader(cells)) return { layout: "A", headerRow: r };
    if (isLayoutCHeader(cells) && !cells.some((t) => t.includes("一级指标"))) return { layout: "C", headerRow: r };
    if (isIndicatorColumnsHeader(cells) && columnar === null) {
      columnar = r;
      if (deptForm) return { layout: "B", headerRow: r };
    }
    if (formName === null && projectLabelAt(cells) >= 0) formName = r;
    if (!formBlock && isFormIndicatorHeader(cells)) formBlock = true;
  }
  if (deptForm && columnar !== null) return { layout: "B", headerRow: columnar };
  if (formName !== null && formBlock) return { layout: "E", headerRow: formName };
  if (columnar !== null) return { layout: "D", headerRow: columnar };
  return null;
}

/**
 * For a sheet no layout fits: if it looks like a performance table (a title or header with 绩效目标 / 绩效指标 /
 * 一级指标), which of the header words were found and which were missing; null when it does not look like one.
 */
export function headerWordsOf(grid: Grid): { found: string[]; missing: string[] } | null {
  const seen = new Set<string>();
  let looks = false;
  for (const row of grid.rows) {
    for (const v of row) {
      const t = norm(v);
      if (t === "" || t.length > 60) continue;
      if (LOOKS_LIKE_TABLE.test(t)) looks = true;
      for (const w of SIGNATURE_WORDS) if (t.includes(w)) seen.add(w);
    }
  }
  if (!looks) return null;
  return { found: SIGNATURE_WORDS.filter((w) => seen.has(w)), missing: SIGNATURE_WORDS.filter((w) => !seen.has(w)) };
}
