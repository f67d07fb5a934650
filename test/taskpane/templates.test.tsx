/**
 * @jest-environment jsdom
 */
// The template features in the task pane over the in-memory workbook (seed 000, amounts typed as numbers):
// every write waits for a dialog that shows it first, and cancelling writes nothing.
import { findingMessages } from "../../src/i18n";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { splitIndicators } from "../../src/actions/actions";
import { DETAIL_SHEET } from "../../src/core";
import { installDomShims } from "./pane-fixture";
import { SHEET, memoryPort, typedSeed } from "../support/templates";

beforeAll(installDomShims);

/*
 * Fluent's focus manager (tabster) marks everything outside an open modal aria-hidden, and in jsdom on a loaded
 * machine it may mark the modal itself for a while: queries here include hidden elements, as the behaviour under
 * test is what gets written, not the focus manager's timing.
 */
const H = { hidden: true } as const;

/** Click a button once it is enabled (buttons stay disabled while the previous action finishes). */
async function click(name: string | RegExp, scope: HTMLElement | Document = document): Promise<void> {
  const where = scope === document ? screen : within(scope as HTMLElement);
  const button = where.getByRole("button", { name, ...H }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false), { timeout: 15_000 });
  await act(async () => {
    fireEvent.click(button);
  });
}

/** A dialog's name as its title gives it (aria-labelledby), or its aria-label. */
function dialogName(d: Element): string {
  const ids = d.getAttribute("aria-labelledby")?.split(/\s+/) ?? [];
  const labelled = ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
  return labelled || (d.getAttribute("aria-label") ?? "");
}

// Generous: the actions parse whole sheets, and a loaded machine running the suite in parallel is slow. A direct
// selector, not findByRole: a role query walks and styles the whole pane on every retry, seconds each in jsdom.
const dialog = (name?: string): Promise<HTMLElement> =>
  waitFor(
    () => {
      const found = Array.from(document.querySelectorAll<HTMLElement>("[role=dialog],[role=alertdialog]")).find((d) => name === undefined || dialogName(d) === name);
      if (!found) throw new Error(`no dialog${name ? ` named ${name}` : ""}`);
      return found;
    },
    { timeout: 15_000 },
  );
const noDialog = () => waitFor(() => expect(screen.queryByRole("dialog", H)).toBeNull());

describe("插入项目模板 in the pane", () => {
  it("asks how many and which categories first, inserts, then offers the SUM formulas listing each cell", async () => {
    const port = memoryPort(typedSeed("000"));
    await port.select(SHEET, "A33");
    const before = structuredClone(port.data);
    render(<App port={port} templateEnabled />);
    await click("插入项目模板");
    const d = await dialog();
    expect(d.textContent).toContain("将在工作表“项目表”第 37 行之前插入整行，属于“广州市白云区智慧城市运行中心”");
    expect(port.data).toEqual(before); // the dialog is up, nothing written yet
    const count = within(d).getByRole("spinbutton", H);
    fireEvent.change(count, { target: { value: "2" } });
    fireEvent.click(within(d).getByRole("checkbox", { name: "13 时效指标", ...H }));
    await click("插入", d);

    const offer = await dialog("把小计和合计改为求和公式");
    expect(offer.textContent).toContain("模板已插入");
    expect(within(offer).getByTestId("sum-C33").textContent).toBe("C33广州市白云区智慧城市运行中心432.32=SUM(C34:C38)432.32");
    expect(within(offer).getByTestId("sum-B10").textContent).toContain("=SUM(B11,B33)");
    const s = port.data.sheets[0];
    expect(s.formulas).toEqual({ B37: "=C37+D37+E37", B38: "=C38+D38+E38" });
    expect(String(s.values[36][6])).not.toContain("时效指标");
    expect(screen.getByRole("status", H).textContent).toContain("已在工作表“项目表”第 37–38 行插入 2 行模板");

    await click("改为公式", offer);
    await waitFor(() => expect(screen.getByRole("status", H).textContent).toContain("已把 6 个单元格改为求和公式"), { timeout: 15_000 });
    expect(port.data.sheets[0].formulas).toMatchObject({ B33: "=SUM(B34:B38)", C33: "=SUM(C34:C38)", B11: "=SUM(B12:B16,B18:B27,B29:B32)", C10: "=SUM(C11,C33)" });
    expect(screen.getByRole("status", H).textContent).toContain("已把 6 个单元格改为求和公式");
    await noDialog();
  });

  it("cancelling the dialog writes nothing", async () => {
    const port = memoryPort(typedSeed("000"));
    await port.select(SHEET, "A12");
    const before = structuredClone(port.data);
    render(<App port={port} templateEnabled />);
    await click("插入项目模板");
    await click("取消", await dialog());
    await noDialog();
    expect(port.data).toEqual(before);
  });

  it("explains a merged or grand-total selection without opening the dialog", async () => {
    const port = memoryPort(typedSeed("000"));
    await port.select(SHEET, "B10");
    render(<App port={port} templateEnabled />);
    await click("插入项目模板");
    expect((await screen.findByRole("alert", H, { timeout: 15_000 })).textContent).toContain("选中的是合计行");
    port.data.sheets[0].merges.push("F34:F35");
    await port.select(SHEET, "F34");
    await click("插入项目模板");
    await waitFor(() => expect(screen.getByRole("alert", H).textContent).toContain("合并单元格"), { timeout: 15_000 });
    await noDialog();
  });
});

