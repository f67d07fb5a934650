/**
 * Sizing Office.js requests. Excel on the web rejects a request over 5 MB; we aim under 4 MB, measured as the UTF-8
 * bytes of the JSON we send (Chinese text is 3 bytes a character, so counting characters would undershoot 3×).
 */
import { columnIndex, columnLetter } from "../../core";

export const MiB = 1024 * 1024;
/** Default request budget per sync: §10's 4 MB, leaving room under Excel's 5 MB for the request envelope. */
export const REQUEST_BUDGET = 4 * MiB;
/** `getRanges` refuses address lists over 8,192 characters; stay under it with margin. */
export const ADDRESS_LIST_CHARS = 8000;
/** Envelope of one queued action (object path, ids, action type) besides its arguments. */
export const ACTION_BYTES = 100;

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(x: unknown): number {
  return utf8Length(JSON.stringify(x) ?? "");
}

/** Greedy split of consecutive items into groups of at most `budget` bytes (an oversized item goes alone). */
export function chunkBySize(sizes: readonly number[], budget: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let sum = 0;
  sizes.forEach((n, i) => {
    if (i > start && sum + n > budget) {
      out.push([start, i]);
      start = i;
      sum = 0;
    }
    sum += n;
  });
  if (sizes.length > start) out.push([start, sizes.length]);
  return out;
}

export interface Area {
  /** `G3` or `G3:G9`. */
  address: string;
  cells: string[];
}

/** Cell addresses as areas: vertical runs in one column collapse to `G3:G9`, which keeps address lists short. */
export function cellAreas(addresses: Iterable<string>): Area[] {
  const cells = [...new Set(addresses)].map((a) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) throw new Error(`not a cell address: ${a}`);
    return { col: columnIndex(m[1]), row: Number(m[2]), a };
  });
  cells.sort((x, y) => x.col - y.col || x.row - y.row);
  const out: Area[] = [];
  for (let i = 0; i < cells.length; ) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].col === cells[i].col && cells[j + 1].row === cells[j].row + 1) j++;
    const col = columnLetter(cells[i].col);
    const address = i === j ? cells[i].a : `${col}${cells[i].row}:${col}${cells[j].row}`;
    out.push({ address, cells: cells.slice(i, j + 1).map((c) => c.a) });
    i = j + 1;
  }
  return out;
}

/** Comma-joined address lists of at most `maxChars` characters each (what one `getRanges` call accepts). */
export function addressLists(areas: readonly Area[], maxChars = ADDRESS_LIST_CHARS): Area[] {
  const out: Area[] = [];
  let cur: Area | null = null;
  for (const a of areas) {
    if (cur && cur.address.length + 1 + a.address.length > maxChars) {
      out.push(cur);
      cur = null;
    }
    if (cur) {
      cur.address += `,${a.address}`;
      for (const c of a.cells) cur.cells.push(c);
    } else cur = { address: a.address, cells: [...a.cells] };
  }
  if (cur) out.push(cur);
  return out;
}
