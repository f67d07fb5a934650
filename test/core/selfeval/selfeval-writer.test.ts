/** 从目标表生成自评表: the writer's layout, points, formulas and copied targets, in both shapes. */
import * as fs from "fs";
import * as path from "path";
import { CellInput, gridFromTsv, parseSheet, SheetParse } from "../../../src/core";
import { DEFAULT_SELF_EVALUATION } from "../../../src/core/rules/selfeval-rules";
import { spreadPoints } from "../../../src/core/selfeval/points";
import { scoreFormula } from "../../../src/core/selfeval/score-formulas";
import { selfEvaluationSheet, SelfEvaluationSheet } from "../../../src/core/selfeval/selfeval-writer";
import { parseSeed } from "../../support/seeds";

const D_TSV = fs.readFileSync(path.resolve(__dirname, "../../variants/d-columnar.tsv"), "utf8");

function parsed(tsv: string): SheetParse {
  const r = parseSheet(gridFromTsv("目标表", tsv));
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

const rules = DEFAULT_SELF_EVALUATION;

function cell(s: SelfEvaluationSheet, address: string): CellInput {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.rows[Number(m[2]) - 1]?.[col] ?? null;
}

const formula = (v: CellInput): string => (v !== null && typeof v === "object" && "formula" in v ? v.formula : "");

/** Σ分值 of a block in hundredths, from the numbers written (budget share + every indicator row). */
function pointsSum(s: SelfEvaluationSheet, k: number): number {
  const b = s.blocks[k];
  return Math.round(Number(cell(s, b.budget.share)) * 100) + b.indicators.reduce((n, i) => n + Math.round(Number(cell(s, i.cells.points)) * 100), 0);
}

describe("分值", () => {
  it("adds up to 100 exactly in hundredths for every project of seed 000 and of layout D, in both shapes", () => {
    for (const p of [parseSeed("000"), parsed(D_TSV)]) {
      for (const shape of ["anhui", "sichuan"] as const) {
        const s = selfEvaluationSheet(p, { shape, rules });
        expect(s.blocks).toHaveLength(p.projects.length);
        s.blocks.forEach((b, k) => expect([b.project, pointsSum(s, k)]).toEqual([b.project, b.indicators.length ? 10_000 : 1_000]));
      }
    }
  });

  it("产出 50 / 效益 30 / 满意度 10 with 成本 in 产出, an absent category's share spread over the others", () => {
    const row = (category: "output" | "benefit" | "satisfaction" | "cost") => ({ category, cost: category === "cost" });
    expect(spreadPoints([row("output"), row("output"), row("benefit"), row("satisfaction")], 10)).toEqual([2500, 2500, 3000, 1000]);
    expect(spreadPoints([row("output"), row("cost"), row("benefit"), row("satisfaction")], 10)).toEqual([2500, 2500, 3000, 1000]);
    // No 满意度: 90 × 50/80 = 56.25 and 33.75.
    expect(spreadPoints([row("output"), row("benefit")], 10)).toEqual([5625, 3375]);
    // Three rows sharing 50: 16.67, 16.67, 16.66 (the leftover hundredths on the first rows).
    expect(spreadPoints([row("output"), row("output"), row("output"), row("benefit"), row("satisfaction")], 10)).toEqual([1667, 1667, 1666, 3000, 1000]);
    // A budget share of 20 (Hubei): 80 split 50:30:10.
    expect(spreadPoints([row("output"), row("benefit"), row("satisfaction")], 20).reduce((a, b) => a + b)).toBe(8000);
    expect(spreadPoints([], 10)).toEqual([]);
  });
});

describe("Anhui shape", () => {
  const p = parsed(D_TSV);
  const s = selfEvaluationSheet(p, { shape: "anhui", rules });
  const b = s.blocks[0];

  it("title, key–value rows, the money block's verbatim header and lines", () => {
    expect(s.name).toBe("绩效自评表");
    expect(s.rows[0][0]).toBe("项目支出绩效自评表（2025年度）");
    expect(s.rows.slice(1, 4).map((r) => r.slice(0, 2))).toEqual([["项目名称", "办公设备购置"], ["主管部门", "某市数据管理局"], ["实施单位", "某市数据管理局"]]);
    expect(s.rows[4].slice(0, 7)).toEqual(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
    expect(s.rows.slice(5, 9).map((r) => r[0])).toEqual(["年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金"]);
    // Layout D states only 预算数: it is this year's 财政拨款, and the total is the parts' SUM.
    expect(s.rows.slice(6, 9).map((r) => r[1])).toEqual([120.5, 0, 0]);
    expect(formula(cell(s, "B6"))).toBe("=SUM(B7:B9)");
    expect(formula(cell(s, "C7"))).toBe("=B7");
    expect(cell(s, b.budget.share)).toBe(10);
    expect(formula(cell(s, b.budget.rate))).toBe('=IF(OR(N(C6)=0,NOT(ISNUMBER(D6))),"",D6/C6)');
    expect(formula(cell(s, b.budget.score))).toBe('=IF(F6="","",ROUND(MAX(MIN(D6,C6),0)*E6/C6,2))');
    expect(s.numberFormats[b.budget.rate]).toBe("0.00%");
  });

  it("the goal row carries the approved goal, 实际完成情况 blank", () => {
    const goal = s.rows.findIndex((r) => r[0] === "年度总体目标");
    expect(s.rows[goal][1]).toBe("预期目标");
    expect(s.rows[goal][4]).toBe("实际完成情况");
    expect(s.rows[goal + 1][1]).toBe("完成设备购置并投入使用");
    expect(s.rows[goal + 1][4]).toBeNull();
  });

  it("indicator header, 一级 cells with points, targets copied, formulas over the row's own cells", () => {
    const head = b.indicators[0].row - 1;
    expect(s.rows[head - 1]).toEqual(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "指标值(数)"]);
    expect(s.rows.slice(head, head + 6).map((r) => r[0])).toEqual(["产出指标(37.5分)", null, null, "效益指标(30分)", "满意度指标(10分)", "成本指标(12.5分)"]);
    expect(s.rows.slice(head, head + 6).map((r) => r[3])).toEqual(["≥50台", "＝100%", "≥95%", "明显提升", "≥90%", "≤0.6万元"]);
    const first = b.indicators[0];
    expect(first.cells).toEqual({ target: "I13", completion: "E13", points: "F13", score: "G13" });
    expect(cell(s, "I13")).toBe(50);
    expect(formula(cell(s, "G13"))).toBe(scoreFormula("positive", { a: "I13", b: "E13", w: "F13" }, "platform"));
    expect(formula(cell(s, "G18"))).toBe('=IF(ISNUMBER(E18),IF(E18<=I18,F18,IF(OR(I18<=0,E18>=2*I18),0,ROUND((2*I18-E18)*F18/I18,2))),"")');
    expect(s.merges).toContain("A13:A15");
  });

  it("a qualitative row: no number, no formula, the officer scores it", () => {
    const q = b.indicators.find((i) => i.name === "办公效率提升")!;
    expect(q.direction).toBeNull();
    expect(cell(s, q.cells.score)).toBeNull();
    expect(cell(s, `I${q.row}`)).toBeNull();
    expect(cell(s, q.cells.points)).toBe(30);
  });

  it("总分 sums the budget share and the rows' 分值, the budget score and the rows' 得分", () => {
    expect(formula(cell(s, b.total.points))).toBe("=SUM(E6,F13:F18)");
    expect(formula(cell(s, b.total.score))).toBe("=SUM(G6,G13:G18)");
    expect(s.rows[b.total.row - 1][0]).toBe("总分");
  });

  it("one block per project, a blank row between them and a page break after each but the last", () => {
    expect(s.blocks.map((x) => x.range)).toEqual(["A1:I20", "A22:I38"]);
    expect(s.rows[20].every((v) => v === null)).toBe(true);
    expect(s.pageBreaks).toEqual([20]);
  });

  it("converts 元 to 万元 exactly", () => {
    const inYuan = parsed(D_TSV.replace("单位：万元", "单位：元"));
    const y = selfEvaluationSheet(inYuan, { shape: "anhui", rules });
    expect(y.rows[4][0]).toBe("项目资金（万元）");
    expect(y.rows[6][1]).toBe(0.01205);
  });

  it("uses the rule set's 反向 formula and budget share", () => {
    const other = selfEvaluationSheet(p, { shape: "anhui", rules: { ...rules, negativeFormula: "inverse-ratio", budgetShare: 20 } });
    expect(formula(cell(other, "G18"))).toBe('=IF(ISNUMBER(E18),IF(E18<=I18,F18,IF(I18<=0,0,ROUND(I18*F18/E18,2))),"")');
    expect(cell(other, "E6")).toBe(20);
    expect(pointsSum(other, 0)).toBe(10_000);
  });

  it("a year given overrides the table's", () => {
    expect(selfEvaluationSheet(p, { shape: "anhui", rules, year: 2024 }).rows[0][0]).toBe("项目支出绩效自评表（2024年度）");
  });
});

describe("Sichuan shape", () => {
  const s = selfEvaluationSheet(parsed(D_TSV), { shape: "sichuan", rules });
  const b = s.blocks[0];

  it("money header with the share, the five lines, the unit line", () => {
    expect(s.rows[1][0]).toBe("单位：万元");
    expect(s.rows[5].slice(0, 8)).toEqual(["预算执行情况(10分)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]);
    expect(s.rows.slice(6, 11).map((r) => r[0])).toEqual(["总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]);
    expect(b.budget).toMatchObject({ budget: "C7", executed: "D7", rate: "E7", share: "F7", score: "G7" });
    expect(formula(cell(s, "D7"))).toBe('=IF(COUNT(D8:D11)=0,"",SUM(D8:D11))');
  });

  it("operator, value and unit in their own cells; the formula compares with the value cell", () => {
    const head = b.indicators[0].row - 1;
    expect(s.rows[head - 1]).toEqual(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"]);
    expect(s.rows.slice(head, head + 6).map((r) => r.slice(3, 6))).toEqual([["≥", 50, "台"], ["＝", 100, "%"], ["≥", 95, "%"], ["定性", "明显提升", ""], ["≥", 90, "%"], ["≤", 0.6, "万元"]]);
    expect(b.indicators[0].cells).toEqual({ target: "E15", completion: "G15", points: "H15", score: "I15" });
    expect(formula(cell(s, "I16"))).toBe(scoreFormula("equal", { a: "E16", b: "G16", w: "H16" }, "platform"));
  });

  it("合计 and the footer rows", () => {
    expect(s.rows[b.total.row - 1][0]).toBe("合计");
    expect(formula(cell(s, b.total.points))).toBe("=SUM(F7,H15:H20)");
    expect(s.rows.slice(b.total.row, b.total.row + 3).map((r) => r[0])).toEqual(["评价结论", "存在问题", "改进措施"]);
  });
});

describe("seed 000 (layout A)", () => {
  const p = parseSeed("000");
  const s = selfEvaluationSheet(p, { shape: "anhui", rules });

  it("copies each indicator's annual target as approved", () => {
    const b = s.blocks[0];
    const rows = p.indicators.filter((i) => i.projectRow === p.projects[0].row);
    expect(b.indicators.map((i) => s.rows[i.row - 1][3]).sort()).toEqual(rows.map((i) => (i.annualTarget ?? i.periodTarget)!.raw).sort());
    expect(b.indicators.map((i) => i.name).sort()).toEqual(rows.map((i) => i.name).sort());
  });

  it("a bare number target (`建设完成进度100%`) is scored as ≥, qualitative text is left to the officer", () => {
    const b = s.blocks[1];
    const bare = b.indicators.find((i) => i.name === "智慧白云地理信息平台建设数量")!;
    expect(bare).toMatchObject({ direction: "positive", target: 100 });
    const q = b.indicators.find((i) => i.name === "镇街视频会议使用情况")!;
    expect(q.direction).toBeNull();
    expect(cell(s, q.cells.score)).toBeNull();
  });

  it("a title without a year leaves a blank for the officer; 809.48 万元 stays 809.48", () => {
    expect(s.rows[0][0]).toBe("项目支出绩效自评表（\u3000\u3000\u3000\u3000年度）");
    expect(s.rows[6][1]).toBe(809.48);
  });
});

it("a project with no indicators: the money block and an empty indicator table whose 总分 is the budget share", () => {
  const p = parsed(D_TSV);
  const bare: SheetParse = { ...p, indicators: p.indicators.filter((i) => i.projectRow !== p.projects[1].row) };
  const s = selfEvaluationSheet(bare, { shape: "sichuan", rules });
  const b = s.blocks[1];
  expect(b.indicators).toEqual([]);
  expect(s.rows[b.total.row - 2][0]).toBe("一级指标");
  expect(formula(cell(s, b.total.points))).toBe(`=SUM(${b.budget.share})`);
  expect(formula(cell(s, b.total.score))).toBe(`=SUM(${b.budget.score})`);
  expect(pointsSum(s, 1)).toBe(1_000);
});
