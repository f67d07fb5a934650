/** The seed facts the issues name, asserted one by one (the snapshots cover everything else). */
import { checkSheet, Finding } from "../../../src/core";
import { parseSeed } from "../../support/seeds";

const money = (fs: Finding[]) => fs.filter((f) => ["row-sum", "subtotal", "grand-total"].includes(f.code));
const at = (fs: Finding[], code: string, row: number) => fs.filter((f) => f.code === code && f.row === row);

describe("seed 000 (layout A, rows missing a cell)", () => {
  const p = parseSeed("000");
  it("finds 22 projects and 152 indicators", () => {
    expect(p.layout).toBe("A");
    expect(p.projects).toHaveLength(22);
    expect(p.indicators).toHaveLength(152);
    expect(p.department).toBe("广州市白云区政务服务数据管理局(部门)");
    expect(p.moneyUnit).toBe("万元");
  });
  it("realigns rows 18–27 and reads row 18 as a person would", () => {
    const row18 = p.projects.find((x) => x.row === 18)!;
    expect(row18.name).toBe("政务中心大楼物业管理费");
    expect(row18.amounts).toEqual({ total: 98.14, fiscal: 98.14, specialAccount: 0, other: 0 });
    expect(row18.indicatorCount).toBe(14);
    const cells = new Set(p.indicators.filter((i) => i.row === 18).map((i) => i.column));
    expect([...cells]).toEqual(["F"]);
    const realigned = p.findings.filter((f) => f.code === "realigned-row").map((f) => f.row);
    expect(realigned).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
  });
  it("puts every project under its unit row", () => {
    expect(p.projects.filter((x) => x.unit === "广州市白云区政务服务数据管理局")).toHaveLength(19);
    expect(p.projects.filter((x) => x.unit === "广州市白云区智慧城市运行中心").map((x) => x.row)).toEqual([34, 35, 36]);
  });
  it("raises no money finding", () => {
    expect(money(checkSheet(p))).toEqual([]);
  });
  it("flags the indicator problems the issue names", () => {
    const all = checkSheet(p);
    expect(all.find((f) => f.code === "wrong-parent" && f.row === 13 && f.item?.seq === 1)).toBeDefined();
    expect(all.find((f) => f.code === "inferred-level" && f.row === 15 && f.item?.seq === 12)).toBeDefined();
    expect(all.filter((f) => f.code === "ocr-artefact").length).toBeGreaterThan(0);
    const missing = all.filter((f) => f.code === "missing-core-category" || f.code === "missing-cost");
    expect(missing.every((f) => f.row >= 12)).toBe(true);
    // Every project lacks 成本 here: 22 missing-cost warnings.
    expect(all.filter((f) => f.code === "missing-cost")).toHaveLength(22);
  });
});

describe("seed 001 (layout A, colon separators)", () => {
  const p = parseSeed("001");
  it("finds 10 projects and 37 indicators and no money finding", () => {
    expect(p.projects).toHaveLength(10);
    expect(p.indicators).toHaveLength(37);
    expect(money(checkSheet(p))).toEqual([]);
  });
  it("counts 2-效益指标：31-服务对象满意度 under 满意度 and says the levels disagree", () => {
    const i = p.indicators.find((x) => x.row === 12 && x.seq === 3)!;
    expect(i.category).toBe("satisfaction");
    expect(at(p.findings, "wrong-parent", 12).map((f) => f.item?.seq)).toEqual([3]);
  });
});

describe("seed 002 (layout B)", () => {
  const p = parseSeed("002");
  const find = (name: string) => p.indicators.find((i) => i.name === name)!;
  it("reads 63 indicators in its indicator block, for the department", () => {
    expect(p.layout).toBe("B");
    expect(p.indicators).toHaveLength(63);
    expect(p.projects).toEqual([expect.objectContaining({ name: "广州市白云区政务服务数据管理局(部门)", amounts: null, indicatorCount: 63 })]);
  });
  it("fills levels down and realigns shifted rows by vocabulary", () => {
    expect([find("全区业务系统迁移上云情况").level1?.name, find("全区业务系统迁移上云情况").level2?.name]).toEqual(["产出指标", "数量指标"]);
    expect([find("云资源需求响应情况").level1?.name, find("云资源需求响应情况").level2?.code]).toEqual(["产出指标", "14"]);
    expect([find("服务群众满意率").level1?.name, find("服务群众满意率").level2?.name]).toEqual(["满意度指标", "服务对象满意度指标"]);
    expect(find("项目建设合理性").level2?.name).toBe("质量指标");
  });
  it("warns that the key tasks differ from the income total and notes the blank expenses", () => {
    const all = checkSheet(p);
    expect(all.filter((f) => f.severity === "error")).toEqual([]);
    const kt = all.filter((f) => f.code === "key-tasks-total");
    expect(kt).toHaveLength(1);
    expect(kt[0]).toMatchObject({ severity: "warning", expected: 15608, actual: 9897.8 });
    expect(all.filter((f) => f.code === "budget-blank").map((f) => f.params?.label)).toEqual(["基本支出", "项目支出"]);
  });
});

describe("seed 003 (layout C)", () => {
  const p = parseSeed("003");
  it("finds 32 projects and 156 indicators, restarts kept as groups", () => {
    expect(p.layout).toBe("C");
    expect(p.projects).toHaveLength(32);
    expect(p.indicators).toHaveLength(156);
    const row6 = p.indicators.filter((i) => i.row === 6).map((i) => `${i.group}.${i.seq}`);
    expect(row6).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2"]);
    expect(p.projects[0]).toMatchObject({ department: "广州市黄埔区政务服务数据管理局（部门）", unit: "广州开发区信息化办公室", amounts: null });
  });
});

describe("seed 004 (layout A, repeated headers)", () => {
  const p = parseSeed("004");
  it("finds 70 projects and 404 indicators", () => {
    expect(p.projects).toHaveLength(70);
    expect(p.indicators).toHaveLength(404);
    expect(p.indicators.filter((i) => i.seq !== null)).toHaveLength(403);
  });
  it("recovers the indicator on row 26 whose number was lost", () => {
    const rec = p.indicators.filter((i) => i.row === 26 && i.seq === null);
    expect(rec).toHaveLength(1);
    expect(rec[0]).toMatchObject({ name: "国办“政府找错”平台问题答复率", level2: { code: "31" }, category: "satisfaction" });
    expect(at(p.findings, "recovered-item", 26)).toHaveLength(1);
    expect(at(p.findings, "numbering-gap", 26)[0]).toMatchObject({ expected: 6, actual: 7 });
  });
  it("strips the <p> debris on rows 128–132 and flags the placeholders on rows 62, 99 and 118", () => {
    expect(p.findings.filter((f) => f.code === "html-debris").map((f) => f.row)).toEqual([128, 129, 130, 131, 132]);
    expect(p.findings.filter((f) => f.code === "placeholder").map((f) => f.row)).toEqual([62, 99, 118]);
  });
  it("raises exactly eight rounding warnings and no money error", () => {
    const m = money(checkSheet(p));
    expect(m.every((f) => f.severity === "warning" && Math.abs(f.difference!) === 0.01)).toBe(true);
    expect(m.map((f) => `${f.code}@${f.column}${f.row}`).sort()).toEqual(
      ["grand-total@B10", "grand-total@C10", "subtotal@B11", "subtotal@C11", "subtotal@B57", "subtotal@C57", "subtotal@B159", "subtotal@C159"].sort(),
    );
  });
});
