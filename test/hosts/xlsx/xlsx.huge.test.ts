/** Hostile and huge .xlsx input (issue 13): far-away cells, big new sheets. */
import ExcelJS from "exceljs";
import { parseSheet, type CellValue, type Grid } from "../../../src/core";
import { loadXlsx } from "../../../src/hosts/xlsx/xlsx.loader";
import { withMessage } from "../../../src/i18n";
import { seedGrid } from "../../support/seeds";
import { syntheticGrid } from "../../../src/bench/synthetic";
import { XlsxAdapter } from "../../../src/hosts/xlsx/xlsx.adapter";
import { splitIndicators } from "../../../src/actions/actions";
import { countCells, MAX_WORKBOOK_CELLS } from "../../../src/hosts/xlsx/xlsx.size";

function workbookOf(grid: Grid, extra: Record<string, CellValue> = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目表");
  grid.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  for (const [address, v] of Object.entries(extra)) ws.getCell(address).value = v as ExcelJS.CellValue;
  return wb;
}

async function loadedSheet(wb: ExcelJS.Workbook): Promise<Grid> {
  const result = await loadXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  if (!result.ok) throw new Error(`expected sheets, got ${result.code}`);
  return result.sheets[0];
}

const cellCount = (g: Grid) => g.rows.reduce((n, r) => n + r.length, 0);

describe("a table with cells far away from it", () => {
  const seed = seedGrid("000");

  it("reads a table with a stray cell at XFD1048576 in bounded memory", async () => {
    const plain = await loadedSheet(workbookOf(seed));
    const before = process.memoryUsage().heapUsed;
    const stray = await loadedSheet(workbookOf(seed, { XFD1048576: "x" }));
    // A dense grid would be 1,048,576 × 16,384 cells; the table's block is all that is built.
    expect(stray.rows.length).toBe(plain.rows.length);
    expect(cellCount(stray)).toBe(cellCount(plain));
    expect(stray.rows).toEqual(plain.rows);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("names the stray cell in an info finding, in Chinese and in English", async () => {
    const grid = await loadedSheet(workbookOf(seed, { XFD1048576: "x" }));
    const r = parseSheet(grid);
    if (!r.ok) throw new Error(r.code);
    const f = r.value.findings.find((x) => x.code === "stray-cells");
    expect(f).toMatchObject({ severity: "info", row: 1048576, column: "XFD", params: { range: "XFD1048576", count: 1 } });
    expect(withMessage(f!, "zh-CN").message).toContain("XFD1048576");
    expect(withMessage(f!, "en").message).toContain("XFD1048576");
  });

  it("reads the table the same as without the stray cell, apart from that one finding", async () => {
    const plain = parseSheet(await loadedSheet(workbookOf(seed)));
    const stray = parseSheet(await loadedSheet(workbookOf(seed, { XFD1048576: "x", A900000: "备注", ZZ3: 1 })));
    if (!plain.ok || !stray.ok) throw new Error("not a table");
    expect(stray.value.projects).toEqual(plain.value.projects);
    expect(stray.value.findings.filter((f) => f.code !== "stray-cells")).toEqual(plain.value.findings);
    expect(stray.value.findings.filter((f) => f.code === "stray-cells")).toEqual([
      expect.objectContaining({ row: 3, column: "ZZ", params: { range: "A3:XFD1048576", count: 3 } }),
    ]);
  });

  it("keeps notes a few columns to the right and a few rows below as part of the table", async () => {
    const last = seed.rows.length;
    const grid = await loadedSheet(workbookOf(seed, { [`A${last + 20}`]: "注：单位万元", K2: "备注" }));
    expect(grid.stray).toBeUndefined();
    expect(grid.rows[last + 19][0]).toBe("注：单位万元");
    expect(grid.rows[1][10]).toBe("备注");
  });

  it("keeps the row numbers of a table that starts far down when the stray cell is at A1", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目表");
    seed.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 5001, c + 1).value = v as ExcelJS.CellValue)));
    ws.getCell("A1").value = "草稿";
    const grid = await loadedSheet(wb);
    expect(grid.stray).toMatchObject({ row: 1, column: "A", range: "A1", count: 1 });
    expect(grid.rows[0]).toEqual([]);
    const k = seed.rows.findIndex((r) => r.some((v) => v !== null));
    expect(grid.rows[5000 + k]).toEqual(expect.arrayContaining([seed.rows[k].find((v) => v !== null)]));
  });
});

describe("big sheets the product writes through the .xlsx adapter (the web page's)", () => {
  it("splits a 20,000-row table into 指标明细, one row per indicator", async () => {
    const grid = syntheticGrid(18000, 8, 1);
    expect(grid.rows.length).toBeGreaterThan(19000);
    const port = XlsxAdapter.fromGrid(grid);
    const r = await splitIndicators(port, { message: (f) => f.code });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.indicators).toBe(144000);
    expect(port.worksheet(r.value.sheet)?.actualRowCount).toBe(144001);
  }, 120_000);

  it("leaves no half-written sheet behind when writing a new sheet fails", async () => {
    const port = XlsxAdapter.fromGrid(seedGrid("000"));
    const before = await port.sheetNames();
    const rows = [["表头"], ["值"]];
    // A row that cannot be read stands for any failure while cells are being written (a bug, memory).
    Object.defineProperty(rows, 1, { get: () => { throw new Error("boom"); } });
    await expect(port.addSheet({ name: "指标明细", rows, header: true })).rejects.toThrow("boom");
    expect(await port.sheetNames()).toEqual(before);
  });

  it("keeps the old sheet when refreshing one of its own sheets fails", async () => {
    const port = XlsxAdapter.fromGrid(seedGrid("000"));
    const name = await port.addSheet({ name: "校验结果", rows: [["旧"], ["旧值"]], header: true });
    const rows = [["新"], ["新值"]];
    Object.defineProperty(rows, 1, { get: () => { throw new Error("boom"); } });
    await expect(port.refreshOwnedSheet({ name, rows, header: true })).rejects.toThrow("boom");
    expect(await port.sheetNames()).toEqual([expect.any(String), name]);
    expect((await port.readSheet(name)).rows).toEqual([["旧"], ["旧值"]]);
  });

  it("refreshes its own sheet in the same place among the tabs", async () => {
    const port = XlsxAdapter.fromGrid(seedGrid("000"));
    const name = await port.addSheet({ name: "校验结果", rows: [["旧"]], header: true });
    await port.addSheet({ name: "其他", rows: [["x"]] });
    await port.refreshOwnedSheet({ name, rows: [["新"]], header: true });
    expect((await port.sheetNames()).slice(1)).toEqual([name, "其他"]);
    expect((await port.readSheet(name)).rows).toEqual([["新"]]);
  });
});

describe("the cell count taken before a workbook is opened", () => {
  it("counts the populated cells of every sheet, without taking <col> or <cfRule> for cells", async () => {
    const wb = workbookOf({ name: "t", rows: [["a", "b", null, 1], [null, 2]] });
    wb.getWorksheet("项目表")!.getColumn(1).width = 20;
    wb.addWorksheet("二").getCell("C3").value = "x";
    const counted = await countCells(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(counted?.total).toBe(5);
  });

  it("opens workbooks up to 1.5 million cells: a 150,000-project table fits", () => {
    expect(MAX_WORKBOOK_CELLS).toBeGreaterThanOrEqual(150_000 * 7);
  });
});
