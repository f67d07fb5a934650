/// <reference types="office-js" />
/**
 * Fake `worksheet.pageLayout` (ExcelApi 1.9): paper, orientation, print zoom (a scale, or fit to pages wide/tall,
 * where 0 pages tall means "automatic"), centring, margins (kept in points, as Excel reports them), print title rows
 * and the default header/footer texts; and `worksheet.horizontalPageBreaks` (1.9 too): manual breaks added before
 * a range's top row. A host below ExcelApi 1.9 refuses all of it (ApiNotFound) when the batch runs.
 */
import { BatchTx, FakeContext, FakeProxy } from "./fake-context";
import { fail, isWholeRows, jsonBytes, parseRect, rectAddress } from "./fake-model";
import type { FakeRange } from "./fake-range";

type Side = "left" | "right" | "top" | "bottom" | "header" | "footer";
type Section = "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

export interface FakePage {
  paperSize: string;
  orientation: string;
  zoom: Excel.PageLayoutZoomOptions;
  centerHorizontally: boolean;
  centerVertically: boolean;
  /** In points. */
  margins: Record<Side, number>;
  /** Whole rows, `1:1`; null when none. */
  printTitleRows: string | null;
  /** Texts of `headersFooters.defaultForAllPages`, by section. */
  headerFooter: Partial<Record<Section, string>>;
}

/** A new sheet's layout in Excel (Normal margins: 0.7" left and right, 0.75" top and bottom, 0.3" header and footer). */
export function defaultPage(): FakePage {
  return {
    paperSize: "Letter",
    orientation: "Portrait",
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    printTitleRows: null,
    headerFooter: {},
  };
}

const PAPER = new Set([
  "Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5", "Folio", "Quatro",
  "Paper10x14", "Paper11x17", "Note", "Envelope9", "Envelope10", "Envelope11", "Envelope12", "Envelope14", "Csheet", "Dsheet", "Esheet",
  "EnvelopeDL", "EnvelopeC5", "EnvelopeC3", "EnvelopeC4", "EnvelopeC6", "EnvelopeC65", "EnvelopeB4", "EnvelopeB5", "EnvelopeB6",
  "EnvelopeItaly", "EnvelopeMonarch", "EnvelopePersonal", "FanfoldUS", "FanfoldStdGerman", "FanfoldLegalGerman",
]);
const POINTS_PER: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

