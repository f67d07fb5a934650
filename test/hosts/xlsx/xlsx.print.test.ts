/**
 * A sheet meant for paper (审核意见): the print setup a NewSheet carries lands in the .xlsx file (A4, one page wide,
 * repeated title row, wrapped and bold cells, row heights for wrapped text) and survives a save and reload; the
 * memory adapter keeps it on its sheet model.
 */
import ExcelJS from "exceljs";
import { reviewSheet } from "../../../src/core";
import { MemoryAdapter } from "../../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../../src/hosts/memory/memory.workbook";
import { NewSheet } from "../../../src/hosts/workbook.port";
import { XlsxAdapter } from "../../../src/hosts/xlsx/xlsx.adapter";
import { PAPER_A4, lineCount } from "../../../src/hosts/xlsx/xlsx.print";
import { seed000Review } from "../../core/review/review-sheet.fixture";
import { seedGrid } from "../../support/seeds";

const layout = reviewSheet(seed000Review());
const spec: NewSheet = { name: "审核意见", rows: layout.rows, widths: layout.widths, textColumns: layout.textColumns, print: layout.print };

/** The workbook as a later reader sees it: saved by the adapter, opened fresh by ExcelJS. */
async function saved(port: XlsxAdapter): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await port.toBytes()) as unknown as ArrayBuffer);
  return wb;
}

function seedPort(): XlsxAdapter {
  return XlsxAdapter.fromGrid({ ...seedGrid("000"), name: "项目表" });
}

/** 1-based row of the first open finding: after the header and its dimension sub-heading (完整性（n 条）). */
const FINDING_ROW = layout.rows.findIndex((r, i) => i > layout.rows.findIndex((h) => h[1] === "说明") && r[0] === 1) + 1;

describe("print setup in an .xlsx file", () => {
  it("is A4, portrait, one page wide and as tall as needed, with the title row repeated and reasonable margins", async () => {
    const port = seedPort();
    await port.addSheet(spec);
    const ws = (await saved(port)).getWorksheet("审核意见")!;
    expect(ws.pageSetup).toMatchObject({ paperSize: PAPER_A4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    const m = ws.pageSetup.margins!;
    for (const side of [m.left, m.right, m.top, m.bottom]) expect(side).toBeGreaterThanOrEqual(0.3);
    for (const side of [m.left, m.right, m.top, m.bottom]) expect(side).toBeLessThanOrEqual(1);
    expect(ws.columns.map((c) => c.width)).toEqual(layout.widths);
  });

  it("wraps the long-text columns, aligns cells to the top and prints the heading rows bold", async () => {
    const port = seedPort();
    await port.addSheet(spec);
    const ws = (await saved(port)).getWorksheet("审核意见")!;
    const first = ws.getRow(FINDING_ROW);
    for (const c of [2, 5]) expect(first.getCell(c).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(first.getCell(3).alignment?.wrapText).toBe(true);
    expect(first.getCell(4).alignment?.wrapText).toBeFalsy();
    for (const r of layout.print.boldRows) expect([r, ws.getRow(r).getCell(1).font?.bold]).toEqual([r, true]);
    expect(first.getCell(2).font?.bold).toBeFalsy();
    // A message over two lines gets a row tall enough for them; a one-line row keeps the default height.
    expect(ws.getRow(FINDING_ROW).height).toBeGreaterThanOrEqual(2 * 15);
    expect(ws.getRow(2).height).toBeUndefined();
  });

  it("keeps text as text and numbers as numbers", async () => {
    const port = seedPort();
    await port.addSheet(spec);
    const ws = (await saved(port)).getWorksheet("审核意见")!;
    expect(ws.getCell(FINDING_ROW, 1).value).toBe(1);
    expect(ws.getCell(FINDING_ROW, 3).value).toBe("G12");
    expect(ws.getCell(FINDING_ROW, 3).numFmt).toBe("@");
  });

  it("survives a reload and a refresh of the sheet, on the right sheet of the workbook", async () => {
    let port = seedPort();
    await port.refreshOwnedSheet(spec);
    port = await XlsxAdapter.fromBytes(await port.toBytes());
    // A sheet after it, so the refreshed sheet goes back into the middle (print titles are stored by sheet index).
    await port.addSheet({ name: "校验结果", rows: [["序号"]] });
    await port.refreshOwnedSheet(spec);
    const wb = await saved(await XlsxAdapter.fromBytes(await port.toBytes()));
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["项目表", "审核意见", "校验结果"]);
    expect(wb.getWorksheet("审核意见")!.pageSetup).toMatchObject({ paperSize: PAPER_A4, printTitlesRow: "1:1" });
    for (const other of ["项目表", "校验结果"]) expect(wb.getWorksheet(other)!.pageSetup.printTitlesRow).toBeUndefined();
  });

  it("changes nothing about printing for a sheet without print setup", async () => {
    const port = seedPort();
    await port.addSheet({ name: "明细", rows: [["a", "b"]] });
    const ws = (await saved(port)).getWorksheet("明细")!;
    expect(ws.pageSetup.paperSize).toBeUndefined();
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.getCell("A1").alignment).toBeUndefined();
  });

  it("estimates wrapped lines generously: CJK characters are about two digits wide", () => {
    expect(lineCount("2025-06-02 10:30", 16)).toBe(1);
    expect(lineCount("张审核\n2025-06-02 10:30", 16)).toBe(2);
    expect(lineCount("缺".repeat(15), 32)).toBe(1);
    expect(lineCount("缺".repeat(16), 32)).toBe(2);
  });
});

describe("print setup in the memory workbook", () => {
  it("is kept on the sheet model as written, and replaced when the sheet is refreshed without it", async () => {
    const port = new MemoryAdapter(newWorkbook([newSheet("项目表")]));
    const name = await port.refreshOwnedSheet(spec);
    expect(port.data.sheets.find((s) => s.name === name)?.print).toEqual(layout.print);
    await port.refreshOwnedSheet({ ...spec, print: undefined });
    expect(port.data.sheets.find((s) => s.name === name)?.print).toBeUndefined();
    expect(port.data.sheets.find((s) => s.name === "项目表")?.print).toBeUndefined();
  });
});
