/**
 * @jest-environment jsdom
 */
// The rule-set editor (§13): the rule set in force and where it comes from, built-ins, edits validated by the
// schema with messages at the fields, JSON import (errors listed, previous rule set kept) and export.
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { LEGACY_SETTINGS_KEY, RULES_KEY } from "../../src/actions/rule-store";
import { DEFAULT_RULES, RULES_BEFORE_2022, ruleSetToJson } from "../../src/core";
import { click, installDomShims, seedAdapter, type } from "./pane-fixture";

beforeAll(installDomShims);

const button = (name: string) => {
  const el = screen.getAllByText(name).map((e) => e.closest("button")).find((b) => b !== null);
  if (!el) throw new Error(`no button ${name}`);
  return el;
};
const status = () => document.querySelector("[role=status]")?.textContent ?? "";
const panel = () => screen.getByRole("region", { name: "规则集" });


/** Open the 规则集 section once the workbook's rule set is loaded (its header names it). */
async function openRules(label: string): Promise<void> {
  await screen.findByText(`规则集：${label}`, {}, { timeout: 15000 });
  await click(button(`规则集：${label}`));
}

async function importText(text: string, name = "规则.json"): Promise<void> {
  const input = screen.getByTestId("rules-file");
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name, { type: "application/json" })] } });
  });
}

const results = () => screen.getByRole("region", { name: "校验结果" });

describe("the rule set in force", () => {
  it("names the built-in default and where it comes from", async () => {
    render(<App port={seedAdapter()} />);
    await openRules("广州市-2025（2025.1）");
    expect(panel().textContent).toContain("当前使用：广州市-2025（2025.1）");
    expect(panel().textContent).toContain("内置默认规则集");
  });

  it("reads old three-threshold settings under an adjusted name", async () => {
    const port = seedAdapter();
    await port.setSetting(LEGACY_SETTINGS_KEY, JSON.stringify({ satisfactionMin: 85 }));
    render(<App port={port} />);
    await openRules("广州市-2025（本工作簿调整）（2025.1）");
    expect(panel().textContent).toContain("由旧版“校验设置”调整而来");
    expect((screen.getByLabelText("满意度指标最低值（%）") as HTMLInputElement).value).toBe("85");
  });

  it("says why a stored rule set cannot be used, and runs with the default", async () => {
    const port = seedAdapter();
    await port.setSetting(RULES_KEY, JSON.stringify({ ...DEFAULT_RULES, satisfactionMin: 150 }));
    render(<App port={port} />);
    await openRules("广州市-2025（2025.1）");
    expect(panel().textContent).toContain("工作簿中保存的规则集无法使用，已改用内置默认规则集：");
    expect(panel().textContent).toContain("字段 satisfactionMin：应不大于 100（实际为 150）");
    await click(button("一键校验"));
    expect(status()).toContain("工作簿中保存的规则集无法使用，本次使用了内置默认规则集。");
  });
});

describe("editing the rule set", () => {
  it("says what the rounding allowance rounds to in the checked sheet's money unit (seed 004: 万元, so 百元, not 分)", async () => {
    render(<App port={seedAdapter()} />);
    await openRules("广州市-2025（2025.1）");
    expect(panel().textContent).toContain("元表 0.005 即四舍五入到分，万元表即四舍五入到 0.01 万元（百元）");
    await click(button("一键校验"));
    expect(panel().textContent).toContain("单位与表格金额单位相同（万元），0.005 即四舍五入到 0.01 万元（百元）。");
    expect(panel().textContent).not.toContain("四舍五入到分");
  });

  it("switches to 广州市-2021前: the check no longer lists missing 成本 indicators and names the rule set", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await click(button("一键校验"));
    expect(status()).toMatch(/^校验完成（规则集 广州市-2025（2025\.1））：/);
    expect(within(results()).queryAllByText("缺少成本指标").length).toBeGreaterThan(0);

    await openRules("广州市-2025（2025.1）");
    await type(screen.getByLabelText("从内置规则集开始"), "广州市-2021前");
    expect((screen.getByLabelText("名称") as HTMLInputElement).value).toBe("广州市-2021前");
    expect((screen.getByLabelText("要求每个项目有成本指标") as HTMLInputElement).checked).toBe(false);
    await click(button("保存规则集"));
    expect(await port.getSetting(RULES_KEY)).toBe(ruleSetToJson(RULES_BEFORE_2022));
    expect(screen.getByText("规则集“广州市-2021前（2021.1）”已保存在工作簿中。")).toBeTruthy();
    // The shown check follows at once.
    expect(status()).toBe("规则集“广州市-2021前（2021.1）”已保存，已按新规则重新校验。");
    expect(within(results()).queryAllByText("缺少成本指标")).toEqual([]);

    await click(button("一键校验"));
    expect(status()).toMatch(/^校验完成（规则集 广州市-2021前（2021\.1））：/);
    expect(within(results()).queryAllByText("缺少成本指标")).toEqual([]);
    expect(screen.getByText("规则集：广州市-2021前（2021.1）")).toBeTruthy();
  });

  it("shows a message naming the field for 满意度 minimum 150, and saves nothing", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await openRules("广州市-2025（2025.1）");
    await type(screen.getByLabelText("满意度指标最低值（%）"), "150");
    expect(screen.getByText("字段 satisfactionMin：应不大于 100（实际为 150）")).toBeTruthy();
    await type(screen.getByLabelText("名称"), " ");
    expect(screen.getByText(/^字段 name：长度至少为 1/)).toBeTruthy();
    await click(button("保存规则集"));
    expect(screen.getByText("规则集有 2 处错误，没有保存，仍使用原来的规则集。")).toBeTruthy();
    expect(await port.getSetting(RULES_KEY)).toBeNull();
    expect(screen.getByText("规则集：广州市-2025（2025.1）")).toBeTruthy();
  });

  it("saves thresholds, categories, placeholder words and a severity override, and the next check uses them", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await openRules("广州市-2025（2025.1）");
    await type(screen.getByLabelText("名称"), "某区-2025");
    await type(screen.getByLabelText("版本"), "2025.2");
    await type(screen.getByLabelText("每个加数允许的舍入误差"), "0");
    await type(screen.getByLabelText("满意度指标最低值（%）"), "85%");
    await click(screen.getAllByLabelText("满意度").find((e) => (e as HTMLInputElement).type === "checkbox")!);
    await type(screen.getByLabelText(/^占位文字/), "XXX\n待补充\n");
    await click(button("问题级别调整"));
    await type(screen.getByLabelText("编号重排"), "off");
    expect(screen.getByText("问题级别调整（已调整 1 项）")).toBeTruthy();
    await click(button("保存规则集"));
    expect(JSON.parse((await port.getSetting(RULES_KEY))!)).toEqual({
      ...DEFAULT_RULES,
      name: "某区-2025",
      version: "2025.2",
      roundingPerAddend: 0,
      satisfactionMin: 85,
      requiredCategories: ["output", "benefit"],
      placeholders: ["XXX", "待补充"],
      severities: { "numbering-restart": "off" },
    });
    await click(button("一键校验"));
    expect(status()).toMatch(/^校验完成（规则集 某区-2025（2025\.2））：/);
    // No rounding allowance: 004's one-cent differences are errors now.
    expect(within(screen.getByRole("region", { name: "错误" })).getAllByTitle("定位到 B57").length).toBeGreaterThan(0);
    expect(within(results()).queryAllByText("编号重排")).toEqual([]);
  });
});

