/**
 * @jest-environment jsdom
 */
// The pane's 对比 panel: pick another sheet of the workbook, compare, see the changes grouped by project, click → the cell.
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { HIGHLIGHT_COLORS, gridFromTsv } from "../../src/core";
import { App } from "../../src/taskpane/App";
import type { LoadOtherFile } from "../../src/taskpane/compare/ComparePanel";
import { seedText } from "../support/seeds";
import { compareWorkbook } from "./compare-fixture";
import { click, installDomShims, type } from "./pane-fixture";

beforeAll(installDomShims);

const panel = () => screen.getByRole("region", { name: "年度对比" });
const runButton = () => within(panel()).getByText("对比").closest("button")!;
const status = () => document.querySelector("[role=status]")?.textContent ?? "";

describe("the 对比 panel", () => {
  it("lists the other sheets (not this one, not the product's), compares, groups the changes by project and selects a cell", async () => {
    const port = compareWorkbook();
    render(<App port={port} progressDelayMs={0} />);
    const select = (await within(panel()).findByTestId("compare-other")) as HTMLSelectElement;
    await screen.findByText("旧版", { selector: "option" });
    expect(Array.from(select.options).map((o) => o.value)).toEqual(["", "旧版"]);
    expect(runButton().disabled).toBe(true);
    await type(select, "旧版");
    await click(runButton());
    expect(status()).toContain("1 个项目共 3 处变化，已标记 3 个单元格，结果写入工作表“版本对比”");
    const group = within(panel()).getByRole("region", { name: "智慧白云建设经费" });
    expect(within(group).getAllByRole("button")).toHaveLength(3);
    expect(within(group).getByLabelText("智慧白云建设经费（3 处）")).toBeTruthy();
    expect(port.data.sheets[0].fills.G14).toBe(HIGHLIGHT_COLORS.changed);
    // 版本对比 is the product's own sheet: never offered as a version.
    expect(Array.from(select.options).map((o) => o.value)).toEqual(["", "旧版"]);
    await act(async () => {
      fireEvent.click(within(group).getByLabelText("定位到 G14：年度指标值降低 · 全年新建开发信息化系统数量"));
    });
    expect(port.data.selection).toEqual({ sheet: "项目表", address: "G14" });
  });

  it("says when the versions do not differ, and in English after a language switch", async () => {
    const port = compareWorkbook();
    port.data.sheets[1].values = port.data.sheets[0].values.map((r) => [...r]);
    render(<App port={port} progressDelayMs={0} />);
    await screen.findByText("旧版", { selector: "option" });
    await type(within(panel()).getByTestId("compare-other"), "旧版");
    await click(runButton());
    expect(within(panel()).getByText("两个版本没有差别。")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText("English"));
    });
    expect(screen.getByRole("region", { name: "Compare versions" })).toBeTruthy();
    expect(status()).toContain("the two versions do not differ");
  });

  it("opens the other version from a file where the front door can (the web page)", async () => {
    const port = compareWorkbook();
    const loadOtherFile: LoadOtherFile = async (f) =>
      f.name === "bad.xlsx" ? { ok: false, name: f.name, code: "xlsx-corrupt" } : { ok: true, name: f.name, grid: gridFromTsv("Sheet1", seedText("000")) };
    render(<App port={port} progressDelayMs={0} loadOtherFile={loadOtherFile} />);
    const input = within(panel()).getByTestId("compare-file");
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["x"], "bad.xlsx")] } });
    });
    expect(within(panel()).getByTestId("compare-file-error").textContent).toContain("无法读取“bad.xlsx”");
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["x"], "2025.txt")] } });
    });
    expect((within(panel()).getByTestId("compare-other") as HTMLSelectElement).value).not.toBe("");
    await click(runButton());
    expect(status()).toContain("与“2025.txt · Sheet1”对比完成");
  });
});
