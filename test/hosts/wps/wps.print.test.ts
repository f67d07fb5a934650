/**
 * A sheet meant for paper (审核意见) through the WPS adapter, on the fake ET: the print setup a NewSheet carries lands
 * as PageSetup (A4 = 9, portrait, Zoom off, one page wide and automatic height, centred, title rows, footer with page
 * numbers, the .xlsx adapter's margins in points) and as cell styles (wrap, top alignment, bold headings, centred
 * numbers, fitted rows). Print settings are best effort: a build without PageSetup, or refusing one of its members,
 * still gets the sheet; a failure writing the values still rolls everything back.
 */
import { reviewSheet } from "../../../src/core";
import type { NewSheet } from "../../../src/hosts/workbook.port";
import { PAGE_FOOTER, PRINT_MARGINS } from "../../../src/hosts/print-layout";
import { WpsAdapter } from "../../../src/hosts/wps/wps.adapter";
import { EtCall, EtQuirks, FakeEt, isMutation } from "../../../src/hosts/wps/testing/fake-et";
import { seed000Review } from "../../core/review/review-sheet.fixture";
import { seedGrid } from "../../support/seeds";

const layout = reviewSheet(seed000Review());
const spec: NewSheet = { name: "审核意见", rows: layout.rows, widths: layout.widths, textColumns: layout.textColumns, print: layout.print };
/** 1-based row of the first open finding (under the 二、未解决的问题 header). */
// The first open finding: after the header and its dimension sub-heading (完整性（n 条）).
const findingRow = layout.rows.findIndex((r, i) => i > layout.rows.findIndex((h) => h[1] === "说明") && r[0] === 1) + 1;
const XL_TOP = -4160;
const XL_CENTER = -4108;

function start(quirks: EtQuirks = {}): { fake: FakeEt; port: WpsAdapter; logged: string[] } {
  const fake = FakeEt.fromGrids({ ...seedGrid("000"), name: "Sheet1" }, quirks);
  const logged: string[] = [];
  return { fake, port: new WpsAdapter({ app: fake.app, log: (m) => logged.push(m) }), logged };
}

/** Inches to points, to a tenth: ET keeps the points it is given. */
const points = (inches: number) => Math.round(inches * 720) / 10;

const PAGE = {
  PaperSize: 9,
  Orientation: 1,
  Zoom: false,
  FitToPagesWide: 1,
  FitToPagesTall: false,
  CenterHorizontally: true,
  LeftMargin: points(PRINT_MARGINS.left),
  RightMargin: points(PRINT_MARGINS.right),
  TopMargin: points(PRINT_MARGINS.top),
  BottomMargin: points(PRINT_MARGINS.bottom),
  HeaderMargin: points(PRINT_MARGINS.header),
  FooterMargin: points(PRINT_MARGINS.footer),
  PrintTitleRows: "$1:$1",
  CenterFooter: PAGE_FOOTER,
};

/** Calls that set print setup or cell styles (best effort), as opposed to values, names, moves and records. */
const PRINT_MEMBERS = new Set(["WrapText", "VerticalAlignment", "HorizontalAlignment", "Bold", "AutoFit"]);
const isPrintCall = (c: EtCall) => c.type === "PageSetup" || PRINT_MEMBERS.has(c.member);
const workbookChange = (c: EtCall) => isMutation(c) && c.type !== "Application";

