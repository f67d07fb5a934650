// `perftarget compare OLD NEW -o OUT.xlsx`: the new version with 版本对比 and its changed cells marked, read back with ExcelJS.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { COMPARE_HEADER } from "../../src/actions/compare-actions";
import { HIGHLIGHT_COLORS } from "../../src/core";
import { openWorkbook } from "../../src/hosts/xlsx/xlsx.open";
import { run } from "../support/cli";
import { seedFile } from "../support/seeds";
import { changedText } from "../taskpane/compare-fixture";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-compare-o-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fillOf = (c: ExcelJS.Cell) => (c.fill?.type === "pattern" ? (c.fill as ExcelJS.FillPattern).fgColor?.argb : undefined);

describe("perftarget compare OLD NEW -o OUT.xlsx", () => {
  it("writes the new version with 版本对比 (links to the new cells) and the changed cells marked, restorable", async () => {
    const newer = path.join(dir, "000-new.txt");
    fs.writeFileSync(newer, changedText());
    const out = path.join(dir, "out.xlsx");
    const r = await run("compare", seedFile("000"), newer, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`已写入 ${out}（新版本，变化写在工作表“版本对比”，标记了 3 个单元格）`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const table = wb.worksheets[0];
    for (const a of ["B14", "C14", "G14"]) expect(fillOf(table.getCell(a))).toBe(`FF${HIGHLIGHT_COLORS.changed.slice(1)}`);
    expect(fillOf(table.getCell("D14"))).toBeUndefined();
    const sheet = wb.getWorksheet("版本对比")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...COMPARE_HEADER]);
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    const target = rows.find((row) => row.getCell(3).value === "年度指标值降低")!;
    expect([4, 5, 6].map((c) => target.getCell(c).value)).toEqual(["全年新建开发信息化系统数量", "≥5", "≥4"]);
    expect((target.getCell(8).value as ExcelJS.CellFormulaValue).formula).toContain("!G14");
    expect(String(target.getCell(9).value)).toContain("预算增加");

    // 清除标记 on the output restores the cells as the input had them (the fills are remembered in the workbook).
    const opened = await openWorkbook("out.xlsx", fs.readFileSync(out));
    if (!opened.ok) throw new Error(opened.code);
    expect(await opened.adapter.clearHighlights()).toBe(3);
  });

  it("refuses to write over either version, and keeps --json's stdout JSON", async () => {
    const same = await run("compare", seedFile("000"), seedFile("000"), "-o", seedFile("000"));
    expect(same.code).toBe(2);
    const out = path.join(dir, "same.xlsx");
    const json = await run("compare", seedFile("000"), seedFile("000"), "--json", "-o", out);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).changes).toEqual([]);
    expect(fs.existsSync(out)).toBe(true);
  });
});
