/** The self-evaluation checks (S1–S11) on hand-built 绩效自评表 parse results: each fires where it should and only there. */
import { approvedTargetChecks, checkSheet, DEFAULT_RULES, RULES_INVERSE_NEGATIVE, selfEvaluationChecks, type Finding, type FindingCode, type RuleSet } from "../../../src/core";
import { findingMessage } from "../../../src/i18n";
import { namedGrade } from "../../../src/core/selfeval/total-checks";
import { selfEvalSheet, type BudgetSpec, type RowSpec, type SheetSpec } from "../../support/selfeval";

/**
 * A clean project: 90 of 90 万元 budgeted, 89.974 spent (99.97%, 10.00 of 10 points), five indicators worth 90 points
 * scored as the platform's formulas give, a 总分 of 94.45 and the conclusion 优.
 */
const ROWS: RowSpec[] = [
  { name: "新建污水管网长度", target: "≥5公里", done: "5公里", max: 20, score: 20 },
  { name: "工程验收合格率", target: "≥95%", done: "90%", max: 20, score: 18.95, reason: "部分工程返工" },
  { name: "群众投诉率", target: "≤2%", done: "2.5%", max: 10, score: 7.5, reason: "宣传不到位" },
  { name: "人居环境", target: "有效改善", done: "达成年度指标", max: 20, score: 18, reason: "个别村整治未验收", category: "benefit" },
  { name: "群众满意度", target: "≥90%", done: "95%", max: 20, score: 20, category: "satisfaction" },
];
const BUDGET: BudgetSpec = {
  total: { initial: 90, adjusted: 90, executed: 89.974, share: 10, rate: "99.97%", score: 10 },
  parts: [{ label: "其中：本年财政拨款", initial: 90, adjusted: 90, executed: 89.974 }],
};
const BASE: SheetSpec = { budget: BUDGET, rows: ROWS, total: { max: 100, score: 94.45 }, conclusion: "优" };

/** The base sheet with some rows or pieces changed. */
function sheet(change: Partial<SheetSpec> = {}, rows: Record<number, Partial<RowSpec>> = {}) {
  return selfEvalSheet({ ...BASE, ...change, rows: (change.rows ?? ROWS).map((r, k) => ({ ...r, ...rows[k] })) });
}
const budget = (total: BudgetSpec["total"], more: Partial<BudgetSpec> = {}): BudgetSpec => ({ ...BUDGET, ...more, total: { ...BUDGET.total, ...total } });

const run = (s: ReturnType<typeof sheet>, rules: RuleSet = DEFAULT_RULES) => selfEvaluationChecks(s, rules);
const only = (list: Finding[], code: FindingCode) => list.filter((f) => f.code === code);
const codes = (list: Finding[]) => list.map((f) => f.code).sort();

it("finds nothing on a self-evaluation whose scores, amounts and grade all agree", () => {
  expect(run(sheet())).toEqual([]);
});

describe("S1 and blanks", () => {
  it("marks a 得分 above its 分值 on the score cell, and says nothing more about that row", () => {
    const s = sheet({ total: { score: 95.45 } }, { 0: { score: 21 } });
    const f = run(s);
    expect(codes(f)).toEqual(["score-over-max"]);
    expect(f[0]).toMatchObject({ severity: "error", row: s.rowOf(0), column: "H", expected: 20, actual: 21, difference: 1, from: [`G${s.rowOf(0)}`] });
    expect(findingMessage(f[0])).toBe("指标“新建污水管网长度”得分 21.00 超过分值 20.00。");
  });

  it("warns about a row with a 分值 but a blank 得分 (the Sichuan 2023 fault)", () => {
    const s = sheet({ total: { score: 74.45 } }, { 0: { score: "" } });
    const f = only(run(s), "score-blank");
    expect(f).toEqual([expect.objectContaining({ row: s.rowOf(0), column: "H", expected: 20, severity: "warning" })]);
    expect(findingMessage(f[0])).toBe("“新建污水管网长度”分值 20.00，得分未填写。");
  });

  it("warns about a blank 总分 and a blank 预算执行得分, and not about a row without a 分值", () => {
    const s = sheet({ total: { max: 100, score: null }, budget: budget({ score: "" }) }, { 0: { max: null, score: null } });
    const f = only(run(s), "score-blank");
    expect(f.map((x) => [x.row, x.column, x.params?.name])).toEqual([
      [4, "G", "年度资金总额"],
      [s.rowOf(5), "H", "总分"],
    ]);
  });
});

