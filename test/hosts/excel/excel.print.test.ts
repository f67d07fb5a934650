/// <reference types="office-js" />
/**
 * A sheet meant for paper (审核意见) through the Office.js adapter, on the strict fake Excel: the print setup a
 * NewSheet carries lands as Excel page layout (A4, one page wide, repeated title row, centred, footer with page
 * numbers, the .xlsx adapter's margins) and cell styles (wrapped long-text columns, top alignment, bold headings,
 * centred numbers, fitted rows), in the syncs the sheet write takes anyway. Below ExcelApi 1.9 the sheet is written
 * without page setup. The fake's model of the page layout API is checked here too.
 */
import { draftOpinion, findingMessages } from "../../../src/i18n";
import { writeReviewSheet } from "../../../src/actions/review-actions";
import { reviewSheet } from "../../../src/core";
import { ExcelAdapter } from "../../../src/hosts/excel/excel.adapter";
import { PAGE_FOOTER, PRINT_MARGINS } from "../../../src/hosts/print-layout";
import type { NewSheet, WorkbookPort } from "../../../src/hosts/workbook.port";
import { seed000Review } from "../../core/review/review-sheet.fixture";
import { seedGrid } from "../../support/seeds";
import { FakeExcel, FakeExcelOptions } from "../../support/fake-excel";

const layout = reviewSheet(seed000Review());
const spec: NewSheet = { name: "审核意见", rows: layout.rows, widths: layout.widths, textColumns: layout.textColumns, print: layout.print };
/** 1-based row of the first open finding (under the 二、未解决的问题 header). */
// The first open finding: after the header and its dimension sub-heading (完整性（n 条）).
const findingRow = layout.rows.findIndex((r, i) => i > layout.rows.findIndex((h) => h[1] === "说明") && r[0] === 1) + 1;

let fake: FakeExcel;
function start(options: FakeExcelOptions = {}): ExcelAdapter {
  fake?.uninstall(); // one fake installed at a time, so the last uninstall puts the original globals back
  fake = FakeExcel.fromGrids({ ...seedGrid("000"), name: "Sheet1" }, options).install();
  return new ExcelAdapter();
}
afterEach(() => fake?.uninstall());

/** A row as Excel holds it: "" is an empty cell; no trailing empty cells. */
const trimmed = (r: readonly unknown[]) => {
  const out = r.map((v) => (v === "" ? null : (v ?? null)));
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
};

async function syncs<T>(f: () => Promise<T>): Promise<number> {
  const before = fake.syncCount;
  await f();
  return fake.syncCount - before;
}

/** The same port, but its sheets are written without print setup (what the sheet would cost without it). */
const withoutPrint = (port: ExcelAdapter): WorkbookPort =>
  Object.assign(Object.create(port) as ExcelAdapter, { refreshOwnedSheet: (s: NewSheet) => port.refreshOwnedSheet({ ...s, print: undefined }) });

describe("审核意见 through the Excel adapter", () => {
  it("lands with A4, portrait, one page wide, centred, the title row repeated, page numbers and the .xlsx margins", async () => {
    const port = start();
    const name = await port.refreshOwnedSheet(spec);
    expect(name).toBe("审核意见");
    expect(fake.page(name)).toEqual({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      centerVertically: false,
      margins: Object.fromEntries(Object.entries(PRINT_MARGINS).map(([side, inches]) => [side, inches * 72])),
      printTitleRows: "1:1",
      headerFooter: { centerFooter: PAGE_FOOTER },
    });
    expect(PAGE_FOOTER).toBe("第 &P 页，共 &N 页");
  });

  it("wraps the long-text columns, aligns to the top, centres numbers, prints the heading rows bold and fits the rows", async () => {
    const port = start();
    await port.refreshOwnedSheet(spec);
    const at = (a: string) => fake.style("审核意见", a);
    expect(fake.values("审核意见")[findingRow - 1].slice(0, 2)).toEqual([1, layout.rows[findingRow - 1][1]]);
    for (const col of ["B", "C", "E", "F"]) expect([col, at(`${col}${findingRow}`)]).toEqual([col, expect.objectContaining({ wrap: true, vertical: "Top" })]);
    expect(at(`D${findingRow}`).wrap).toBeUndefined();
    expect(at(`A${findingRow}`)).toMatchObject({ horizontal: "Center", vertical: "Top" });
    expect(at(`B${findingRow}`).horizontal).toBeUndefined();
    for (const r of layout.print.boldRows) expect([r, at(`A${r}`).bold]).toEqual([r, true]);
    expect(at(`B${findingRow}`).bold).toBeUndefined();
    expect(at("A2").bold).toBeUndefined();
    for (let r = 1; r <= layout.rows.length; r++) expect([r, at(`A${r}`).fitted]).toEqual([r, true]);
    expect(fake.sheet("审核意见").widths[1]).toBeGreaterThan(fake.sheet("审核意见").widths[0]);
  });

  it("costs no sync beyond the sheet write itself, through refreshOwnedSheet and through 审核意见's action", async () => {
    let port = start();
    const plain = await syncs(() => port.refreshOwnedSheet({ ...spec, print: undefined }));
    port = start();
    const printed = await syncs(() => port.refreshOwnedSheet(spec));
    // The first sync reads (and adds the sheet), the second writes everything: values, styles, page setup, record.
    expect([printed, plain]).toEqual([2, 2]);

    port = start();
    const action = await syncs(() => writeReviewSheet(port, "Sheet1", { date: "2025-06-02" }, { message: findingMessages(), opinion: draftOpinion }));
    port = start();
    const bare = await syncs(() => writeReviewSheet(withoutPrint(port), "Sheet1", { date: "2025-06-02" }, { message: findingMessages(), opinion: draftOpinion }));
    expect(fake.sheet("审核意见").page).toBeNull();
    // Read the table, read the review state, then the sheet's two: the same with print setup as without.
    expect([action, bare]).toEqual([4, 4]);
  });

  it("writes the sheet without page setup when Excel lacks ExcelApi 1.9, and its values and cell styles still land", async () => {
    const port = start({ excelApi: "1.8" });
    const name = await port.refreshOwnedSheet(spec);
    expect(fake.sheet(name).page).toBeNull();
    expect(fake.values(name).map(trimmed)).toEqual(layout.rows.map(trimmed));
    expect(fake.style(name, "A1")).toMatchObject({ bold: true, vertical: "Top", fitted: true });
    expect(fake.style(name, `B${findingRow}`)).toMatchObject({ wrap: true });
  });

  it("leaves the workbook as it was when any sync of the write fails", async () => {
    await start().refreshOwnedSheet(spec);
    const total = fake.syncCount;
    for (let n = 1; n <= total; n++) {
      const port = start();
      const before = fake.dump();
      fake.failNextSync(n);
      await expect(port.refreshOwnedSheet(spec)).rejects.toThrow();
      expect({ n, dump: fake.dump() }).toEqual({ n, dump: before });
    }
  });
});