describe("审核意见 through the WPS adapter", () => {
  it("lands with A4, portrait, one page wide and automatic height, centred, the title row, page numbers and the .xlsx margins", async () => {
    const { fake, port, logged } = start();
    const name = await port.refreshOwnedSheet(spec);
    expect(name).toBe("审核意见");
    expect(fake.sheet(name).page).toEqual(PAGE);
    expect(fake.sheet("Sheet1").page).toEqual({});
    expect(logged).toEqual([]);
  });

  it("wraps the long-text columns, aligns to the top, centres numbers, prints the heading rows bold and fits the rows", async () => {
    const { fake, port } = start();
    await port.refreshOwnedSheet(spec);
    const at = (a: string) => fake.style("审核意见", a);
    for (const col of ["B", "C", "E", "F"]) expect([col, at(`${col}${findingRow}`)]).toEqual([col, expect.objectContaining({ wrap: true, vertical: XL_TOP })]);
    expect(at(`D${findingRow}`).wrap).toBeUndefined();
    expect(at(`A${findingRow}`)).toMatchObject({ horizontal: XL_CENTER, vertical: XL_TOP });
    for (const r of layout.print.boldRows) expect([r, at(`A${r}`).bold]).toEqual([r, true]);
    expect([at(`B${findingRow}`).bold, at("A2").bold]).toEqual([undefined, undefined]);
    for (let r = 1; r <= layout.rows.length; r++) expect([r, at(`A${r}`).fitted]).toEqual([r, true]);
    expect(fake.cell("审核意见", `A${findingRow}`).value).toBe(1);
  });

  it("costs a fixed handful of bridge calls on top of the sheet write, not a call per row", async () => {
    const plain = start();
    const without = await plain.fake.counted(() => plain.port.refreshOwnedSheet({ ...spec, print: undefined }));
    const printed = start();
    const withPrint = await printed.fake.counted(() => printed.port.refreshOwnedSheet(spec));
    const extra = withPrint.calls - without.calls;
    // PageSetup: 1 read + 14 settings; styles: a Range and a setting each for top alignment, the two wrapped column
    // runs and the one list of number cells, a Range, Font and Bold for the one list of bold rows; Range.Rows.AutoFit.
    expect(extra).toBe(29);
    expect(extra).toBeLessThan(layout.rows.length);
    expect(withPrint.byMember["Range.Value2"]).toBe(without.byMember["Range.Value2"]);
  });

  it.each<[string, EtQuirks, string[]]>([
    ["without PageSetup", { missing: ["PageSetup"] }, ["PageSetup"]],
    ["whose PageSetup has no FitToPagesTall", { missing: ["FitToPagesTall"] }, ["PageSetup.FitToPagesTall"]],
    ["without cell wrapping or row fitting", { missing: ["WrapText", "AutoFit"] }, ["WrapText", "Rows.AutoFit"]],
  ])("a build %s still writes the sheet, with what it has, and says what it skipped", async (_label, quirks, skipped) => {
    const { fake, port, logged } = start(quirks);
    const name = await port.refreshOwnedSheet(spec);
    expect(fake.cell(name, "A1").value).toBe("审核意见");
    expect(fake.style(name, "A1").bold).toBe(true);
    expect(logged).toEqual([`WPS: print setup of "审核意见" skipped (not in this build?): ${skipped.join(", ")}`]);
    const expected = skipped.includes("PageSetup") ? {} : Object.fromEntries(Object.entries(PAGE).filter(([k]) => !skipped.includes(`PageSetup.${k}`)));
    expect(fake.sheet(name).page).toEqual(expected);
  });

  it("reads PageSetup in a build that exposes it as a method", async () => {
    const { fake, port } = start({ methods: ["PageSetup", "Count", "Name", "Row", "Column"], properties: ["Address"], itemAddress: false, empty: "" });
    await port.refreshOwnedSheet(spec);
    expect(fake.sheet("审核意见").page).toEqual(PAGE);
  });

  it("writes the sheet when any print setting fails, and leaves the workbook as it was when any other change fails", async () => {
    const probe = start();
    const from = probe.fake.log.length;
    await probe.port.refreshOwnedSheet(spec);
    const changes = probe.fake.log.slice(from).filter(workbookChange);
    expect(changes.filter(isPrintCall).length).toBeGreaterThan(10);
    for (let k = 1; k <= changes.length; k++) {
      const { fake, port, logged } = start();
      const before = fake.dump();
      fake.failOn(k, workbookChange);
      const r = await port.refreshOwnedSheet(spec).then(() => "written", () => "failed");
      if (isPrintCall(changes[k - 1])) {
        expect({ k, r, logged: logged.length }).toEqual({ k, r: "written", logged: 1 });
        expect(fake.cell("审核意见", "A1").value).toBe("审核意见");
      } else {
        expect({ k, r, dump: fake.dump() }).toEqual({ k, r: "failed", dump: before });
      }
    }
  }, 60_000);
});

describe("the fake ET's PageSetup and cell styles", () => {
  const sheet = () => {
    const fake = FakeEt.fromGrids({ name: "Sheet1", rows: [["a", "b"], [1, 2]] });
    const ws = fake.app.ActiveWorkbook.Worksheets.Item("Sheet1");
    return { fake, ws, page: ws.PageSetup as unknown as Record<string, unknown> };
  };

  it.each<[string, string, unknown]>([
    ["FitToPagesTall = 0 (False means automatic)", "FitToPagesTall", 0],
    ["Zoom = True", "Zoom", true],
    ["Zoom = 5 %", "Zoom", 5],
    ["title rows that are not whole rows", "PrintTitleRows", "A1:B1"],
    ["Orientation = 3", "Orientation", 3],
    ["a footer over 255 characters", "CenterFooter", "页".repeat(256)],
  ])("refuses %s", (_label, member, value) => {
    const { page } = sheet();
    expect(() => (page[member] = value)).toThrow(/PageSetup/);
  });

  it("reads defaults until set, keeps only what was set, and reads title rows back in absolute form", () => {
    const { fake, page } = sheet();
    expect([page.PaperSize, page.Zoom, page.PrintTitleRows]).toEqual([9, 100, ""]);
    page.PrintTitleRows = "1:2";
    expect(page.PrintTitleRows).toBe("$1:$2");
    expect(fake.sheet("Sheet1").page).toEqual({ PrintTitleRows: "$1:$2" });
  });

  it("answers null for a style over cells that differ, refuses whole-column styles, and fits only through .Rows", () => {
    const { fake, ws } = sheet();
    ws.Range("A1").WrapText = true;
    expect([ws.Range("A1:B1").WrapText, ws.Range("A1").WrapText, ws.Range("B1").VerticalAlignment]).toEqual([null, true, -4107]);
    expect(() => (ws.Range("B:B").WrapText = true)).toThrow(/not modelled/);
    expect(() => ws.Range("A1:B2").AutoFit()).toThrow(/AutoFit/);
    ws.Range("A1:B2").Rows.AutoFit();
    expect(fake.style("Sheet1", "A2").fitted).toBe(true);
  });

  it("lacks what a build lacks", () => {
    const fake = FakeEt.fromGrids({ name: "Sheet1", rows: [["a"]] }, { missing: ["PageSetup"] });
    const ws = fake.app.ActiveWorkbook.Worksheets.Item("Sheet1");
    expect(() => ws.PageSetup).toThrow(/no member "PageSetup"/);
    expect("PageSetup" in ws).toBe(false);
  });
});