const bad = (what: string, x: unknown): never => fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format (${what}: ${JSON.stringify(x)}).`);

/** Copy-on-write: a failed batch keeps the sheet's old layout object. */
function change(tx: BatchTx, id: string, edit: (p: FakePage) => Partial<FakePage>): void {
  const s = tx.mut(id, false);
  const p = s.page ?? defaultPage();
  s.page = { ...p, ...edit(p) };
}

const page = (tx: BatchTx, id: string): FakePage => tx.sheet(id).page ?? defaultPage();

function checkZoom(z: unknown): Excel.PageLayoutZoomOptions {
  if (!z || typeof z !== "object") return bad("zoom", z);
  const { scale, horizontalFitToPages: h, verticalFitToPages: v, ...rest } = z as Excel.PageLayoutZoomOptions;
  if (Object.keys(rest).length) bad("zoom", z);
  const pages = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 32767);
  if (scale !== undefined && (typeof scale !== "number" || scale < 10 || scale > 400)) bad("zoom.scale", scale);
  if (!pages(h) || !pages(v)) bad("zoom pages", z);
  if (scale !== undefined && (h !== undefined || v !== undefined)) fail("UnmodelledInFake", "fake Excel: a zoom with both a scale and pages to fit");
  if (scale === undefined && h === undefined && v === undefined) bad("zoom", z);
  return scale !== undefined ? { scale } : { ...(h !== undefined ? { horizontalFitToPages: h } : {}), ...(v !== undefined ? { verticalFitToPages: v } : {}) };
}

function checkMargin(x: unknown): number {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 ? x : bad("margin", x);
}

type LayoutProps = "paperSize" | "orientation" | "zoom" | "centerHorizontally" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";

export class FakePageLayout extends FakeProxy<string> implements Pick<Excel.PageLayout, LayoutProps> {
  protected readonly props = {
    paperSize: (id: string, tx: BatchTx) => page(tx, id).paperSize,
    orientation: (id: string, tx: BatchTx) => page(tx, id).orientation,
    zoom: (id: string, tx: BatchTx) => ({ ...page(tx, id).zoom }),
    centerHorizontally: (id: string, tx: BatchTx) => page(tx, id).centerHorizontally,
    leftMargin: (id: string, tx: BatchTx) => page(tx, id).margins.left,
    rightMargin: (id: string, tx: BatchTx) => page(tx, id).margins.right,
    topMargin: (id: string, tx: BatchTx) => page(tx, id).margins.top,
    bottomMargin: (id: string, tx: BatchTx) => page(tx, id).margins.bottom,
    headerMargin: (id: string, tx: BatchTx) => page(tx, id).margins.header,
    footerMargin: (id: string, tx: BatchTx) => page(tx, id).margins.footer,
  };
  constructor(ctx: FakeContext, via: (tx: BatchTx) => string | null) {
    super(ctx, { via });
  }

  get headersFooters(): FakeHeaderFooterGroup {
    return new FakeHeaderFooterGroup(this.context, (tx) => this.resolve(tx));
  }
  get paperSize(): Excel.PaperType {
    return this.get("paperSize");
  }
  set paperSize(x: Excel.PaperType) {
    this.set("paperSize", x, (id, tx) => change(tx, id, () => ({ paperSize: PAPER.has(x) ? x : bad("paperSize", x) })));
  }
  get orientation(): Excel.PageOrientation {
    return this.get("orientation");
  }
  set orientation(x: Excel.PageOrientation) {
    this.set("orientation", x, (id, tx) => change(tx, id, () => ({ orientation: x === "Portrait" || x === "Landscape" ? x : bad("orientation", x) })));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.get("zoom");
  }
  set zoom(x: Excel.PageLayoutZoomOptions) {
    this.set("zoom", x, (id, tx) => change(tx, id, () => ({ zoom: checkZoom(x) })));
  }
  get centerHorizontally(): boolean {
    return this.get("centerHorizontally");
  }
  set centerHorizontally(x: boolean) {
    this.set("centerHorizontally", x, (id, tx) => change(tx, id, () => ({ centerHorizontally: typeof x === "boolean" ? x : bad("centerHorizontally", x) })));
  }
  private margin(side: Side, x: number): void {
    this.set(`${side}Margin`, x, (id, tx) => change(tx, id, (p) => ({ margins: { ...p.margins, [side]: checkMargin(x) } })));
  }
  get leftMargin(): number {
    return this.get("leftMargin");
  }
  set leftMargin(x: number) {
    this.margin("left", x);
  }
  get rightMargin(): number {
    return this.get("rightMargin");
  }
  set rightMargin(x: number) {
    this.margin("right", x);
  }
  get topMargin(): number {
    return this.get("topMargin");
  }
  set topMargin(x: number) {
    this.margin("top", x);
  }
  get bottomMargin(): number {
    return this.get("bottomMargin");
  }
  set bottomMargin(x: number) {
    this.margin("bottom", x);
  }
  get headerMargin(): number {
    return this.get("headerMargin");
  }
  set headerMargin(x: number) {
    this.margin("header", x);
  }
  get footerMargin(): number {
    return this.get("footerMargin");
  }
  set footerMargin(x: number) {
    this.margin("footer", x);
  }

  /** Margins not given stay as they are. */
  setPrintMargins(unit: Excel.PrintMarginUnit | "Points" | "Inches" | "Centimeters", options: Excel.PageLayoutMarginOptions): void {
    this.call(jsonBytes([unit, options]), (id, tx) => {
      const factor = POINTS_PER[unit] ?? bad("unit", unit);
      change(tx, id, (p) => {
        const margins = { ...p.margins };
        for (const [side, x] of Object.entries(options ?? bad("margins", options))) {
          if (!(side in margins)) bad("margin side", side);
          margins[side as Side] = checkMargin(x) * factor;
        }
        return { margins };
      });
    });
  }

  /** "The range must span the entire row to be valid." */
  setPrintTitleRows(rows: FakeRange | string): void {
    const address = typeof rows === "string" ? rows : null;
    this.call(address === null ? 0 : jsonBytes(address), (id, tx) => {
      const rect = address === null ? (rows as FakeRange).targetIn(tx).rect : parseRect(address);
      if (!isWholeRows(rect)) bad("printTitleRows", address ?? rectAddress(rect));
      change(tx, id, () => ({ printTitleRows: rectAddress(rect) }));
    });
  }
}

export class FakeHeaderFooterGroup extends FakeProxy<string> {
  protected readonly props = { state: () => "Default" };
  constructor(ctx: FakeContext, via: (tx: BatchTx) => string | null) {
    super(ctx, { via });
  }
  get state(): Excel.HeaderFooterState {
    return this.get("state");
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return new FakeHeaderFooter(this.context, (tx) => this.resolve(tx));
  }
}

/** Only the default header/footer is modelled (first-page and odd/even ones are not used); Excel allows 255 characters. */
export class FakeHeaderFooter extends FakeProxy<string> implements Pick<Excel.HeaderFooter, "centerFooter" | "centerHeader"> {
  protected readonly props = {
    centerFooter: (id: string, tx: BatchTx) => page(tx, id).headerFooter.centerFooter ?? "",
    centerHeader: (id: string, tx: BatchTx) => page(tx, id).headerFooter.centerHeader ?? "",
  };
  constructor(ctx: FakeContext, via: (tx: BatchTx) => string | null) {
    super(ctx, { via });
  }
  private text(section: Section, x: string): void {
    this.set(section, x, (id, tx) => change(tx, id, (p) => ({ headerFooter: { ...p.headerFooter, [section]: typeof x === "string" && x.length <= 255 ? x : bad(section, x) } })));
  }
  get centerFooter(): string {
    return this.get("centerFooter");
  }
  set centerFooter(x: string) {
    this.text("centerFooter", x);
  }
  get centerHeader(): string {
    return this.get("centerHeader");
  }
  set centerHeader(x: string) {
    this.text("centerHeader", x);
  }
}

/** Excel keeps at most this many manual horizontal page breaks on a sheet (the file formats' limit, MS-XLS 2.4.142). */
export const MAX_PAGE_BREAKS = 1026;

/** A page break as `add` returns it: the 0-based row it sits above, and column A. */
export class FakePageBreak extends FakeProxy<{ row: number }> implements Pick<Excel.PageBreak, "rowIndex" | "columnIndex"> {
  protected readonly props = { rowIndex: (t: { row: number }) => t.row, columnIndex: () => 0 };
  constructor(ctx: FakeContext, bind: (tx: BatchTx) => { row: number } | null) {
    super(ctx, bind);
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
}

/**
 * `worksheet.horizontalPageBreaks`: "Adds a page break before the top-left cell of the range specified." Kept on the
 * sheet as the 1-based row a page ends after. A break above row 1 is refused (there is no page before it), as is a
 * break beyond Excel's limit; adding one that is already there changes nothing.
 */
export class FakePageBreakCollection extends FakeProxy<string> {
  protected readonly props = {};
  constructor(ctx: FakeContext, via: (tx: BatchTx) => string | null) {
    super(ctx, { via });
  }

  add(pageBreakRange: FakeRange | string): FakePageBreak {
    const address = typeof pageBreakRange === "string" ? pageBreakRange : null;
    let row = -1;
    this.call(address === null ? 0 : jsonBytes(address), (id, tx) => {
      row = (address === null ? (pageBreakRange as FakeRange).targetIn(tx) : { rect: parseRect(address) }).rect.r0;
      if (row < 1) bad("pageBreakRange", address ?? "row 1");
      const s = tx.mut(id, false);
      if (s.pageBreaks.includes(row)) return;
      if (s.pageBreaks.length >= MAX_PAGE_BREAKS) fail("InvalidOperation", `fake Excel: more than ${MAX_PAGE_BREAKS} page breaks`);
      s.pageBreaks = [...s.pageBreaks, row].sort((a, b) => a - b);
    });
    return new FakePageBreak(this.context, () => ({ row }));
  }
}