describe("S2: the 分值 and the 总分 add up", () => {
  it("errs when the 分值 with the budget share do not make 100, on the total row's 分值", () => {
    const s = sheet({ total: { score: 89.45 } }, { 0: { max: 15, score: 15 } });
    const f = only(run(s), "max-scores-not-100");
    expect(f).toEqual([expect.objectContaining({ severity: "error", row: s.rowOf(5), column: "G", expected: 100, actual: 95, difference: -5 })]);
    expect(f[0].from).toContain("A3");
    expect(findingMessage(f[0])).toBe("各项分值合计 95.00（指标 85.00 + 预算执行 10.00），与合计行的分值 100.00 不符。");
  });

  it("puts it on the last indicator's 分值 when there is no total row", () => {
    const s = sheet({ total: null }, { 0: { max: 15, score: 15 } });
    expect(only(run(s), "max-scores-not-100")).toEqual([expect.objectContaining({ row: s.rowOf(4), column: "G", expected: 100, actual: 95 })]);
  });

  it("takes a total row that totals the indicator block alone (90 beside 预算执行情况(10分)) as it is", () => {
    const s = sheet({ total: { max: 90, score: 84.45 } });
    expect(run(s)).toEqual([]);
  });

  it("errs when the stated 总分 is not the sum of the scores, naming the cells summed", () => {
    const s = sheet({ total: { score: 95 } });
    const f = run(s);
    expect(codes(f)).toEqual(["total-score-mismatch"]);
    expect(f[0]).toMatchObject({ row: s.rowOf(5), column: "H", expected: 94.45, actual: 95, difference: 0.55 });
    expect(f[0].from).toEqual([...ROWS.map((_r, k) => `H${s.rowOf(k)}`), "G4"]);
    expect(findingMessage(f[0])).toBe("总分 95.00 与 6 项得分之和 94.45 不符（相差 0.55）。");
  });

  it("accepts a 总分 written with fewer decimals as the sum rounded (94.5, 94)", () => {
    expect(run(sheet({ total: { score: 94.5 } }))).toEqual([]);
    expect(run(sheet({ total: { score: 94 } }))).toEqual([]);
    expect(codes(run(sheet({ total: { score: 94.4 } })))).toEqual(["total-score-mismatch"]);
  });

  it("errs when a 一级's points (产出指标(50分)) are not the 分值 of its rows", () => {
    const levels = [
      { name: "产出指标", points: 50, at: 0 },
      { name: "效益指标", points: 20, at: 3 },
      { name: "满意度指标", points: 20, at: 4 },
    ];
    expect(run(sheet({ levels }))).toEqual([]);
    const s = sheet({ levels: [{ ...levels[0], points: 60 }, ...levels.slice(1)] });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "level-points-mismatch", row: s.rowOf(0), column: "B", expected: 60, actual: 50 })]);
    expect(findingMessage(f[0])).toBe("一级指标“产出指标”标明 60 分，其下各指标分值合计 50.00。");
  });
});

