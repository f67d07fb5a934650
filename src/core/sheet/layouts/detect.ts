/**
 * Which layout a sheet is (§3), found by content anywhere in the sheet: the user never configures columns.
 */
import { CellValue, Grid } from "../../grid/grid";
import { Layout } from "../model";
import { NormWords } from "../vocabulary";
import { norm } from "../vocabulary";

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

/** Scan the sheet once; the first header signature decides, a department form wins over its indicator block. */
export function detectLayout(grid: Grid): HeaderMatch | null {
  let deptForm = false;
  let columnar: number | null = null;
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r].map((v) => norm(v));
    if (cells.some((t) => DEPT_FORM.test(t))) deptForm = true;
    if (isLayoutAHeader(cells)) return { layout: "A", headerRow: r };
    if (isLayoutCHeader(cells) && !cells.some((t) => t.includes("一级指标"))) return { layout: "C", headerRow: r };
    if (isIndicatorColumnsHeader(cells) && columnar === null) {
      columnar = r;
      if (deptForm) return { layout: "B", headerRow: r };
    }
  }
  if (columnar !== null) return { layout: deptForm ? "B" : "D", headerRow: columnar };
  return null;
}
