/** What the product writes into a cell: a plain value, or an explicit formula (links back to a source cell). */
import type { CellValue } from "./grid";

/** A cell to write: a plain value (always written as text/number, never a formula), or an explicit formula. */
export type CellInput = CellValue | { formula: string };

/** `=HYPERLINK("#'Sheet 1'!G12","G12")`: a link back to the source cell, sheet names quoted as Excel wants. */
export function linkTo(sheet: string, address: string): CellInput {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return { formula: `=HYPERLINK("#${quoted.replace(/"/g, '""')}!${address}","${address}")` };
}
