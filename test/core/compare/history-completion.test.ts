// 年度对比 with last year's 绩效自评表 as the old version (issue 16 item 2): a new ≥ target below last year's actual
// completion is a warning (the target is probably set too low); one at or above it, or in another unit, is not.
import * as fs from "fs";
import * as path from "path";
import { compareTables, gridFromTsv, historyFindings } from "../../../src/core";
import { findingMessage } from "../../../src/i18n";
import { mustParse } from "../../support/seeds";

const lastYear = mustParse(gridFromTsv("2022自评", fs.readFileSync(path.join(__dirname, "..", "..", "variants", "s-anhui-guichi.tsv"), "utf8")));

/** This year's target table (layout D) for the same project. */
function thisYear(targets: [string, string, string, string][]) {
  const rows = targets.map(([l1, l2, l3, v], i) => [i === 0 ? "贵池区农村人居环境整治专项" : "", l1, l2, l3, v].join("\t"));
  return mustParse(gridFromTsv("2023目标", ["贵池区项目绩效目标表（2023年度）", ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"].join("\t"), ...rows].join("\n")));
}

describe("a new target against last year's self-evaluation", () => {
  const next = thisYear([
    ["产出指标", "数量指标", "整治村庄数量", "≥12个"], // achieved 12个: not below
    ["", "", "垃圾清运量", "≥3000吨"], // achieved 2850吨: the target is above it
    ["", "时效指标", "项目完成及时率", "≥95%"], // achieved 96%: below
    ["", "成本指标", "每村整治成本", "≤7.5万元"], // a ≤ target: not a floor
    ["效益指标", "生态效益指标", "生活垃圾无害化处理率", "≥85%"], // achieved 88%: below
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90个"], // another unit: not compared
  ]);
  const found = historyFindings(compareTables(lastYear, next), undefined, { before: lastYear, after: next }).filter((f) => f.code === "target-below-last-completion");

  it("warns on each ≥ target below what was achieved, in the same unit, and on nothing else", () => {
    expect(found.map((f) => [f.row, f.params?.name, f.severity])).toEqual([
      [5, "项目完成及时率", "warning"],
      [7, "生活垃圾无害化处理率", "warning"],
    ]);
  });

  it("says both values and where last year's completion is", () => {
    expect(findingMessage(found[0])).toBe("指标“项目完成及时率”今年的目标“≥95%”低于上年自评的实际完成值“96%”（上年 F16），目标可能定得偏低。");
  });

  it("is not looked for between two target tables", () => {
    const again = thisYear([["产出指标", "时效指标", "项目完成及时率", "≥90%"]]);
    expect(historyFindings(compareTables(next, again), undefined, { before: next, after: again }).filter((f) => f.code === "target-below-last-completion")).toEqual([]);
  });
});

describe("a 自评表 compared with the target table it reports on (S10 in 对比)", () => {
  it("warns where its 年度指标值 differs from the approved one", () => {
    const approved = thisYear([["产出指标", "数量指标", "垃圾清运量", "≥3500吨"]]);
    const found = historyFindings(compareTables(approved, lastYear), undefined, { before: approved, after: lastYear });
    expect(found.map((f) => `${f.code}@${f.column}${f.row}`)).toContain("target-differs-from-approved@E14");
  });
});