describe("S3: the money block", () => {
  it("errs when the stated 执行率 is not 执行数/预算数", () => {
    const f = run(sheet({ budget: budget({ rate: "90%" }) }));
    expect(f).toEqual([expect.objectContaining({ code: "execution-rate", severity: "error", row: 4, column: "F", expected: 99.97, actual: 90, from: ["D4", "C4"] })]);
    expect(findingMessage(f[0])).toBe("预算执行率 90% 与 执行数/预算数 = 89.974/90.00 = 99.97% 不符。");
  });

  it.each(["99.97%", "99.97", "0.9997", "100%", "99.971%"])("reads a stated 执行率 of %s as 99.97%", (rate) => {
    expect(run(sheet({ budget: budget({ rate }) }))).toEqual([]);
  });

  it("takes the 年初预算数 when there is no 全年/调整后 预算数", () => {
    const b = budget({ initial: 100, adjusted: null, executed: 80, rate: "80%", score: 8 }, { parts: [], reason: "工程延期" });
    expect(run(sheet({ budget: b, total: { score: 92.45 } }))).toEqual([]);
  });

  it("errs when the 预算执行得分 is not 执行率 × the block's share", () => {
    const f = run(sheet({ budget: budget({ score: 9 }), total: { score: 93.45 } }));
    expect(f).toEqual([expect.objectContaining({ code: "budget-score", row: 4, column: "G", expected: 10, actual: 9 })]);
    expect(findingMessage(f[0])).toBe("预算执行得分应为 执行率×分值 = 99.97%×10.00 = 10.00，表内 9.00。");
  });

  it("caps the 预算执行得分 at the share when more was spent than budgeted", () => {
    const b = budget({ executed: 95, rate: "105.56%", score: 10.56 }, { parts: [] });
    const f = run(sheet({ budget: b, total: { score: 95.01 } }));
    expect(f).toEqual([expect.objectContaining({ code: "budget-score", expected: 10, actual: 10.56 })]);
    expect(findingMessage(f[0])).toContain("min(执行率,100%)×分值 = 100.00%×10.00 = 10.00");
  });

  it("uses the rule set's budgetShare when the block names none (Hubei's 20)", () => {
    const rules: RuleSet = { ...DEFAULT_RULES, selfEvaluation: { ...DEFAULT_RULES.selfEvaluation!, budgetShare: 20 } };
    const b = budget({ score: 20, share: undefined }, { share: null });
    const f = run(sheet({ budget: b, total: { max: 110, score: 104.45 } }), rules);
    expect(f).toEqual([]);
  });

  it("errs when the 年度资金总额 line is not the sum of its parts: the Anhui fault, total 0 while its parts read 90 / 89.974", () => {
    const b = budget({ initial: 0, adjusted: 0, executed: 0, rate: 0, score: 0 }, { parts: [{ label: "其中：本年财政拨款", initial: 90, adjusted: 90, executed: 89.974 }, { label: "上年结转资金", initial: 0, adjusted: 0, executed: 0 }] });
    const f = run(sheet({ budget: b, total: { score: 84.45 }, conclusion: "良" }));
    expect(codes(f)).toEqual(["budget-parts", "budget-parts", "budget-parts", "budget-score", "execution-rate"]);
    expect(only(f, "budget-parts").map((x) => [x.column, x.expected, x.actual])).toEqual([
      ["B", 90, 0],
      ["C", 90, 0],
      ["D", 89.97, 0],
    ]);
    expect(only(f, "budget-parts")[2].from).toEqual(["D5", "D6"]);
    // The rate and score the parts give: what the table should have shown.
    expect(only(f, "execution-rate")[0]).toMatchObject({ expected: 99.97, actual: 0, from: ["D5", "D6", "C5", "C6"] });
    expect(only(f, "budget-score")[0]).toMatchObject({ expected: 10, actual: 0 });
    expect(findingMessage(only(f, "budget-parts")[2])).toBe("“年度资金总额”的全年执行数为 0.00（万元），与其中各项之和 89.974 不符（相差 -89.97）。");
  });

  it("lets each part's rounding through, as the money reconciliation does", () => {
    const b = budget({ executed: 89.97, rate: "99.97%" }, { parts: [{ label: "其中：本年财政拨款", initial: 45, adjusted: 45, executed: 45.001 }, { label: "其他资金", initial: 45, adjusted: 45, executed: 44.973 }] });
    expect(run(sheet({ budget: b }))).toEqual([]);
  });

  it("warns when the 执行率 is below 90% and the block gives no reason", () => {
    const low = budget({ executed: 72, rate: "80%", score: 8 }, { parts: [] });
    const f = run(sheet({ budget: low, total: { score: 92.45 } }));
    expect(f).toEqual([expect.objectContaining({ code: "low-execution-without-reason", severity: "warning", row: 4, column: "F", actual: 80, expected: 90 })]);
    expect(findingMessage(f[0])).toBe("预算执行率 80.00% 低于 90%，未说明原因。");
  });

  it("is content with a reason in the block's 原因 cell, or — when the block has no such column — in 存在问题", () => {
    const low = budget({ executed: 72, rate: "80%", score: 8 }, { parts: [] });
    expect(run(sheet({ budget: { ...low, reason: "部分工程款未到结算期" }, total: { score: 92.45 } }))).toEqual([]);
    expect(run(sheet({ budget: low, problems: "工程款未到结算期，执行率偏低", total: { score: 92.45 } }))).toEqual([]);
    expect(codes(run(sheet({ budget: { ...low, reason: "  " }, problems: "另有说明", total: { score: 92.45 } })))).toEqual(["low-execution-without-reason"]);
  });
});

