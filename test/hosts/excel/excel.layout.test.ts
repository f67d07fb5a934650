/// <reference types="office-js" />
/**
 * A form's layout (绩效自评表) through the Office.js adapter, on the strict fake Excel: merged areas, number formats by
 * cell (next to the text columns' `@`) and manual page breaks land on the new sheet in the syncs its values take
 * anyway, however many merges there are; below ExcelApi 1.9 the form is written without page breaks. The fake's model
 * of merging and page breaks is checked here too.
 */
import { makeSelfEvaluation } from "../../../src/actions/selfeval-actions";
import { DEFAULT_RULES, type Grid } from "../../../src/core";
import { ExcelAdapter } from "../../../src/hosts/excel/excel.adapter";
import { NewSheet, PortError } from "../../../src/hosts/workbook.port";
import { FakeExcel, FakeExcelOptions } from "../../support/fake-excel";
import { memoryPort, typedSeed } from "../../support/templates";
import { SMALL_FORM as form } from "../contract/layout-hosts";

let fake: FakeExcel;
function start(options: FakeExcelOptions = {}, grid: Grid = { name: "Sheet1", rows: [["a"]] }): ExcelAdapter {
  fake?.uninstall(); // one fake installed at a time, so the last uninstall puts the original globals back
  fake = FakeExcel.fromGrids(grid, options).install();
  return new ExcelAdapter();
}
afterEach(() => fake?.uninstall());

async function syncs<T>(f: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = fake.syncCount;
  const value = await f();
  return { value, syncs: fake.syncCount - before };
}


/** `n` one-row merged titles, one per two-row block: a form as long as `n` projects. */
function manyMerges(n: number): NewSheet {
  const rows = Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? [`项目 ${i / 2 + 1}`, null, null] : ["x", 1, 2]));
  return { name: "长表", rows, merges: Array.from({ length: n }, (_, k) => `A${2 * k + 1}:C${2 * k + 1}`), pageBreaks: Array.from({ length: n - 1 }, (_, k) => 2 * k + 2) };
}

