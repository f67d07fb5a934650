/**
 * Layout S, the 绩效自评表 (issue 15): which sheets are self-evaluations, and what a reader of each researched shape
 * reads off it — money lines and share, level points, indicators with their targets, completions, scores and the
 * formula's score, the 总分 row and the footer; numbers written as text, merged blanks, and no throw on user text.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { detectLayout, Grid, gridFromTsv, IndicatorOut, parseSheet, SheetParse } from "../../../src/core";
import { editRow, mustParse, SEED_FILES, seedGrid } from "../../support/seeds";

const DIR = path.join(__dirname, "..", "..", "variants");
const tsv = (f: string) => fs.readFileSync(path.join(DIR, `${f}.tsv`), "utf8");
const load = (f: string) => mustParse(gridFromTsv(f, tsv(f)));
const grid = (rows: (string | number | null)[][]): Grid => ({ name: "s", rows });
const ind = (p: SheetParse, name: string): IndicatorOut => {
  const i = p.indicators.find((x) => x.name === name);
  if (!i) throw new Error(`no indicator ${name}`);
  return i;
};
const scores = (i: IndicatorOut) => [i.score?.maxScore?.value ?? null, i.score?.score?.value ?? null, i.score?.expectedScore ?? null];

describe("detecting a self-evaluation", () => {
  it.each(["s-anhui-guichi", "s-anhui-guichi-faults", "s-sichuan-qingshen", "s-sichuan-qingshen-faults", "s-chongqing-dept", "s-hubei-template"])("finds the indicator header of %s", (f) => {
    const g = gridFromTsv(f, tsv(f));
    const m = detectLayout(g)!;
    expect(m.layout).toBe("S");
    expect(g.rows[m.headerRow].map(String)).toEqual(expect.arrayContaining([expect.stringMatching(/^(三级指标|指标名称)$/)]));
  });

  it("finds the Guangxi (指标内容 | 指标得分) and Guizhou (年度指标值(A) | 实际完成值(B)) headers", () => {
    expect(detectLayout(grid([["一级指标", "二级指标", "指标内容", "指标值", "分值", "实际完成值", "指标得分", "完成情况简要描述", "偏差原因及改进措施"]]))?.layout).toBe("S");
    expect(detectLayout(grid([["一级指标", "二级指标", "三级指标", "年度指标值(A)", "实际完成值(B)", "分值", "得分", "未完成原因分析"]]))?.layout).toBe("S");
  });

  it("does not take the goal row, or a target table with 权重, for a self-evaluation header", () => {
    expect(detectLayout(grid([["年度总体目标", "预期目标", "实际完成情况", "分值", "得分"]]))).toBeNull();
    expect(detectLayout(grid([["一级指标", "二级指标", "三级指标", "指标值", "权重"], ["产出指标", "数量指标", "培训人数", "≥100人", "10"]]))?.layout).toBe("D");
  });

  it("does not fire on any seed or target-table variant", () => {
    for (const f of SEED_FILES) expect([f, detectLayout(seedGrid(f.replace(/\.txt$/, "")))?.layout]).not.toEqual([f, "S"]);
    for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith(".tsv") && !x.startsWith("s-"))) {
      expect([f, detectLayout(gridFromTsv(f, fs.readFileSync(path.join(DIR, f), "utf8")))?.layout]).not.toEqual([f, "S"]);
    }
  });

  it("parses to a self-evaluation kind", () => {
    const p = load("s-anhui-guichi");
    expect([p.kind, p.layout, p.year, p.moneyUnit]).toEqual(["self-evaluation", "S", 2022, "万元"]);
  });
});

describe("the Anhui table (贵池区, correct)", () => {
  const p = load("s-anhui-guichi");
  const se = p.projects[0].selfEval!;

  it("is one project named by its 项目名称, with 主管部门 and 实施单位, spanning the whole block", () => {
    expect(p.projects.map((x) => [x.name, x.unit, x.department, x.indicatorCount])).toEqual([["贵池区农村人居环境整治专项", "池州市贵池区农业农村局", "池州市贵池区农业农村局", 9]]);
    expect(se.range).toBe("A1:I22");
    expect(p.projects[0].amounts).toEqual({ total: 90, fiscal: 0, specialAccount: 0, other: 0 });
  });

  it("reads the money block: the total line, its parts, and the share from the total's 分值", () => {
    const b = se.budget!;
    expect([b.row, b.unit, b.share, b.shareFrom, b.reason]).toEqual([5, "万元", 10, "E6", null]);
    expect(b.lines.map((l) => [l.row, l.label, l.total])).toEqual([
      [6, "年度资金总额:", true],
      [7, "其中:本年财政拨款", false],
      [8, "上年结转资金", false],
      [9, "其他资金", false],
    ]);
    const total = b.lines[0].cells;
    expect([total.initial?.value, total.adjusted?.value, total.executed?.value, total.rate?.value, total.score?.value]).toEqual([90, 90, 89.974, 99.97, 10]);
    expect(total.rate).toMatchObject({ raw: "99.97%", row: 6, col: 5 });
  });

  it("reads the goal row with its texts below the headings", () => {
    expect(se.goal).toMatchObject({ row: 10, expected: expect.stringMatching(/^完成12个行政村/), actual: expect.stringMatching(/^完成12个行政村整治任务/) });
    expect(p.projects[0].goal).toBe(se.goal!.expected);
  });

  it("keeps the points of each 一级 cell, and Σ分值 with the budget share is 100", () => {
    expect(se.levelPoints.map((l) => [l.name, l.points, l.row, l.col])).toEqual([["产出指标", 50, 13, 1], ["效益指标", 30, 18, 1], ["满意度指标", 10, 21, 1]]);
    const sum = p.indicators.reduce((s, i) => s + (i.score?.maxScore?.value ?? 0), 0);
    expect(sum + se.budget!.share!).toBe(100);
  });

  it("fills merged 一级 / 二级 cells down, so every indicator has its levels and category", () => {
    expect(ind(p, "垃圾清运量")).toMatchObject({ level1: { name: "产出指标" }, level2: { name: "数量指标" }, category: "output" });
    expect(ind(p, "长效管护机制建立")).toMatchObject({ level1: { name: "效益指标" }, level2: { name: "可持续影响指标" }, category: "benefit" });
  });

  it("reads targets, completions, 分值, 得分 and the formula's score for each indicator", () => {
    expect(ind(p, "垃圾清运量").annualTarget).toMatchObject({ operator: ">=", value: 3000, unit: "吨" });
    expect(ind(p, "垃圾清运量").score).toMatchObject({ completion: { value: 2850, unit: "吨" }, targetCell: { row: 14, col: 4, text: "≥3000吨" }, reason: { text: expect.stringMatching(/清运量低于预期/) } });
    expect(scores(ind(p, "垃圾清运量"))).toEqual([10, 9.5, 9.5]);
    expect(scores(ind(p, "生活垃圾无害化处理率"))).toEqual([10, 9.78, 9.78]);
    expect(scores(ind(p, "每村整治成本"))).toEqual([10, 10, 10]);
    expect(ind(p, "长效管护机制建立").score).toMatchObject({ completion: { qualitative: true, raw: "部分达成年度指标并具有一定效果" }, expectedScore: null });
    // Every quantitative row is scored as the table states.
    for (const i of p.indicators) if (i.score?.expectedScore != null) expect([i.name, i.score.score?.value]).toEqual([i.name, i.score.expectedScore]);
  });

  it("reads the 总分 row, and it is Σ得分", () => {
    expect(se.total).toMatchObject({ row: 22, maxScore: { value: 100 }, score: { value: 95.28 } });
    const sum = p.indicators.reduce((s, i) => s + Math.round((i.score?.score?.value ?? 0) * 100), 0) + Math.round(se.budget!.lines[0].cells.score!.value! * 100);
    expect(sum / 100).toBe(95.28);
  });
});

describe("the Anhui table with faults", () => {
  const p = load("s-anhui-guichi-faults");
  const se = p.projects[0].selfEval!;

  it("reads the real fault as written: the total line 0 while its part reads 90 / 89.974", () => {
    const [total, fiscal] = se.budget!.lines;
    expect([total.cells.adjusted?.value, total.cells.executed?.value, total.cells.rate?.value, total.cells.score?.value]).toEqual([0, 0, 0, 0]);
    expect([fiscal.cells.adjusted?.value, fiscal.cells.executed?.value, fiscal.cells.rate?.value]).toEqual([90, 89.974, 98.97]);
    expect(p.projects[0].amounts?.total).toBe(0);
  });

  it("reads each planted fault at its cell, for the checks to find", () => {
    expect(ind(p, "整治村庄数量").score).toMatchObject({ completion: { qualitative: true, raw: "全部完成" }, completionCell: { row: 13, col: 5 }, expectedScore: null });
    expect(scores(ind(p, "垃圾清运量"))).toEqual([10, 9, 9.5]);
    expect(scores(ind(p, "项目完成及时率"))).toEqual([5, 6, 5]);
    expect(ind(p, "生活垃圾无害化处理率").score?.reason).toBeNull();
    expect(scores(ind(p, "长效管护机制建立"))).toEqual([10, 9, null]);
    expect(se.total?.score).toMatchObject({ value: 95.28, row: 22, col: 7 });
  });
});

describe("the Sichuan table (青神县)", () => {
  const p = load("s-sichuan-qingshen");
  const se = p.projects[0].selfEval!;

  it("reads 总额 and its parts with the share from `预算执行情况(10分)`, and 原因 blank", () => {
    const b = se.budget!;
    expect([b.share, b.shareFrom, b.unit]).toEqual([10, "A5", "万元"]);
    expect(b.lines.map((l) => [l.label, l.total])).toEqual([["总额", true], ["其中:财政资金", false], ["财政专户管理资金", false], ["单位资金", false], ["其他资金", false]]);
    expect([b.lines[0].cells.rate?.value, b.lines[0].cells.share?.value, b.lines[0].cells.score?.value]).toEqual([90, 10, 9]);
    expect(b.reason).toEqual({ row: 6, col: 8, text: "" });
  });

  it("reads operator, value and unit from separate cells, and 权重 as 分值", () => {
    expect(ind(p, "工程验收合格率").annualTarget).toMatchObject({ operator: "=", value: 100, unit: "%" });
    expect(ind(p, "维修养护完成时间").annualTarget).toMatchObject({ operator: "<=", value: 12, unit: "月" });
    expect(ind(p, "农村供水保证率").score).toMatchObject({ completion: { value: 93, unit: "%" }, reason: { text: "部分水源枯水期水量不足" } });
    expect(scores(ind(p, "农村供水保证率"))).toEqual([15, 14.68, 14.68]);
    expect(ind(p, "工程长效运行").annualTarget?.qualitative).toBe(true);
    expect(se.levelPoints).toEqual([]);
  });

  it("reads the 合计 row and the footer", () => {
    expect([se.total?.maxScore?.value, se.total?.score?.value]).toEqual([100, 97.68]);
    expect([se.conclusion?.text, se.problems?.text, se.measures?.text]).toEqual(["优", "枯水期部分水源水量不足，农村供水保证率未达预期。", "加快备用水源建设，加强枯水期调度。"]);
    expect(se.conclusion).toMatchObject({ row: 22, col: 1 });
  });

  it("as filed has no 满意度 row and no 得分, but the formula's score is still there", () => {
    const f = load("s-sichuan-qingshen-faults");
    expect(f.indicators.some((i) => i.category === "satisfaction")).toBe(false);
    // A blank 得分 is read as a blank cell (raw "", no value), so a finding can name where the score belongs.
    expect(f.indicators.every((i) => i.score?.score?.raw === "" && i.score.score.value === null)).toBe(true);
    expect(scores(ind(f, "农村供水保证率"))).toEqual([25, null, 24.47]);
    expect(f.projects[0].selfEval!.total).toMatchObject({ maxScore: { value: 100 }, score: { raw: "", value: null } });
    expect(f.projects[0].selfEval!.budget!.lines[0].cells.score).toMatchObject({ raw: "", value: null, col: 7 });
  });
});

describe("the Chongqing 部门整体 table", () => {
  const p = load("s-chongqing-dept");
  const se = p.projects[0].selfEval!;

  it("names the project by its 部门（单位）名称", () => {
    expect(p.projects.map((x) => [x.name, x.department])).toEqual([["某区水利局", "某区水利局"]]);
    expect(p.department).toBe("某区水利局");
  });

  it("reads the one budget line as the total: 76% × 10 = 7.6, the share from 执行率权重", () => {
    const b = se.budget!;
    expect(b.lines).toHaveLength(1);
    expect(b.lines[0]).toMatchObject({ label: "部门预算", total: true });
    expect([b.lines[0].cells.adjusted?.value, b.lines[0].cells.executed?.value, b.lines[0].cells.rate?.value, b.lines[0].cells.score?.value]).toEqual([1250, 950, 76, 7.6]);
    expect([b.share, b.shareFrom]).toEqual([10, "F5"]);
  });

  it("prefers the 调整指标值 when filled, else the 年初指标值", () => {
    expect(ind(p, "河道整治长度").annualTarget).toMatchObject({ value: 25, unit: "公里" });
    expect(ind(p, "河道整治长度").score?.targetCell).toMatchObject({ col: 4, text: "25" });
    expect(ind(p, "水利工程验收合格率").score?.targetCell).toMatchObject({ col: 3, text: "100" });
    expect(scores(ind(p, "水土流失治理面积"))).toEqual([15, 13.5, 13.5]);
    expect(scores(ind(p, "防汛物资储备完成率"))).toEqual([10, 9.47, 9.47]);
  });

  it("takes 指标权重(分) and 指标得分(分), not 得分系数(%), and reads 合计 and 自评结论", () => {
    expect(ind(p, "防汛物资储备完成率").score?.score).toMatchObject({ col: 8, value: 9.47 });
    expect([se.total?.maxScore?.value, se.total?.score?.value, se.conclusion?.text]).toEqual([100, 94.57, "优"]);
  });
});

describe("the Hubei template, two projects stacked", () => {
  const p = load("s-hubei-template");

  it("reads two blocks, each with its own range, money, levels and total", () => {
    expect(p.projects.map((x) => [x.name, x.row, x.selfEval?.range, x.indicatorCount])).toEqual([
      ["乡镇污水处理设施运维", 3, "A1:I18", 6],
      ["城区绿化养护", 22, "A20:I35", 4],
    ]);
    expect(p.projects.map((x) => x.selfEval?.total?.score?.value)).toEqual([94.67, 99.78]);
    expect(p.projects[1].selfEval!.levelPoints.map((l) => l.row)).toEqual([31, 33, 34]);
  });

  it("takes the 20-point share from `预算执行情况 （万元） （20分）` and the (A)/(B) columns", () => {
    const b = p.projects[0].selfEval!.budget!;
    expect([b.share, b.shareFrom, b.unit]).toEqual([20, "A5", "万元"]);
    expect([b.lines[0].cells.adjusted?.value, b.lines[0].cells.executed?.value, b.lines[0].cells.rate?.value, b.lines[0].cells.score?.value]).toEqual([180, 171, 95, 19]);
  });

  it("scores a 反向 target by the platform formula: ≤24 小时 with 30 gives 7.5", () => {
    expect(scores(ind(p, "设施故障响应时间"))).toEqual([10, 7.5, 7.5]);
    expect(ind(p, "市民满意度").project).toBe("城区绿化养护");
  });
});

describe("cells as a user writes them", () => {
  const rows = (): (string | number | null)[][] => [
    ["项目名称", "测试项目"],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", " 10 ", 10, "9", " 10 ", "90%", "9"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["产出指标(60分)", "数量指标", "培训人数", "≥100人", " 90 ", "30", "27", "部分学员未到"],
    [null, null, "培训场次", "≥4次", 4, "30", 30, null],
    ["满意度指标(30分)", "服务对象满意度指标", "学员满意度", "≥90%", "99.97%", 30, "30", ""],
    ["总分", null, null, null, null, 100, "96", null],
  ];

  it("reads numbers written as text with their raw text kept, and real numbers too", () => {
    const p = mustParse(grid(rows()));
    const b = p.projects[0].selfEval!.budget!;
    expect(b.lines[0].cells.initial).toEqual({ row: 3, col: 1, raw: "10", value: 10 });
    expect(b.lines[0].cells.adjusted?.value).toBe(10);
    expect(b.lines[0].cells.rate).toMatchObject({ raw: "90%", value: 90 });
    expect(ind(p, "培训人数").score).toMatchObject({ completion: { value: 90, unit: "人" }, maxScore: { value: 30 }, score: { value: 27 }, expectedScore: 27 });
    expect(ind(p, "培训场次").score).toMatchObject({ completion: { value: 4, unit: "次" }, score: { raw: "30", value: 30 } });
    expect(ind(p, "学员满意度").score).toMatchObject({ completion: { value: 99.97, unit: "%" }, expectedScore: 30, reason: null });
    expect(p.projects[0].selfEval!.total).toMatchObject({ maxScore: { value: 100 }, score: { value: 96 } });
  });

  it("carries merged (blank) 一级 / 二级 cells down and keeps their points", () => {
    const p = mustParse(grid(rows()));
    expect(ind(p, "培训场次")).toMatchObject({ level1: { name: "产出指标" }, level2: { name: "数量指标" } });
    expect(p.projects[0].selfEval!.levelPoints.map((l) => [l.name, l.points])).toEqual([["产出指标", 60], ["满意度指标", 30]]);
  });

  it("keeps a score that is not a number as text with a null value", () => {
    const r = rows();
    r[4][6] = "二十七";
    const s = ind(mustParse(grid(r)), "培训人数").score!;
    expect(s.score).toMatchObject({ raw: "二十七", value: null });
  });

  it("notes a row it cannot place inside the indicator block as unrecognized-row", () => {
    const r = rows();
    r.splice(6, 0, [null, null, null, "备用行", "x", null, null, null]);
    const p = mustParse(grid(r));
    expect(p.findings.filter((f) => f.code === "unrecognized-row").map((f) => f.row)).toEqual([7]);
    expect(p.indicators).toHaveLength(3);
  });

  it("realigns rows whose merged cells were lost on the left (a copy from a web page), and says so", () => {
    const lost = editRow(editRow(tsv("s-anhui-guichi"), 14, (c) => c.slice(3)), 15, (c) => c.slice(2));
    const p = mustParse(gridFromTsv("s", lost));
    expect(p.findings.filter((f) => f.code === "realigned-row").map((f) => f.row)).toEqual([14, 15]);
    const whole = load("s-anhui-guichi");
    expect(p.indicators.map((i) => [i.name, i.level2?.name, ...scores(i)])).toEqual(whole.indicators.map((i) => [i.name, i.level2?.name, ...scores(i)]));
    expect(ind(p, "垃圾清运量")).toMatchObject({ column: "A", score: { score: { col: 4, value: 9.5 }, reason: { col: 5 } } });
    expect(ind(p, "整治验收合格率").level2).toMatchObject({ name: "质量指标" });
  });

  it("does not move a row whose 二级 name the framework does not know", () => {
    const odd = editRow(tsv("s-anhui-guichi"), 15, (c) => c.map((x, i) => (i === 2 ? "工程质量" : x)));
    const p = mustParse(gridFromTsv("s", odd));
    expect(p.findings.filter((f) => f.code === "realigned-row")).toEqual([]);
    expect(scores(ind(p, "整治验收合格率"))).toEqual([10, 10, 10]);
  });

  it("never throws on random edits of the variants", () => {
    const files = ["s-anhui-guichi", "s-sichuan-qingshen", "s-chongqing-dept", "s-hubei-template"].map((f) => gridFromTsv(f, tsv(f)).rows);
    const text = fc.oneof(fc.constant(""), fc.string(), fc.constantFrom("总分", "合计", "产出指标(50分)", "年度资金总额", "≥", "定性", "10分", "-", "%", "评价结论", "三级指标", "实际完成值", "分值", "得分", "预算执行情况(x分)"), fc.double().map(String));
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.array(fc.tuple(fc.nat(40), fc.nat(12), text), { maxLength: 12 }), (k, edits) => {
        const rs = files[k].map((r) => [...r]);
        for (const [r, c, t] of edits) if (rs[r % rs.length]) rs[r % rs.length][c] = t;
        const res = parseSheet({ name: "fuzz", rows: rs });
        if (res.ok) expect(Array.isArray(res.value.indicators)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
