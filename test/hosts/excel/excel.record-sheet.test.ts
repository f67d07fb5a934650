/// <reference types="office-js" />
/**
 * Which sheet the Excel add-in takes for its records, on the strict fake Excel (the codec's rule, as the WPS and .xlsx
 * adapters follow it): very hidden and named `_perftarget` (marked in E1 or, written before the marker, not), or
 * `_perftarget~N` with the marker. A user's own `_perftarget` is never read or written; ours takes `_perftarget~2`.
 */
import type { Grid } from "../../../src/core";
import { ExcelAdapter } from "../../../src/hosts/excel/excel.adapter";
import { MARKER, META_SHEET } from "../../../src/hosts/shared/perftarget-sheet";
import type { WorkbookPort } from "../../../src/hosts/workbook.port";
import { FakeExcel } from "../../support/fake-excel";

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

const OURS = `${META_SHEET}~2`;
const sheet1: Grid = { name: "Sheet1", rows: [["a", "b"]] };
/**
 * A user's sheet that took the name, holding what reads as records if taken for ours: a fill of Sheet1!A1 whose
 * original is "no fill", Sheet1 as a sheet we made, and a stored review.
 */
const mine: Grid = { name: META_SHEET, rows: [["{FAKE-0001}", "A1", "", "#FFC000", "我的", "{FAKE-0001}", "Sheet1", null, "perftarget.review", "{mine}"]] };

function start(grids: Grid[]): FakeExcel {
  fake = FakeExcel.fromGrids(grids).install();
  return fake;
}

const sheetDump = (name: string) => fake.dump().sheets.find((s) => s.name === name);

async function syncs(f: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await f();
  return fake.syncCount - before;
}

