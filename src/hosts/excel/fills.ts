/// <reference types="office-js" />
/**
 * Reading and painting fills for many scattered cells: reads are batched per-cell loads (one sync for thousands),
 * paints go through `worksheet.getRanges("A1,C5:C9,…")`, one call per colour and address list.
 * "No fill" is told apart from white by `fill.pattern` ("None"), and restored with `fill.clear()`, never as white.
 */
import type { Step } from "./batches";
import type { RememberedFill } from "../shared/perftarget-sheet";
import { isPayloadError } from "./office-errors";
import { ACTION_BYTES, addressLists, cellAreas, utf8Length } from "./payload";

export interface FillPlan {
  ws: Excel.Worksheet;
  listChars: number;
}

/** Queue (do not sync) fill loads for `addresses`. */
export function queueFillReads(ws: Excel.Worksheet, addresses: readonly string[]): Map<string, Excel.RangeFill> {
  const out = new Map<string, Excel.RangeFill>();
  for (const a of addresses) {
    const fill = ws.getRange(a).format.fill;
    fill.load("color,pattern");
    out.set(a, fill);
  }
  return out;
}

function original(fill: Excel.RangeFill): string | null {
  // Without a pattern (hosts before ExcelApi 1.9) white is all we can see of "no fill"; treat it as none.
  const pattern = fill.pattern as string | undefined;
  if (pattern === "None" || (pattern === undefined && fill.color === "#FFFFFF")) return null;
  return fill.color ? fill.color.toUpperCase() : null;
}

/** The original fills: the first piece was synced by the caller; the rest follow in pieces of `perSync` cells. */
export async function readFills(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  first: Map<string, Excel.RangeFill>,
  rest: readonly string[],
  perSync: number,
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const [a, f] of first) out.set(a, original(f));
  let size = perSync;
  for (let i = 0; i < rest.length; ) {
    const piece = queueFillReads(ws, rest.slice(i, i + size));
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || size === 1) throw e;
      size = Math.ceil(size / 2);
      continue;
    }
    for (const [a, f] of piece) out.set(a, original(f));
    i += piece.size;
  }
  return out;
}

/** Queue painting each cell with its colour (null = no fill), grouped by colour into address lists. */
export function queuePaint(plan: FillPlan, colours: ReadonlyMap<string, string | null>): void {
  for (const [colour, cells] of groupBy(colours)) {
    for (const list of addressLists(cellAreas(cells), plan.listChars)) paintList(plan.ws, list.address, colour);
  }
}

function paintList(ws: Excel.Worksheet, list: string, colour: string | null): void {
  const fill = ws.getRanges(list).format.fill;
  if (colour === null) fill.clear();
  else fill.color = colour;
}

function groupBy(colours: ReadonlyMap<string, string | null>): Map<string | null, string[]> {
  const out = new Map<string | null, string[]>();
  for (const [a, c] of colours) {
    const list = out.get(c);
    if (list) list.push(a);
    else out.set(c, [a]);
  }
  return out;
}

const pick = <V>(map: ReadonlyMap<string, V>, cells: readonly string[]) => new Map(cells.map((a) => [a, map.get(a)!] as const));

/** Steps that colour the cells, each undone by putting back the cells' original fills. */
export function colourSteps(plan: FillPlan, colours: ReadonlyMap<string, string>, originals: ReadonlyMap<string, string | null>): Step[] {
  return listSteps(plan, colours, (cells) => queuePaint(plan, pick(originals, cells)));
}

/** Steps that restore remembered originals, each undone by re-applying the colour we had put there. */
export function restoreSteps(plan: FillPlan, fills: ReadonlyMap<string, RememberedFill>): Step[] {
  const originals = new Map([...fills].map(([a, f]) => [a, f.original] as const));
  const applied = new Map([...fills].map(([a, f]) => [a, f.applied] as const));
  return listSteps(plan, originals, (cells) => queuePaint(plan, pick(applied, cells)));
}

function listSteps(plan: FillPlan, target: ReadonlyMap<string, string | null>, undo: (cells: string[]) => void): Step[] {
  const steps: Step[] = [];
  for (const [colour, cells] of groupBy(target)) {
    for (const list of addressLists(cellAreas(cells), plan.listChars)) {
      steps.push({
        bytes: ACTION_BYTES * 3 + utf8Length(list.address) + 16,
        queue: () => paintList(plan.ws, list.address, colour),
        undo: () => undo(list.cells),
      });
    }
  }
  return steps;
}
