/**
 * Layout E (issue 14): indicator rows shifted left where merged cells were lost in a copy from a web page are read
 * as if they were in place (the rule of src/core/sheet/realign.ts, shared with layouts D and S), each with an info
 * `realigned-row`, and their indicators and findings name the cells where they really are.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { checkSheet, gridFromTsv, SheetParse } from "../../../src/core";
import { editRow, mustParse } from "../../support/seeds";

const DIR = path.join(__dirname, "..", "..", "variants");
const text = (f: string) => fs.readFileSync(path.join(DIR, `${f}.tsv`), "utf8");
const parse = (tsv: string) => mustParse(gridFromTsv("s", tsv));
const tsv = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");
const realigned = (p: SheetParse) => p.findings.filter((f) => f.code === "realigned-row").map((f) => f.row);
/** What a person reads off an indicator, without where it sits. */
const reading = (p: SheetParse) =>
  p.indicators.map((i) => [i.level1?.code, i.level1?.name, i.level2?.code, i.level2?.name, i.name, i.category, i.cost, i.annualTarget, i.periodTarget]);
/** The findings that are not about how the sheet was read, without their cells. */
const verdicts = (p: SheetParse) =>
  checkSheet(p)
    .filter((f) => f.severity !== "info")
    .map((f) => [f.code, f.severity, f.row, f.params]);

const FORM = [["项目支出绩效目标表"], ["项目名称", "某项目"], ["一级指标", "二级指标", "三级指标", "指标值"]];

