/** `perftarget template`: usage errors, refusals that write nothing, and a file with the template rows and SUMs. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { SHEET, typedSeed } from "../support/templates";

let dir: string;
let seed: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-template-"));
  seed = path.join(dir, "seed000.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  typedSeed("000").rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  await wb.xlsx.writeFile(seed);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

it("explains bad usage", async () => {
  expect((await cli("template", seed)).code).toBe(2);
  expect((await cli("template", seed, "-o", path.join(dir, "x.xlsx"))).err[0]).toContain("--after-row");
  expect((await cli("template", seed, "--after-row", "12", "--bogus", "-o", path.join(dir, "x.xlsx"))).err[0]).toContain("--bogus");
  expect((await cli("template", seed, "--after-row", "12", "-o", seed)).err[0]).toContain("must not overwrite");
});

it("refuses a row outside the table, in both languages, and writes no file", async () => {
  const out = path.join(dir, "refused.xlsx");
  const r = await cli("template", seed, "--after-row", "3", "-o", out);
  expect(r.code).toBe(2);
  expect(r.err[0]).toContain("选中的位置不在绩效目标表的数据区域内");
  expect(r.err[0]).toContain("outside the table");
  expect(fs.existsSync(out)).toBe(false);
});

it("inserts the templates and, with --sum, lists and writes the SUM formulas", async () => {
  const out = path.join(dir, "done.xlsx");
  const r = await cli("template", seed, "--after-row", "34", "--count", "1", "--categories", "11,31,41", "--sum", "-o", out);
  expect(r.code).toBe(0);
  expect(r.out).toEqual(expect.arrayContaining(["B33  432.32 → =SUM(B34:B37)", `→ ${out}`]));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(SHEET)!;
  expect(ws.getCell("A35").value).toBe("【项目名称】");
  expect(ws.getCell("B35").value).toEqual({ formula: "C35+D35+E35" });
  expect(String(ws.getCell("G35").value)).toBe("1、1-产出指标，11-数量指标，待数量指标补充；实施周期指标值：待补充，年度指标值：待补充。2、3-满意度指标，31-服务对象满意度指标，待满意度补充；实施周期指标值：待补充，年度指标值：待补充。3、4-成本指标，41-经济成本指标，待经济成本指标补充；实施周期指标值：待补充，年度指标值：待补充。");
  expect(ws.getCell("B33").value).toEqual({ formula: "SUM(B34:B37)" });
  expect(ws.getCell("A36").value).toBe("信息化运维经费");
});
