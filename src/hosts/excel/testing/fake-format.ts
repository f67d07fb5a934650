/// <reference types="office-js" />
/**
 * Fake range formats and RangeAreas (`worksheet.getRanges`): fill colours ("no fill" reads back as #FFFFFF with
 * pattern "None", as Excel reports it), `fill.clear()`, and column widths.
 */
import { BatchTx, FakeContext, FakeProxy } from "./fake-context";
import { FakeSheet, NO_FILL, Rect, cellCount, fail, getFill, qualified, setArr } from "./fake-model";

export interface AreasTarget {
  sheetId: string;
  rects: Rect[];
}

const MAX_CELLS = 5_000_000;

function normColor(c: unknown): string {
  if (typeof c !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(c)) return fail("InvalidArgument", `Invalid colour ${JSON.stringify(c)}`);
  return c.toUpperCase();
}

function paint(tx: BatchTx, sheetId: string, rects: Rect[], color: string | null): void {
  const s = tx.mut(sheetId);
  for (const r of rects) {
    if (cellCount(r) > MAX_CELLS) fail("InvalidArgument", "fake Excel: formatting too many cells at once");
    for (let i = r.r0; i <= r.r1; i++) {
      const row = tx.row(s, i);
      for (let j = r.c0; j <= r.c1; j++) setArr(row, "fill", j, color);
    }
  }
}

/** One fill colour for the whole range, or null when cells differ (as Excel reports). */
function fillOf(s: FakeSheet, r: Rect): { color: string | null; pattern: string | null } {
  if (cellCount(r) > MAX_CELLS) fail("ResponsePayloadSizeLimitExceeded", "fake Excel: reading too many cells");
  const seen = new Set<string | null>();
  for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) seen.add(getFill(s, i, j));
  if (seen.size !== 1) return { color: null, pattern: null };
  const [c] = seen;
  return c === null ? { color: NO_FILL, pattern: "None" } : { color: c, pattern: "Solid" };
}

export class FakeRangeFill extends FakeProxy<AreasTarget> implements Pick<Excel.RangeFill, "color"> {
  protected readonly props = {
    color: (t: AreasTarget, tx: BatchTx) => (t.rects.length === 1 ? fillOf(tx.sheet(t.sheetId), t.rects[0]).color : null),
    pattern: (t: AreasTarget, tx: BatchTx) => (t.rects.length === 1 ? fillOf(tx.sheet(t.sheetId), t.rects[0]).pattern : null),
  };
  constructor(ctx: FakeContext, via: (tx: BatchTx) => AreasTarget | null) {
    super(ctx, { via });
  }
  get color(): string {
    return this.get("color");
  }
  set color(c: string) {
    this.set("color", c, (t, tx) => paint(tx, t.sheetId, t.rects, normColor(c)));
  }
  get pattern(): Excel.FillPattern | string {
    return this.get("pattern");
  }
  /** Removes the fill: the cells read back as #FFFFFF with pattern "None" afterwards. */
  clear(): void {
    this.call(0, (t, tx) => paint(tx, t.sheetId, t.rects, null));
  }
}

export class FakeRangeFormat extends FakeProxy<AreasTarget> implements Pick<Excel.RangeFormat, "columnWidth"> {
  protected readonly props = {
    columnWidth: (t: AreasTarget, tx: BatchTx) => tx.sheet(t.sheetId).widths[t.rects[0].c0] ?? 48,
  };
  private fillProxy?: FakeRangeFill;
  constructor(ctx: FakeContext, via: (tx: BatchTx) => AreasTarget | null) {
    super(ctx, { via });
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, (tx) => this.resolve(tx)));
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(w: number) {
    this.set("columnWidth", w, (t, tx) => {
      const s = tx.mut(t.sheetId);
      for (const r of t.rects) for (let c = r.c0; c <= r.c1; c++) s.widths[c] = w;
    });
  }
}

export class FakeRangeAreas extends FakeProxy<AreasTarget> implements Pick<Excel.RangeAreas, "address" | "areaCount"> {
  protected readonly props = {
    address: (t: AreasTarget, tx: BatchTx) => t.rects.map((r) => qualified(tx.sheet(t.sheetId).name, r)).join(","),
    areaCount: (t: AreasTarget) => t.rects.length,
  };
  private formatProxy?: FakeRangeFormat;
  constructor(ctx: FakeContext, bind: (tx: BatchTx) => AreasTarget | null, argBytes = 0) {
    super(ctx, bind, argBytes);
  }
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, (tx) => this.resolve(tx)));
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}
