/**
 * @jest-environment jsdom
 */
// The rule-set editor's 绩效自评评分 section (issue 15): the defaults shown for a rule set without it, edits saved
// and used by the re-check, a bad band or grade refused naming its field.
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { RULES_KEY } from "../../src/actions/rule-store";
import { DEFAULT_RULES, DEFAULT_SELF_EVALUATION, gridFromTsv, ruleSetToJson, type RuleSet } from "../../src/core";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import { click, installDomShims, type } from "./pane-fixture";

beforeAll(installDomShims);

const button = (name: string) => {
  const el = screen.getAllByText(name).map((e) => e.closest("button")).find((b) => b !== null);
  if (!el) throw new Error(`no button ${name}`);
  return el;
};
const status = () => document.querySelector("[role=status]")?.textContent ?? "";
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
/** The cells the findings of one severity group point to (none when the group is not shown). */
const cells = (group: string) => {
  const region = screen.queryByRole("region", { name: group });
  return region ? within(region).queryAllByTitle(/^定位到 /).map((e) => e.title) : [];
};
const errorCells = () => cells("错误");
const warningCells = () => cells("警告");

/**
 * Hubei's first project with the header's `（20分）` and the 分值 cell taken out, and 设施故障响应时间 (≤24小时, 30小时)
 * scored 8 as the ratio 24÷30×10 gives: right under a 20-point budget share and 比值法, wrong under the defaults.
 */
function hubeiSheet() {
  const text = fs
    .readFileSync(path.join(__dirname, "..", "variants", "s-hubei-template.tsv"), "utf8")
    .split("\n")
    .slice(0, 19)
    .join("\n")
    .replace("预算执行情况 （万元） （20分）", "预算执行情况 （万元）")
    .replace("年度资金总额\t200\t180\t171\t95.00%\t20\t19", "年度资金总额\t200\t180\t171\t95.00%\t\t19")
    .replace("30小时\t10\t7.5", "30小时\t10\t8")
    .replace("94.67", "95.17");
  return newSheet("自评表", gridFromTsv("自评表", text).rows.map((r) => [...r]));
}

const { selfEvaluation: _section, ...withoutSection } = DEFAULT_RULES;
const bare: RuleSet = { ...withoutSection, name: "某区-无自评", version: "1" };

async function openSection(label: string): Promise<void> {
  await screen.findByText(`规则集：${label}`, {}, { timeout: 15000 });
  await click(button(`规则集：${label}`));
  await click(button("绩效自评评分"));
}

describe("绩效自评评分 in the rule-set editor", () => {
  it("saves 比值法 and a budget share of 20, and the re-check scores the 自评表 by them", async () => {
    const port = new MemoryAdapter(newWorkbook([hubeiSheet()]));
    render(<App port={port} />);
    await click(button("一键校验"));
    // The defaults: 10 points for the budget (so 19 is wrong) and the platform's 反向 formula (7.5, not 8).
    expect(errorCells()).toContain("定位到 G6");
    expect(warningCells()).toContain("定位到 H14");

    await openSection("广州市-2025（2025.1）");
    expect(input("预算执行分值").value).toBe("10");
    await type(input("预算执行分值"), "20");
    await type(screen.getByLabelText("反向指标计分方法"), "inverse-ratio");
    expect((screen.getByLabelText("反向指标计分方法") as HTMLSelectElement).selectedOptions[0].textContent).toBe("比值法 A÷B×分值");
    await click(button("保存规则集"));
    const stored = JSON.parse((await port.getSetting(RULES_KEY))!) as RuleSet;
    expect(stored).toEqual({ ...DEFAULT_RULES, selfEvaluation: { ...DEFAULT_SELF_EVALUATION, budgetShare: 20, negativeFormula: "inverse-ratio" } });
    expect(status()).toBe("规则集“广州市-2025（2025.1）”已保存，已按新规则重新校验。");
    expect(errorCells()).not.toContain("定位到 G6");
    expect(warningCells()).not.toContain("定位到 H14");
  });

  it("refuses a band whose lowest share is above its highest, and a grade above 100, naming the field", async () => {
    const port = new MemoryAdapter(newWorkbook([hubeiSheet()]));
    render(<App port={port} />);
    await openSection("广州市-2025（2025.1）");
    await type(input("部分达成：分值区间下限（%）"), "85");
    expect(screen.getByText("字段 selfEvaluation.bands.partial.min：分值区间下限 85 大于上限 80")).toBeTruthy();
    expect(screen.getByText("绩效自评评分（1 处错误）")).toBeTruthy();
    await click(button("保存规则集"));
    expect(screen.getByText("规则集有 1 处错误，没有保存，仍使用原来的规则集。")).toBeTruthy();

    await type(input("部分达成：分值区间下限（%）"), "60");
    await type(screen.getByLabelText(/^等级划分/), "优 120\n良 80\n中 60\n差 0");
    expect(screen.getByText("字段 selfEvaluation.grades[0].min：应不大于 100（实际为 120）")).toBeTruthy();
    await click(button("保存规则集"));
    expect(screen.getByText("规则集有 1 处错误，没有保存，仍使用原来的规则集。")).toBeTruthy();
    expect(await port.getSetting(RULES_KEY)).toBeNull();
  });

  it("shows the defaults for a rule set without the section, and saving it untouched keeps the file as it was", async () => {
    const port = new MemoryAdapter(newWorkbook([hubeiSheet()]));
    await port.setSetting(RULES_KEY, ruleSetToJson(bare));
    render(<App port={port} />);
    await openSection("某区-无自评（1）");
    expect(input("预算执行分值").value).toBe("10");
    expect((screen.getByLabelText("反向指标计分方法") as HTMLSelectElement).value).toBe("platform");
    expect(input("得分容差").value).toBe("0.01");
    expect(input("达成：分值区间下限（%）").value).toBe("80");
    expect(input("未达成：分值区间上限（%）").value).toBe("60");
    expect(input("部分达成：用语（每行一个）").value.split("\n")).toContain("基本达成");
    expect(input("超额完成提示倍数").value).toBe("1.2");
    expect(input("预算执行率下限（%）").value).toBe("90");
    expect(input("执行率容差（百分点）").value).toBe("0.01");
    expect((screen.getByLabelText(/^等级划分/) as HTMLTextAreaElement).value).toBe("优 90\n良 80\n中 60\n差 0");
    await click(button("保存规则集"));
    expect(screen.getByText("规则集“某区-无自评（1）”已保存在工作簿中。")).toBeTruthy();
    expect(await port.getSetting(RULES_KEY)).toBe(ruleSetToJson(bare));
  });
});
