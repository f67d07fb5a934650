import ExcelJS from "exceljs";
import { loadXlsx, mapValue } from "../../../src/hosts/xlsx/xlsx.loader";
import type { Grid } from "../../../src/core";

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function sheetsOf(wb: ExcelJS.Workbook): Promise<Grid[]> {
  const result = await loadXlsx(await toBytes(wb));
  if (!result.ok) throw new Error(`expected sheets, got ${result.code}: ${result.detail}`);
  return result.sheets;
}

/** One sheet holding every kind of cell the loader maps. */
function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("绩效目标");
  ws.getCell("A1").value = "项目支出绩效目标表";
  ws.mergeCells("A1:C1");
  ws.getCell("A2").value = { error: "#REF!" };
  ws.getCell("B2").value = { formula: "1+1", result: 2 };
  ws.getCell("C2").value = { formula: "A3*2" } as ExcelJS.CellFormulaValue; // saved without a cached result
  ws.getCell("A3").value = "第一行\n第二行";
  ws.getCell("B3").value = { richText: [{ text: "合", font: { bold: true } }, { text: "计" }] };
  ws.getCell("C3").value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell("D3").value = 12993.72;
  ws.getCell("A4").value = true;
  ws.getCell("B4").value = { text: "链接", hyperlink: "https://example.com" };
  ws.getCell("C4").value = { formula: '"x"&"y"', result: "xy" };
  ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  return wb;
}

describe("loadXlsx", () => {
  it("maps every kind of cell to the grid exactly", async () => {
    const [sheet] = await sheetsOf(sampleWorkbook());
    expect(sheet).toEqual({
      name: "绩效目标",
      rows: [
        ["项目支出绩效目标表", null, null, null],
        [{ error: "#REF!" }, 2, null, null],
        ["第一行\n第二行", "合计", "2024-01-15", 12993.72],
        [true, "链接", "xy", { error: "#DIV/0!" }],
      ],
    });
  });

  it("leaves the cells of a merged range empty except the top-left one", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = "单位";
    ws.mergeCells("B2:C3");
    ws.getCell("D2").value = "x";
    const [sheet] = await sheetsOf(wb);
    expect(sheet.rows).toEqual([
      [null, null, null, null],
      [null, "单位", null, "x"],
      [null, null, null, null],
    ]);
  });

  it("keeps the text of a formula cell's cached result", async () => {
    const [sheet] = await sheetsOf(sampleWorkbook());
    expect(sheet.rows[3][2]).toBe("xy");
    expect(sheet.rows[1][1]).toBe(2);
  });

  it("gives null for a formula saved without a cached result", async () => {
    const [sheet] = await sheetsOf(sampleWorkbook());
    expect(sheet.rows[1][2]).toBeNull();
  });

  it("reads the _x000D_ escape of a CRLF line break as \\n, decoding escapes once", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = "a_x000D_\nb and _x005F_x0041_";
    const [sheet] = await sheetsOf(wb);
    expect(sheet.rows).toEqual([["a\nb and _x0041_"]]); // _x005F_ is an escaped underscore
  });

  it("returns one grid per worksheet in workbook order, empty sheets included", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("封面");
    wb.addWorksheet("表1").getCell("B2").value = "x";
    wb.addWorksheet("表2").getCell("A1").value = 1;
    const sheets = await sheetsOf(wb);
    expect(sheets.map((s) => s.name)).toEqual(["封面", "表1", "表2"]);
    expect(sheets[0].rows).toEqual([]);
    expect(sheets[1].rows).toEqual([
      [null, null],
      [null, "x"],
    ]);
  });

  it("does not stretch the grid for cells that only carry formatting", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "x";
    ws.getCell("F9").style = { font: { bold: true } };
    ws.getCell("F9").border = { top: { style: "thin" } };
    const [sheet] = await sheetsOf(wb);
    expect(sheet.rows).toEqual([["x"]]);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await toBytes(sampleWorkbook());
    const copy = bytes.slice().buffer;
    const result = await loadXlsx(copy);
    expect(result.ok).toBe(true);
  });

  it("reports a workbook whose sheets are all empty as workbook-empty", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A");
    wb.addWorksheet("B").getCell("C3").style = { font: { italic: true } };
    expect(await loadXlsx(await toBytes(wb))).toEqual({ ok: false, code: "workbook-empty" });
  });

  it("reports a workbook without worksheets as workbook-empty", async () => {
    expect(await loadXlsx(await toBytes(new ExcelJS.Workbook()))).toEqual({ ok: false, code: "workbook-empty" });
  });

  it("reports the first half of a valid file as xlsx-corrupt", async () => {
    const bytes = await toBytes(sampleWorkbook());
    const result = await loadXlsx(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(result).toMatchObject({ ok: false, code: "xlsx-corrupt" });
  });

  it("reports random bytes as xlsx-corrupt", async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256);
    expect(await loadXlsx(bytes)).toMatchObject({ ok: false, code: "xlsx-corrupt" });
  });
});

describe("mapValue", () => {
  it("turns values ExcelJS may produce into grid values and unknown shapes into null", () => {
    expect(mapValue(null)).toBeNull();
    expect(mapValue("")).toBeNull();
    expect(mapValue(Number.NaN)).toBeNull();
    expect(mapValue({ sharedFormula: "A1", result: 3 } as ExcelJS.CellSharedFormulaValue)).toBe(3);
    expect(mapValue({ formula: "TODAY()", result: new Date(Date.UTC(2023, 11, 31)) })).toBe("2023-12-31");
    expect(mapValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" } as never)).toBe("ab");
    expect(mapValue({ richText: [] })).toBeNull();
    expect(mapValue(new Date(Number.NaN))).toBeNull();
    expect(mapValue({ something: 1 } as never)).toBeNull();
  });
});
