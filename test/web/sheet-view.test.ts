/** What the web grid shows of a worksheet: texts, link labels and targets, fill colours, widths, frozen rows. */
import ExcelJS from "exceljs";
import { cssColour, displayText, linkTarget, sheetView } from "../../src/web/sheet-view";
import { columnAt } from "../../src/web/grid-view";
import { basename, extname } from "../../src/web/shims/path";
import { downloadName, seedLabel } from "../../src/web/documents";
import { observePort } from "../../src/web/observed-port";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { seedText } from "../support/seeds";

function sheet(): ExcelJS.Worksheet {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ws.getCell("A1").value = { formula: `HYPERLINK("#'项目 表'!G12","G12")` } as ExcelJS.CellFormulaValue;
  ws.getCell("B1").value = { formula: "TODAY()" } as ExcelJS.CellFormulaValue;
  ws.getCell("C1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
  ws.getCell("D1").value = "第一行\n第二行";
  ws.getCell("E1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("A2").value = "x";
  ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };
  ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.5 } as Partial<ExcelJS.Color> };
  ws.getCell("C2").fill = { type: "pattern", pattern: "gray125" };
  ws.getCell("C2").font = { bold: true };
  ws.mergeCells("D2:E2");
  ws.getCell("D2").value = "合并";
  ws.getColumn(6).width = 20;
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return ws;
}

