/**
 * Fake ET PageSetup of a worksheet, with Excel's COM rules that ET keeps: paper sizes as xlPaper numbers, orientation
 * 1/2, `Zoom` a percentage (10–400) or False to fit to pages, `FitToPagesWide`/`FitToPagesTall` a page count or
 * False for "automatic" (0 is refused), margins in points, `PrintTitleRows` whole rows only, header/footer texts of
 * at most 255 characters. What the adapter set is kept on the sheet (`page`); unset members read as defaults.
 * And the sheet's manual page breaks (`HPageBreaks`), added above a range's top row.
 */
import { EtSheetData, areaAddress, etFail, isWholeRows, parseArea } from "./fake-et-model";
import { EtWorld, FakeRange } from "./fake-et-range";

/** A new sheet in a Chinese WPS: A4 portrait at 100 %, Excel's Normal margins, no titles, no footer. */
export const PAGE_DEFAULTS: Record<string, unknown> = {
  PaperSize: 9,
  Orientation: 1,
  Zoom: 100,
  FitToPagesWide: 1,
  FitToPagesTall: 1,
  CenterHorizontally: false,
  CenterVertically: false,
  LeftMargin: 50.4,
  RightMargin: 50.4,
  TopMargin: 54,
  BottomMargin: 54,
  HeaderMargin: 21.6,
  FooterMargin: 21.6,
  PrintTitleRows: "",
  CenterFooter: "",
  CenterHeader: "",
};

const pages = (x: unknown) => x === false || (Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 32767);
const margin = (x: unknown) => typeof x === "number" && Number.isFinite(x) && x >= 0;
const text = (x: unknown) => typeof x === "string" && x.length <= 255;

export class FakePageSetup {
  constructor(
    readonly _w: EtWorld,
    readonly _s: EtSheetData,
  ) {}

  _get(member: string): unknown {
    if (this._s.deleted) etFail("对象已被删除 (the worksheet was deleted)");
    return member in this._s.page ? this._s.page[member] : PAGE_DEFAULTS[member];
  }
  /** Page setup is not cell content: ET allows it on a protected sheet too. */
  _set(member: string, x: unknown, ok: boolean): void {
    if (this._s.deleted) etFail("对象已被删除 (the worksheet was deleted)");
    if (!ok) etFail(`不能设置 PageSetup 类的 ${member} 属性: ${JSON.stringify(x)}`);
    this._s.page[member] = x;
  }

  get PaperSize(): unknown {
    return this._get("PaperSize");
  }
  set PaperSize(x: unknown) {
    this._set("PaperSize", x, Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 118);
  }
  get Orientation(): unknown {
    return this._get("Orientation");
  }
  set Orientation(x: unknown) {
    this._set("Orientation", x, x === 1 || x === 2);
  }
  get Zoom(): unknown {
    return this._get("Zoom");
  }
  set Zoom(x: unknown) {
    this._set("Zoom", x, x === false || (typeof x === "number" && x >= 10 && x <= 400));
  }
  get FitToPagesWide(): unknown {
    return this._get("FitToPagesWide");
  }
  set FitToPagesWide(x: unknown) {
    this._set("FitToPagesWide", x, pages(x));
  }
  get FitToPagesTall(): unknown {
    return this._get("FitToPagesTall");
  }
  set FitToPagesTall(x: unknown) {
    this._set("FitToPagesTall", x, pages(x));
  }
  get CenterHorizontally(): unknown {
    return this._get("CenterHorizontally");
  }
  set CenterHorizontally(x: unknown) {
    this._set("CenterHorizontally", x, typeof x === "boolean");
  }
  get CenterVertically(): unknown {
    return this._get("CenterVertically");
  }
  set CenterVertically(x: unknown) {
    this._set("CenterVertically", x, typeof x === "boolean");
  }
  get LeftMargin(): unknown {
    return this._get("LeftMargin");
  }
  set LeftMargin(x: unknown) {
    this._set("LeftMargin", x, margin(x));
  }
  get RightMargin(): unknown {
    return this._get("RightMargin");
  }
  set RightMargin(x: unknown) {
    this._set("RightMargin", x, margin(x));
  }
  get TopMargin(): unknown {
    return this._get("TopMargin");
  }
  set TopMargin(x: unknown) {
    this._set("TopMargin", x, margin(x));
  }
  get BottomMargin(): unknown {
    return this._get("BottomMargin");
  }
  set BottomMargin(x: unknown) {
    this._set("BottomMargin", x, margin(x));
  }
  get HeaderMargin(): unknown {
    return this._get("HeaderMargin");
  }
  set HeaderMargin(x: unknown) {
    this._set("HeaderMargin", x, margin(x));
  }
  get FooterMargin(): unknown {
    return this._get("FooterMargin");
  }
  set FooterMargin(x: unknown) {
    this._set("FooterMargin", x, margin(x));
  }
  get PrintTitleRows(): unknown {
    return this._get("PrintTitleRows");
  }
  /** Read back in absolute form (`$1:$1`), as ET reports it; "" clears. */
  set PrintTitleRows(x: unknown) {
    const rect = typeof x === "string" && x !== "" ? parseArea(x) : null;
    if (x === "") this._set("PrintTitleRows", "", true);
    else this._set("PrintTitleRows", rect ? areaAddress(rect) : x, rect !== null && isWholeRows(rect));
  }
  get CenterFooter(): unknown {
    return this._get("CenterFooter");
  }
  set CenterFooter(x: unknown) {
    this._set("CenterFooter", x, text(x));
  }
  get CenterHeader(): unknown {
    return this._get("CenterHeader");
  }
  set CenterHeader(x: unknown) {
    this._set("CenterHeader", x, text(x));
  }
}

/** At most this many manual horizontal page breaks on a sheet, as in Excel's file formats (MS-XLS 2.4.142). */
export const MAX_PAGE_BREAKS = 1026;

/**
 * `Worksheet.HPageBreaks`: `Add(Before)` puts a manual break above the top row of the range it is given (a Range, not
 * an address); a break above row 1 is refused, one already there changes nothing. Like page setup, allowed on a
 * protected sheet. Kept on the sheet as the 1-based row a page ends after.
 */
export class FakeHPageBreaks {
  constructor(
    readonly _w: EtWorld,
    readonly _s: EtSheetData,
  ) {}

  _live(): EtSheetData {
    if (this._s.deleted) etFail("对象已被删除 (the worksheet was deleted)");
    return this._s;
  }
  get Count(): number {
    return this._live().pageBreaks.length;
  }
  Add(before: unknown): boolean {
    const s = this._live();
    if (!(before instanceof FakeRange) || before._s !== s) etFail("HPageBreaks 类的 Add 方法无效 (Before must be a Range of this sheet)");
    const row = (before as FakeRange)._a.r0;
    if (row < 1) etFail("HPageBreaks 类的 Add 方法无效 (no page break above row 1)");
    if (s.pageBreaks.includes(row)) return true;
    if (s.pageBreaks.length >= MAX_PAGE_BREAKS) etFail(`fake ET: more than ${MAX_PAGE_BREAKS} page breaks`);
    s.pageBreaks = [...s.pageBreaks, row].sort((a, b) => a - b);
    return true;
  }
}