describe("JSON import and export", () => {
  it("lists the errors of an invalid file with their fields, and keeps the rule set in force", async () => {
    const port = seedAdapter();
    await port.setSetting(RULES_KEY, ruleSetToJson(RULES_BEFORE_2022));
    render(<App port={port} />);
    await openRules("广州市-2021前（2021.1）");
    await importText(JSON.stringify({ ...DEFAULT_RULES, satisfactionMin: "80", severities: { "no-such-code": "off" } }), "坏规则.json");
    const alert = await screen.findByRole("alert", { name: "“坏规则.json”不能作为规则集导入，仍使用原来的规则集：" }, { timeout: 15000 });
    expect(alert.textContent).toContain("字段 satisfactionMin：类型错误：应为数字，实际为文字");
    expect(alert.textContent).toContain("字段 severities.no-such-code：不认识的字段或代码“no-such-code”");
    expect(await port.getSetting(RULES_KEY)).toBe(ruleSetToJson(RULES_BEFORE_2022));
    expect(screen.getByText("规则集：广州市-2021前（2021.1）")).toBeTruthy();

    await importText('{"name": "x",\n  oops}', "语法.json");
    expect((await screen.findByRole("alert", { name: /“语法\.json”/ }, { timeout: 15000 })).textContent).toMatch(/整个文件：JSON 格式错误：第 2 行第 \d+ 列/);
    expect(await port.getSetting(RULES_KEY)).toBe(ruleSetToJson(RULES_BEFORE_2022));
  });

  it("exports the rule set in force as JSON that imports into another workbook identically", async () => {
    const custom = { ...RULES_BEFORE_2022, name: "某区/专项", version: "3", satisfactionMin: 90, severities: { "low-satisfaction": "error" as const } };
    const from = seedAdapter();
    await from.setSetting(RULES_KEY, ruleSetToJson(custom));
    const blobs: Blob[] = [];
    const names: string[] = [];
    const url = URL as unknown as { createObjectURL?: unknown; revokeObjectURL?: unknown };
    url.createObjectURL = (b: Blob) => (blobs.push(b), "blob:rules");
    url.revokeObjectURL = () => undefined;
    const clickSpy = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const first = render(<App port={from} />);
    await openRules("某区/专项（3）");
    await click(button("导出 JSON"));
    clickSpy.mockRestore();
    expect(names).toEqual(["规则集-某区_专项.json"]);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(text).toBe(ruleSetToJson(custom));
    first.unmount();

    const to = seedAdapter();
    render(<App port={to} />);
    await openRules("广州市-2025（2025.1）");
    await importText(text, names[0]);
    await screen.findByText("已从“规则集-某区_专项.json”导入规则集“某区/专项（3）”并保存在工作簿中。", {}, { timeout: 15000 });
    expect(await to.getSetting(RULES_KEY)).toBe(text);
    expect(screen.getByText("规则集：某区/专项（3）")).toBeTruthy();
  });
});