describe("layout E: left-shifted indicator rows", () => {
  it("reads a row shifted left by a lost merge as if it were not shifted", () => {
    const inPlace = parse(tsv([...FORM, ["产出指标", "质量指标", "验收合格率", "100%"], ["", "数量指标", "完成项目数", "≥5个"]]));
    const lost = parse(tsv([...FORM, ["产出指标", "质量指标", "验收合格率", "100%"], ["数量指标", "完成项目数", "≥5个", ""]]));
    expect(reading(lost)).toEqual(reading(inPlace));
    expect(lost.indicators[1]).toMatchObject({
      row: 5,
      column: "B",
      name: "完成项目数",
      level1: { code: "1", name: "产出指标" },
      level2: { code: "11", name: "数量指标" },
      annualTarget: { operator: ">=", value: 5, unit: "个", qualitative: false },
    });
    expect(lost.findings.filter((f) => f.code === "realigned-row")).toEqual([expect.objectContaining({ row: 5, severity: "info", params: { name: "完成项目数" } })]);
    expect(realigned(inPlace)).toEqual([]);
  });

  it("reads a row shifted two columns (its 一级 and 二级 both merged from above) with both carried down", () => {
    const p = parse(tsv([...FORM, ["产出指标", "数量指标", "培训人次", "≥100人次"], ["完成项目数", "≥5个", "", ""]]));
    expect(p.indicators[1]).toMatchObject({ row: 5, column: "A", name: "完成项目数", level1: { name: "产出指标" }, level2: { name: "数量指标" }, annualTarget: { operator: ">=", value: 5, unit: "个" } });
    expect(realigned(p)).toEqual([5]);
  });

  it("reads the Nanyue form as published like its grid with the blanks put back, with no false error", () => {
    const shifted = parse(text("e-07-hunan-nanyue-left-shifted"));
    const grid = parse(text("e-07-hunan-nanyue"));
    expect(shifted.layout).toBe("E");
    expect(reading(shifted)).toEqual(reading(grid));
    expect(reading(shifted)).toHaveLength(16);
    // Each indicator said where its 三级 really is: C on the block's first row (its 绩效指标 cell lost), B where a 二级
    // opens the row, A where only the 三级 and its value are left.
    expect(shifted.indicators.map((i) => `${i.column}${i.row}`)).toEqual(["C10", "A11", "A12", "B13", "B14", "B15", "A16", "A17", "C18", "A19", "B20", "A21", "C22", "A23", "A24", "A25"]);
    expect(realigned(shifted)).toEqual([5, 6, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    // Its money block and goal too (the 其中 lines in A, the goal's text in A8).
    expect(shifted.projects[0].amounts).toEqual(grid.projects[0].amounts);
    expect(shifted.projects[0].goals).toEqual(grid.projects[0].goals);
    expect(checkSheet(shifted).filter((f) => f.severity === "error")).toEqual([]);
    expect(verdicts(shifted)).toEqual(verdicts(grid));
  });

  it("takes 成本指标 opening a shifted row as the 二级 under 产出, and as the 一级 when a 二级 follows it", () => {
    const nanyue = parse(text("e-07-hunan-nanyue-left-shifted")).indicators.find((i) => i.name === "流转土地补助标准");
    expect(nanyue).toMatchObject({ level1: { code: "1" }, level2: { code: "14", name: "成本指标" }, annualTarget: { operator: "<=", value: 475, unit: "元/亩" } });
    const p = parse(tsv([...FORM, ["产出指标", "数量指标", "培训人次", "≥100人次"], ["成本指标", "经济成本指标", "人均培训成本", "≤300元"]]));
    expect(p.indicators[1]).toMatchObject({ column: "C", level1: { code: "4", name: "成本指标" }, level2: { name: "经济成本指标" } });
  });

  it("reads the Nanyue form alike whichever of its rows lost whichever of their leading cells", () => {
    const grid = text("e-07-hunan-nanyue");
    const expected = reading(parse(grid));
    const lines = grid.split("\n");
    const lead = lines.map((l) => l.split("\t").findIndex((c) => c !== ""));
    const rows = Array.from({ length: 16 }, (_, k) => k + 10);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...rows), fc.nat()), { maxLength: 16 }), (cuts) => {
        let t = grid;
        const lost = new Map<number, number>();
        for (const [r, n] of cuts) lost.set(r, (n % lead[r - 1]) + 1);
        for (const [r, by] of lost) t = editRow(t, r, (c) => [...c.slice(by), ...new Array<string>(by).fill("")]);
        const p = parse(t);
        expect(reading(p)).toEqual(expected);
        expect(realigned(p)).toEqual([...lost.keys()].sort((a, b) => a - b));
        expect(checkSheet(p).filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("leaves the research forms whose rows are in place as they were (no realigned-row)", () => {
    const inPlace = fs.readdirSync(DIR).filter((f) => /^e-.*\.tsv$/.test(f) && !f.includes("left-shifted"));
    expect(inPlace.length).toBeGreaterThanOrEqual(7);
    for (const f of inPlace) expect([f, realigned(parse(text(f.replace(/\.tsv$/, ""))))]).toEqual([f, []]);
  });

  it("does not move an in-place row whose level names the framework does not know", () => {
    // Shifted two columns the row would still fit its header; its 指标值 is where the header says, so it stays.
    const p = parse(tsv([...FORM.slice(0, 2), ["一级指标", "二级指标", "三级指标", "指标值", "分值", "备注", "指标解释"], ["建设指标", "工程质量", "验收合格率", "100%", "10", "", ""]]));
    expect(realigned(p)).toEqual([]);
    expect(p.indicators[0]).toMatchObject({ column: "C", name: "验收合格率", annualTarget: { value: 100, unit: "%" } });
  });

  it("ends the block at a section row after it (其他说明 | 无) instead of reading it as a shifted indicator", () => {
    const rows = [...FORM.slice(0, 2), ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"], ["", "产出指标", "数量指标", "培训人次", "≥100人次", ""], ["完成项目数", "≥5个", "", "", "", ""], ["其他说明", "无", "", "", "", ""]];
    const p = parse(tsv(rows));
    expect(p.indicators.map((i) => i.name)).toEqual(["培训人次", "完成项目数"]);
    expect(realigned(p)).toEqual([5]);
  });
});

describe("layout E: left-shifted money and goal rows", () => {
  const HEAD = [["项目支出绩效目标表"], ["项目名称", "某项目"]];
  const IND = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "≥100人次"]];
  const money = (p: SheetParse) => p.money?.map((m) => Object.entries(m.cells).map(([k, c]) => `${k} ${c.cents / 100}@${c.col}:${c.row}`));
  const codes = (p: SheetParse) => p.findings.map((f) => `${f.code}@${f.column ?? ""}${f.row}`);

  it("reads a money block whose label merge was lost as the block in place, each line where its value is", () => {
    const inPlace = parse(tsv([...HEAD, ["资金情况(万元)", "年度资金总额:", "25"], ["", "其中:财政拨款", "20"], ["", "其他资金", "5"], ...IND]));
    const lost = parse(tsv([...HEAD, ["资金情况(万元)", "年度资金总额:", "25"], ["其中:财政拨款", "20", ""], ["其他资金", "5", ""], ...IND]));
    expect(lost.projects[0].amounts).toEqual(inPlace.projects[0].amounts);
    expect(lost.projects[0].amounts).toEqual({ total: 25, fiscal: 20, specialAccount: 0, other: 5 });
    expect(money(lost)).toEqual([["total 25@2:3", "fiscal 20@1:4", "other 5@1:5"]]);
    expect(realigned(lost)).toEqual([4, 5]);
    expect(realigned(inPlace)).toEqual([]);
  });

  it("finds a shifted block's sum wrong where its cells really are", () => {
    const p = parse(tsv([...HEAD, ["资金情况(万元)", "年度资金总额:", "25"], ["其中:财政拨款", "20", ""], ["其他资金", "4", ""], ...IND]));
    const sums = checkSheet(p).filter((f) => f.code === "row-sum");
    expect(sums).toEqual([expect.objectContaining({ severity: "error", row: 3, column: "C", expected: 24, actual: 25, from: ["B4", "B5"] })]);
  });

  it("says that 其中 lines with no total above them were not read, rather than leaving the form looking checked", () => {
    const p = parse(tsv([...HEAD, ["资金情况(万元)", "", ""], ["其中:财政拨款", "20", ""], ["其他资金", "5", ""], ...IND]));
    expect(p.projects[0].amounts).toBeNull();
    expect(p.findings.filter((f) => f.code === "money-block-unread")).toEqual([
      expect.objectContaining({ severity: "info", row: 4, column: "A", params: { label: "其中:财政拨款" } }),
    ]);
  });

  it("does not join to a total the 其中 lines that are not right below it or whose values sit elsewhere", () => {
    const gap = parse(tsv([...HEAD, ["资金情况(万元)", "年度资金总额:", "25"], ["", "", ""], ["其中:财政拨款", "20", ""], ...IND]));
    expect(codes(gap)).toContain("money-block-unread@A5");
    expect(gap.projects[0].amounts).toBeNull();
    const offset = parse(tsv([...HEAD, ["资金情况(万元)", "年度资金总额:", "25"], ["其中:财政拨款", "", "20"], ...IND]));
    expect(codes(offset)).toContain("money-block-unread@A4");
    expect(realigned(offset)).toEqual([]);
  });

  it("reads a goal whose text slid out from under its header, and not when two goal headers share the row", () => {
    const one = parse(tsv([...HEAD, ["总体目标", "年度目标", "年度总体目标完成情况"], ["完成培训100人次", "", ""], ...IND]));
    expect(one.projects[0].goals).toEqual({ period: null, annual: "完成培训100人次" });
    expect(realigned(one)).toEqual([4]);
    const two = parse(tsv([...HEAD, ["总体目标", "中长期目标", "年度目标"], ["完成培训100人次", "", ""], ...IND]));
    expect(two.projects[0].goals).toEqual({ period: null, annual: null });
    expect(realigned(two)).toEqual([]);
  });
});
