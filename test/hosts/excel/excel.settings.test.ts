/// <reference types="office-js" />
/**
 * ExcelAdapter settings on the strict fake Excel: where they land (`_perftarget` I:J…, the layout WPS and .xlsx files
 * share, never the add-in's own document settings), values saved in document settings by earlier versions, sync
 * counts, and all-or-nothing writes.
 */
import { columnLetter } from "../../../src/core";
import { ExcelAdapter, ExcelAdapterOptions } from "../../../src/hosts/excel/excel.adapter";
import { META_SHEET } from "../../../src/hosts/shared/perftarget-sheet";
import { FakeExcel } from "../../support/fake-excel";

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

function start(): FakeExcel {
  fake = FakeExcel.fromGrids({ name: "Sheet1", rows: [["a", 1]] }).install();
  return fake;
}

/** A value of `n` characters that is not the same at every position. */
const long = (n: number, unit = "审核意见0123456789") => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** `_perftarget` cells from I, row by row, as the fake holds them (value and number format). */
function settingCells(): Record<string, { v?: unknown; nf?: string }> {
  const meta = fake.dump().sheets.find((s) => s.name === META_SHEET);
  if (!meta) return {};
  return Object.fromEntries(Object.entries(meta.cells).filter(([a]) => !/^[A-H]\d/.test(a)).map(([a, c]) => [a, { v: c.v, nf: c.nf }]));
}

async function counted(f: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await f();
  return fake.syncCount - before;
}

describe("ExcelAdapter settings", () => {
  it("writes a setting into _perftarget: key in I, the value in 32,000-character text cells from J, not workbook.settings", async () => {
    start();
    const value = long(70_001);
    await new ExcelAdapter().setSetting("perftarget.review", value);
    const pieces = [value.slice(0, 32_000), value.slice(32_000, 64_000), value.slice(64_000)];
    expect(settingCells()).toEqual({
      I1: { v: "perftarget.review", nf: "@" },
      ...Object.fromEntries(pieces.map((p, i) => [`${columnLetter(9 + i)}1`, { v: p, nf: "@" }])),
    });
    expect(fake.book.settings).toEqual({});
    expect(fake.dump().sheets.find((s) => s.name === META_SHEET)?.visibility).toBe("VeryHidden");
    expect(fake.activeSheet).toBe("Sheet1");
  });

  it("replaces only the key's row, clearing the cells a longer old value used, formats included", async () => {
    start();
    const port = new ExcelAdapter();
    await port.setSetting("a", long(100_000));
    await port.setSetting("b", "{}");
    await port.highlight("Sheet1", [{ address: "B1", color: "#FFC7CE" }]);
    await port.setSetting("a", "short");
    expect(settingCells()).toEqual({ I1: { v: "a", nf: "@" }, J1: { v: "short", nf: "@" }, I2: { v: "b", nf: "@" }, J2: { v: "{}", nf: "@" } });
    expect(fake.cell(META_SHEET, "B1").value).toBe("B1"); // the remembered fill's record, untouched
  });

  it("still reads a value an earlier version kept in workbook.settings, in the same sync, until the key is written", async () => {
    start();
    fake.edit((book) => (book.settings["perftarget.settings"] = '{"satisfactionMin":85}'));
    const port = new ExcelAdapter();
    let value: string | null = null;
    expect(await counted(async () => (value = await port.getSetting("perftarget.settings")))).toBe(1);
    expect(value).toBe('{"satisfactionMin":85}');
    await port.setSetting("perftarget.settings", '{"satisfactionMin":90}');
    expect(await new ExcelAdapter().getSetting("perftarget.settings")).toBe('{"satisfactionMin":90}');
    expect(fake.book.settings).toEqual({ "perftarget.settings": '{"satisfactionMin":85}' }); // left for earlier versions
  });

  it("takes one sync to read and two to write once the memory sheet is known, one more before", async () => {
    start();
    const port = new ExcelAdapter();
    expect(await counted(() => port.getSetting("k"))).toBe(1); // no _perftarget yet
    expect(await counted(() => port.setSetting("k", long(200_000)))).toBe(2); // read, then create and write
    expect(await counted(() => port.getSetting("k"))).toBe(1);
    expect(await counted(() => port.setSetting("k", "v"))).toBe(2);
    expect(await counted(() => new ExcelAdapter().getSetting("k"))).toBe(2); // finds the sheet, then reads it
    expect(await counted(() => new ExcelAdapter().setSetting("k", "w"))).toBe(3);
  });

  // A 100 KB budget makes a 150,000-character Chinese value (450 KB) take several syncs, each undone if a later one fails.
  it.each<[string, boolean, ExcelAdapterOptions, string]>([
    ["a short value over a long one", false, {}, "short"],
    ["a long value over a shorter one", false, {}, long(150_000, "长")],
    ["a value written over several syncs", false, { requestBudget: 100_000 }, long(150_000, "长")],
    ["a value written over several syncs into a new memory sheet", true, { requestBudget: 100_000 }, long(150_000, "长")],
  ])("leaves the workbook as it was when any sync of a setting write fails: %s", async (_name, fresh, options, value) => {
    start();
    if (!fresh) {
      await new ExcelAdapter().setSetting("a", long(90_000));
      await new ExcelAdapter().setSetting("b", "b");
    }
    const base = structuredClone(fake.book);
    const before = fake.dump();
    const s0 = fake.syncCount;
    await new ExcelAdapter(options).setSetting("a", value);
    const syncs = fake.syncCount - s0;
    expect(syncs).toBeGreaterThan(options.requestBudget ? 3 : 1);
    for (let k = 1; k <= syncs; k++) {
      fake.book = structuredClone(base);
      fake.failNextSync(k);
      await expect(new ExcelAdapter(options).setSetting("a", value)).rejects.toMatchObject({ code: "host-error" });
      expect({ k, dump: fake.dump() }).toEqual({ k, dump: before });
    }
  });
});