describe("S4: a quantitative row's score against the rule set's formula", () => {
  it("warns when a 正向 row's score is not B/A × W, showing the arithmetic", () => {
    const s = sheet({ total: { score: 95.5 } }, { 1: { score: 20 } });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "score-formula", severity: "warning", row: s.rowOf(1), column: "H", expected: 18.95, actual: 20, difference: 1.05 })]);
    expect(f[0].params).toMatchObject({ formula: "ratio", A: "95", B: "90", W: "20" });
    expect(f[0].from).toEqual([`E${s.rowOf(1)}`, `F${s.rowOf(1)}`, `G${s.rowOf(1)}`]);
    expect(findingMessage(f[0])).toBe("指标“工程验收合格率”得分应为 B/A×W = 90/95×20 = 18.95，表内 20.00。");
    expect(findingMessage(f[0], "en")).toContain("B/A×W = 90/95×20 = 18.95");
  });

  it("warns when a 反向 row's score is not (1 − (B−A)/A) × W", () => {
    const s = sheet({ total: { score: 94.95 } }, { 2: { score: 8 } });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "score-formula", row: s.rowOf(2), expected: 7.5, actual: 8 })]);
    expect(findingMessage(f[0])).toBe("指标“群众投诉率”得分应为 (1−(B−A)/A)×W = (1−(2.5−2)/2)×10 = 7.50，表内 8.00。");
  });

  it("scores 反向 as A/B × W under the rule set that says so (RULES_INVERSE_NEGATIVE)", () => {
    const platform = sheet();
    const f = run(platform, RULES_INVERSE_NEGATIVE);
    expect(f).toEqual([expect.objectContaining({ code: "score-formula", expected: 8, actual: 7.5 })]);
    expect(findingMessage(f[0])).toContain("A/B×W = 2/2.5×10 = 8.00");
    expect(run(sheet({ total: { score: 94.95 } }, { 2: { score: 8 } }), RULES_INVERSE_NEGATIVE)).toEqual([]);
  });

  it("says why a full or a zero score is due", () => {
    const full = run(sheet({ total: { score: 93.45 } }, { 0: { score: 19, reason: "验收扣分" } }));
    expect(findingMessage(full[0])).toBe("指标“新建污水管网长度”得分应为 B ≥ A（5 ≥ 5），得满分 20.00，表内 19.00。");
    const zero = run(sheet({ total: { score: 89.45 } }, { 2: { done: "4%", score: 2.5 } }));
    expect(findingMessage(zero[0])).toBe("指标“群众投诉率”得分应为 B ≥ 2A（4 ≥ 2×2），得 0 分，表内 2.50。");
  });

  it("lets a score within the rule set's tolerance (0.01) through", () => {
    expect(run(sheet({ total: { score: 94.46 } }, { 1: { score: 18.96 } }))).toEqual([]);
  });

  it("does not score a row whose 完成值 is in another measure than its target (公里 against 米)", () => {
    expect(run(sheet({ total: { score: 93.45 } }, { 0: { done: "5000米", score: 19, reason: "按米计" } }))).toEqual([]);
  });
});

