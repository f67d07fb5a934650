/**
 * Where a key moves the web grid's selection, as in Excel: arrows one cell, Tab / Shift+Tab across, Enter /
 * Shift+Enter down and up, PageUp / PageDown a screen, Home to column A, Ctrl+Home to A1, End to the row's last
 * used column, Ctrl+End to the last used cell, Ctrl+arrow to the edge of the data. Pure, so it is tested alone.
 */

export interface Cell {
  row: number;
  col: number;
}

export interface GridBounds {
  rowCount: number;
  colCount: number;
  /** The used range (Ctrl+End, End). */
  usedRows: number;
  usedCols: number;
  /** Rows one PageDown moves: the body rows on screen. */
  pageRows: number;
  /** Whether a cell holds nothing (Ctrl+arrow stops at the edges of the data). */
  empty: (row: number, col: number) => boolean;
}

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Excel's Ctrl+arrow: along the data to its last cell, or over the gap to the next data, or to the sheet's edge. */
function edge(from: Cell, dr: number, dc: number, b: GridBounds): Cell {
  const lastRow = Math.max(b.usedRows, 1) - 1;
  const lastCol = Math.max(b.usedCols, 1) - 1;
  const inside = (c: Cell) => c.row >= 0 && c.col >= 0 && c.row <= lastRow && c.col <= lastCol;
  const step = (c: Cell) => ({ row: c.row + dr, col: c.col + dc });
  let at = from;
  let next = step(at);
  if (!inside(next)) return { row: clamp(next.row, 0, b.rowCount - 1), col: clamp(next.col, 0, b.colCount - 1) };
  if (!b.empty(at.row, at.col) && !b.empty(next.row, next.col)) {
    while (inside(next) && !b.empty(next.row, next.col)) {
      at = next;
      next = step(at);
    }
    return at;
  }
  while (inside(next) && b.empty(next.row, next.col)) next = step(next);
  if (inside(next)) return next;
  // No more data that way: to the edge of the used range (the sheet's first row or column going back).
  return { row: dr > 0 ? lastRow : dr < 0 ? 0 : from.row, col: dc > 0 ? lastCol : dc < 0 ? 0 : from.col };
}

/**
 * The cell a key moves to, or null when the key is not a move (or Tab leaves the grid at its first or last
 * column, so keyboard users are never trapped in it).
 */
export function keyTarget(k: KeyPress, at: Cell, b: GridBounds): Cell | null {
  const ctrl = Boolean(k.ctrlKey || k.metaKey);
  if (k.altKey) return null;
  const lastRow = b.rowCount - 1;
  const lastCol = b.colCount - 1;
  const to = (row: number, col: number): Cell => ({ row: clamp(row, 0, lastRow), col: clamp(col, 0, lastCol) });
  const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const arrow = arrows[k.key];
  if (arrow) return ctrl ? edge(at, arrow[0], arrow[1], b) : to(at.row + arrow[0], at.col + arrow[1]);
  switch (k.key) {
    case "Tab":
      if (ctrl) return null;
      if (k.shiftKey ? at.col === 0 : at.col === lastCol) return null;
      return to(at.row, at.col + (k.shiftKey ? -1 : 1));
    case "Enter":
      return ctrl ? null : to(at.row + (k.shiftKey ? -1 : 1), at.col);
    case "PageDown":
      return to(at.row + Math.max(1, b.pageRows), at.col);
    case "PageUp":
      return to(at.row - Math.max(1, b.pageRows), at.col);
    case "Home":
      return ctrl ? to(0, 0) : to(at.row, 0);
    case "End": {
      if (ctrl) return to(b.usedRows - 1, b.usedCols - 1);
      // The row's last cell holding something (Excel's End then →), or the used range's edge on an empty row.
      let c = Math.max(b.usedCols, 1) - 1;
      while (c > 0 && b.empty(at.row, c)) c--;
      return to(at.row, c === 0 && b.empty(at.row, 0) ? b.usedCols - 1 : c);
    }
    default:
      return null;
  }
}
