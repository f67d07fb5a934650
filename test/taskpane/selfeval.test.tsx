/**
 * @jest-environment jsdom
 */
// 从目标表生成自评表 in the task pane (issue 15): the sheet is made from the target table and checked as a 自评表.
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { parseSheet } from "../../src/core";
import { click, installDomShims, seedAdapter, type } from "./pane-fixture";

beforeAll(installDomShims);

const button = (name: string) => screen.getAllByText(name).map((e) => e.closest("button")).find((b) => b !== null)!;
const status = () => document.querySelector("[role=status]")?.textContent ?? "";

describe("从目标表生成自评表", () => {
  it("writes a 绩效自评表 sheet in the chosen form, with a block per project, and leaves the target table as it was", async () => {
    const port = seedAdapter();
    const before = JSON.stringify(port.data.sheets[0].values);
    render(<App port={port} />);
    await type(screen.getByLabelText("表样"), "sichuan");
    await click(button("从目标表生成自评表"));
    const made = port.data.sheets.find((s) => s.name === "绩效自评表");
    expect(made).toBeDefined();
    const parsed = parseSheet({ name: made!.name, rows: made!.values });
    if (!parsed.ok) throw new Error(parsed.code);
    expect(parsed.value.kind).toBe("self-evaluation");
    expect(status()).toBe(`已生成工作表“绩效自评表”：${parsed.value.projects.length} 个项目（四川样式）。请填写执行数、实际完成值和定性指标得分。`);
    expect(JSON.stringify(port.data.sheets[0].values)).toBe(before);
    expect(port.data.active).toBe("绩效自评表");
  });

  it("refuses to make one from a self-evaluation sheet, and says why", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await click(button("从目标表生成自评表"));
    await click(button("从目标表生成自评表"));
    expect(document.body.textContent).toContain("“绩效自评表”已是绩效自评表。请选择已批复的绩效目标表来生成自评表。");
    expect(port.data.sheets.filter((s) => s.name.startsWith("绩效自评表"))).toHaveLength(1);
  });
});
