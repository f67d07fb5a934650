/// <reference types="office-js" />
/**
 * The strict fake Excel's model of a form's layout: merging (Excel keeps an area's upper-left value) and manual page
 * breaks (ExcelApi 1.9), which move with whole rows inserted or deleted above them.
 */
import { type Grid } from "../../../src/core";
import { FakeExcel, FakeExcelOptions } from "../../support/fake-excel";

let fake: FakeExcel;
function start(options: FakeExcelOptions = {}, grid: Grid = { name: "Sheet1", rows: [["a"]] }): void {
  fake?.uninstall(); // one fake installed at a time, so the last uninstall puts the original globals back
  fake = FakeExcel.fromGrids(grid, options).install();
}
afterEach(() => fake?.uninstall());

describe("the fake's merges and page breaks", () => {
  const code = (e: unknown) => (e as { code?: string }).code;
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => fake.run(batch);

  it("merges at sync, keeping the upper-left value and dropping the others' values and formulas", async () => {
    start({}, { name: "Sheet1", rows: [["a", "b"], [1, 2]] });
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2").formulas = [["=1+1"]];
      ws.getRange("A1:B2").merge();
      expect(fake.sheet("Sheet1").merges).toEqual([]);
      await ctx.sync();
    });
    expect(fake.sheet("Sheet1").merges).toEqual(["A1:B2"]);
    expect(fake.values("Sheet1")).toEqual([["a", null], [null, null]]);
    expect(fake.cell("Sheet1", "B2").formula).toBeNull();
  });

  it("merges each row of the range on its own when asked to merge across", async () => {
    start();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").merge(true);
      await ctx.sync();
    });
    expect(fake.sheet("Sheet1").merges).toEqual(["A1:C1", "A2:C2"]);
  });

  it.each<[string, (ws: Excel.Worksheet) => void, string]>([
    [
      "a merge over a merged area",
      (ws) => {
        ws.getRange("A1:B1").merge();
        ws.getRange("B1:C1").merge();
      },
      "UnmodelledInFake",
    ],
    ["a merge of whole rows", (ws) => ws.getRange("2:3").merge(), "UnmodelledInFake"],
    ["a page break above row 1", (ws) => ws.horizontalPageBreaks.add("A1"), "InvalidArgument"],
  ])("refuses %s", async (_label, act, expected) => {
    start();
    const before = fake.dump();
    const error = await run(async (ctx) => {
      act(ctx.workbook.worksheets.getItem("Sheet1"));
      return ctx.sync().then(() => "no error", code);
    });
    expect([error, fake.dump()]).toEqual([expected, before]);
  });

  it("refuses a merge on a protected sheet", async () => {
    start();
    fake.protect("Sheet1");
    const error = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").merge();
      return ctx.sync().then(() => "no error", code);
    });
    expect(error).toBe("AccessDenied");
  });

  it("adds a page break above a range's top row, once, and refuses it below ExcelApi 1.9", async () => {
    start();
    await run(async (ctx) => {
      const breaks = ctx.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks;
      const added = breaks.add("C7:D9");
      breaks.add(ctx.workbook.worksheets.getItem("Sheet1").getRange("A3"));
      breaks.add("B7");
      added.load("rowIndex");
      expect(() => added.rowIndex).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(added.rowIndex).toBe(6);
    });
    expect(fake.sheet("Sheet1").pageBreaks).toEqual([2, 6]);

    start({ excelApi: "1.8" });
    const error = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A5");
      return ctx.sync().then(() => "no error", code);
    });
    expect([error, fake.sheet("Sheet1").pageBreaks]).toEqual(["ApiNotFound", []]);
  });

  it("moves page breaks and merged areas with whole rows inserted or deleted above them, and drops a deleted row's break", async () => {
    start();
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      for (const r of ["A3", "A6", "A9"]) ws.horizontalPageBreaks.add(r);
      ws.getRange("A7:B7").merge();
      await ctx.sync();
      ws.getRange("4:5").insert(Excel.InsertShiftDirection.down);
      await ctx.sync();
      expect(fake.sheet("Sheet1").pageBreaks).toEqual([2, 7, 10]);
      expect(fake.sheet("Sheet1").merges).toEqual(["A9:B9"]);
      ws.getRange("8:8").delete(Excel.DeleteShiftDirection.up);
      await ctx.sync();
    });
    expect(fake.sheet("Sheet1").pageBreaks).toEqual([2, 9]);
    expect(fake.sheet("Sheet1").merges).toEqual(["A8:B8"]);
  });
});
