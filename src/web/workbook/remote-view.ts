/**
 * The grid's SheetView over a sheet held by the workbook host: the sheet's shape comes first (ViewMeta), its
 * cells in blocks of rows as they scroll into view, so a 20,000-row sheet costs the page only what is on screen.
 * A cell not yet here reads as empty; `onLoaded` asks the grid to draw again when its block arrives.
 */
import type { CellLink, SheetView } from "../grid-view";
import type { RowBlock, ShownCell, ViewMeta } from "./protocol";

export const BLOCK = 200;

export type FetchRows = (from: number, to: number) => Promise<RowBlock | null>;

export interface RemoteView extends SheetView {
  /** The blocks (of BLOCK rows) already here: a newer view of the same sheet fetches these before it is shown. */
  loaded(): number[];
  /** Fetch these blocks now; resolves when they are here (or could not be fetched). */
  prefetch(blocks: number[]): Promise<void>;
}

export function remoteView(meta: ViewMeta, fetchRows: FetchRows, onLoaded: () => void): RemoteView {
  const blocks = new Map<number, (ShownCell | null)[][]>();
  const asked = new Map<number, Promise<boolean>>();
  const fetchBlock = (b: number): Promise<boolean> => {
    let p = asked.get(b);
    if (!p) {
      p = fetchRows(b * BLOCK, (b + 1) * BLOCK).then(
        (block) => {
          // null: the workbook changed meanwhile; a newer view is on its way and this one is dropped.
          if (!block) return false;
          blocks.set(b, block.rows);
          return true;
        },
        () => {
          asked.delete(b);
          return false;
        },
      );
      asked.set(b, p);
    }
    return p;
  };
  const load = (b: number) => {
    if (!asked.has(b)) void fetchBlock(b).then((got) => got && onLoaded());
  };
  const at = (r: number, c: number): ShownCell | null => {
    const b = Math.floor(r / BLOCK);
    const rows = blocks.get(b);
    if (!rows) {
      load(b);
      return null;
    }
    return rows[r - b * BLOCK]?.[c] ?? null;
  };
  const offsets = [0];
  for (const w of meta.widths) offsets.push(offsets[offsets.length - 1] + w);
  return {
    name: meta.name,
    rowCount: meta.rowCount,
    colCount: meta.colCount,
    widths: meta.widths,
    offsets,
    frozenRows: meta.frozenRows,
    usedRows: meta.usedRows,
    usedCols: meta.usedCols,
    text: (r, c) => at(r, c)?.text ?? "",
    input: (r, c) => {
      const x = at(r, c);
      return x?.input ?? x?.text ?? "";
    },
    fill: (r, c) => at(r, c)?.fill ?? null,
    link: (r, c): CellLink | null => at(r, c)?.link ?? null,
    bold: (r, c) => at(r, c)?.bold === true,
    numeric: (r, c) => at(r, c)?.numeric === true,
    span: (r, c) => at(r, c)?.span ?? 1,
    ready: (r) => {
      const b = Math.floor(r / BLOCK);
      if (blocks.has(b)) return true;
      load(b);
      return false;
    },
    loaded: () => [...blocks.keys()],
    prefetch: async (bs) => {
      await Promise.all(bs.map(fetchBlock));
    },
  };
}
