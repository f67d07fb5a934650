/**
 * A sheet meant for paper (审核意见) in WPS 表格: the page setup the .xlsx adapter writes into a file (xlsx.print.ts) —
 * A4, one page wide and as tall as it takes, centred, the title rows on every page, page numbers in the footer —
 * and the same cell styles: long-text columns wrapped, everything top-aligned, numbers centred, heading rows bold;
 * then ET fits the row heights to the wrapped text (Rows.AutoFit), which the file adapter has to estimate.
 *
 * All of it is cosmetic, and builds differ in what they have (some lack PageSetup or some of its members, and a
 * printer driver can refuse a paper size): each setting is tried on its own, a refusal is skipped and reported, and
 * nothing here fails the sheet write. The values are written before this runs; their failures still roll back.
 */
import { columnLetter } from "../../core";
import type { CellInput, PrintSetup } from "../workbook.port";
import { PAGE_FOOTER, PRINT_MARGINS, runs } from "../print-layout";
import { read, tolerant } from "./et-bridge";
import { Rect, cellRects, rectLists } from "./et-addresses";
import type { EtPageSetup, EtWorksheet } from "./et-types";
import { XL } from "./et-types";

const pt = (inches: number) => Math.round(inches * 72 * 10) / 10;
/** The shared margins (print-layout.ts), in ET's unit: points. */
export const PRINT_MARGIN_POINTS: Partial<Record<keyof EtPageSetup, number>> = {
  LeftMargin: pt(PRINT_MARGINS.left), RightMargin: pt(PRINT_MARGINS.right), TopMargin: pt(PRINT_MARGINS.top),
  BottomMargin: pt(PRINT_MARGINS.bottom), HeaderMargin: pt(PRINT_MARGINS.header), FooterMargin: pt(PRINT_MARGINS.footer),
};


/**
 * Apply `print` to a sheet whose rows are `rows` (anchored at A1, `width` columns). Scattered areas (bold rows,
 * number cells) go as multi-area ranges of at most `maxChars` characters. Returns what was skipped, e.g.
 * `["PageSetup"]` on a build without it, or `["PageSetup.FitToPagesTall"]`.
 */
export function applyPrint(ws: EtWorksheet, rows: readonly CellInput[][], width: number, print: PrintSetup, maxChars: number): string[] {
  const { attempt, skipped } = tolerant();
  const n = Math.max(1, rows.length);
  const block = `A1:${columnLetter(width - 1)}${n}`;
  const lists = (rects: Rect[]) => rectLists(rects, maxChars).map((l) => l.address);

  attempt("VerticalAlignment", () => (ws.Range(block).VerticalAlignment = XL.alignTop));
  for (const [a, b] of runs(print.wrapColumns.filter((c) => c >= 0 && c < width))) {
    attempt("WrapText", () => (ws.Range(`${columnLetter(a)}1:${columnLetter(b)}${n}`).WrapText = true));
  }
  const numbers = rows.flatMap((r, i) => r.flatMap((v, c) => (typeof v === "number" ? [`${columnLetter(c)}${i + 1}`] : [])));
  for (const list of lists(cellRects(numbers))) attempt("HorizontalAlignment", () => (ws.Range(list).HorizontalAlignment = XL.alignCenter));
  const bold = runs(print.boldRows.filter((r) => r >= 1 && r <= n)).map(([a, b]): Rect => ({ r0: a - 1, r1: b - 1, c0: 0, c1: width - 1 }));
  for (const list of lists(bold)) attempt("Font.Bold", () => (ws.Range(list).Font.Bold = true));

  let page: EtPageSetup | null | undefined;
  attempt("PageSetup", () => (page = read<EtPageSetup | null | undefined>(ws, "PageSetup")));
  if (page && typeof page === "object") {
    const setup: EtPageSetup = page;
    const set = (member: keyof EtPageSetup, value: unknown) => attempt(`PageSetup.${member}`, () => (setup[member] = value));
    set("PaperSize", XL.paperA4);
    set("Orientation", print.orientation === "landscape" ? XL.landscape : XL.portrait);
    // One page wide, as many pages tall as it takes: Zoom off first (fitting applies only then); False = automatic.
    set("Zoom", false);
    set("FitToPagesWide", 1);
    set("FitToPagesTall", false);
    set("CenterHorizontally", true);
    // Points, not Application.InchesToPoints: not every build has it.
    for (const [member, points] of Object.entries(PRINT_MARGIN_POINTS)) set(member as keyof EtPageSetup, points);
    if (print.titleRows) set("PrintTitleRows", `$${print.titleRows[0]}:$${print.titleRows[1]}`);
    set("CenterFooter", PAGE_FOOTER);
  } else if (!skipped.includes("PageSetup")) skipped.push("PageSetup");

  // Last, once widths and wrapping are in place: ET sizes each row to its wrapped text.
  attempt("Rows.AutoFit", () => ws.Range(block).Rows.AutoFit());
  return skipped;
}
