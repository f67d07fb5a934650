/// <reference types="office-js" />
/**
 * Fake range formats and RangeAreas (`worksheet.getRanges`): fill colours ("no fill" reads back as #FFFFFF with
 * pattern "None", as Excel reports it), `fill.clear()`, column widths, and the cell styles of a sheet meant for paper
 * (wrap, alignment, bold, `autofitRows`). A style read over cells that differ gives null, as Excel answers.
 */
import { BatchTx, FakeContext, FakeProxy } from "./fake-context";
import { FakeSheet, FakeStyle, MAX_ROWS, NO_FILL, Rect, cellCount, fail, getFill, isWholeRows, qualified, setArr } from "./fake-model";

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

const VERTICAL = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);
const HORIZONTAL = new Set(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]);

/** Row and column formats are kept apart from cell formats in Excel; the fake models cell formats only. */
function styleRects(t: AreasTarget): Rect[] {
  for (const r of t.rects) if (isWholeRows(r) || (r.r0 === 0 && r.r1 === MAX_ROWS - 1)) fail("UnmodelledInFake", "fake Excel: whole-row or whole-column formats");
  return t.rects;
}

function setStyle(tx: BatchTx, t: AreasTarget, patch: FakeStyle): void {
  const s = tx.mut(t.sheetId);
  for (const r of styleRects(t)) {
    for (let i = r.r0; i <= r.r1; i++) {
      const row = tx.row(s, i);
      for (let j = r.c0; j <= r.c1; j++) (row.st ??= [])[j] = { ...row.st[j], ...patch };
    }
  }
}

/** The style property every cell shares, or null when they differ. */
function commonStyle<K extends keyof FakeStyle>(tx: BatchTx, t: AreasTarget, key: K, none: NonNullable<FakeStyle[K]>): FakeStyle[K] | null {
  const s = tx.sheet(t.sheetId);
  const seen = new Set<unknown>();
  for (const r of styleRects(t)) for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) seen.add(s.rows[i]?.st?.[j]?.[key] ?? none);
  return seen.size === 1 ? ([...seen][0] as FakeStyle[K]) : null;
}

export class FakeRangeFont extends FakeProxy<AreasTarget> implements Pick<Excel.RangeFont, "bold"> {
  protected readonly props = { bold: (t: AreasTarget, tx: BatchTx) => commonStyle(tx, t, "bold", false) };
  constructor(ctx: FakeContext, via: (tx: BatchTx) => AreasTarget | null) {
    super(ctx, { via });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(x: boolean) {
    this.set("bold", x, (t, tx) => setStyle(tx, t, { bold: typeof x === "boolean" ? x : fail("InvalidArgument", `bold ${JSON.stringify(x)}`) }));
  }
}

type FormatProps = "columnWidth" | "wrapText" | "verticalAlignment" | "horizontalAlignment";

export class FakeRangeFormat extends FakeProxy<AreasTarget> implements Pick<Excel.RangeFormat, FormatProps> {
  protected readonly props = {
    columnWidth: (t: AreasTarget, tx: BatchTx) => tx.sheet(t.sheetId).widths[t.rects[0].c0] ?? 48,
    wrapText: (t: AreasTarget, tx: BatchTx) => commonStyle(tx, t, "wrap", false),
    verticalAlignment: (t: AreasTarget, tx: BatchTx) => commonStyle(tx, t, "vertical", "Bottom"),
    horizontalAlignment: (t: AreasTarget, tx: BatchTx) => commonStyle(tx, t, "horizontal", "General"),
  };
  private fillProxy?: FakeRangeFill;
  private fontProxy?: FakeRangeFont;
  constructor(ctx: FakeContext, via: (tx: BatchTx) => AreasTarget | null) {
    super(ctx, { via });
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, (tx) => this.resolve(tx)));
  }
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.context, (tx) => this.resolve(tx)));
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(x: boolean) {
    this.set("wrapText", x, (t, tx) => setStyle(tx, t, { wrap: typeof x === "boolean" ? x : fail("InvalidArgument", `wrapText ${JSON.stringify(x)}`) }));
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(x: Excel.VerticalAlignment) {
    this.set("verticalAlignment", x, (t, tx) => setStyle(tx, t, { vertical: VERTICAL.has(x) ? x : fail("InvalidArgument", `verticalAlignment ${JSON.stringify(x)}`) }));
  }
  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(x: Excel.HorizontalAlignment) {
    this.set("horizontalAlignment", x, (t, tx) => setStyle(tx, t, { horizontal: HORIZONTAL.has(x) ? x : fail("InvalidArgument", `horizontalAlignment ${JSON.stringify(x)}`) }));
  }
  /** Excel sizes each row to its tallest cell (wrapped text included); the fake records that the rows were fitted. */
  autofitRows(): void {
    this.call(0, (t, tx) => {
      const s = tx.mut(t.sheetId);
      for (const r of t.rects) for (let i = r.r0; i <= Math.min(r.r1, s.rows.length - 1); i++) tx.row(s, i).fit = true;
    });
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