describe("a form through the Excel adapter", () => {
  it("merges every range of a new sheet, keeping each area's first cell", async () => {
    const port = start();
    const name = await port.addSheet(form);
    expect(fake.sheet(name).merges).toEqual(["A1:D1", "A3:A4"]);
    expect(fake.cell(name, "A1").value).toBe("项目支出绩效自评表");
    expect(fake.cell(name, "A3").value).toBe("001");
  });

  it("gives each listed cell its number format and keeps the text columns as text", async () => {
    const port = start();
    const name = await port.addSheet(form);
    const format = (a: string) => fake.cell(name, a).format;
    expect(["C3", "C4", "C5", "D5"].map(format)).toEqual(["0.00%", "0.00%", "0.00%", "0.0"]);
    expect(["A1", "A2", "A3", "A4"].map(format)).toEqual(["@", "@", "@", "@"]);
    expect(["B3", "C2", "D3"].map(format)).toEqual(["General", "General", "General"]);
    expect(fake.cell(name, "A3")).toMatchObject({ value: "001", format: "@" });
    expect(fake.cell(name, "C3").value).toBe(0.8523);
    // A cell given its own format takes it over its column's text format, and "002" is still written as text.
    expect(fake.cell(name, "A5")).toMatchObject({ value: "002", format: "0" });
  });

  it("formats a listed cell outside the written rows and columns too", async () => {
    const port = start();
    const name = await port.addSheet({ ...form, numberFormats: { ...form.numberFormats, F9: "0.00%" } });
    expect(fake.cell(name, "F9")).toMatchObject({ value: null, format: "0.00%" });
  });

  it("ends a printed page after each given row", async () => {
    const port = start();
    const name = await port.addSheet({ ...form, pageBreaks: [4, 2, 4] });
    expect(fake.sheet(name).pageBreaks).toEqual([2, 4]);
  });

  it("merges every range of a new sheet in one sync: two syncs for 1 merge or 300, through addSheet and refreshOwnedSheet", async () => {
    let port = start();
    const one = await syncs(() => port.addSheet(manyMerges(1)));
    port = start();
    const many = await syncs(() => port.addSheet(manyMerges(300)));
    port = start();
    const plain = await syncs(() => port.addSheet({ ...manyMerges(300), merges: undefined, pageBreaks: undefined }));
    // The first sync reads and adds the sheet, the second writes values, merges, page breaks, name and record.
    expect([one.syncs, many.syncs, plain.syncs]).toEqual([2, 2, 2]);
    expect(fake.sheet("长表").merges).toEqual([]);
    port = start();
    await port.addSheet(manyMerges(300));
    expect([fake.sheet("长表").merges.length, fake.sheet("长表").pageBreaks.length]).toEqual([300, 299]);

    port = start();
    await port.refreshOwnedSheet(manyMerges(2));
    const refreshed = await syncs(() => port.refreshOwnedSheet(manyMerges(300)));
    expect(refreshed.syncs).toBe(2);
    expect([fake.sheetNames(), fake.sheet("长表").merges.length]).toEqual([["Sheet1", "长表", "_perftarget"], 300]);
  });

  it("carries the formats with the values: a text-and-rate form costs the syncs of its values", async () => {
    let port = start();
    const bare = await syncs(() => port.addSheet({ ...form, merges: undefined, numberFormats: undefined, pageBreaks: undefined }));
    port = start();
    const laidOut = await syncs(() => port.addSheet(form));
    expect([laidOut.syncs, bare.syncs]).toEqual([2, 2]);
  });

  it("replaces the old form's layout when it refreshes the sheet", async () => {
    const port = start();
    await port.refreshOwnedSheet(form);
    const name = await port.refreshOwnedSheet({ ...form, merges: ["B2:C2"], numberFormats: {}, pageBreaks: [] });
    expect(name).toBe("表");
    expect([fake.sheet(name).merges, fake.sheet(name).pageBreaks, fake.cell(name, "C3").format]).toEqual([["B2:C2"], [], "General"]);
  });

  it("writes the form without page breaks when Excel lacks ExcelApi 1.9, its merges and formats still land", async () => {
    const port = start({ excelApi: "1.8" });
    const name = await port.addSheet(form);
    expect(fake.sheet(name).pageBreaks).toEqual([]);
    expect(fake.sheet(name).merges).toEqual(["A1:D1", "A3:A4"]);
    expect(fake.cell(name, "C3").format).toBe("0.00%");
  });

  it("leaves the workbook as it was when any sync of the write fails", async () => {
    const spec = { ...manyMerges(50), numberFormats: { B2: "0.00%" }, textColumns: [0] };
    await start().addSheet(spec);
    const total = fake.syncCount;
    for (let n = 1; n <= total; n++) {
      const port = start();
      const before = fake.dump();
      fake.failNextSync(n);
      await expect(port.addSheet(spec)).rejects.toThrow();
      expect({ n, dump: fake.dump() }).toEqual({ n, dump: before });
    }
  });

  it.each<[string, Partial<NewSheet>]>([
    ["a merge range that is not an A1 range", { merges: ["A:A"] }],
    ["a number format address that is not a cell", { numberFormats: { "C3:C4": "0.00%" } }],
    ["an empty number format", { numberFormats: { C3: "" } }],
    ["a page break after row 0", { pageBreaks: [0] }],
    ["a page break after half a row", { pageBreaks: [2.5] }],
  ])("refuses %s before touching Excel", async (_label, change) => {
    const port = start();
    const before = fake.syncCount;
    const error = await port.addSheet({ ...form, ...change }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).code).toBe("host-error");
    expect(fake.syncCount).toBe(before);
  });

  it("writes 从目标表生成自评表 for seed 000 as the memory adapter keeps it: merges, rate formats, a page per project", async () => {
    const ref = memoryPort(typedSeed("000"));
    const made = await makeSelfEvaluation(ref, { shape: "anhui", rules: DEFAULT_RULES });
    if (!made.ok) throw new Error(made.code);
    const expected = ref.data.sheets[1];

    const port = start({}, typedSeed("000"));
    const before = fake.syncCount;
    const r = await makeSelfEvaluation(port, { shape: "anhui", rules: DEFAULT_RULES });
    if (!r.ok) throw new Error(r.code);
    const s = fake.sheet(r.value.sheet);
    expect([...s.merges].sort()).toEqual([...expected.merges].sort());
    for (const [a, f] of Object.entries(expected.numberFormats)) expect([a, fake.cell(r.value.sheet, a).format]).toEqual([a, f]);
    expect(s.pageBreaks).toHaveLength(r.value.blocks.length - 1);
    // Every page starts with a block's title row.
    for (const b of s.pageBreaks) expect(fake.cell(r.value.sheet, `A${b + 2}`).value).toBe(fake.cell(r.value.sheet, "A1").value);
    // Merging lost no value: the sheet holds what the memory adapter holds.
    const values = fake.values(r.value.sheet);
    const kept = expected.values.flatMap((row, i) => row.flatMap((v, c) => (v == null ? [] : [[i, c, v]])));
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.map(([i, c]) => [i, c, values[i as number][c as number]])).toEqual(kept);
    // Read the table (one sync), then the sheet's two.
    expect(fake.syncCount - before).toBe(3);
  });
});

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
