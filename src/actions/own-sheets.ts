/**
 * The sheets the product writes. None of them is a target table: reading one as a table, or inserting template
 * rows into one, is refused. `指标明细 (2)` and the like are ours too (the name a user's own sheet pushed aside).
 */
import { DETAIL_SHEET, RESULT_SHEET, REVIEW_SHEET } from "../core";

/** 年度对比's sheet (compare-actions.ts): the changes between the shown table and another version of it. */
export const COMPARE_SHEET = "版本对比";

export const OWN_SHEETS: readonly string[] = [DETAIL_SHEET, RESULT_SHEET, REVIEW_SHEET, COMPARE_SHEET];

export const isOwnSheet = (name: string): boolean => OWN_SHEETS.some((s) => name === s || name.startsWith(`${s} (`));
