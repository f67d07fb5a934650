/**
 * Settings travel with the workbook between hosts: the Excel add-in, WPS and .xlsx files write a setting into the
 * same `_perftarget` cells (I: key, J…: 32,000-character pieces), and each reads what the others wrote.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core";
import { ExcelAdapter } from "../../src/hosts/excel/excel.adapter";
import type { WorkbookPort } from "../../src/hosts/workbook.port";
import { FakeEt } from "../../src/hosts/wps/testing/fake-et";
import { WpsAdapter } from "../../src/hosts/wps/wps.adapter";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { FakeExcel } from "../support/fake-excel";

const META = "_perftarget";
const user: Grid = { name: "Sheet1", rows: [["a", 1]] };

/** The settings cells (columns I onwards) of a `_perftarget` grid, as text. */
function settingsPart(rows: CellValue[][]): string[][] {
  return rows.map((r) => {
    const cells = r.slice(8).map((v) => (v === null ? "" : String(v)));
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
}

interface Host {
  /** Write the settings, and answer the `_perftarget` sheet as a grid. */
  write(settings: [string, string][]): Promise<CellValue[][]>;
  /** A workbook holding `meta` as its `_perftarget` sheet, opened by this host. */
  read(meta: CellValue[][]): Promise<{ port: WorkbookPort; done(): void }>;
}

const HOSTS: Record<string, Host> = {
  Excel: {
    async write(settings) {
      const fake = FakeExcel.fromGrids(user).install();
      try {
        for (const [k, v] of settings) await new ExcelAdapter().setSetting(k, v);
        return fake.values(META);
      } finally {
        fake.uninstall();
      }
    },
    async read(meta) {
      const fake = FakeExcel.fromGrids([user, { name: META, rows: meta }]).install();
      return { port: new ExcelAdapter(), done: () => fake.uninstall() };
    },
  },
  WPS: {
    async write(settings) {
      const fake = FakeEt.fromGrids(user);
      const port = new WpsAdapter({ app: fake.app });
      for (const [k, v] of settings) await port.setSetting(k, v);
      return gridOf(fake);
    },
    async read(meta) {
      const fake = FakeEt.fromGrids([user, { name: META, rows: meta }]);
      fake.sheet(META).visible = 2; // very hidden, as every host makes it
      return { port: new WpsAdapter({ app: fake.app }), done: () => undefined };
    },
  },
  ".xlsx": {
    async write(settings) {
      const port = XlsxAdapter.fromGrid(user);
      for (const [k, v] of settings) await port.setSetting(k, v);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await port.toBytes()) as unknown as ArrayBuffer);
      const rows: CellValue[][] = [];
      wb.getWorksheet(META)!.eachRow((row, r) => (rows[r - 1] = Array.from({ length: row.cellCount }, (_, c) => (row.getCell(c + 1).value as CellValue) ?? null)));
      return Array.from(rows, (r) => r ?? []);
    },
    async read(meta) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet(user.name).addRow(user.rows[0]);
      const ws = wb.addWorksheet(META, { state: "veryHidden" });
      meta.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
      return { port: await XlsxAdapter.fromBytes((await wb.xlsx.writeBuffer()) as ArrayBuffer), done: () => undefined };
    },
  },
};

/** `_perftarget` of a fake ET workbook as a grid of values. */
function gridOf(fake: FakeEt): CellValue[][] {
  const cells = fake.dump().sheets.find((s) => s.name === META)!.cells;
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

describe("settings between hosts", () => {
  it("are written into the same _perftarget cells by the Excel add-in, WPS and .xlsx files", async () => {
    const parts: Record<string, string[][]> = {};
    for (const [name, h] of Object.entries(HOSTS)) parts[name] = settingsPart(await h.write(settings)); // one installed fake at a time
    // 116,001 characters: the emoji at 31,999 moves to the second piece rather than being cut in half.
    expect(parts.Excel.map((r) => r.map((v) => v.length))).toEqual([[17, 31_999, 32_000, 32_000, 20_002], [19, 24]]);
    expect(parts.Excel.map((r) => r.join(""))).toEqual(settings.map(([k, v]) => k + v));
    expect(parts.WPS).toEqual(parts.Excel);
    expect(parts[".xlsx"]).toEqual(parts.Excel);
  });

  it.each(Object.keys(HOSTS).flatMap((from) => Object.keys(HOSTS).filter((to) => to !== from).map((to) => [from, to])))(
    "written by %s, are read by %s",
    async (from, to) => {
      const meta = await HOSTS[from].write(settings);
      const { port, done } = await HOSTS[to].read(meta);
      try {
        for (const [k, v] of settings) expect((await port.getSetting(k)) === v).toBe(true); // no 200 KB diff on failure
        expect(await port.sheetNames()).toEqual(["Sheet1"]);
      } finally {
        done();
      }
    },
  );
});
