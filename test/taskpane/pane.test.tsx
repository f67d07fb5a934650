/**
 * @jest-environment jsdom
 */
// The task pane over the in-memory workbook (seed 004): check, split, clear, select, errors, language.
import { findingMessages } from "../../src/i18n";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { runCheck } from "../../src/actions/actions";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import { installDomShims, seedAdapter } from "./pane-fixture";

beforeAll(installDomShims);

const ROUNDING = ["B10", "C10", "B11", "C11", "B57", "C57", "B159", "C159"];

async function click(name: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("task pane over seed 004", () => {
  it("一键校验 lists the eight rounding warnings under 警告 with counts; clicking one selects its cell", async () => {
    const port = seedAdapter();
    const expected = await runCheck(seedAdapter(), { message: findingMessages() });
    if (!expected.ok) throw new Error(expected.code);
    render(<App port={port} />);
    await click("一键校验");
    const warnings = await screen.findByRole("region", { name: "警告" });
    const { errors, warnings: nWarnings, infos } = expected.value.summary;
    expect(within(warnings).getByTestId("count-warning").textContent).toBe(String(nWarnings));
    expect(screen.getByTestId("count-error").textContent).toBe(String(errors));
    expect(screen.getByTestId("count-info").textContent).toBe(String(infos));
    for (const address of ROUNDING) {
      const row = within(warnings).getByTitle(`定位到 ${address}`);
      expect(row.textContent).toMatch(/在舍入误差范围内/);
    }
    // Exactly the money findings of 004 are these eight rounding warnings.
    const money = expected.value.findings.filter((f) => ["row-sum", "subtotal", "grand-total"].includes(f.code));
    expect(money.map((f) => `${f.column}${f.row}`).sort()).toEqual([...ROUNDING].sort());
    expect(money.every((f) => f.severity === "warning")).toBe(true);
    // The status line and the workbook: marks and a 校验结果 sheet, the table stays active.
    expect(screen.getByRole("status").textContent).toContain(`警告 ${nWarnings} 个`);
    expect(port.data.sheets.map((s) => s.name)).toContain("校验结果");
    expect(port.data.active).toBe("项目表");
    expect(port.data.sheets[0].fills.B57).toBe("#FFEB9C");
    // The view went to the first error (the marks are off the first screen of a wide table), and the line says so.
    const firstError = expected.value.review.open.find((f) => f.severity === "error" && f.column !== null)!;
    expect(port.data.selection).toEqual({ sheet: "项目表", address: `${firstError.column}${firstError.row}` });
    expect(screen.getByRole("status").textContent).toMatch(new RegExp(`标记在 [A-Z、 等]+ 列，已定位到第一个问题 ${firstError.column}${firstError.row}。`));

    await act(async () => {
      fireEvent.click(within(warnings).getByTitle("定位到 B57"));
    });
    expect(port.data.selection).toEqual({ sheet: "项目表", address: "B57" });
  });

  it("shows a summary with findings by kind and indicators by category", async () => {
    render(<App port={seedAdapter()} />);
    await click("一键校验");
    const summary = await screen.findByRole("region", { name: "概况" });
    expect(summary.textContent).toContain("404 条指标");
    const byKind = within(summary).getByRole("figure", { name: "问题类型" });
    expect(within(byKind).getByLabelText("单位小计: 6")).toBeTruthy();
    expect(within(byKind).getByLabelText("总合计: 2")).toBeTruthy();
    const byCategory = within(summary).getByRole("figure", { name: "指标按一级类别" });
    const labels = within(byCategory).getAllByRole("listitem").map((li) => li.getAttribute("aria-label"));
    expect(labels.map((l) => l?.split(":")[0])).toEqual(expect.arrayContaining(["产出", "效益", "满意度", "成本"]));
    const total = labels.reduce((n, l) => n + Number(l?.split(": ")[1]), 0);
    expect(total).toBe(404);
  });

  it("拆分指标 writes a 指标明细 sheet with 404 data rows", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await click("拆分指标");
    await screen.findByText(/已拆分 .* 404 条指标/);
    const detail = port.data.sheets.find((s) => s.name === "指标明细");
    expect(detail).toBeDefined();
    expect(detail!.values.length - 1).toBe(404);
  });

  it("清除标记 restores the original fills exactly", async () => {
    const port = seedAdapter();
    port.data.sheets[0].fills.B11 = "#00B0F0"; // a user's own colour on a cell the check marks
    const before = structuredClone(port.data.sheets[0].fills);
    render(<App port={port} />);
    await click("一键校验");
    await screen.findByRole("region", { name: "警告" });
    expect(port.data.sheets[0].fills.B11).toBe("#FFEB9C");
    await click("清除标记");
    await screen.findByText(/已清除 \d+ 个单元格的标记/);
    expect(port.data.sheets[0].fills).toEqual(before);
  });

  it("switches to English and back", async () => {
    render(<App port={seedAdapter()} />);
    await click("English");
    expect(screen.getByRole("button", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Split indicators" })).toBeTruthy();
    await click("Check");
    const warnings = await screen.findByRole("region", { name: "Warnings" });
    expect(within(warnings).getByTitle("Go to B10").textContent).toContain("within rounding");
    await click("中文");
    expect(screen.getByRole("button", { name: "一键校验" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "警告" })).toBeTruthy();
  });

  it("keeps 插入项目模板 disabled with a tooltip until the template issue", () => {
    render(<App port={seedAdapter()} />);
    const button = screen.getByRole("button", { name: "插入项目模板" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
  });
});

describe("plain-language states", () => {
  const only = (rows: (string | null)[][], name = "Sheet1") => new MemoryAdapter(newWorkbook([newSheet(name, rows)]));

  it("explains an empty sheet", async () => {
    render(<App port={only([])} />);
    await click("一键校验");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("当前工作表“Sheet1”是空的");
    expect(alert.textContent).toContain('The active sheet "Sheet1" is empty');
  });

  it("explains a sheet that is not a target table", async () => {
    render(<App port={only([["姓名", "电话"], ["张三", "123"]], "通讯录")} />);
    await click("拆分指标");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("“通讯录”看起来不是绩效目标表");
  });

  it("names the header words it found and missed when a performance-looking sheet fits no layout", async () => {
    render(<App port={only([["项目支出绩效目标表"], ["项目名称", "绩效指标"], ["某项目", ""]], "目标表")} />);
    await click("一键校验");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("“目标表”看起来不是绩效目标表");
    expect(alert.textContent).toContain("找到的表头词：项目名称");
    expect(alert.textContent).toContain("缺少：一级指标");
  });

  it("explains our own output sheet", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await click("拆分指标");
    await screen.findByText(/已拆分/);
    await click("一键校验"); // the active sheet is now 指标明细
    expect((await screen.findByRole("alert")).textContent).toContain("“指标明细”是本助手生成的结果表");
  });

  it("explains a protected sheet and leaves its cells alone", async () => {
    const locked = seedAdapter();
    locked.data.sheets[0].protected = true;
    const before = structuredClone(locked.data.sheets);
    render(<App port={locked} />);
    await click("一键校验");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("工作表“项目表”受保护");
    expect(alert.textContent).toContain("Unprotect");
    expect(locked.data.sheets).toEqual(before);
  });

  it("explains an unexpected host failure instead of crashing", async () => {
    const port = seedAdapter();
    port.readActiveSheet = () => Promise.reject(new Error("boom"));
    render(<App port={port} />);
    await click("一键校验");
    expect((await screen.findByRole("alert")).textContent).toContain("出现了意外的错误");
  });
});
