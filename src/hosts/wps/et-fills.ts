/**
 * Reading and painting fills of many scattered cells with few bridge calls.
 *
 * Reading: ET answers `Interior.ColorIndex` for a whole range: -4142 when no cell has a fill, null when the cells
 * differ. So the originals are read by bisection: ask for the bounding box of the cells; if it is uniform, every
 * cell has that fill; otherwise split it in two and ask again. A typical table (no fills, or a coloured header)
 * costs a handful of calls whatever its size. "No fill" (ColorIndex or Pattern -4142) is kept as null, never as
 * white, and restored with `ColorIndex = -4142`.
 * Painting: one multi-area range per colour and address list (≤ 255 characters).
 */
import { read } from "./et-bridge";
import { Rect, bounds, cellRef, rectA1, rectCells, rectLists, cellRects } from "./et-addresses";
import type { EtWorksheet } from "./et-types";
import { XL } from "./et-types";
import { bgrFromHex, hexFromBgr } from "./et-values";

/** `#RRGGBB`, or null for no fill. */
export type Fill = string | null;

/** "bisect" trusts ET to answer null for a range of mixed fills; "cell" reads each cell (a fallback for a build that does not). */
export type FillReadMode = "bisect" | "cell";

/** The range's fill when all its cells share it; undefined when they differ. */
function uniformFill(ws: EtWorksheet, address: string): { fill: Fill } | undefined {
  const interior = ws.Range(address).Interior;
  const index = read(interior, "ColorIndex");
  if (index === XL.none) return { fill: null };
  if (index === undefined) {
    // A build without ColorIndex: Pattern tells "no fill" apart from white.
    const pattern = read(interior, "Pattern");
    if (pattern === XL.none) return { fill: null };
    if (pattern === null || pattern === undefined) return undefined;
  } else if (index === null) return undefined;
  const color = read(interior, "Color");
  return typeof color === "number" ? { fill: hexFromBgr(color) } : undefined;
}

/** Original fills of `addresses` (A1, one cell each). */
export function readFills(ws: EtWorksheet, addresses: readonly string[], mode: FillReadMode = "bisect"): Map<string, Fill> {
  const out = new Map<string, Fill>();
  type Cell = { a: string; row: number; col: number };
  const visit = (group: Cell[]) => {
    const box = bounds(group);
    const u = uniformFill(ws, rectA1(box));
    if (u) {
      for (const c of group) out.set(c.a, u.fill);
      return;
    }
    if (group.length === 1) {
      out.set(group[0].a, null); // one cell is always uniform; a build saying otherwise gets "no fill"
      return;
    }
    const byRow = box.r1 > box.r0;
    const mid = byRow ? Math.floor((box.r0 + box.r1) / 2) : Math.floor((box.c0 + box.c1) / 2);
    const low = group.filter((c) => (byRow ? c.row : c.col) <= mid);
    const high = group.filter((c) => (byRow ? c.row : c.col) > mid);
    // The box is tight, so both halves hold cells and each box is smaller: the recursion ends.
    visit(low);
    visit(high);
  };
  const cells = [...new Set(addresses)].map((a) => ({ a, ...cellRef(a) }));
  if (mode === "cell") cells.forEach((c) => visit([c]));
  else if (cells.length) visit(cells);
  return out;
}

function paintList(ws: EtWorksheet, address: string, fill: Fill): void {
  const interior = ws.Range(address).Interior;
  if (fill === null) interior.ColorIndex = XL.none;
  else interior.Color = bgrFromHex(fill);
}

/**
 * Paint each cell with its fill, grouped by colour into address lists; `painted` hears about each list once it is
 * done (so the caller can register its undo).
 */
export function paintFills(ws: EtWorksheet, fills: ReadonlyMap<string, Fill>, maxChars: number, painted?: (cells: string[]) => void): void {
  const byFill = new Map<Fill, string[]>();
  for (const [a, f] of fills) {
    const list = byFill.get(f);
    if (list) list.push(a);
    else byFill.set(f, [a]);
  }
  for (const [fill, cells] of byFill) {
    for (const list of rectLists(cellRects(cells), maxChars)) {
      paintList(ws, list.address, fill);
      painted?.(list.rects.flatMap((r: Rect) => [...rectCells(r)]));
    }
  }
}
