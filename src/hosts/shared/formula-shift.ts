/**
 * Shifting A1 references in formula text after rows are inserted, as Excel does: every reference to a row at or
 * below the insertion point moves down, absolute (`$5`) or not; a range whose end lies below grows. ExcelJS keeps
 * formulas as plain strings, so without this a `=SUM(B5:B9)` under inserted rows would point at the wrong cells.
 * Pure text in, text out: shared by the .xlsx and memory adapters (neither may import the other's folder).
 */

/** A sheet name as written before `!`: quoted (`'My sheet'!`, `''` for a quote) or bare. */
const SHEET = String.raw`(?:'(?:[^']|'')+'|[^\s'!,()+\-*/^&=<>:;{}"#%]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const ROWS = String.raw`\$?\d+:\$?\d+`;
/**
 * A reference: optional sheet, then a cell, a cell range or a whole-row range. Not preceded by a letter, digit,
 * `.`, `$` or `_` (inside a name), not followed by one or by `(` (a function such as LOG10( ) or `!`.
 */
const REF = new RegExp(String.raw`(?<![\w.$\u00C0-\uFFFF])(${SHEET})?((?:${CELL})(?::${CELL})?|${ROWS})(?![\w(!\u00C0-\uFFFF])`, "g");

export function unquoteSheet(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function shiftRowPart(part: string, at: number, count: number): string {
  // `$B$12` → letters/dollars kept, the row number shifted when it is at or below `at`.
  return part.replace(/(\$?)(\d+)$/, (_m, dollar: string, digits: string) => {
    const row = Number(digits);
    return `${dollar}${row >= at ? row + count : row}`;
  });
}

/**
 * Shift references to `target` in a formula written on sheet `host`: unqualified ones when host is the target,
 * qualified ones naming the target anywhere. `at` is the 1-based first inserted row, `count` how many.
 * String literals are left alone (a HYPERLINK's "#Sheet!A1" is text, as it is for Excel).
 */
export function shiftFormulaRows(formula: string, host: string, target: string, at: number, count: number): string {
  const sameSheet = host.toLowerCase() === target.toLowerCase();
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  return pieces
    .map((piece, i) => {
      if (i % 2 === 1) return piece; // a string literal
      return piece.replace(REF, (whole, prefix: string | undefined, ref: string) => {
        const sheet = prefix ? unquoteSheet(prefix) : null;
        const refersToTarget = sheet === null ? sameSheet : sheet.toLowerCase() === target.toLowerCase();
        if (!refersToTarget) return whole;
        const shifted = ref
          .split(":")
          .map((p) => shiftRowPart(p, at, count))
          .join(":");
        return `${prefix ?? ""}${shifted}`;
      });
    })
    .join("");
}

/** Shift one plain A1 address or range (no sheet), e.g. a data validation's or a conditional format's range. */
export function shiftRange(range: string, at: number, count: number): string {
  return range
    .split(/(\s+)/)
    .map((part) => (/^\s*$/.test(part) ? part : part.split(":").map((p) => shiftRowPart(p, at, count)).join(":")))
    .join("");
}
