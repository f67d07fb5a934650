/**
 * Valid workbooks from other writers that ExcelJS 4.4 alone cannot load: openpyxl's comments (absolute relationship
 * targets, its own part names, plain comment text) and charts (a drawing in the default namespace). The fixtures in
 * test/fixtures/openpyxl were made once with Debian's python3-openpyxl 3.0.9 from seed 001's first rows.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { annotateBytes } from "../../../src/cli/annotate";
import { loadFile } from "../../../src/hosts/file/file.loader";
import { withDrawingPrefix, withTextRuns } from "../../../src/hosts/xlsx/xlsx.foreign";

const fixture = (name: string) => path.resolve(__dirname, "..", "..", "fixtures", "openpyxl", name);

describe("a workbook written by openpyxl", () => {
  it.each([
    ["a cell comment", "comment.xlsx"],
    ["a chart", "chart.xlsx"],
  ])("with %s is read, not called damaged", async (_, name) => {
    const r = await loadFile(fixture(name));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.sheets[0].rows.flat().join("\t")).toContain("部门名称：广州市越秀区政务服务数据管理局");
  });

  it("keeps its comment, text and all, in the annotated output, and the input file is not changed", async () => {
    const before = fs.readFileSync(fixture("comment.xlsx"));
    const r = await annotateBytes("comment.xlsx", new Uint8Array(before));
    if (!r.ok) throw new Error(r.message);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await r.adapter.toBytes()) as unknown as ArrayBuffer);
    expect(out.getWorksheet("Sheet1")!.getCell("A3").note).toBe("请核对部门名称");
    expect(fs.readFileSync(fixture("comment.xlsx")).equals(before)).toBe(true);
  });

  it("with a chart is annotated, and the user is told the chart is not in the output", async () => {
    const r = await annotateBytes("chart.xlsx", new Uint8Array(fs.readFileSync(fixture("chart.xlsx"))));
    expect(r.ok && r.unkept).toEqual(["charts"]);
  });
});

describe("the parts put in ExcelJS's form", () => {
  it("give a comment's plain text as one run, and leave runs as they are", () => {
    expect(withTextRuns('<comment ref="A1"><text><t xml:space="preserve">注 </t></text></comment>')).toBe('<comment ref="A1"><text><r><t xml:space="preserve">注 </t></r></text></comment>');
    const runs = "<comment><text><r><t>a</t></r></text></comment>";
    expect(withTextRuns(runs)).toBe(runs);
  });

  it("prefix a default-namespace drawing with xdr:, and leave one with a second default namespace alone", () => {
    const ns = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    expect(withDrawingPrefix(`<wsDr xmlns="${ns}"><oneCellAnchor><from/><a:graphic xmlns:a="x"/></oneCellAnchor></wsDr>`)).toBe(
      `<xdr:wsDr xmlns:xdr="${ns}"><xdr:oneCellAnchor><xdr:from/><a:graphic xmlns:a="x"/></xdr:oneCellAnchor></xdr:wsDr>`,
    );
    const mixed = `<wsDr xmlns="${ns}"><x xmlns="other"/></wsDr>`;
    expect(withDrawingPrefix(mixed)).toBe(mixed);
  });
});
