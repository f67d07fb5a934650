/**
 * Writing 指标明细 (§5): one row per indicator, each with a link back to its source cell. The reader of this sheet
 * (detail-reader.ts) reads these columns back for 回写指标; the header below is the one both agree on.
 * Pure: the caller passes the message function (messages live at the edge, in src/i18n).
 */
import { Finding } from "../_lib/findings";
import { CellInput, linkTo } from "../grid/cell-input";
import { IndicatorOut, SheetParse } from "../sheet/model";
import { Target } from "../values/target-parser";

export const DETAIL_SHEET = "指标明细";

export const DETAIL_HEADER = [
  "来源单元格", "主管部门", "单位", "项目名称", "序号", "一级指标", "二级指标", "三级指标",
  "实施周期指标值", "年度指标值", "年度比较符", "年度数值", "计量单位", "指标性质", "问题",
];
/** Columns written as text, so codes, numbers-as-text and `=…` values stay exactly as they are. */
export const DETAIL_TEXT_COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14];
export const DETAIL_WIDTHS = [10, 24, 24, 30, 6, 14, 18, 30, 22, 22, 8, 10, 8, 8, 50];

const OP_SYMBOL: Record<string, string> = { ">=": "≥", ">": "＞", "=": "＝", "<": "＜", "<=": "≤", "≈": "≈" };

function level(l: { code: string | null; name: string } | null): string {
  return l ? (l.code ? `${l.code}-${l.name}` : l.name) : "";
}

function nature(t: Target | null): string {
  if (!t) return "";
  return t.qualitative ? "定性" : "定量";
}

function itemKey(row: number, column: string | null, group: number, seq: number | null): string {
  return `${column ?? ""}${row}#${group}.${seq ?? "-"}`;
}

/** The whole 指标明细 block, header first; each indicator's problems (its findings' messages) in the last column. */
export function detailSheetRows(p: SheetParse, findings: readonly Finding[], message: (f: Finding) => string): CellInput[][] {
  const byItem = new Map<string, string[]>();
  for (const f of findings) {
    if (!f.item) continue;
    const k = itemKey(f.row, f.column, f.item.group, f.item.seq);
    const list = byItem.get(k) ?? [];
    list.push(message(f));
    byItem.set(k, list);
  }
  const projectDept = new Map(p.projects.map((x) => [x.row, x.department] as const));
  const rows: CellInput[][] = [DETAIL_HEADER];
  for (const i of p.indicators) rows.push(detailRow(p.sheet, i, projectDept.get(i.projectRow) ?? p.department, byItem.get(itemKey(i.row, i.column, i.group, i.seq)) ?? []));
  return rows;
}

function detailRow(sheet: string, i: IndicatorOut, department: string | null, problems: string[]): CellInput[] {
  const a = i.annualTarget;
  return [
    linkTo(sheet, `${i.column}${i.row}`),
    department ?? "",
    i.unit ?? "",
    i.project,
    i.seq === null ? "" : i.group > 1 ? `${i.group}.${i.seq}` : String(i.seq),
    level(i.level1),
    level(i.level2),
    i.name,
    i.periodTarget?.raw ?? "",
    a?.raw ?? "",
    a?.operator ? OP_SYMBOL[a.operator] : "",
    a && a.value !== null ? a.value : null,
    a?.unit ?? "",
    nature(a ?? i.periodTarget),
    problems.join("；"),
  ];
}