describe("S5: a qualitative row's score within its band", () => {
  it("warns when an achieved row scores below 80% of its 分值", () => {
    const s = sheet({ total: { score: 91.45 } }, { 3: { score: 15, reason: "部分村未覆盖" } });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "qualitative-band", row: s.rowOf(3), column: "H", expected: 16, actual: 15 })]);
    expect(findingMessage(f[0])).toBe("定性指标“人居环境”完成情况为“达成年度指标”（达成年度指标），得分应在分值的 80%–100% 即 16.00–20.00 分之间，表内 15.00。");
  });

  it("accepts the same score for a partly achieved row (60–80%)", () => {
    expect(run(sheet({ total: { score: 91.45 } }, { 3: { done: "部分达成年度指标并具有一定效果", score: 15, reason: "部分村未覆盖" } }))).toEqual([]);
  });
});

describe("S6–S7", () => {
  it("warns about points taken off without a 偏差原因", () => {
    const s = sheet({}, { 1: { reason: null } });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "deduction-without-reason", severity: "warning", row: s.rowOf(1), column: "H", expected: 20, actual: 18.95 })]);
    expect(findingMessage(f[0])).toBe("指标“工程验收合格率”得分 18.95 低于分值 20.00，未填写偏差原因分析及改进措施。");
  });

  it("notes a ≥ target reached 1.2 times over, and not a ≤ one or one reached less", () => {
    const s = sheet({}, { 0: { done: "6.5公里" } });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "over-achievement", severity: "info", row: s.rowOf(0), column: "F", actual: 1.3 })]);
    expect(findingMessage(f[0])).toBe("指标“新建污水管网长度”实际完成值 6.5公里 是年度指标值 ≥5公里 的 1.30 倍（≥ 1.2 倍），年度目标可能定得偏低。");
    expect(run(sheet({}, { 0: { done: "5.9公里" } }))).toEqual([]);
    expect(run(sheet({}, { 2: { target: "≤2%", done: "1%", score: 10, reason: null }, 1: {} }), DEFAULT_RULES).filter((x) => x.code === "over-achievement")).toEqual([]);
  });
});

describe("S9: the grade the 总分 gives", () => {
  it("warns when the 评价结论 names a grade the 总分 does not give", () => {
    const s = sheet({ conclusion: "良" });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "grade-mismatch", row: s.rowOf(5) + 1, column: "B" })]);
    expect(findingMessage(f[0])).toBe("评价结论为“良”，但总分 94.45 对应的等级是“优”。");
  });

  it("reads the grade from a sentence, and reads none from a template's options or from 其中", () => {
    expect(run(sheet({ conclusion: "经自评，该项目自评等级为优秀。" }))).toEqual([]);
    expect(namedGrade("自评结论：良好", ["优", "良", "中", "差"])).toBe("良");
    expect(namedGrade("评价为中等", ["优", "良", "中", "差"])).toBe("中");
    expect(namedGrade("优/良/中/差", ["优", "良", "中", "差"])).toBeNull();
    expect(namedGrade("其中：项目实施中存在差距", ["优", "良", "中", "差"])).toBeNull();
  });
});

describe("S11: a 完成值 of the right kind", () => {
  it("warns when a quantitative row's 完成值 is not a number", () => {
    const s = sheet({}, { 0: { done: "按计划完成" } });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "completion-not-number", row: s.rowOf(0), column: "F" })]);
    expect(findingMessage(f[0])).toBe("定量指标“新建污水管网长度”（年度指标值 ≥5公里）的实际完成值“按计划完成”不是数值，无法计算得分。");
  });

  it("warns when a qualitative row's 完成值 names no band", () => {
    const s = sheet({}, { 3: { done: "环境明显改善" } });
    const f = run(s);
    expect(f).toEqual([expect.objectContaining({ code: "completion-not-grade", row: s.rowOf(3), column: "F" })]);
    expect(findingMessage(f[0])).toBe("定性指标“人居环境”的实际完成值“环境明显改善”没有写明完成程度（达成 / 部分达成 / 未达成年度指标）。");
  });
});

