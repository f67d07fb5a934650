/**
 * @jest-environment jsdom
 */
// Settings: validated with the rule set's zod fields, kept in the workbook, used by the next run.
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, validateSettings } from "../../src/taskpane/settings";
import { installDomShims, seedAdapter } from "./pane-fixture";

beforeAll(installDomShims);

async function openSettings(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "校验设置" }));
  });
}

async function type(label: string, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}

async function save(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  });
}

describe("settings", () => {
  it("rejects 满意度 minimum 120 with a message and keeps the previous value", async () => {
    const port = seedAdapter();
    await port.setSetting(SETTINGS_KEY, JSON.stringify({ ...DEFAULT_SETTINGS, satisfactionMin: 85 }));
    render(<App port={port} />);
    await openSettings();
    expect((screen.getByLabelText("满意度指标最低值（%）") as HTMLInputElement).value).toBe("85");
    await type("满意度指标最低值（%）", "120");
    await save();
    expect(screen.getByText("满意度最低值应在 0 到 100 之间。")).toBeTruthy();
    expect(screen.getByText("设置未保存，仍使用原来的值。")).toBeTruthy();
    expect(JSON.parse((await port.getSetting(SETTINGS_KEY))!).satisfactionMin).toBe(85);
  });

  it("saves valid values in the workbook and the next check uses them", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await openSettings();
    await type("每个加数允许的舍入误差", "0");
    await act(async () => {
      fireEvent.click(screen.getByRole("switch", { name: "要求每个项目有成本指标" }));
    });
    await save();
    expect(screen.getByText("设置已保存在工作簿中。")).toBeTruthy();
    expect(JSON.parse((await port.getSetting(SETTINGS_KEY))!)).toEqual({ roundingPerAddend: 0, satisfactionMin: 80, costRequired: false });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "一键校验" }));
    });
    // No rounding allowance: 004's one-cent differences become errors; no missing-cost warnings any more.
    const errors = await screen.findByRole("region", { name: "错误" });
    expect(errors.querySelector('[title="定位到 B57"]')).not.toBeNull();
    expect(screen.queryByText(/没有成本指标/)).toBeNull();
  });

  it("says so when the stored settings cannot be read, and uses the defaults", async () => {
    const port = seedAdapter();
    await port.setSetting(SETTINGS_KEY, "{not json");
    expect(await loadSettings(port)).toEqual({ settings: DEFAULT_SETTINGS, invalid: true });
    render(<App port={port} />);
    await openSettings();
    expect(await screen.findByText("工作簿中保存的设置无法识别，已改用默认值。")).toBeTruthy();
  });

  it("validates each field with the rule set's bounds", () => {
    expect(validateSettings({ roundingPerAddend: "0.005", satisfactionMin: "80%", costRequired: true })).toEqual({
      ok: true,
      value: { roundingPerAddend: 0.005, satisfactionMin: 80, costRequired: true },
    });
    expect(validateSettings({ roundingPerAddend: "abc", satisfactionMin: "-1", costRequired: true })).toEqual({
      ok: false,
      errors: { roundingPerAddend: "not-a-number", satisfactionMin: "out-of-range" },
    });
    expect(validateSettings({ roundingPerAddend: "2", satisfactionMin: "", costRequired: false })).toEqual({
      ok: false,
      errors: { roundingPerAddend: "out-of-range", satisfactionMin: "not-a-number" },
    });
  });
});