describe("the fake's page layout and cell styles", () => {
  const code = (e: unknown) => (e as { code?: string }).code;
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => fake.run(batch);

  it("reads nothing before load and sync, applies writes only at sync, and keeps the old layout when the batch fails", async () => {
    start();
    await run(async (ctx) => {
      const page = ctx.workbook.worksheets.getItem("Sheet1").pageLayout;
      expect(() => page.paperSize).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      page.load("paperSize,zoom,leftMargin");
      await ctx.sync();
      expect([page.paperSize, page.zoom, page.leftMargin]).toEqual(["Letter", { scale: 100 }, 50.4]);
      page.paperSize = Excel.PaperType.a4;
      expect(fake.page("Sheet1").paperSize).toBe("Letter");
      await ctx.sync();
      expect(fake.page("Sheet1").paperSize).toBe("A4");
      page.orientation = Excel.PageOrientation.landscape;
      fake.failNextSync();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(fake.page("Sheet1")).toMatchObject({ paperSize: "A4", orientation: "Portrait" });
  });

  it.each<[string, (page: Excel.PageLayout, ws: Excel.Worksheet) => void, string]>([
    ["title rows that are not whole rows", (p) => p.setPrintTitleRows("A1:F1"), "InvalidArgument"],
    ["a scale outside 10–400", (p) => (p.zoom = { scale: 5 }), "InvalidArgument"],
    ["an unknown paper size", (p) => (p.paperSize = "A9" as Excel.PaperType), "InvalidArgument"],
    ["a footer over 255 characters", (p) => (p.headersFooters.defaultForAllPages.centerFooter = "页".repeat(256)), "InvalidArgument"],
    ["a scale and pages to fit at once", (p) => (p.zoom = { scale: 50, horizontalFitToPages: 1 }), "UnmodelledInFake"],
    ["a whole column's wrap", (_p, ws) => (ws.getRange("B:B").format.wrapText = true), "UnmodelledInFake"],
  ])("refuses %s", async (_label, act, expected) => {
    start();
    const error = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      act(ws.pageLayout, ws);
      return ctx.sync().then(() => "no error", code);
    });
    expect(error).toBe(expected);
  });

  it("refuses page layout and address lists on a host below ExcelApi 1.9, and says so through isSetSupported", async () => {
    start({ excelApi: "1.8" });
    expect([Office.context.requirements.isSetSupported("ExcelApi", "1.8"), Office.context.requirements.isSetSupported("ExcelApi", "1.9")]).toEqual([true, false]);
    for (const act of [(ws: Excel.Worksheet) => (ws.pageLayout.centerHorizontally = true), (ws: Excel.Worksheet) => (ws.getRanges("A1,B2").format.font.bold = true)]) {
      const error = await run(async (ctx) => {
        act(ctx.workbook.worksheets.getItem("Sheet1"));
        return ctx.sync().then(() => "no error", code);
      });
      expect(error).toBe("ApiNotFound");
    }
    expect([fake.style("Sheet1", "A1"), fake.sheet("Sheet1").page]).toEqual([{ fitted: false }, null]);
  });

  it("reads a style as null over cells that differ, and clears styles with the formats", async () => {
    start();
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").format.wrapText = true;
      const pair = ws.getRange("A1:B1").format;
      const one = ws.getRange("A1").format;
      pair.load("wrapText");
      one.load("wrapText,verticalAlignment");
      await ctx.sync();
      expect([pair.wrapText, one.wrapText, one.verticalAlignment]).toEqual([null, true, "Bottom"]);
      ws.getRange("A1").clear(Excel.ClearApplyTo.formats);
      one.load("wrapText");
      await ctx.sync();
      expect(one.wrapText).toBe(false);
    });
  });
});
