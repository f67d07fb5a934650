/**
 * 审核意见 (§13) as a sheet meant for paper: sections, counts, 无 for empty sections, one A4 portrait width, plain
 * values only, and a reviewed snapshot for seed 000 (test/snapshots/000.review-sheet.txt; regenerate with
 * UPDATE_SNAPSHOTS=1 and review the diff).
 */
import * as fs from "fs";
import * as path from "path";
import { Acceptance, finding, Finding } from "../../../src/core";
import { REVIEW_SHEET, ReviewSheetInput, reviewSheet } from "../../../src/core/review/review-sheet";
import { renderLayout, seed000Review } from "./review-sheet.fixture";

const SNAPSHOTS = path.join(__dirname, "..", "..", "snapshots");
const update = process.env.UPDATE_SNAPSHOTS === "1";

/** As in test/seed-snapshots.test.ts: a missing snapshot is written once and the test fails until reviewed. */
function matchFile(name: string, actual: string): void {
  const file = path.join(SNAPSHOTS, name);
  if (update || !fs.existsSync(file)) {
    fs.writeFileSync(file, actual);
    if (!update) throw new Error(`snapshot ${name} was missing and has been written: review it and run again`);
  }
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}

const empty: ReviewSheetInput = { sheet: "项目表", department: null, date: "2025-06-02", rules: { name: "广州市-2025", version: "2025.1" }, open: [], accepted: [], projects: [] };

const acceptance = (f: Finding, reason: string): Acceptance => ({ code: f.code, cell: `${f.column ?? ""}${f.row}`, fingerprint: "0123456789abcdef", reason, who: "张审核", when: "2025-06-02T09:15:00.000Z" });

/** Column A of every row, to find lines by their text. */
const firstCells = (rows: readonly (readonly unknown[])[]) => rows.map((r) => String(r[0] ?? ""));
const rowAfter = (rows: readonly (readonly unknown[])[], title: string, n = 1) => rows[firstCells(rows).indexOf(title) + n];

