/**
 * The settings part of `_perftarget`, shared by the three adapters that keep it (Excel add-in, WPS, .xlsx files) so
 * a workbook's settings travel with it between hosts. Pure: no Office.js, no ET, no ExcelJS.
 *   I  key
 *   J… the value, continued in K, L … in pieces of at most 32,000 characters (Excel and ET refuse a cell over 32,767)
 * A reader concatenates the pieces up to the first empty cell; a key cell that is empty makes the row no setting.
 */

/** 0-based column of the key (I); the value starts in the next column. */
export const SETTING_COLUMN = 8;
export const SETTING_PIECE = 32_000;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The value's pieces, in order ("" has none). A piece never ends inside a surrogate pair: a file cell holding half
 * of one cannot be saved (ExcelJS writes U+FFFD), so an emoji on a boundary would be lost.
 */
export function settingPieces(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; ) {
    let end = Math.min(value.length, i + SETTING_PIECE);
    if (end < value.length && isHighSurrogate(value.charCodeAt(end - 1))) end--;
    out.push(value.slice(i, end));
    i = end;
  }
  return out;
}

/** The value of a row's cells after the key, as every host reads it: pieces up to the first empty one. */
export function settingValue(pieces: readonly string[]): string {
  let value = "";
  for (const p of pieces) {
    if (p === "") break;
    value += p;
  }
  return value;
}
