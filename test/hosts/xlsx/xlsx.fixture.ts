/** A formatted workbook for the .xlsx adapter tests, and ways to compare what a saved workbook holds. */
import ExcelJS from "exceljs";
import { columnLetter, type CellValue } from "../../../src/core";
import type { WorkbookPort } from "../../../src/hosts/workbook.port";
import { XlsxAdapter } from "../../../src/hosts/xlsx/xlsx.adapter";

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const YELLOW: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
const GRAY: ExcelJS.Fill = { type: "pattern", pattern: "gray125" };

/** A small table (or the given rows, e.g. a seed) on 项目表, with borders, fills, merges, widths, heights and notes. */
function tableSheet(wb: ExcelJS.Workbook, rows?: readonly (readonly CellValue[])[]): void {
  const ws = wb.addWorksheet("项目表");
  if (rows) {
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    ws.eachRow((row) => row.eachCell((cell) => (cell.border = THIN)));
    ws.getCell("C12").style = { ...ws.getCell("C12").style, fill: YELLOW };
    ws.getCell("B10").style = { ...ws.getCell("B10").style, fill: GRAY, font: { bold: true } };
    ws.getCell("A11").note = "原表的批注";
  } else {
    ws.getCell("A1").value = "项目支出绩效目标表";
    ws.getCell("A2").value = "部门名称：测试";
    ["项目名称", "总计", "财政拨款", "其他资金"].forEach((h, i) => (ws.getCell(4, i + 1).value = h));
    ws.getCell("E4").value = { formula: "SUM(B5:B8)", result: 300 } as ExcelJS.CellFormulaValue;
    ws.getCell("A5").value = "项目甲";
    ws.getCell("B5").value = 100;
    ws.getCell("C5").value = 50;
    ws.getCell("D5").value = 50;
    ws.getCell("A6").value = "项目乙";
    ws.getCell("A6").note = "备注甲";
    ws.getCell("B6").value = 200;
    ws.getCell("A10").value = "合并";
    ws.getCell("E10").value = { formula: "B10+$B$10", result: 0 } as ExcelJS.CellFormulaValue;
    for (const a of ["B5", "C5", "D5", "B6", "B10"]) ws.getCell(a).border = THIN;
    ws.getCell("C5").fill = YELLOW;
    ws.getCell("D5").fill = GRAY;
    ws.mergeCells("A10:B11");
  }
  ws.mergeCells("A2:G2");
  ws.getRow(5).height = 30;
  ws.getColumn(1).width = 40;
  ws.getColumn(7).width = 80;
}

export function richWorkbook(rows?: readonly (readonly CellValue[])[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  tableSheet(wb, rows);
  const notes = wb.addWorksheet("备注");
  notes.getCell("A1").value = "说明";
  notes.getCell("B1").value = { formula: "1+2", result: 3 } as ExcelJS.CellFormulaValue;
  notes.getCell("C1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  notes.getCell("D1").value = { formula: "SUM(项目表!B5:B8)", result: 300 } as ExcelJS.CellFormulaValue;
  [1, 2, 3].forEach((v, i) => (notes.getCell(3 + i, 2).value = v));
  notes.fillFormula("A3:A5", "B3*2", [2, 4, 6]);
  notes.getCell("B6").value = { richText: [{ text: "加粗", font: { bold: true } }, { text: "普通" }] };
  notes.getCell("C6").value = new Date(Date.UTC(2024, 0, 15));
  notes.getCell("D6").value = { text: "链接", hyperlink: "https://example.com/" };
  notes.getCell("E6").value = true;
  notes.getCell("F1").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  return wb;
}

export async function reopen(port: XlsxAdapter): Promise<XlsxAdapter> {
  return XlsxAdapter.fromBytes(await port.toBytes());
}

export interface CellDump {
  value: unknown;
  style: Partial<ExcelJS.Style>;
  note?: unknown;
}

/** Every stored cell of a sheet (empty but styled ones too), as plain JSON. */
export function cellsOf(ws: ExcelJS.Worksheet): Record<string, CellDump> {
  const out: Record<string, CellDump> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.value === null && Object.keys(cell.style ?? {}).length === 0) return;
      out[cell.address] = JSON.parse(JSON.stringify({ value: cell.value, style: cell.style ?? {}, note: cell.note }));
    }),
  );
  return out;
}

/** What a sheet is besides its cells: visibility, merges, widths, heights, tab selection, filter, validations. */
export function sheetState(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => {
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) heights[r] = row.height;
    });
    return {
      name: ws.name,
      state: ws.state,
      merges: [...ws.model.merges].sort(),
      widths: ws.columns?.map((c) => c.width ?? null) ?? [],
      heights,
      tabSelected: Boolean((ws.views?.[0] as { tabSelected?: boolean } | undefined)?.tabSelected),
      autoFilter: ws.autoFilter ?? null,
    };
  });
}

/** A port's workbook as plain data (visible sheets in order; per cell its value or formula, and fill), to compare hosts. */
export async function normalised(port: WorkbookPort, active: string, fillsOf: (sheet: string) => Record<string, string>) {
  const sheets = [];
  for (const name of await port.sheetNames()) {
    const cells: Record<string, { v?: unknown; f?: string; fill?: string }> = {};
    const formulas = await port.readFormulas(name);
    (await port.readSheet(name)).rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") cells[`${columnLetter(c)}${r + 1}`] = { v };
      }),
    );
    for (const [a, f] of Object.entries(formulas)) cells[a] = { f };
    for (const [a, fill] of Object.entries(fillsOf(name))) cells[a] = { ...cells[a], fill: fill.toUpperCase() };
    sheets.push({ name, cells });
  }
  return { active, sheets };
}

/** Solid fills of an ExcelJS sheet as `#RRGGBB` by address. */
export function solidFills(ws: ExcelJS.Worksheet | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  ws?.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const f = cell.fill as ExcelJS.FillPattern | undefined;
      if (f?.pattern === "solid" && f.fgColor?.argb) out[cell.address] = `#${f.fgColor.argb.slice(2)}`;
    }),
  );
  return out;
}