describe("小计改为公式 on its own", () => {
  it("lists before/after and cancelling leaves every cell as it was", async () => {
    const port = memoryPort(typedSeed("000"));
    await port.select(SHEET, "A12");
    const before = structuredClone(port.data);
    render(<App port={port} templateEnabled />);
    await click("小计改为公式");
    const d = await dialog();
    expect(within(d).getByTestId("sum-B33").textContent).toBe("B33广州市白云区智慧城市运行中心432.32=SUM(B34:B36)432.32");
    await click("取消", d);
    expect(port.data).toEqual(before);
  });
});

describe("回写指标 and 恢复原指标 in the pane", () => {
  it("shows the source cell before and after, writes on confirm, and restores the old text", async () => {
    const port = memoryPort(typedSeed("000"));
    const split = await splitIndicators(port, { message: findingMessages() });
    if (!split.ok) throw new Error(split.code);
    const detail = port.data.sheets.find((s) => s.name === DETAIL_SHEET)!;
    detail.values[1][7] = "造价审核项目数";
    await port.select(DETAIL_SHEET, "H2");
    const original = String(port.data.sheets[0].values[11][6]);
    render(<App port={port} templateEnabled />);
    await click("回写指标");
    const d = await dialog();
    const boxes = within(d).getAllByRole("textbox", H) as HTMLTextAreaElement[];
    expect(boxes[0].value).toBe(original);
    expect(boxes[1].value.startsWith("1、1-产出指标，11-数量指标，造价审核项目数；")).toBe(true);
    expect(d.textContent).toContain("项目“信息化项目管理经费”，单元格 项目表!G12");
    expect(port.data.sheets[0].values[11][6]).toBe(original);
    const after = boxes[1].value;
    await click("写入", d);
    await waitFor(() => expect(port.data.sheets[0].values[11][6]).toBe(after), { timeout: 15_000 });
    expect(screen.getByRole("status", H).textContent).toContain("已把指标写回 项目表!G12");

    await click("恢复原指标");
    const r = await dialog("恢复原指标");
    expect((within(r).getAllByRole("textbox", H) as HTMLTextAreaElement[])[1].value).toBe(original);
    await click("恢复", r);
    await waitFor(() => expect(port.data.sheets[0].values[11][6]).toBe(original), { timeout: 15_000 });
  });

  it("adds indicator template rows on 指标明细 after asking for the categories", async () => {
    const port = memoryPort(typedSeed("000"));
    await splitIndicators(port, { message: findingMessages() });
    await port.select(DETAIL_SHEET, "C2");
    render(<App port={port} templateEnabled />);
    await click("插入指标模板行");
    const d = await dialog();
    for (const name of ["11 数量指标", "12 质量指标", "13 时效指标", "22 社会效益指标", "31 服务对象满意度指标"]) fireEvent.click(within(d).getByRole("checkbox", { name, ...H }));
    await click("插入", d);
    await waitFor(() => expect(screen.getByRole("status", H).textContent).toMatch(/已在“指标明细”第 \d+–\d+ 行插入指标模板行/), { timeout: 15_000 });
    const s = port.data.sheets.find((x) => x.name === DETAIL_SHEET)!;
    expect(s.values.filter((r) => r[7] === "待经济成本指标补充")).toHaveLength(1);
    expect(s.validations).toHaveLength(3);
  });

  it("explains 回写指标 away from 指标明细", async () => {
    const port = memoryPort(typedSeed("000"));
    await port.select(SHEET, "G12");
    render(<App port={port} templateEnabled />);
    await click("回写指标");
    expect((await screen.findByRole("alert", H, { timeout: 15_000 })).textContent).toContain("不是“指标明细”工作表");
  });
});
