/**
 * Settings travel with the workbook between hosts: the Excel add-in, WPS and .xlsx files write a setting into the
 * same `_perftarget` cells (I: key, J…: 32,000-character pieces), and each reads what the others wrote; in a workbook
 * where the user owns a sheet called `_perftarget`, every host keeps it out of the way and uses `_perftarget~2`.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core";
import { ExcelAdapter } from "../../src/hosts/excel/excel.adapter";
import type { WorkbookPort } from "../../src/hosts/workbook.port";
import { MARKER, MARKER_COLUMN } from "../../src/hosts/shared/perftarget-sheet";
import { FakeEt } from "../../src/hosts/wps/testing/fake-et";
import { WpsAdapter } from "../../src/hosts/wps/wps.adapter";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { FakeExcel } from "../support/fake-excel";

const META = "_perftarget";
const user: Grid = { name: "Sheet1", rows: [["a", 1]] };
/** A user's own visible sheet that took the record sheet's name, holding what looks like records and a setting. */
const mine: Grid = { name: META, rows: [["Sheet1", "A1", "#00FF00", "#FFC000", null, null, null, null, "perftarget.review", "{mine}"]] };

/** The workbooks a setting travels in: a plain one, and one where the user owns `_perftarget` (ours is `_perftarget~2`). */
interface Book {
  /** The user's sheets. */
  sheets: Grid[];
  /** The record sheet's name in it. */
  record: string;
}
const BOOKS: Record<string, Book> = {
  "a workbook": { sheets: [user], record: META },
  "a workbook where the user owns _perftarget": { sheets: [user, mine], record: `${META}~2` },
};

