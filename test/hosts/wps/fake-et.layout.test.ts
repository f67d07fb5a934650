// The fake ET model of a form's layout: Merge keeps the upper-left value (and would ask first with alerts on), and
// manual page breaks (HPageBreaks) sit above a row and move with whole rows inserted or deleted.
import type { EtPageBreaks } from "../../../src/hosts/wps/et-types";
import { FakeEt } from "../../../src/hosts/wps/testing/fake-et";

const start = (rows: unknown[][] = [["a"]]) => FakeEt.fromGrids({ name: "Sheet1", rows: rows as never });
const sheet1 = (fake: FakeEt) => fake.app.ActiveWorkbook.Worksheets.Item(1);
const breaksOf = (fake: FakeEt) => sheet1(fake).HPageBreaks as EtPageBreaks;

describe("fake ET merges", () => {
  it("merges a range into one area, keeping the upper-left value once DisplayAlerts is off", () => {
    const fake = start([["a", "b"], [1, 2]]);
    const ws = sheet1(fake);
    expect(() => ws.Range("A1:B2").Merge()).toThrow(/DisplayAlerts on would ask/);
    expect(fake.sheet("Sheet1").merges).toEqual([]);
    fake.app.DisplayAlerts = false;
    ws.Range("A1:B2").Merge();
    expect([fake.dump().sheets[0].merges, fake.sheet("Sheet1").rows[0]?.v, fake.sheet("Sheet1").rows[1]?.v]).toEqual([["A1:B2"], ["a", null], [null, null]]);
    expect(ws.Range("B2").MergeCells).toBe(true);
  });

  it("merges empty cells without asking, each row on its own when merging across, and leaves one cell as it is", () => {
    const fake = start();
    const ws = sheet1(fake);
    ws.Range("C1:E2").Merge(true);
    ws.Range("A5").Merge();
    expect(fake.dump().sheets[0].merges).toEqual(["C1:E1", "C2:E2"]);
  });

  it.each<[string, (ws: ReturnType<typeof sheet1>) => void, RegExp]>([
    ["a multi-area range", (ws) => ws.Range("A1:B1,A3:B3").Merge(), /multi-area/],
    ["whole rows", (ws) => ws.Range("2:3").Merge(), /whole rows/],
    [
      "over a merged area",
      (ws) => {
        ws.Range("B1:C1").Merge();
        ws.Range("C1:D1").Merge();
      },
      /over a merged area/,
    ],
  ])("refuses to merge %s", (_label, act, message) => {
    const fake = start([[]]);
    expect(() => act(sheet1(fake))).toThrow(message);
  });

  it("refuses to merge on a protected sheet, and counts Merge as a change", async () => {
    const fake = start();
    fake.protect("Sheet1");
    expect(() => sheet1(fake).Range("A1:B1").Merge()).toThrow(/protected/);
    fake.protect("Sheet1", false);
    const { writes, byMember } = await fake.counted(() => sheet1(fake).Range("A1:B1").Merge());
    expect([writes, byMember["Range.Merge"]]).toEqual([1, 1]);
  });
});

describe("fake ET page breaks", () => {
  it("adds a break above a range's top row, once, and counts it", () => {
    const fake = start();
    const ws = sheet1(fake);
    breaksOf(fake).Add(ws.Range("C7:D9"));
    breaksOf(fake).Add(ws.Range("A3"));
    breaksOf(fake).Add(ws.Range("B7"));
    expect([fake.sheet("Sheet1").pageBreaks, breaksOf(fake).Count, fake.dump().sheets[0].pageBreaks]).toEqual([[2, 6], 2, [2, 6]]);
  });

  it("refuses a break above row 1, an address instead of a Range, and a Range of another sheet", () => {
    const fake = FakeEt.fromGrids([{ name: "Sheet1", rows: [] }, { name: "Sheet2", rows: [] }]);
    const [one, two] = [1, 2].map((i) => fake.app.ActiveWorkbook.Worksheets.Item(i));
    const breaks = one.HPageBreaks as EtPageBreaks;
    expect(() => breaks.Add(one.Range("B1"))).toThrow(/row 1/);
    expect(() => breaks.Add("A5" as never)).toThrow(/must be a Range/);
    expect(() => breaks.Add(two.Range("A5"))).toThrow(/must be a Range of this sheet/);
    expect(fake.sheet("Sheet1").pageBreaks).toEqual([]);
  });

  it("moves breaks and merged areas with whole rows inserted or deleted, and drops a deleted row's break", () => {
    const fake = start();
    fake.app.DisplayAlerts = false;
    const ws = sheet1(fake);
    for (const r of ["A3", "A6", "A9"]) breaksOf(fake).Add(ws.Range(r));
    ws.Range("A7:B7").Merge();
    ws.Range("4:5").Insert();
    expect([fake.sheet("Sheet1").pageBreaks, fake.dump().sheets[0].merges]).toEqual([[2, 7, 10], ["A9:B9"]]);
    ws.Range("8:8").Delete();
    expect([fake.sheet("Sheet1").pageBreaks, fake.dump().sheets[0].merges]).toEqual([[2, 9], ["A8:B8"]]);
  });

  it("is missing in a build without HPageBreaks", () => {
    const fake = FakeEt.fromGrids({ name: "Sheet1", rows: [] }, { missing: ["HPageBreaks"] });
    expect(() => sheet1(fake).HPageBreaks).toThrow(/no member "HPageBreaks"/);
  });
});
