/** Reading the words of a sheet: normalised cell text, title lines, indicator-looking cells. */
import { CellValue, cellText } from "./grid";
import { nfkc } from "./text";

/** Cell text folded for matching: full-width forms, no spaces. */
export function norm(v: CellValue | undefined): string {
  return nfkc(cellText(v)).replace(/\s+/g, "");
}

/** `部门名称：X` → X. */
export function departmentFromTitle(text: string): string | null {
  const m = /^(?:部门名称|主管部门|单位名称|部门)\s*[:：]\s*(.+)$/.exec(text.trim());
  return m ? m[1].trim() : null;
}

/** `单位：万元` / `金额单位：元` → 万元. */
export function moneyUnitFromTitle(text: string): string | null {
  const m = /(?:^|金额|资金)单位\s*[:：]\s*(万元|千元|百元|元|亿元)/.exec(text.trim().replace(/\s+/g, ""));
  return m ? m[1] : null;
}

/** An indicator cell is recognisable by numbered items with a level or a value label. */
export function looksLikeIndicators(text: string): boolean {
  return /\d{1,2}\s*、/.test(text) && /(实施周期|年度)?指标值|[1-4]\s*[-－—]\s*(产出|效益|满意|成本)|(产出|效益|满意度|成本)指标/.test(text);
}

/** Title lines of a form: the table name, 部门名称, 单位. */
export function isTitleText(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return (
    /绩效目标(申报)?表/.test(t) || departmentFromTitle(t) !== null || moneyUnitFromTitle(t) !== null || /^(填报|编制)单位/.test(t)
  );
}