describe("checkSheet", () => {
  it("adds the self-evaluation checks to a self-evaluation, and the target-table checks still apply", () => {
    const s = sheet({ rows: ROWS.slice(0, 4), total: { max: 80, score: 74.45 } }, { 0: { score: 21 } });
    const found = codes(checkSheet(s, DEFAULT_RULES));
    expect(found).toContain("score-over-max");
    expect(found).toContain("missing-core-category");
  });

  it("runs none of them on a target table, and the rule set's severities apply to them", () => {
    const s = sheet({}, { 0: { done: "6.5公里" } });
    expect(checkSheet({ ...s, kind: "target" }).some((f) => f.code === "over-achievement")).toBe(false);
    expect(checkSheet(s).some((f) => f.code === "over-achievement")).toBe(true);
    expect(checkSheet(s, { ...DEFAULT_RULES, severities: { "over-achievement": "off" } }).some((f) => f.code === "over-achievement")).toBe(false);
  });
});

describe("S10: against the approved target table", () => {
  const approvedOf = (rows: RowSpec[], project?: string) => ({ ...selfEvalSheet({ rows, project }), kind: "target" as const });

  it("finds nothing when the self-evaluation's 年度指标值 are the approved ones, names written loosely", () => {
    const approved = approvedOf(ROWS.map((r) => ({ name: r.name.replace("验收", " 验收 "), target: r.target })), "城乡环境整治项目（本级）");
    expect(approvedTargetChecks(sheet(), approved)).toEqual([]);
  });

  it("warns about a 年度指标值 that differs from the approved one, naming both cells", () => {
    const approved = approvedOf(ROWS.map((r, k) => ({ name: r.name, target: k === 1 ? "≥98%" : r.target })));
    const s = sheet();
    const f = approvedTargetChecks(s, approved);
    expect(f).toEqual([expect.objectContaining({ code: "target-differs-from-approved", severity: "warning", row: s.rowOf(1), column: "E", from: [`D${approved.rowOf(1)}`] })]);
    expect(f[0].params).toMatchObject({ approved: "≥98%", stated: "≥95%", oldCell: `D${approved.rowOf(1)}`, newCell: `E${s.rowOf(1)}` });
    expect(findingMessage(f[0])).toBe(`指标“工程验收合格率”的年度指标值“≥95%”（E${s.rowOf(1)}）与批复的绩效目标表“≥98%”（D${approved.rowOf(1)}）不一致。`);
  });

  it("warns on the project row about an approved indicator missing from the self-evaluation", () => {
    const approved = approvedOf([...ROWS.map((r) => ({ name: r.name, target: r.target })), { name: "管网维护次数", target: "≥12次" }]);
    const f = approvedTargetChecks(sheet(), approved);
    expect(f).toEqual([expect.objectContaining({ code: "approved-indicator-missing", row: 2, column: null, params: expect.objectContaining({ name: "管网维护次数", approved: "≥12次" }) })]);
    expect(findingMessage(f[0])).toBe(`项目“城乡环境整治项目”批复的绩效目标中有指标“管网维护次数”（年度指标值“≥12次”，D${approved.rowOf(5)}），自评表中没有。`);
  });

  it("takes the rule set's severities", () => {
    const approved = approvedOf(ROWS.map((r, k) => ({ name: r.name, target: k === 1 ? "≥98%" : r.target })));
    expect(approvedTargetChecks(sheet(), approved, { ...DEFAULT_RULES, severities: { "target-differs-from-approved": "info" } })[0].severity).toBe("info");
  });

  it("does not hold a row to an approved table that has no 年度 value for it", () => {
    const approved = approvedOf(ROWS.map((r, k) => ({ name: r.name, target: k === 1 ? null : r.target })));
    expect(approvedTargetChecks(sheet(), approved)).toEqual([]);
  });
});