describe("the Excel add-in's record sheet", () => {
  it.each(["Visible", "Hidden"] as const)("never reads or writes a user's own %s sheet named _perftarget", async (visibility) => {
    start([sheet1, mine]);
    fake.sheet(META_SHEET).visibility = visibility;
    fake.setFill("Sheet1", "A1", "#FFC000"); // the user's own colour, which the look-alike record would "restore"
    const theirs = sheetDump(META_SHEET);
    const port = new ExcelAdapter();

    expect(await port.getSetting("perftarget.review")).toBeNull();
    expect(await port.clearHighlights()).toBe(0);
    expect(await port.sheetNames()).toEqual(["Sheet1", META_SHEET]);

    await port.highlight("Sheet1", [{ address: "B1", color: "#FFC7CE" }]);
    await port.setSetting("perftarget.review", "{ours}");
    expect(await port.addSheet({ name: "校验结果", rows: [["序号"]] })).toBe("校验结果");

    expect(sheetDump(META_SHEET)).toEqual(theirs);
    expect(fake.sheet(OURS).visibility).toBe("VeryHidden");
    expect(fake.cell(OURS, "E1").value).toBe(MARKER);
    expect(fake.cell(OURS, "I1").value).toBe("perftarget.review");
    expect(fake.activeSheet).toBe("Sheet1");

    // The pane reopened: the records are found again in _perftarget~2, the user's sheet still left alone.
    const again = new ExcelAdapter();
    expect(await again.sheetNames()).toEqual(["Sheet1", META_SHEET, "校验结果"]);
    expect(await again.getSetting("perftarget.review")).toBe("{ours}");
    expect(await again.clearHighlights()).toBe(1);
    expect(fake.cell("Sheet1", "B1").filled).toBe(false);
    expect(fake.cell("Sheet1", "A1").fill).toBe("#FFC000");
    expect(await again.refreshOwnedSheet({ name: "校验结果", rows: [["序号", "问题"]] })).toBe("校验结果"); // ours: replaced, not 校验结果 (2)
    expect(sheetDump(META_SHEET)).toEqual(theirs);
  });

  it.each<[string, (port: WorkbookPort) => Promise<unknown>]>([
    ["a setting", (port) => port.setSetting("k", "v")],
    ["a highlight", (port) => port.highlight("Sheet1", [{ address: "A1", color: "#FFC7CE" }])],
    ["a sheet it makes", (port) => port.addSheet({ name: "校验结果", rows: [["序号"]] })],
  ])("marks the record sheet it makes for %s (E1, as text), very hidden", async (_what, write) => {
    start([sheet1]);
    await write(new ExcelAdapter());
    expect(fake.sheetNames()).toContain(META_SHEET);
    expect(fake.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(fake.cell(META_SHEET, "E1")).toMatchObject({ value: MARKER, format: "@" });
  });

  it("still reads and writes a record sheet saved before the marker (very hidden _perftarget, E1 empty)", async () => {
    start([sheet1, { name: META_SHEET, rows: [[null, null, null, null, null, null, null, null, "perftarget.review", "{old}"]] }]);
    fake.sheet(META_SHEET).visibility = "VeryHidden";
    const port = new ExcelAdapter();
    expect(await port.getSetting("perftarget.review")).toBe("{old}");
    expect(await port.sheetNames()).toEqual(["Sheet1"]);
    await port.setSetting("perftarget.review", "{new}");
    expect(fake.sheetNames()).toEqual(["Sheet1", META_SHEET]);
    expect(fake.cell(META_SHEET, "J1").value).toBe("{new}");
  });

  it("never takes a very hidden _perftarget~2 without the marker for its own, and makes _perftarget~3", async () => {
    start([sheet1, mine, { name: OURS, rows: [[null, null, null, null, null, null, null, null, "perftarget.review", "{theirs}"]] }]);
    fake.sheet(OURS).visibility = "VeryHidden";
    const before = sheetDump(OURS);
    const port = new ExcelAdapter();
    expect(await port.getSetting("perftarget.review")).toBeNull();
    await port.setSetting("perftarget.review", "{ours}");
    expect(sheetDump(OURS)).toEqual(before);
    expect(fake.cell(`${META_SHEET}~3`, "E1").value).toBe(MARKER);
    expect(await new ExcelAdapter().getSetting("perftarget.review")).toBe("{ours}");
    expect(await new ExcelAdapter().sheetNames()).toEqual(["Sheet1", META_SHEET, OURS]);
  });

  it.each<[string, () => void]>([
    ["unhidden", () => (fake.sheet(OURS).visibility = "Visible")],
    ["its marker gone", () => fake.edit((book) => (book.sheets.find((s) => s.name === OURS)!.rows[0]!.v![4] = null))],
  ])("stops using the record sheet it remembered once that sheet is no longer ours: %s", async (_how, change) => {
    start([sheet1, mine]);
    const port = new ExcelAdapter();
    await port.setSetting("perftarget.review", "{ours}");
    expect(await port.getSetting("perftarget.review")).toBe("{ours}");
    change();
    expect(await port.getSetting("perftarget.review")).toBeNull();
    await port.setSetting("perftarget.review", "{again}");
    expect(fake.cell(`${META_SHEET}~3`, "J1").value).toBe("{again}");
    expect(fake.cell(OURS, "J1").value).toBe("{ours}");
  });

  it("costs no more syncs when the user owns _perftarget, but one to check E1 where a pane just opened reads no records", async () => {
    const counts = async (grids: Grid[]) => {
      start(grids);
      const port = new ExcelAdapter();
      const known = [
        await syncs(() => port.getSetting("k")), // no record sheet yet
        await syncs(() => port.setSetting("k", "v")), // read, then create and write
        await syncs(() => port.getSetting("k")), // through the id it remembered, E1 in the same sync
        await syncs(() => port.highlight("Sheet1", [{ address: "A1", color: "#FFC7CE" }])),
        await syncs(() => port.clearHighlights()), // read, then restore and forget
        await syncs(() => port.sheetNames()),
        await syncs(() => port.addSheet({ name: "校验结果", rows: [["序号"]] })),
      ];
      const reopened = [
        await syncs(() => new ExcelAdapter().getSetting("k")), // finds the sheet, then reads it (E1 with it)
        await syncs(() => new ExcelAdapter().clearHighlights()),
      ];
      // Nothing else read from the record sheet: telling _perftarget~2 for ours takes a sync for E1.
      const alone = [
        await syncs(() => new ExcelAdapter().highlight("Sheet1", [{ address: "A1", color: "#FFC7CE" }])),
        await syncs(() => new ExcelAdapter().addSheet({ name: "校验结果", rows: [["序号"]] })),
        await syncs(() => new ExcelAdapter().sheetNames()),
      ];
      fake.uninstall();
      return { known, reopened, alone };
    };
    const plain = await counts([sheet1]);
    expect(plain).toEqual({ known: [1, 2, 1, 2, 2, 1, 2], reopened: [2, 2], alone: [2, 2, 1] });
    expect(await counts([sheet1, mine])).toEqual({ ...plain, alone: plain.alone.map((n) => n + 1) });
  });
});
