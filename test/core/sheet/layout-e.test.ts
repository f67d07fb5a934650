/**
 * Layout E, the national single-project form (issue 14): per research variant, the amounts and the number of
 * indicators a person reads off the form, zero false money errors, planted faults found at their real cells,
 * several forms on one sheet, and what a sheet that fits no layout says about its header words.
 */
import * as fs from "fs";
import * as path from "path";
import { checkSheet, detectLayout, gridFromTsv, ParseJsonSchema, parseSheet } from "../../../src/core";
import { findingMessage, sheetErrorMessage } from "../../../src/i18n";
import { editRow, mustParse } from "../../support/seeds";

const DIR = path.join(__dirname, "..", "..", "variants");
const text = (f: string) => fs.readFileSync(path.join(DIR, `e-${f}.tsv`), "utf8");
const parse = (tsv: string) => mustParse(gridFromTsv("s", tsv));
const MONEY = ["row-sum", "subtotal", "grand-total", "cost-table-total"];
const errors = (tsv: string) => checkSheet(parse(tsv)).filter((f) => f.severity === "error");

describe.each([
  // fixture, amounts (total/fiscal/specialAccount/other) or null, indicators, the errors the table really has, its
  // money errors (04: 2020年实际执行数 prints 662.98 under 191 + 99 + 372.88)
  ["02-chongqing-fengjie-yunwu", { total: 65, fiscal: 65, specialAccount: 0, other: 0 }, 1, 3, []],
  ["03-hubei-wuhan-qingshan", { total: 10000, fiscal: 10000, specialAccount: 0, other: 0 }, 7, 0, []],
  ["04-hubei-ezhou", { total: 814, fiscal: 0, specialAccount: 0, other: 0 }, 6, 2, ["D9"]],
  ["06-hunan-yueyang-county", { total: 854, fiscal: 854, specialAccount: 0, other: 0 }, 12, 0, []],
  ["07-hunan-nanyue", { total: 10, fiscal: 10, specialAccount: 0, other: 0 }, 16, 0, []],
  // 08's money is one sentence in one cell, to four decimals of 万元 (exact to the 元).
  ["08-hunan-ningxiang-batang", { total: 10606.7522, fiscal: 6923.3552, specialAccount: 0, other: 3683.397 }, 18, 0, []],
  ["12-shanxi-template-synthetic", { total: 300000, fiscal: 300000, specialAccount: 0, other: 0 }, 5, 0, []],
  // 13–15 are cut off before their 效益 / 满意度 rows: those missing categories are true of the files.
  ["13-shaanxi-qingjian", { total: 500, fiscal: 500, specialAccount: 0, other: 0 }, 5, 2, []],
  ["14-tianjin-baodi", { total: 2350, fiscal: 0, specialAccount: 0, other: 0 }, 4, 1, []],
  // 15: 2 indicators, each with a target per region (7): 14 rows.
  ["15-fujian-longyan", { total: 30, fiscal: 30, specialAccount: 0, other: 0 }, 14, 2, []],
] as const)("layout E: %s", (file, amounts, count, realErrors, moneyErrors) => {
  const p = parse(text(file));
  it("is one project with its amounts and indicators", () => {
    expect(p.layout).toBe("E");
    expect(p.projects).toHaveLength(1);
    expect(p.projects[0].amounts).toEqual(amounts);
    expect(p.indicators).toHaveLength(count);
    expect(p.projects[0].indicatorCount).toBe(count);
  });
  it("has no money error but the table's own, and no other error but its missing categories", () => {
    const all = checkSheet(p);
    expect(all.filter((f) => MONEY.includes(f.code)).map((f) => `${f.column}${f.row}`)).toEqual(moneyErrors);
    const errs = all.filter((f) => f.severity === "error" && !MONEY.includes(f.code));
    expect(errs.every((f) => f.code === "missing-core-category")).toBe(true);
    expect(errs).toHaveLength(realErrors);
  });
  it("prints a parse --json the schema accepts", () => {
    const json = { file: "x.tsv", sheet: p.sheet, kind: p.kind, layout: p.layout, moneyUnit: p.moneyUnit, projects: p.projects, indicators: p.indicators, findings: p.findings.map((f) => ({ ...f, message: "m" })) };
    const parsed = ParseJsonSchema.parse(json);
    expect(parsed.projects[0].range).toBe(p.projects[0].range);
  });
});

