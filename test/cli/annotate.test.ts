/**
 * `perftarget annotate`: seed 004 annotated and read back gives the same findings, 404 indicator rows and the input's
 * values byte for byte; folders, malformed files, exit codes and the progress bar.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../support/cli";
import { SUMMARY_FILE, outputName } from "../../src/cli/annotate";
import { ttyProgress } from "../../src/cli/progress";
import { cellText, DETAIL_HEADER, highlightsFor, lastFilled, RESULT_SHEET, type Grid } from "../../src/core";
import { uiCatalogues } from "../../src/i18n";
import { loadFile } from "../../src/hosts/file/file.loader";
import { seedFile, seedGrid, seedText } from "../support/seeds";


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-annotate-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);

/** Rows without trailing empty cells and trailing empty rows: how a pasted table and a saved sheet compare. */
function trimmed(g: Grid["rows"]): unknown[][] {
  const rows = g.map((r) => r.slice(0, lastFilled(r) + 1));
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

async function sheets(file: string): Promise<Grid[]> {
  const r = await loadFile(file);
  if (!r.ok) throw new Error(r.code);
  return r.sheets;
}

describe("perftarget annotate FILE", () => {
  const out = at("004.xlsx");
  let first: { code: number; out: string; err: string };
  beforeAll(async () => {
    first = await run("annotate", seedFile("004"), "-o", out);
  });

  it("writes the annotated workbook and exits 1 for seed 004's error findings", () => {
    expect(first.err).toBe("");
    expect(first.code).toBe(1);
    expect(first.out).toContain("错误 28，警告 23，提示 30");
    expect(first.out).toContain("404 条指标");
  });

  it("keeps the input's values byte for byte, and reading the output back gives the same findings and 404 rows", async () => {
    const [original, detail, result] = await sheets(out);
    const input = seedGrid("004").rows;
    expect(trimmed(original.rows)).toEqual(trimmed(input));
    expect(detail.name).toBe("指标明细");
    expect(detail.rows[0]).toEqual(DETAIL_HEADER);
    expect(detail.rows).toHaveLength(405);
    expect(result.name).toBe(RESULT_SHEET);
    const before = JSON.parse((await run("check", seedFile("004"), "--json")).out);
    const after = JSON.parse((await run("check", out, "--json")).out);
    expect(after.findings).toEqual(before.findings);
    expect(result.rows).toHaveLength(before.findings.length + 1);
    expect((await run("parse", out, "--json")).out).toContain('"layout":"A"');
  });

  it("names each finding's kind in 校验结果's 类别 column in words, not by its code", async () => {
    const [, , result] = await sheets(out);
    const kinds = result.rows.slice(1).map((r) => cellText(r[3]));
    expect(kinds.length).toBeGreaterThan(10);
    for (const k of kinds) expect(k).not.toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(kinds).toContain(uiCatalogues["zh-CN"].codeLabel["missing-cost"]);
  });

  it("colours exactly the findings' cells, amber for warnings and red for errors", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const findings = JSON.parse((await run("check", seedFile("004"), "--json")).out).findings;
    const marks = highlightsFor(findings);
    expect(marks.filter((m) => m.severity === "warning" && /^[BC]/.test(m.address))).toHaveLength(8);
    for (const m of marks) expect([m.address, (ws.getCell(m.address).fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([m.address, `FF${m.color.slice(1)}`]);
    let coloured = 0;
    ws.eachRow((row) => row.eachCell((c) => void (c.fill?.type === "pattern" && (c.fill as ExcelJS.FillPattern).pattern === "solid" && coloured++)));
    expect(coloured).toBe(marks.length);
  });

  it("annotates an .xlsx in place of nothing: the input file is never written, and -o cannot be the input", async () => {
    const input = at("in.xlsx");
    fs.copyFileSync(out, input);
    const bytes = fs.readFileSync(input);
    expect((await run("annotate", input, "-o", input)).code).toBe(2);
    const again = await run("annotate", input);
    expect(again.code).toBe(1);
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
    // Annotating an annotated file refreshes 校验结果 and adds 指标明细 (2); the table is unchanged.
    const names = (await sheets(at("in.annotated.xlsx"))).map((s) => s.name);
    expect(names.slice(0, 4)).toEqual([names[0], "指标明细", RESULT_SHEET, "指标明细 (2)"]);
  });
});

it("says which parts of an .xlsx the output cannot keep (charts, pivot tables: ExcelJS does not write them)", async () => {
  // A zip entry name is stored as plain bytes; the marker stands for a chart part of a real workbook.
  fs.writeFileSync(at("chart.xlsx"), Buffer.concat([fs.readFileSync(at("004.xlsx")), Buffer.from("xl/charts/chart1.xml")]));
  const r = await run("annotate", at("chart.xlsx"), "-o", at("chart.out.xlsx"));
  expect(r.code).toBe(1);
  expect(r.err).toContain("输出文件不含原文件中的图表");
  expect(r.err).toContain("does not keep the input's charts");
  expect((await run("annotate", seedFile("001"), "-o", at("001.xlsx"))).err).toBe("");
});

describe("perftarget annotate, bad input", () => {
  it.each([
    ["truncated.xlsx", () => fs.readFileSync(at("004.xlsx")).subarray(0, 3000), "已损坏"],
    ["notes.txt", () => "这不是表格\n只是一些文字\n", "不是绩效目标表"],
    ["empty.csv", () => "", "文件是空的"],
  ])("%s: exit 2, one bilingual line, no output file", async (name, bytes, message) => {
    fs.writeFileSync(at(name), bytes());
    const r = await run("annotate", at(name), "-o", at(`${name}.out.xlsx`));
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain(" / ");
    expect(fs.existsSync(at(`${name}.out.xlsx`))).toBe(false);
  });

  it("an .xlsx with only empty sheets says the workbook is empty", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    await wb.xlsx.writeFile(at("blank.xlsx"));
    const r = await run("annotate", at("blank.xlsx"), "-o", at("blank.out.xlsx"));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("工作簿中没有包含内容的工作表")]);
  });

  it("rejects -o for other commands and a missing path", async () => {
    expect((await run("check", seedFile("001"), "-o", at("x.xlsx"))).code).toBe(2);
    expect((await run("annotate", seedFile("001"), "-o")).err).toContain("needs an output path");
  });
});