describe("sheetView", () => {
  const v = sheetView(sheet());
  it("shows values, link labels, formulas without a result, line breaks and errors", () => {
    expect([0, 1, 2, 3, 4].map((c) => v.text(0, c))).toEqual(["G12", "=TODAY()", "2", "第一行 ⏎ 第二行", "#REF!"]);
    expect([v.text(1, 3), v.text(1, 4)]).toEqual(["合并", ""]);
  });
  it("shows the value of the product's own formulas saved without a result, and the formula in the bar", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("表");
    ws.getCell("A1").value = 1.5;
    ws.getCell("A2").value = 2.25;
    ws.getCell("A3").value = { formula: "SUM(A1:A2)" } as ExcelJS.CellFormulaValue;
    ws.getCell("A4").value = { formula: "A3+A1" } as ExcelJS.CellFormulaValue;
    ws.getCell("A5").value = { formula: "A5+1" } as ExcelJS.CellFormulaValue; // a cycle: no value
    ws.getCell("A3").numFmt = "#,##0.00";
    const w = sheetView(ws);
    expect([0, 1, 2, 3, 4].map((r) => w.text(r, 0))).toEqual(["1.5", "2.25", "3.75", "5.25", "=A5+1"]);
    expect([w.input(2, 0), w.input(0, 0)]).toEqual(["=SUM(A1:A2)", "1.5"]);
    expect([w.numeric(2, 0), w.numeric(4, 0)]).toEqual([true, false]);
    expect([w.usedRows, w.usedCols]).toEqual([5, 1]);
  });
  it("shows the value of a self-evaluation's score formulas, \"\" as blank, and an unknown formula as itself", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("表");
    ws.getCell("A1").value = 3000;
    ws.getCell("B1").value = 2850;
    ws.getCell("C1").value = 10;
    ws.getCell("D1").value = { formula: "IF(ISNUMBER(B1),IF(OR(B1>=A1,A1=0),C1,IF(OR(A1<0,B1<=0),0,ROUND(B1*C1/A1,2))),\"\")" } as ExcelJS.CellFormulaValue;
    ws.getCell("E1").value = { formula: "IF(ISNUMBER(F1),1,\"\")" } as ExcelJS.CellFormulaValue;
    ws.getCell("G1").value = { formula: "SUM(D1,E1)" } as ExcelJS.CellFormulaValue;
    ws.getCell("H1").value = { formula: "1/0" } as ExcelJS.CellFormulaValue;
    ws.getCell("I1").value = { formula: "VLOOKUP(A1,A1:B1,2)" } as ExcelJS.CellFormulaValue;
    const w = sheetView(ws);
    expect([3, 4, 6, 7, 8].map((c) => w.text(0, c))).toEqual(["9.5", "", "9.5", "=1/0", "=VLOOKUP(A1,A1:B1,2)"]);
  });
  it("shows numbers in the file's number format, dates as dates, and the full number in the bar", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("表");
    const put = (a: string, v: ExcelJS.CellValue, fmt?: string) => {
      ws.getCell(a).value = v;
      if (fmt) ws.getCell(a).numFmt = fmt;
    };
    put("A1", 1234567.891, "#,##0.00");
    put("A2", 0.1234, "0.00%");
    put("A3", new Date(Date.UTC(2026, 2, 1)), "yyyy-mm-dd");
    put("A4", { formula: "B1/B2", result: 0.5 } as ExcelJS.CellFormulaValue, "0%");
    put("A5", 0.1 + 0.2);
    const w = sheetView(ws);
    expect([0, 1, 2, 3, 4].map((r) => w.text(r, 0))).toEqual(["1,234,567.89", "12.34%", "2026-03-01", "50%", "0.3"]);
    expect([w.input(0, 0), w.input(1, 0), w.input(3, 0)]).toEqual(["1234567.891", "12.34%", "=B1/B2"]);
  });
  it("follows HYPERLINK targets and reads solid fills (argb and theme colours), bold and frozen rows", () => {
    expect(v.link(0, 0)).toEqual({ sheet: "项目 表", address: "G12" });
    expect(v.link(0, 1)).toBeNull();
    expect([v.fill(1, 0), v.fill(1, 1), v.fill(1, 2), v.fill(5, 5)]).toEqual(["#FFEB9C", "#A2B9E2", null, null]);
    expect([v.bold(1, 2), v.bold(1, 0)]).toEqual([true, false]);
    expect(v.frozenRows).toBe(1);
    expect([v.span(1, 3), v.span(1, 4), v.span(1, 0)]).toEqual([2, 0, 1]);
    expect([v.numeric(0, 2), v.numeric(0, 3)]).toEqual([true, false]);
  });
  it("sizes columns from saved widths or from their text, and finds the column under a pixel", () => {
    expect(v.widths[5]).toBe(145);
    expect(v.widths[3]).toBeGreaterThan(72);
    expect(v.offsets).toHaveLength(v.colCount + 1);
    expect(columnAt(v.offsets, 0)).toBe(0);
    expect(columnAt(v.offsets, v.offsets[5] + 1)).toBe(5);
    expect(columnAt(v.offsets, 1e9)).toBe(v.colCount - 1);
  });
  it("parses link formulas with quotes and dollars", () => {
    expect(linkTarget(`HYPERLINK("#'A''s'!$B$3","x")`)).toEqual({ sheet: "A's", address: "B3" });
    expect(linkTarget(`HYPERLINK("https://example.com","x")`)).toBeNull();
    expect(cssColour({ argb: "FF112233" })).toBe("#112233");
    expect(displayText(undefined)).toBe("");
  });
});

describe("page helpers", () => {
  it("names seeds and downloads, and splits browser file names like Node's path", () => {
    expect(seedLabel({ file: "004_x.txt", text: seedText("004") })).toBe("004 · 项目支出绩效目标表（含转移支付项目） · 广州市政务服务和数据管理局");
    expect(downloadName("表.csv")).toBe("表.annotated.xlsx");
    expect([basename("a/b/表.tsv"), basename("表.tsv", ".tsv"), extname("表.tsv"), extname(".hidden"), extname("x")]).toEqual(["表.tsv", "表", ".tsv", "", ""]);
  });

  it("tells the page about every change and selection the pane makes, after it happened, even on failure", async () => {
    const adapter = XlsxAdapter.fromGrid({ name: "S", rows: [["a"]] });
    const events: string[] = [];
    const port = observePort(adapter, (e) => events.push(e));
    await port.select("S", "A1");
    await port.highlight("S", [{ address: "A1", color: "#FFEB9C" }]);
    await port.readSheet("S");
    await expect(port.highlight("missing", [])).rejects.toThrow("sheet-not-found");
    expect(events).toEqual(["selected", "changed", "changed"]);
    expect(await port.sheetNames()).toEqual(["S"]);
  });
});
