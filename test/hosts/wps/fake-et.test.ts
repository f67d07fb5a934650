// The fake ET model itself: it must show the quirks the WPS adapter has to cope with, strictly, and count calls.
import { FakeEt } from "../../../src/hosts/wps/testing/fake-et";
import type { EtRange, EtWorksheet } from "../../../src/hosts/wps/et-types";

const start = (rows: unknown[][] = [], quirks = {}) => FakeEt.fromGrids({ name: "Sheet1", rows: rows as never }, quirks);
const sheet1 = (fake: FakeEt) => fake.app.ActiveWorkbook.Worksheets.Item(1);

describe("fake ET quirks", () => {
  it("answers Value2 with a scalar for one cell and row arrays otherwise (one row or column included)", () => {
    const fake = start([["a", 1], [true, null]]);
    const ws = sheet1(fake);
    expect(ws.Range("A1").Value2).toBe("a");
    expect(ws.Range("A1:B2").Value2).toEqual([["a", 1], [true, null]]);
    expect(ws.Range("A1:B1").Value2).toEqual([["a", 1]]);
    expect(ws.Range("A1:A2").Value2).toEqual([["a"], [true]]);
    expect(start([["a", 1]], { flatRows: true, empty: "" }).app.ActiveSheet.Range("A1:C1").Value2).toEqual(["a", 1, ""]);
  });

  it("refuses a cell text over 32,767 characters, changing no cell of the write", () => {
    const fake = start([["a", "b"]]);
    const ws = sheet1(fake);
    ws.Range("A2").Value2 = "x".repeat(32_767);
    expect(() => (ws.Range("A1:B1").Value2 = [["c", "x".repeat(32_768)]])).toThrow(/at most 32767/);
    expect([fake.cell("Sheet1", "A1").value, (fake.cell("Sheet1", "A2").value as string).length]).toEqual(["a", 32_767]);
  });

  it("gives an empty sheet a one-cell used range at A1, and error values as CVErr numbers", () => {
    expect(sheet1(start()).UsedRange.Value2).toBeNull();
    const fake = start([[null, null], [null, { error: "#DIV/0!" }, { error: "#REF!" }]]);
    const used = sheet1(fake).UsedRange;
    expect([used.Row, used.Column]).toEqual([2, 2]);
    expect(used.Value2).toEqual([[-2146826281, -2146826265]]);
  });

  it("keeps colours as BGR longs, no fill as -4142, and tells mixed ranges by null", () => {
    const fake = start([["a", "b"]]);
    const ws = sheet1(fake);
    ws.Range("A1").Interior.Color = 255; // red in BGR
    expect(fake.cell("Sheet1", "A1").fill).toBe("#FF0000");
    expect(ws.Range("B1").Interior.ColorIndex).toBe(-4142);
    expect(ws.Range("B1").Interior.Color).toBe(0xffffff); // no fill reads as white: only ColorIndex/Pattern tell
    expect(ws.Range("A1:B1").Interior.ColorIndex).toBeNull();
    ws.Range("A1,B1").Interior.ColorIndex = -4142;
    expect(ws.Range("A1:B1").Interior.Pattern).toBe(-4142);
  });

  it("has 1-based collections, read-only Value, parameterised members as methods, strict members", () => {
    const fake = start([["a"]]);
    const sheets = fake.app.ActiveWorkbook.Worksheets;
    expect(sheets.Item(1).Name).toBe("Sheet1");
    expect(() => sheets.Item(0)).toThrow(/下标越界/);
    expect(sheets.Item("SHEET1").Name).toBe("Sheet1");
    const r = sheets.Item(1).Range("A1:B2") as EtRange;
    expect(() => ((r as unknown as { Value: unknown }).Value = 1)).toThrow(/read-only/);
    expect(typeof r.Address).toBe("function");
    expect((r.Address as (a: boolean, b: boolean) => string)(false, false)).toBe("A1:B2");
    expect(r.Resize(3, 1).Rows.Count).toBe(3);
    expect(() => (r as unknown as { Valeu2: unknown }).Valeu2).toThrow(/no member "Valeu2"/);
  });

  it("exposes members the other way round in a method-style build", () => {
    const fake = start([["a"]], { methods: ["Count", "Name"], properties: ["Address"], itemAddress: false });
    const ws = fake.app.ActiveSheet;
    expect(typeof ws.Name).toBe("function");
    expect((ws.Name as () => string)()).toBe("Sheet1");
    expect(ws.Range("A1:B2").Address).toBe("$A$1:$B$2");
    expect(() => ws.Rows.Item("5:7")).toThrow(/类型不匹配/);
  });

  it("refuses changes to a protected sheet, a 256-character address, and a sheet deletion that would ask the user", () => {
    const fake = start([["a"]]);
    fake.protect("Sheet1");
    const ws = sheet1(fake);
    expect(() => (ws.Range("A1").Value2 = "x")).toThrow(/protected/);
    expect(() => (ws.Range("A1").Interior.Color = 0)).toThrow(/protected/);
    expect(() => ws.Range(Array.from({ length: 80 }, (_, i) => `A${i + 1}`).join(","))).toThrow(/255/);
    const added = fake.app.ActiveWorkbook.Worksheets.Add(null, ws) as EtWorksheet;
    expect(fake.activeSheet).toBe("Sheet2"); // Add activates the new sheet
    expect(() => added.Delete()).toThrow(/DisplayAlerts/);
    fake.app.DisplayAlerts = false;
    added.Delete();
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  it("types text in as ET does: =x a formula, 001 a number, 'x text — unless the cell is formatted as text", () => {
    const fake = start();
    const ws = sheet1(fake);
    ws.Range("A1:D1").Value2 = [["=1+1", "001", "'=x", "-abc"]];
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ formula: "=1+1" });
    expect(fake.cell("Sheet1", "B1").value).toBe(1);
    expect(fake.cell("Sheet1", "C1")).toMatchObject({ value: "=x", formula: null });
    expect(fake.cell("Sheet1", "D1").formula).toBe("=-abc");
    ws.Range("A2:B2").NumberFormat = "@";
    ws.Range("A2:B2").Value2 = [["=1+1", "001"]];
    expect([fake.cell("Sheet1", "A2").value, fake.cell("Sheet1", "B2").value]).toEqual(["=1+1", "001"]);
    expect(() => (ws.Range("A3:B3").Value2 = [["too short"]])).toThrow(/类型不匹配/);
  });

  it("counts every bridge call and fails the chosen one before it takes effect", async () => {
    const fake = start([["a"]]);
    const { calls, writes, byMember } = await fake.counted(() => {
      const ws = fake.app.ActiveSheet;
      ws.Range("A1").Value2 = "b";
      return ws.Range("A1").Value2;
    });
    expect([calls, writes]).toEqual([5, 1]);
    expect(byMember).toEqual({ "Application.ActiveSheet": 1, "Worksheet.Range": 2, "Range.Value2": 2 });
    fake.failOn(1);
    expect(() => (fake.app.ActiveSheet.Range("A1").Value2 = "c")).toThrow(/injected/);
    expect(fake.cell("Sheet1", "A1").value).toBe("b");
  });
});