/** The settings cells (columns I onwards) of a `_perftarget` grid, as text. */
function settingsPart(rows: CellValue[][]): string[][] {
  return rows.map((r) => {
    const cells = r.slice(8).map((v) => (v === null ? "" : String(v)));
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
}

interface Host {
  /** Write the settings into `book`, and answer its record sheet and the user's sheets as grids. */
  write(settings: [string, string][], book: Book): Promise<{ meta: CellValue[][]; sheets: Grid[] }>;
  /** `book` holding `meta` as its record sheet (very hidden, as every host makes it), opened by this host. */
  read(meta: CellValue[][], book: Book): Promise<{ port: WorkbookPort; done(): void }>;
}

/** Trailing empty cells and rows dropped, every empty cell null: hosts differ in what they keep of a grid. */
const trimmed = (rows: readonly (readonly CellValue[] | undefined)[]): CellValue[][] => {
  const out = Array.from(rows, (r) => {
    const row = Array.from(r ?? [], (v) => (v === undefined || v === "" ? null : v));
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length && !out[out.length - 1].length) out.pop();
  return out;
};

const HOSTS: Record<string, Host> = {
  Excel: {
    async write(settings, book) {
      const fake = FakeExcel.fromGrids(book.sheets).install();
      try {
        for (const [k, v] of settings) await new ExcelAdapter().setSetting(k, v);
        expect(fake.sheet(book.record).visibility).toBe("VeryHidden");
        return { meta: fake.values(book.record), sheets: book.sheets.map((g) => ({ name: g.name, rows: fake.values(g.name) })) };
      } finally {
        fake.uninstall();
      }
    },
    async read(meta, book) {
      const fake = FakeExcel.fromGrids([...book.sheets, { name: book.record, rows: meta }]).install();
      fake.sheet(book.record).visibility = "VeryHidden";
      return { port: new ExcelAdapter(), done: () => fake.uninstall() };
    },
  },
  WPS: {
    async write(settings, book) {
      const fake = FakeEt.fromGrids(book.sheets);
      const port = new WpsAdapter({ app: fake.app });
      for (const [k, v] of settings) await port.setSetting(k, v);
      expect(fake.sheet(book.record).visible).toBe(2);
      return { meta: gridOf(fake, book.record), sheets: book.sheets.map((g) => ({ name: g.name, rows: gridOf(fake, g.name) })) };
    },
    async read(meta, book) {
      const fake = FakeEt.fromGrids([...book.sheets, { name: book.record, rows: meta }]);
      fake.sheet(book.record).visible = 2; // very hidden
      return { port: new WpsAdapter({ app: fake.app }), done: () => undefined };
    },
  },
  ".xlsx": {
    async write(settings, book) {
      const port = await XlsxAdapter.fromBytes(await xlsxBytes(book.sheets));
      for (const [k, v] of settings) await port.setSetting(k, v);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await port.toBytes()) as unknown as ArrayBuffer);
      expect(wb.getWorksheet(book.record)!.state).toBe("veryHidden");
      return { meta: gridOfSheet(wb.getWorksheet(book.record)!), sheets: book.sheets.map((g) => ({ name: g.name, rows: gridOfSheet(wb.getWorksheet(g.name)!) })) };
    },
    async read(meta, book) {
      return { port: await XlsxAdapter.fromBytes(await xlsxBytes(book.sheets, { name: book.record, rows: meta })), done: () => undefined };
    },
  },
};

/** An .xlsx file of the user's sheets and, when given, a very hidden record sheet. */
async function xlsxBytes(sheets: Grid[], record?: Grid): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const put = (ws: ExcelJS.Worksheet, g: Grid) => g.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  for (const g of sheets) put(wb.addWorksheet(g.name), g);
  if (record) put(wb.addWorksheet(record.name, { state: "veryHidden" }), record);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** An ExcelJS sheet as a grid of values. */
function gridOfSheet(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow((row, r) => (rows[r - 1] = Array.from({ length: row.cellCount }, (_, c) => (row.getCell(c + 1).value as CellValue) ?? null)));
  return Array.from(rows, (r) => r ?? []);
}

/** A sheet of a fake ET workbook as a grid of values. */
function gridOf(fake: FakeEt, name: string): CellValue[][] {
  const cells = fake.dump().sheets.find((s) => s.name === name)!.cells;
  const rows: CellValue[][] = [];
  for (const [a, c] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    (rows[Number(m[2]) - 1] ??= [])[col] = (c.v as CellValue) ?? null;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

const review = `${"审".repeat(31_999)}😀${"核意见 =1+1 '001 ".repeat(6_000)}`;
const settings: [string, string][] = [["perftarget.review", review], ["perftarget.settings", ' {"satisfactionMin":85} ']];

describe.each(Object.entries(BOOKS))("settings between hosts, in %s", (_, book) => {
  it("are written into the same record sheet cells by the Excel add-in, WPS and .xlsx files, never into the user's sheets", async () => {
    const parts: Record<string, string[][]> = {};
    for (const [name, h] of Object.entries(HOSTS)) {
      const written = await h.write(settings, book); // one installed fake at a time
      parts[name] = settingsPart(written.meta);
      expect(written.meta[0]?.[MARKER_COLUMN]).toBe(MARKER);
      expect(written.sheets.map((g) => ({ name: g.name, rows: trimmed(g.rows) }))).toEqual(book.sheets.map((g) => ({ name: g.name, rows: trimmed(g.rows) })));
    }
    // 116,001 characters: the emoji at 31,999 moves to the second piece rather than being cut in half.
    expect(parts.Excel.map((r) => r.map((v) => v.length))).toEqual([[17, 31_999, 32_000, 32_000, 20_002], [19, 24]]);
    expect(parts.Excel.map((r) => r.join(""))).toEqual(settings.map(([k, v]) => k + v));
    expect(parts.WPS).toEqual(parts.Excel);
    expect(parts[".xlsx"]).toEqual(parts.Excel);
  });

  it.each(Object.keys(HOSTS).flatMap((from) => Object.keys(HOSTS).filter((to) => to !== from).map((to) => [from, to])))(
    "written by %s, are read by %s",
    async (from, to) => {
      const { meta } = await HOSTS[from].write(settings, book);
      const { port, done } = await HOSTS[to].read(meta, book);
      try {
        for (const [k, v] of settings) expect((await port.getSetting(k)) === v).toBe(true); // no 200 KB diff on failure
        expect(await port.sheetNames()).toEqual(book.sheets.map((g) => g.name));
      } finally {
        done();
      }
    },
  );
});
