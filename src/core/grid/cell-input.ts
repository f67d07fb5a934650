/** What the product writes into a cell: a plain value, or an explicit formula (links back to a source cell). */
import type { CellValue } from "./grid";

/** A cell to write: a plain value (always written as text/number, never a formula), or an explicit formula. */
export type CellInput = CellValue | { formula: string };

/**
 * Excel's limit on the text of one cell. A file with a longer cell is one Excel offers to "repair" (cutting it), so
 * nothing the product writes may be longer: each host's value writer passes every text through `fitText`, and an
 * .xlsx file's every cell is fitted once more where it is saved (escapeForSave).
 */
export const CELL_CHAR_LIMIT = 32_767;

/** `text`, or its first `limit - 1` characters and "…" (never half of a surrogate pair). */
export function fitText(text: string, limit = CELL_CHAR_LIMIT): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** `=HYPERLINK("#'Sheet 1'!G12","G12")`: a link back to the source cell, sheet names quoted as Excel wants. */
export function linkTo(sheet: string, address: string): CellInput {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return { formula: `=HYPERLINK("#${quoted.replace(/"/g, '""')}!${address}","${address}")` };
}
