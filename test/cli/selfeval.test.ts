/** `perftarget selfeval`: usage and refusals (exit 2, nothing written), and a copy of the workbook with 绩效自评表. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CLI_SYNOPSIS } from "../../src/i18n/cli";
import { run } from "../support/cli";
import { SHEET, typedSeed } from "../support/templates";

let dir: string;
let seed: string;
const at = (...p: string[]) => path.join(dir, ...p);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-selfeval-"));
  seed = at("seed000.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  typedSeed("000").rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  await wb.xlsx.writeFile(seed);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${file}: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

describe("usage", () => {
  it("--help prints the command's usage in Chinese, then English", async () => {
    const r = await run("selfeval", "--help");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(CLI_SYNOPSIS.selfeval);
    expect(r.out.indexOf("生成绩效自评表")).toBeLessThan(r.out.indexOf("self-evaluation sheet"));
  });

  it("needs a file and -o; refuses an unknown shape, a bad year and the input as output", async () => {
    expect((await run("selfeval", seed)).code).toBe(2);
    const shape = await run("selfeval", seed, "-o", at("x.xlsx"), "--shape", "hubei");
    expect([shape.code, shape.err.trim()]).toEqual([2, "未知样式：hubei（可用：anhui、sichuan） / unknown shape: hubei (available: anhui, sichuan)"]);
    expect((await run("selfeval", seed, "-o", at("x.xlsx"), "--year", "24")).err).toContain("--year");
    expect((await run("selfeval", seed, "-o", seed)).code).toBe(2);
    expect(fs.existsSync(at("x.xlsx"))).toBe(false);
  });
});

describe("unreadable or unsuitable input: exit 2, one bilingual line, nothing written", () => {
  it.each([
    ["a missing file", () => at("missing.xlsx")],
    ["an empty text file", () => (fs.writeFileSync(at("empty.txt"), ""), at("empty.txt"))],
    ["bytes that are no workbook", () => (fs.writeFileSync(at("junk.xlsx"), "not a zip"), at("junk.xlsx"))],
  ])("%s", async (_what, file) => {
    const out = at("never.xlsx");
    const r = await run("selfeval", file(), "-o", out);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a sheet that is not a target table, and a sheet that is not there", async () => {
    fs.writeFileSync(at("list.csv"), "姓名,电话\n张三,123\n");
    const r = await run("selfeval", at("list.csv"), "-o", at("list.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    const missing = await run("selfeval", seed, "-o", at("m.xlsx"), "--sheet", "没有这张表");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("没有这张表");
    expect(fs.existsSync(at("list.xlsx")) || fs.existsSync(at("m.xlsx"))).toBe(false);
  });

  it("a generated 自评表 given back as the input", async () => {
    const first = at("first.xlsx");
    expect((await run("selfeval", seed, "-o", first)).code).toBe(0);
    const r = await run("selfeval", first, "--sheet", "绩效自评表", "-o", at("again.xlsx"));
    expect([r.code, r.err.trim()]).toEqual([2, "“绩效自评表”已是绩效自评表。请选择已批复的绩效目标表来生成自评表。 / \"绩效自评表\" is a self-evaluation table already. Choose the approved performance target table to make one from."]);
  });

  it("a rule file that does not validate", async () => {
    fs.writeFileSync(at("bad-rules.json"), "{");
    const r = await run("selfeval", seed, "-o", at("r.xlsx"), "--rules", at("bad-rules.json"));
    expect(r.code).toBe(2);
    expect(fs.existsSync(at("r.xlsx"))).toBe(false);
  });
});

describe("writing", () => {
  it("copies the workbook with a 绩效自评表 sheet: formulas, merges, percent format, page breaks", async () => {
    const out = at("anhui.xlsx");
    const r = await run("selfeval", seed, "-o", out, "--year", "2023");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain("22 个项目（安徽样式）");
    const table = await sheetOf(out, SHEET);
    expect(table.getCell("A12").value).toBe("信息化项目管理经费");
    const ws = await sheetOf(out, "绩效自评表");
    expect(ws.getCell("A1").value).toBe("项目支出绩效自评表（2023年度）");
    expect(ws.getCell("A5").value).toBe("项目资金（万元）");
    expect(ws.getCell("B7").value).toBe(809.48);
    expect(ws.getCell("B6").value).toMatchObject({ formula: "SUM(B7:B9)" });
    expect(ws.getCell("F6").numFmt).toBe("0.00%");
    expect(ws.getCell("A1").isMerged).toBe(true);
    // ExcelJS writes manual page breaks but does not read them back: look in the sheet's XML.
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const xml = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    expect(xml.map((x) => (x.match(/<brk /g) ?? []).length).filter((n) => n > 0)).toEqual([21]);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  });

  it("--shape sichuan with a built-in rule set whose 反向 score is A/B × W", async () => {
    const out = at("sichuan.xlsx");
    const r = await run("selfeval", seed, "-o", out, "--shape", "sichuan", "--rules", "builtin:自评-反向比值法", "--lang", "en");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain("(Sichuan style)");
    const ws = await sheetOf(out, "绩效自评表");
    expect(ws.getCell("A6").value).toBe("预算执行情况(10分)");
    // 反向 rows score A/B × W under this rule set.
    const negative: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => {
      const v = c.value as { formula?: string } | null;
      if (v?.formula?.includes("ROUND(E") && v.formula.includes("/G")) negative.push(v.formula);
    }));
    expect(negative.length).toBeGreaterThan(0);
  });
});
