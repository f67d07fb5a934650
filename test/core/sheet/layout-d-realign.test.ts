/**
 * Layout D (issue 14): rows shifted left where merged cells were lost in a copy from a web page are realigned by
 * vocabulary, with an info finding; 指标方向性 is kept as data and makes no comparator; the title's year is read.
 */
import * as fs from "fs";
import * as path from "path";
import { checkSheet, gridFromTsv, parseSheet } from "../../../src/core";
import { mustParse } from "../../support/seeds";

const VARIANTS = path.join(__dirname, "..", "..", "variants");
const load = (f: string) => mustParse(gridFromTsv(f, fs.readFileSync(path.join(VARIANTS, `${f}.tsv`), "utf8")));
const tsv = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");
const HEADER = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"];

describe("layout D: left-shifted rows", () => {
  const shifted = load("d-sichuan-left-shifted");

  it("reads the Sichuan table as published like its copy with the blanks put back", () => {
    expect(shifted.layout).toBe("D");
    expect(shifted.projects.map((p) => [p.name, p.unit, p.amounts?.total, p.indicatorCount])).toEqual([
      ["村组干部报酬", "820001-井研县马踏镇人民政府", 3309840, 8],
      ["基层组织活动经费", "820001-井研县马踏镇人民政府", 660000, 5],
    ]);
    // Every indicator read by its header's columns, and said where its 三级 really is: G on row 5 (in place), F on
    // the 2nd project's first row (one cell lost), C on continuation rows (four lost).
    expect(shifted.indicators.every((i) => i.level1 && i.level2 && i.annualTarget?.operator)).toBe(true);
    expect(shifted.indicators.map((i) => `${i.column}${i.row}`)).toEqual(["G5", "C6", "C7", "C8", "C9", "C10", "C11", "C12", "F13", "C14", "C15", "C16", "C17"]);
    expect(shifted.indicators[1]).toMatchObject({ name: "维持时效", level1: { name: "产出指标" }, level2: { name: "时效指标" }, annualTarget: { operator: ">=", value: 1, unit: "年" } });
    expect(shifted.indicators[12]).toMatchObject({ name: "行政村数量", annualTarget: { operator: "=", value: 11, unit: "个" } });
    // The department row (`820-马踏镇部门 | 8,827,620.53`) and every continuation row, each said once.
    expect(shifted.findings.filter((f) => f.code === "realigned-row").map((f) => f.row)).toEqual([4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(shifted.money.find((m) => m.kind === "unit")).toMatchObject({ row: 4, name: "820-马踏镇部门", cells: { total: { cents: 882762053, col: 1 } } });
  });

  it("gives only the excerpt's true subtotal error, on the department's amount where it is (B4, from C5 and B13)", () => {
    const errors = checkSheet(shifted).filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.row, f.column, f.from])).toEqual([["subtotal", 4, "B", ["C5", "B13"]]]);
  });

  it("leaves a row alone when the shift would put no 指标性质 word under 指标性质", () => {
    const g = gridFromTsv("x", tsv([["金额单位:元"], HEADER, ["某镇", "项目甲", "100.00", "目标", "产出指标", "数量指标", "培训人次", "≥", "10", "人", "100", "正向"], ["产出指标", "质量指标", "合格率", "很高", "95", "%", "", ""]]));
    const p = mustParse(g);
    expect(p.findings.filter((f) => f.code === "realigned-row")).toEqual([]);
    expect(p.indicators).toHaveLength(1);
  });

  it("leaves the tables whose rows are in place unchanged (no realigned-row)", () => {
    for (const f of ["d-sichuan-money", "d-columnar", "d-traditional-points"]) expect(load(f).findings.filter((x) => x.code === "realigned-row")).toEqual([]);
  });
});

describe("layout D: 指标方向性 and the title's year", () => {
  it("keeps 正向/反向 (正向指标/反向指标) as data and makes no comparator of it", () => {
    const g = gridFromTsv("x", tsv([["2024年度部门项目绩效目标表"], HEADER, ["某镇", "项目甲", "100.00", "目标", "产出指标", "数量指标", "培训人次", "", "10", "人", "50", "正向指标"], ["", "", "", "", "", "时效指标", "办结时限", "", "3", "天", "50", "反向"]]));
    const p = mustParse(g);
    expect(p.year).toBe(2024);
    expect(p.indicators.map((i) => [i.direction, i.annualTarget?.operator ?? null, i.annualTarget?.value])).toEqual([
      ["positive", null, 10],
      ["negative", null, 3],
    ]);
  });

  it("reads the year from the title or a year line, not from a project name or a date", () => {
    const year = (title: string[][]) => {
      const r = parseSheet(gridFromTsv("x", tsv([...title, HEADER, ["某镇", "2018年专项", "100.00", "目标", "产出指标", "数量指标", "培训人次", "≥", "10", "人", "100", ""]])));
      return r.ok ? r.value.year : "not parsed";
    };
    expect(year([["部门预算项目绩效目标申报表(2023年度)"]])).toBe(2023);
    expect(year([["项目支出绩效目标表"], ["（2024年度）"]])).toBe(2024);
    expect(year([["鄂州市2022年市直部门预算项目支出绩效目标表"]])).toBe(2022);
    expect(year([["项目支出绩效目标表"], ["填报日期：2024年1月15日"]])).toBeUndefined();
  });
});

describe("layout E: 指标方向性 in a form's indicator block", () => {
  it("is kept on the indicator as data, as in layout D", () => {
    const g = gridFromTsv("x", tsv([["项目支出绩效目标表"], ["（2023年度）"], ["项目名称", "某项目"], ["一级指标", "二级指标", "三级指标", "指标值", "指标方向性"], ["产出指标", "数量指标", "培训人次", "10人", "正向"], ["", "时效指标", "办结时限", "3", "反向指标"]]));
    const p = mustParse(g);
    expect(p.layout).toBe("E");
    expect(p.year).toBe(2023);
    expect(p.indicators.map((i) => [i.name, i.direction, i.annualTarget?.operator ?? null])).toEqual([
      ["培训人次", "positive", null],
      ["办结时限", "negative", null],
    ]);
  });
});