describe("the 审核意见 sheet", () => {
  const seed = seed000Review();
  const layout = reviewSheet(seed);

  it("starts with the title and the department, sheet, date, rule set and reviewer lines", () => {
    expect(firstCells(layout.rows).slice(0, 6)).toEqual([
      REVIEW_SHEET,
      "主管部门/单位：广州市白云区政务服务数据管理局(部门)",
      "来源工作表：000",
      "审核日期：2025-06-02",
      "规则集：广州市-2025（2025.1）",
      "审核人：李科长",
    ]);
  });

  it("counts verdicts and open findings by severity in the summary", () => {
    const errors = seed.open.filter((o) => o.finding.severity === "error").length;
    const warnings = seed.open.filter((o) => o.finding.severity === "warning").length;
    const infos = seed.open.length - errors - warnings;
    expect(firstCells(layout.rows)).toContain(`项目：共 22 个，通过 1、退回 1、待定 1、未审 19`);
    expect(firstCells(layout.rows)).toContain(`问题：未解决 ${errors + warnings} 条（错误 ${errors}、警告 ${warnings}），已接受 2 条，另有提示 ${infos} 条`);
  });

  it("lists errors and warnings under 二 but only counts the notes, pointing to 校验结果", () => {
    const cells = firstCells(layout.rows);
    const infos = seed.open.filter((o) => o.finding.severity === "info").length;
    expect(layout.rows.filter((r) => r[3] === "提示")).toEqual([]);
    expect(cells).toContain(`另有提示 ${infos} 条（读表说明，如行已重新对齐、一级指标已推定；以及供参考的建议，如缺少计量单位），见“校验结果”工作表。`);
  });

  it("has the three sections in order, each with its header row", () => {
    const cells = firstCells(layout.rows);
    const at = ["一、项目审核结论", "二、未解决的问题", "三、已接受的问题"].map((t) => cells.indexOf(t));
    expect(at.every((i, k) => i > 0 && (k === 0 || i > at[k - 1]))).toBe(true);
    expect(rowAfter(layout.rows, "一、项目审核结论")).toEqual(["序号", "项目名称", "结论", "未解决", "意见", "审核人·时间"]);
    expect(rowAfter(layout.rows, "二、未解决的问题")).toEqual(["序号", "说明", "单元格", "级别", "所属项目"]);
    expect(rowAfter(layout.rows, "三、已接受的问题")).toEqual(["序号", "说明", "单元格", "级别", "接受理由", "接受人·时间"]);
  });

  it("shows a verdict with its comment and who gave it when, and 未审 for a project without one", () => {
    const line = (name: string) => layout.rows.find((r) => r[1] === name);
    expect(line("信息化项目管理经费")).toEqual([1, "信息化项目管理经费", "退回", 2, "缺少满意度和成本指标，请补充后重新报送。", "李科长\n2025-06-02 10:30"]);
    expect(line("智慧白云一期项目经费")?.slice(2, 5)).toEqual(["未审", 3, ""]);
  });

  it("lists accepted findings with their reason and who accepted them, and not among the open ones", () => {
    const accepted = layout.rows.slice(firstCells(layout.rows).indexOf("三、已接受的问题") + 2).filter((r) => r.length > 1);
    expect(accepted.map((r) => r.slice(2))).toEqual([
      ["G16", "警告", "场所面积以实物提供为准，定性描述可接受。", "张审核\n2025-06-02 09:15"],
      ["F25", "警告", "新建系统首年试运行，满意度目标经局务会同意暂按 60% 设定。", "张审核\n2025-06-02 09:15"],
    ]);
    const cells = firstCells(layout.rows);
    const open = layout.rows.slice(cells.indexOf("二、未解决的问题"), cells.indexOf("三、已接受的问题"));
    for (const a of accepted) expect(open.map((r) => r[1])).not.toContain(a[1]);
  });

  it("says 无 under every empty section, with no header row", () => {
    const rows = reviewSheet(empty).rows;
    for (const title of ["一、项目审核结论", "二、未解决的问题", "三、已接受的问题"]) expect(rowAfter(rows, title)).toEqual(["无"]);
    expect(firstCells(rows)).toContain("主管部门/单位：—");
    expect(firstCells(rows).some((c) => c.startsWith("审核人"))).toBe(false);
  });

  it("fits one A4 portrait width: six columns of about 97 characters, no row wider than the widths", () => {
    expect(layout.widths).toHaveLength(6);
    const total = layout.widths.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(90);
    expect(total).toBeLessThanOrEqual(100);
    for (const r of layout.rows) expect(r.length).toBeLessThanOrEqual(layout.widths.length);
    expect(layout.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: [1, 1] });
  });

  it("wraps the long-text columns and keeps addresses, names and times as text", () => {
    // B (names, messages), E (comments, reasons), F (who and when): wide text; C holds addresses.
    expect(layout.print.wrapColumns).toEqual([1, 2, 4, 5]);
    expect(layout.textColumns).toEqual(expect.arrayContaining([1, 2, 4, 5]));
    expect(layout.textColumns).not.toContain(0);
    expect(layout.widths[1]).toBeGreaterThanOrEqual(28);
    expect(layout.widths[4]).toBeGreaterThanOrEqual(24);
  });

  it("prints the title, section titles, headers and unit headings bold", () => {
    const bold = layout.print.boldRows.map((r) => String(layout.rows[r - 1][0]));
    expect(bold).toEqual([REVIEW_SHEET, "一、项目审核结论", "序号", "单位：广州市白云区政务服务数据管理局", "单位：广州市白云区智慧城市运行中心", "二、未解决的问题", "序号", "完整性（39 条）", "相关性（2 条）", "适当性（7 条）", "三、已接受的问题", "序号", "适当性（2 条）"]);
  });

  it("writes plain text and numbers only, never a formula, each within Excel's 32,767 characters", () => {
    const f = finding("placeholder", 5, "G", { params: { text: "xx" } });
    const long = reviewSheet({ ...empty, open: [{ finding: f, message: "长".repeat(40_000) }], accepted: [{ finding: f, acceptance: acceptance(f, "理由"), message: "m" }] });
    for (const r of [...layout.rows, ...long.rows]) {
      for (const v of r) {
        expect(["string", "number"]).toContain(typeof v);
        if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(32_767);
      }
    }
  });

  it("adds 应为/实际 to a money finding's text when the message does not already give them", () => {
    const f = finding("grand-total", 40, "C", { expected: 1234.5, actual: 1200, difference: -34.5 });
    const text = (message: string) => String(rowAfter(reviewSheet({ ...empty, open: [{ finding: f, message }] }).rows, "二、未解决的问题", 3)[1]);
    expect(text("合计与各项目之和不符。")).toBe("合计与各项目之和不符。（应为 1,234.50，实际 1,200.00）");
    expect(text("合计不符：应为 1,234.50，实际为 1,200.00。")).toBe("合计不符：应为 1,234.50，实际为 1,200.00。");
  });

  it("says when an open finding was accepted once on values that have changed since, with the old reason", () => {
    const f = finding("low-satisfaction", 25, "F", { item: { group: 1, seq: 5 } });
    const rows = reviewSheet({ ...empty, open: [{ finding: f, message: "满意度目标低于 80%。" }], reopened: [{ finding: f, acceptance: acceptance(f, "按市统一口径") }] }).rows;
    expect(rowAfter(rows, "二、未解决的问题", 3)[1]).toBe("满意度目标低于 80%。（曾被接受，理由“按市统一口径”；所依据的数值已变化，需重新审核）");
  });

  it("groups the open findings by dimension, each under its name and count, numbering on across the groups", () => {
    const placeholder = finding("placeholder", 5, "G", { params: { text: "待补充" } });
    const money = finding("grand-total", 40, "C", { expected: 2, actual: 1, difference: -1 });
    const rows = reviewSheet({ ...empty, open: [{ finding: money, message: "合计不符：应为 2" }, { finding: placeholder, message: "占位" }] }).rows;
    const from = firstCells(rows).indexOf("二、未解决的问题");
    expect(rows.slice(from + 2, from + 6).map((r) => r.slice(0, 2))).toEqual([["完整性（1 条）"], [1, "占位"], ["适当性（1 条）"], [2, "合计不符：应为 2"]]);
  });

  it("follows the rule set's dimension overrides", () => {
    const f = finding("placeholder", 5, "G", { params: { text: "待补充" } });
    const rows = reviewSheet({ ...empty, rules: { ...empty.rules, dimensions: { placeholder: "feasibility" } }, open: [{ finding: f, message: "占位" }] }).rows;
    expect(rowAfter(rows, "二、未解决的问题", 2)).toEqual(["可行性（1 条）"]);
  });

  it("names a whole-row finding's place as 第 n 行", () => {
    const f = finding("budget-levels", 18, null, {});
    expect(rowAfter(reviewSheet({ ...empty, open: [{ finding: f, message: "层级不符" }] }).rows, "二、未解决的问题", 3)).toEqual([1, "层级不符", "第 18 行", "错误", ""]);
  });

  it("matches its reviewed snapshot for seed 000", () => {
    const header = [`widths ${layout.widths.join("/")} · text columns ${layout.textColumns.join(",")} · print ${JSON.stringify(layout.print)}`, ""];
    matchFile("000.review-sheet.txt", header.join("\n") + "\n" + renderLayout(layout.rows));
  });
});