describe("layout E readings", () => {
  it("reads a form whose indicator block is missing, at the sheet's end, without reaching past the sheet", () => {
    // fast-check found it (test/core/indicator/parser-properties): the form's range read a row after the last.
    const grid = { name: "Sheet1", rows: [["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"], ["项目名称", { error: "#REF!" as const }]] };
    const r = parseSheet(grid);
    expect(r.ok && r.value.layout).toBe("E");
    expect(r.ok && r.value.projects.map((p) => p.range)).toEqual(["A1:F2"]);
  });

  it("reads the key-value cells, the period and the goals (03: side by side, 202001-202012)", () => {
    const [x] = parse(text("03-hubei-wuhan-qingshan")).projects;
    expect([x.name, x.department, x.unit]).toEqual(["教育系统基础设施建设和设备购置", "[015001]武汉市青山区教育局", "武汉市青山区教育局"]);
    expect(x.period).toEqual({ raw: "202001-202012", start: "2020-01", end: "2020-12" });
    expect(x.goals?.annual).toBe("按工作计划完成教育局重点项目建设经费预算安排");
    expect(x.goals?.period).toMatch(/^优化教育布局/);
  });

  it("takes the 实施单位 as the unit over the title's 预算单位, and reads 建设周期 (02)", () => {
    const p = parse(text("02-chongqing-fengjie-yunwu"));
    expect([p.projects[0].unit, p.projects[0].department, p.moneyUnit]).toEqual(["云雾土家族乡", "县民宗委", "万元"]);
    expect(p.projects[0].period).toEqual({ raw: "2023年4月-2024年2月", start: "2023-04", end: "2024-02" });
    // 成本指标(0-20)分 is the first 一级; the empty framework rows are no indicators; 21305 (科目代码) is no money.
    expect(p.indicators.map((i) => [i.level1?.code, i.level2?.code, i.name, i.annualTarget?.value])).toEqual([["4", "41", "项目建设成本", 65]]);
    expect(p.money.map((m) => [m.row, m.cells.total?.cents, m.cells.fiscal?.cents, m.cells.other?.cents])).toEqual([[11, 6500, 6500, 0]]);
  });

  it("reads 实施期 and 年度 side by side by position (12) and reconciles both money blocks", () => {
    const p = parse(text("12-shanxi-template-synthetic"));
    const i = p.indicators.find((x) => x.name === "系统可用率")!;
    expect([i.periodTarget?.raw, i.annualTarget?.raw, i.column]).toEqual(["≥99%", "≥99%", "H"]);
    expect(p.money).toHaveLength(2);
    // File line 9 is sheet row 8 (省级财政资金): the quoted `项目资金\n（元）` cell spans two lines.
    const planted = editRow(text("12-shanxi-template-synthetic"), 9, (c) => c.map((x, k) => (k === 7 ? "290000" : x)));
    const [f, ...rest] = checkSheet(parse(planted)).filter((x) => MONEY.includes(x.code));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "row-sum", severity: "error", row: 6, column: "H", expected: 290000, actual: 300000 });
    expect(f.from).toEqual(["H7", "H8", "H9", "H10", "H11"]);
  });

  it("keeps stacked 长期 and 年度 blocks apart (08) and says a value without a name", () => {
    const p = parse(text("08-hunan-ningxiang-batang"));
    expect(p.indicators.filter((i) => i.periodTarget && !i.annualTarget)).toHaveLength(9);
    expect(p.indicators.filter((i) => i.annualTarget && !i.periodTarget)).toHaveLength(9);
    expect(p.findings.filter((f) => f.code === "indicator-name-missing")).toHaveLength(18);
    expect(p.findings.filter((f) => f.code === "money-cell-unsure")).toEqual([]);
  });

  it("reads money written in one sentence, line by line in its cell, exactly to four decimals (08)", () => {
    const p = parse(text("08-hunan-ningxiang-batang"));
    expect(p.moneyUnit).toBe("万元");
    expect(p.money).toHaveLength(1);
    expect(p.money[0]).toMatchObject({ row: 7, places: 4, cells: { total: { cents: 106067522, col: 1 }, fiscal: { cents: 69233552, col: 1 } } });
    // 自有资金 (a part of 其他资金) and 其他 are the other money, in the order written: 0 + 3683.3970.
    expect(p.money[0].cells.other?.parts?.map((c) => c.cents)).toEqual([0, 36833970]);
    expect(checkSheet(p).filter((f) => MONEY.includes(f.code))).toEqual([]);
  });

  it("reports a planted wrong line of a money sentence as a row-sum error on its cell, in ten-thousandths (08)", () => {
    const planted = text("08-hunan-ningxiang-batang").replace("三、其他:3683.3970万元", "三、其他:3683.4970万元");
    const money = checkSheet(parse(planted)).filter((f) => MONEY.includes(f.code));
    expect(money).toEqual([expect.objectContaining({ code: "row-sum", severity: "error", row: 7, column: "B", expected: 10606.8522, actual: 10606.7522 })]);
    expect(findingMessage(money[0], "zh-CN")).toContain("10,606.8522");
    // One ten-thousandth off is the rounding of the last place, as one cent is with two decimals.
    const drift = text("08-hunan-ningxiang-batang").replace("三、其他:3683.3970万元", "三、其他:3683.3971万元");
    expect(checkSheet(parse(drift)).filter((f) => MONEY.includes(f.code)).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("does not read a money sentence with a line that is no money word, and says so (08 changed)", () => {
    const changed = text("08-hunan-ningxiang-batang").replace("二、自有资金:0万元", "二、借款:0万元");
    const p = parse(changed);
    expect(p.money).toEqual([]);
    expect(p.projects[0].amounts).toBeNull();
    expect(p.findings.filter((f) => f.code === "money-cell-unsure").map((f) => [f.row, f.column])).toEqual([[7, "B"]]);
  });

  it("reconciles an amount against its breakdown in brackets, and names a breakdown that does not add up (06)", () => {
    const p = parse(text("06-hunan-yueyang-county"));
    const tables = (p.costTables ?? []).filter((t) => t.breakdown);
    // 年度资金总额 and 财政拨款 each carry 400 + 295 + 159 = 854.
    expect(tables.map((t) => [t.row, t.columns[0].total?.cents, t.columns[0].lines.map((c) => c.cents)])).toEqual([
      [5, 85400, [40000, 29500, 15900]],
      [6, 85400, [40000, 29500, 15900]],
    ]);
    expect(checkSheet(p).filter((f) => f.code === "money-breakdown")).toEqual([]);
    const planted = editRow(text("06-hunan-yueyang-county"), 5, (c) => c.map((x, k) => (k === 2 ? x.replace("示范建设295万元", "示范建设259万元") : x)));
    const found = checkSheet(parse(planted)).filter((f) => f.code === "money-breakdown");
    expect(found).toEqual([expect.objectContaining({ severity: "error", row: 5, column: "C", expected: 818, actual: 854, from: ["C5"] })]);
    expect(findingMessage(found[0], "zh-CN")).toContain("括号内各分项之和不符");
  });

  it("warns when a cost table's 合计 is not the amount the form asks for, and says nothing when it is (04 with a 年度资金总额)", () => {
    const withAmount = (amount: string) => {
      const lines = text("04-hubei-ezhou").split("\n");
      lines.splice(4, 0, `年度资金总额\t${amount}`, `其中:财政拨款\t${amount}`);
      return checkSheet(parse(lines.join("\n"))).filter((f) => f.code === "cost-table-vs-amount");
    };
    expect(withAmount("814")).toEqual([]);
    const found = withAmount("800");
    expect(found).toEqual([expect.objectContaining({ severity: "warning", row: 5, column: "B", expected: 814, actual: 800, from: ["B11"] })]);
    expect(findingMessage(found[0], "zh-CN")).toContain("成本构成表“金额”列合计为 814.00，而申报的资金总额为 800.00");
    expect(checkSheet(parse(text("04-hubei-ezhou"))).filter((f) => f.code === "cost-table-vs-amount")).toEqual([]);
  });

  it("reads an amount written twice (854万854万(…)) once, and says so (06)", () => {
    const p = parse(text("06-hunan-yueyang-county"));
    expect(p.findings.filter((f) => f.code === "money-cell-doubled").map((f) => [f.row, f.column, f.severity, f.params?.amount])).toEqual([[6, "C", "info", "854"]]);
    expect(p.findings.filter((f) => f.code === "money-cell-unsure")).toEqual([]);
    expect(checkSheet(p).filter((f) => MONEY.includes(f.code))).toEqual([]);
    // Two different amounts in one cell are not a doubled one: unsure, as before.
    const two = parse(text("06-hunan-yueyang-county").replace("854万854万(", "854万845万("));
    expect(two.findings.filter((f) => f.code === "money-cell-unsure").map((f) => [f.row, f.column])).toEqual([[6, "C"]]);
    expect(two.money).toEqual([]);
  });

  it("reports a planted wrong 财政拨款 as a row-sum error on the 年度资金总额 cell, from the cells in other rows (07)", () => {
    const planted = editRow(text("07-hunan-nanyue"), 5, (c) => c.map((x, k) => (k === 2 ? "9" : x)));
    const money = checkSheet(parse(planted)).filter((f) => MONEY.includes(f.code));
    expect(money).toHaveLength(1);
    expect(money[0]).toMatchObject({ code: "row-sum", severity: "error", row: 4, column: "C", expected: 9, actual: 10, from: ["C5", "C6"] });
  });

  it("reconciles each money column of a cost table down to its 合计, and names the 2020 column's (04)", () => {
    const p = parse(text("04-hubei-ezhou"));
    expect(p.costTables?.map((t) => t.columns.map((c) => [c.header, c.budget, c.total?.cents]))).toEqual([
      [
        ["金额", true, 81400],
        ["2020年实际执行数", false, 66298],
        ["2021年实际执行数", false, 79455],
      ],
    ]);
    const money = checkSheet(p).filter((f) => MONEY.includes(f.code));
    expect(money).toEqual([expect.objectContaining({ code: "cost-table-total", severity: "error", row: 9, column: "D", expected: 662.88, actual: 662.98, from: ["D6", "D7", "D8"] })]);
  });

  it("reports a planted wrong cost line as an error on the 合计 it no longer adds up to (04)", () => {
    const planted = editRow(text("04-hubei-ezhou"), 7, (c) => c.map((x, k) => (k === 1 ? "98" : x)));
    const money = checkSheet(parse(planted)).filter((f) => f.code === "cost-table-total");
    expect(money.map((f) => [`${f.column}${f.row}`, f.expected, f.actual])).toEqual([
      ["B9", 813, 814],
      ["D9", 662.88, 662.98],
    ]);
  });

  const costForm = (costLine: string) =>
    [
      "项目支出绩效目标表\t\t",
      "项目名称\t测试项目\t",
      "年度资金总额\t100\t",
      "其中：财政拨款\t100\t",
      "其他资金\t0\t",
      "成本测算明细\t金额\t测算依据",
      "劳务费\t60\t按 3 人计",
      costLine,
      "合计\t100\t",
      "年度目标\t完成任务\t",
      "一级指标\t二级指标\t三级指标",
      "产出指标\t数量指标\t完成数 ≥5个",
    ].join("\n");

  it("keeps a form's money block as its amounts beside a cost table, whose 其他 line is no 其他资金", () => {
    const p = parse(costForm("其他\t40\t"));
    expect(p.projects[0].amounts).toEqual({ total: 100, fiscal: 100, specialAccount: 0, other: 0 });
    expect(p.money).toHaveLength(1);
    expect(p.findings.map((f) => f.code)).not.toContain("money-block-unread");
    expect(p.costTables?.[0].columns.map((c) => c.lines.map((x) => x.cents))).toEqual([[6000, 4000]]);
    expect(checkSheet(p).filter((f) => MONEY.includes(f.code))).toEqual([]);
  });

  it("says a cost line it cannot read instead of reconciling that column", () => {
    const p = parse(costForm("其他\t详见附件\t"));
    expect(p.findings.filter((f) => f.code === "money-cell-unsure").map((f) => `${f.column}${f.row}`)).toEqual(["B8"]);
    expect(p.costTables?.[0].columns[0].total).toBeNull();
    expect(checkSheet(p).filter((f) => MONEY.includes(f.code))).toEqual([]);
  });

  it("reads the 一级 names of a block whose levels sit one column right, under a heading (14: 实施效果指标 | 产出指标)", () => {
    const p = parse(text("14-tianjin-baodi"));
    expect(p.indicators.map((i) => `${i.column}${i.row} ${i.category} ${i.level1?.code}-${i.level1?.name} ${i.level2?.name ?? "—"}`)).toEqual([
      "D8 output 1-产出指标 —",
      "D9 output 1-产出指标 —",
      "D10 output 1-产出指标 —",
      "D11 benefit 2-效益指标 —",
    ]);
    expect(p.findings.map((f) => `${f.code}@${f.column}${f.row}`)).toEqual(["level-in-next-column@C8", "level-in-next-column@C11"]);
  });

  it("reads targets written one column per region as one indicator per region, named with its region (15)", () => {
    const p = parse(text("15-fujian-longyan"));
    const regions = ["新罗区", "永定区", "上杭县", "武平县", "长汀县", "连城县", "漳平市"];
    expect(p.indicators.map((i) => i.region)).toEqual([...regions, ...regions]);
    expect(p.indicators.slice(0, 7).map((i) => `${i.name} ${i.annualTarget?.raw}`)).toEqual(regions.map((g, k) => `宗教管理经费补助县(市、区)数量（${g}） ${"2312222"[k]}`));
    expect(p.indicators.slice(7).every((i) => i.name.startsWith("项目资金使用合规性（") && i.annualTarget?.operator === ">=" && i.annualTarget.value === 95)).toBe(true);
    expect(p.indicators.every((i) => i.level1?.name === "产出指标" && i.row >= 11)).toBe(true);
    expect(p.findings.filter((f) => f.code.startsWith("targets-")).map((f) => `${f.code} ${f.column}${f.row} ${f.params?.label}`)).toEqual(["targets-by-region F9 区域目标值"]);
  });

  it("says that targets under a heading with no column it can read were not read, rather than leaving them blank in silence (15 changed)", () => {
    // The region names lost: nothing says whose target each column is.
    const p = parse(editRow(text("15-fujian-longyan"), 10, (c) => c.map(() => "")));
    expect(p.indicators.map((i) => [i.region, i.annualTarget])).toEqual([[undefined, null], [undefined, null]]);
    expect(p.findings.filter((f) => f.code.startsWith("targets-")).map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(["targets-unread F9"]);
  });

  it("takes a lone total with its unit in the label as the project's amount, with nothing to reconcile (14)", () => {
    const p = parse(text("14-tianjin-baodi"));
    expect([p.moneyUnit, p.projects[0].amounts?.total, p.money]).toEqual(["万元", 2350, []]);
  });

  it("reads several forms on one sheet, each a project with its own indicators and money", () => {
    const both = `${text("07-hunan-nanyue").trimEnd()}\n${text("03-hubei-wuhan-qingshan")}`;
    const p = parse(both);
    expect(p.layout).toBe("E");
    expect(p.projects.map((x) => [x.name, x.indicatorCount, x.amounts?.total])).toEqual([
      ["2018年市级专项扶贫资金基础设施(人大代表扶贫基地)", 16, 10],
      ["教育系统基础设施建设和设备购置", 7, 10000],
    ]);
    expect(p.projects[1].range).toBe("A29:G47");
    expect(errors(both)).toEqual([]);
  });

  it("reads =0起 on a 安全事故 row as a count of incidents with its comparator, not as a qualitative value", () => {
    const rows = [["项目支出绩效目标表"], ["项目名称", "某项目"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "安全事故发生数", "=0起"], ["", "", "较大安全事故", "＝0起"], ["", "质量指标", "一般安全事故", "≤0起"]];
    const p = parse(rows.map((r) => r.join("\t")).join("\n"));
    expect(p.indicators.map((i) => [i.name, i.annualTarget?.operator, i.annualTarget?.value, i.annualTarget?.unit, i.annualTarget?.qualitative])).toEqual([
      ["安全事故发生数", "=", 0, "起", false],
      ["较大安全事故", "=", 0, "起", false],
      ["一般安全事故", "<=", 0, "起", false],
    ]);
    expect(checkSheet(p).filter((f) => f.code === "qualitative-quantity")).toEqual([]);
  });

  it("leaves the columnar layout D as it was: a 项目名称 header beside 预算数 is a column name, not a label", () => {
    for (const f of ["d-columnar", "d-sichuan-money", "d-traditional-points"]) {
      expect(detectLayout(gridFromTsv(f, fs.readFileSync(path.join(DIR, `${f}.tsv`), "utf8")))?.layout).toBe("D");
    }
  });
});

describe("a sheet that looks like a performance table but fits no layout", () => {
  // test/research/10-fujian-ningde-traditional.tsv (a self-evaluation, 0477ly.com/newsdetail/news661681.html), inline.
  const FUJIAN = `項目年度績效目標(定量目標)					
評價內容		績效內容	績效目標值	實際完成值	累計完成率
產出目標	數量目標	當年獲得寧德市級以上確認的人才驛站數量	>=2個	0個	0%
		當年人才驛站組織活動數量	>=28次	40次	143%
		每年人才驛站服務人次	>=500人	1700人	340%
	質量目標	各類人才對我市人才政策的知曉率	>=95%	98%	103%
		人才驛站補助資金到位率	>=100%	100%	100%
`;
  it("names the header words found and missing (Fujian, Traditional, 評價內容/績效內容)", () => {
    const r = parseSheet(gridFromTsv("10-fujian", FUJIAN));
    expect(r).toMatchObject({ ok: false, code: "not-a-target-table", headerWords: { found: ["绩效目标"], missing: ["项目名称", "绩效指标", "一级指标", "二级指标", "三级指标", "指标值"] } });
    if (r.ok || r.code !== "not-a-target-table") throw new Error("expected not-a-target-table");
    expect(sheetErrorMessage(r.code, r.sheet, "zh-CN", r.headerWords)).toContain("找到的表头词：绩效目标；缺少：项目名称、");
    expect(sheetErrorMessage(r.code, r.sheet, "en", r.headerWords)).toContain("Header words found: 绩效目标; missing: 项目名称, ");
  });
  it("says nothing more for a sheet that does not look like one", () => {
    const r = parseSheet(gridFromTsv("x", "a\tb\n1\t2\n"));
    expect(r).toEqual({ ok: false, code: "not-a-target-table", sheet: "x" });
  });
});