describe("perftarget annotate DIR", () => {
  it("writes one output per input and a summary, exit 2 when one input is unreadable", async () => {
    const dir = at("batch");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "a.txt"), seedText("001"));
    fs.writeFileSync(path.join(dir, "a.csv"), "项目名称,总计\n");
    fs.writeFileSync(path.join(dir, "b.xlsx"), "not a zip");
    fs.writeFileSync(path.join(dir, "readme.md"), "ignored");
    const r = await run("annotate", dir, "-o", at("batch-out"));
    expect(r.code).toBe(2);
    // Names are given in file order whatever the outcome, so a re-run after fixing a.csv renames nothing.
    expect(fs.readdirSync(at("batch-out")).sort()).toEqual(["a.txt.annotated.xlsx", SUMMARY_FILE].sort());
    expect(r.out).toContain("a.txt.annotated.xlsx");
    expect(r.out).toContain("已损坏");
    const summary = (await sheets(at("batch-out", SUMMARY_FILE)))[0];
    expect(summary.rows.map((row) => cellText(row[0]))).toEqual(["文件", "a.csv", "a.txt", "b.xlsx"]);
    expect(summary.rows[2].slice(2, 5)).toEqual(["目标表 A", 10, 37]);
  });

  it("names outputs so two inputs with one stem do not collide", () => {
    const taken = new Set<string>();
    expect([outputName("表.txt", taken), outputName("表.xlsx", taken)]).toEqual(["表.annotated.xlsx", "表.xlsx.annotated.xlsx"]);
  });
});

describe("progress bar", () => {
  it("stays quiet for the first second, then draws one line and wipes it at the end", () => {
    let t = 0;
    let written = "";
    const p = ttyProgress({ write: (s: string) => (written += s), columns: 60 }, 1000, () => t);
    p.update(0, 4, "quick.xlsx");
    expect(written).toBe("");
    t = 1500;
    p.update(2, 4, "slow.xlsx");
    expect(written).toContain("2/4 slow.xlsx");
    expect(written).toContain("█".repeat(12));
    p.end();
    expect(written.endsWith("\r\x1b[K")).toBe(true);
  });
});
