/**
 * @jest-environment jsdom
 */
// The review in the task pane (§13) over seed 004: accept with a reason, reopen, verdicts per project, 审核意见.
import { findingMessages } from "../../src/i18n";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { runCheck } from "../../src/actions/actions";
import { parseReviewState, REVIEW_SETTING_KEY } from "../../src/core";
import { REVIEWER_KEY } from "../../src/taskpane/review/reviewer";
import { click, installDomShims, seedAdapter, type } from "./pane-fixture";

beforeAll(installDomShims);
beforeEach(() => window.localStorage.clear());


// Role queries over the whole pane are slow in jsdom (every finding is a button): find by text or label instead.
const button = (name: string) => {
  const el = screen.getAllByText(name).map((e) => e.closest("button")).find((b) => b !== null);
  if (!el) throw new Error(`no button ${name}`);
  return el;
};
const labelled = (name: string | RegExp) => screen.getAllByLabelText(name)[0];
/** A tab by the start of its label; Fluent renders the label twice (once hidden, to reserve the bold width). */
const tab = (start: string) => {
  const el = Array.from(document.querySelectorAll<HTMLElement>("[role=tab]")).find((t) => (t.textContent ?? "").startsWith(start));
  if (!el) throw new Error(`no tab ${start}`);
  return el;
};
const tabLabel = (start: string) => /^(.*?\(\d+\))/.exec(tab(start).textContent ?? "")?.[1];
const status = () => document.querySelector("[role=status]")?.textContent ?? "";
const results = () => screen.getByRole("region", { name: "校验结果" });
const warnings = () => screen.getByRole("region", { name: "警告" });
const pick = (address: string) => within(warnings()).getAllByLabelText(new RegExp(`^选择 ${address} `))[0];

async function check(): Promise<void> {
  await click(button("一键校验"));
  await screen.findAllByText(/^未解决 \(/, {}, { timeout: 15000 });
}

async function storedReview(port: ReturnType<typeof seedAdapter>) {
  const r = parseReviewState(await port.getSetting(REVIEW_SETTING_KEY));
  if (!r.ok) throw new Error(r.problem);
  return r.state.sheets["项目表"];
}

describe("accepting findings in the task pane", () => {
  it("moves two findings accepted with a reason to 已接受, where they stay after a re-check", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await check();
    const openBefore = Number(/\((\d+)\)/.exec(tabLabel("未解决") ?? "")![1]);
    expect(tabLabel("已接受")).toBe("已接受 (0)");

    await type(screen.getByLabelText("审核人"), "李审核");
    await click(pick("B10"));
    await click(pick("C10"));
    expect(screen.getByText("已选 2 个问题")).toBeTruthy();
    await type(labelled(/^接受理由/), "四舍五入到万元，差一分属正常");
    await click(button("接受所选问题"));

    expect(status()).toContain("已接受 2 个问题");
    expect(tabLabel("已接受")).toBe("已接受 (2)");
    expect(tabLabel("未解决")).toBe(`未解决 (${openBefore - 2})`);
    expect(within(warnings()).queryByTitle("定位到 B10")).toBeNull();
    // Accepted cells are no longer marked; the others still are.
    expect(port.data.sheets[0].fills.B10).toBeUndefined();
    expect(port.data.sheets[0].fills.B57).toBe("#FFEB9C");

    await click(tab("已接受"));
    const accepted = screen.getByRole("region", { name: "已接受 (2)" });
    expect(within(accepted).getByTitle("定位到 B10")).toBeTruthy();
    expect(within(accepted).getByTitle("定位到 C10")).toBeTruthy();
    expect(accepted.textContent).toContain("理由：四舍五入到万元，差一分属正常（李审核，");

    const review = await storedReview(port);
    expect(review.accepted.map((a) => a.cell).sort()).toEqual(["B10", "C10"]);
    expect(review.accepted.every((a) => a.who === "李审核" && a.reason === "四舍五入到万元，差一分属正常")).toBe(true);
    expect(review.rules).toEqual({ name: "广州市-2025", version: "2025.1" });

    await click(button("一键校验"));
    expect(tabLabel("已接受")).toBe("已接受 (2)");
    expect(status()).toContain("另有 2 个已接受的问题未计入。");
    // The reviewer's name is remembered on this computer.
    expect(window.localStorage.getItem(REVIEWER_KEY)).toBe("李审核");
  });

  it("refuses a blank reason and saves nothing", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await check();
    await click(pick("B57"));
    await type(labelled(/^接受理由/), "   ");
    await click(button("接受所选问题"));
    expect(screen.getByText("请填写接受理由。")).toBeTruthy();
    expect(await port.getSetting(REVIEW_SETTING_KEY)).toBeNull();
    expect(tabLabel("已接受")).toBe("已接受 (0)");
  });

  it("reopens an accepted finding: it is open again and marked", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await check();
    await click(pick("B57"));
    await type(labelled(/^接受理由/), "四舍五入");
    await click(button("接受所选问题"));
    await click(tab("已接受"));
    await click(labelled("撤销接受 B57"));
    expect(status()).toContain("已撤销接受 1 个问题");
    expect(tabLabel("已接受")).toBe("已接受 (0)");
    expect((await storedReview(port)).accepted).toEqual([]);
    expect(port.data.sheets[0].fills.B57).toBe("#FFEB9C");
    await click(tab("未解决"));
    expect(within(warnings()).getByTitle("定位到 B57")).toBeTruthy();
  });

  it("marks a finding whose value changed since it was accepted, with the old reason", async () => {
    const port = seedAdapter();
    const first = await runCheck(port, { message: findingMessages() });
    if (!first.ok) throw new Error(first.code);
    render(<App port={port} />);
    await check();
    await click(pick("B57"));
    await type(labelled(/^接受理由/), "四舍五入");
    await click(button("接受所选问题"));
    // Someone edits the subtotal: the finding is raised again, on new values.
    const sheet = port.data.sheets[0];
    sheet.values[56][1] = Number(sheet.values[56][1]) + 1;
    await click(button("一键校验"));
    const row = within(results()).getAllByTitle("定位到 B57").find((b) => b.textContent?.includes("数值已变化"));
    if (!row) throw new Error("no reopened B57");
    expect(row.textContent).toContain("数值已变化，需重新审核");
    expect(row.textContent).toContain("原接受理由：四舍五入");
  });

  it("does not accept a finding whose cell was edited since the check, and says to look again", async () => {
    const port = seedAdapter();
    render(<App port={port} />);
    await check();
    await click(pick("B57"));
    const other = within(screen.getByRole("region", { name: "错误" })).getAllByLabelText(/^选择 /)[0];
    const otherCell = /^选择 ([A-Z]+\d+) /.exec(other.getAttribute("aria-label")!)![1];
    await click(other);
    port.data.sheets[0].values[56][1] = 12345; // edited in the workbook after the check
    await type(labelled(/^接受理由/), "四舍五入");
    await click(button("接受所选问题"));
    expect(status()).toBe("已接受 1 个问题，之后的校验不再把它列为未解决。1 个问题所在的单元格（B57）在校验后被修改过，没有接受。已重新校验，请再看一遍。");
    expect((await storedReview(port)).accepted.map((a) => a.cell).map((c) => (/^\d+$/.test(c) ? `A${c}` : c))).toEqual([otherCell]);
    expect(tabLabel("已接受")).toBe("已接受 (1)");
  });

  it("says the stored review cannot be read, lists everything as open and offers no accepting", async () => {
    const port = seedAdapter();
    await port.setSetting(REVIEW_SETTING_KEY, "{broken");
    render(<App port={port} />);
    await check();
    expect(screen.getByTestId("review-problem").textContent).toContain("审核记录无法读取");
    expect(screen.queryByLabelText(/^接受理由/)).toBeNull();
    expect(within(results()).queryAllByRole("checkbox")).toEqual([]);
    expect(await port.getSetting(REVIEW_SETTING_KEY)).toBe("{broken");
  });
});

describe("in English", () => {
  it("names the tabs, the accept bar and the verdicts in English", async () => {
    render(<App port={seedAdapter()} initialLocale="en" />);
    await act(async () => {
      fireEvent.click(screen.getAllByText("Check").map((e) => e.closest("button")!)[0]);
    });
    await screen.findAllByText(/^Open \(/, {}, { timeout: 15000 });
    expect(tabLabel("Accepted")).toBe("Accepted (0)");
    expect(screen.getAllByLabelText(/^Reason for accepting/).length).toBeGreaterThan(0);
    expect(within(screen.getByRole("region", { name: "Warnings" })).getAllByLabelText(/^Select B57 /).length).toBeGreaterThan(0);
    await click(tab("Projects"));
    expect(screen.getAllByText("Not reviewed").length).toBeGreaterThan(0);
    expect(screen.getAllByText("Approved").length).toBeGreaterThan(0);
  });
});

describe("projects and their verdicts", () => {
  it("saves a verdict with a comment, and shows it again in a new pane over the same workbook", async () => {
    const port = seedAdapter();
    const first = await runCheck(port, { message: findingMessages() });
    if (!first.ok) throw new Error(first.code);
    const project = first.value.parsed.projects[1];
    const view = render(<App port={port} />);
    await check();
    await click(tab("项目"));
    expect(tabLabel("项目")).toBe(`项目 (${first.value.parsed.projects.length})`);
    const verdict = labelled(`“${project.name}”的审核结论`) as HTMLSelectElement;
    expect(verdict.value).toBe("");
    await type(verdict, "退回");
    await type(labelled(`“${project.name}”的审核意见`), "成本指标缺失，请补充");
    await click(labelled(`保存“${project.name}”的审核结论`));
    expect(status()).toBe(`已保存项目“${project.name}”的审核结论：退回。`);
    expect((await storedReview(port)).verdicts).toEqual([expect.objectContaining({ name: project.name, verdict: "退回", comment: "成本指标缺失，请补充", row: project.row })]);
    view.unmount();

    render(<App port={port} />);
    await check();
    await click(tab("项目"));
    expect((labelled(`“${project.name}”的审核结论`) as HTMLSelectElement).value).toBe("退回");
    expect((labelled(`“${project.name}”的审核意见`) as HTMLInputElement).value).toBe("成本指标缺失，请补充");
    // The filter shows the returned project alone.
    await type(labelled("显示"), "退回");
    const list = screen.getByRole("region", { name: "项目审核" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  });

  it("takes a verdict back when 未审 is chosen again", async () => {
    const port = seedAdapter();
    const first = await runCheck(port, { message: findingMessages() });
    if (!first.ok) throw new Error(first.code);
    const project = first.value.parsed.projects[2];
    render(<App port={port} />);
    await check();
    await click(tab("项目"));
    await type(labelled(`“${project.name}”的审核结论`), "通过");
    await click(labelled(`保存“${project.name}”的审核结论`));
    expect((await storedReview(port)).verdicts).toHaveLength(1);
    await type(labelled(`“${project.name}”的审核结论`), "");
    await click(labelled(`保存“${project.name}”的审核结论`));
    expect(status()).toBe(`已保存项目“${project.name}”的审核结论：未审。`);
    expect((await storedReview(port)).verdicts).toEqual([]);
  });

  it("prints the paragraph drafted from the findings, or the reviewer's edited one, under 四、项目审核意见", async () => {
    const port = seedAdapter();
    const first = await runCheck(port, { message: findingMessages() });
    if (!first.ok) throw new Error(first.code);
    const [edited, drafted] = first.value.parsed.projects;
    render(<App port={port} />);
    await check();
    await click(tab("项目"));
    await click(within(within(screen.getByRole("region", { name: "项目审核" })).getAllByRole("listitem")[0]).getByText(/意见段落$/));
    const box = labelled(`“${edited.name}”在审核意见中的段落`) as HTMLTextAreaElement;
    // The draft names the project and what is wrong with it by dimension, in the catalogue's words.
    expect(box.value).toMatch(new RegExp(`^经审核，“${edited.name}”(存在以下问题：.*方面，|绩效目标填报完整)`));
    await type(box, "经审核，该项目成本指标缺失，请补充后重新报送。");
    await type(labelled(`“${edited.name}”的审核结论`), "退回");
    await click(labelled(`保存“${edited.name}”的审核结论`));
    expect((await storedReview(port)).verdicts).toEqual([expect.objectContaining({ name: edited.name, opinion: "经审核，该项目成本指标缺失，请补充后重新报送。" })]);

    await click(button("生成审核意见"));
    const rows = port.data.sheets.find((s) => s.name === "审核意见")!.values;
    const at = rows.findIndex((r) => r[0] === "四、项目审核意见");
    expect(at).toBeGreaterThan(0);
    expect(rows[at + 1].slice(0, 2)).toEqual([1, edited.name]);
    expect(rows[at + 2][1]).toBe("经审核，该项目成本指标缺失，请补充后重新报送。");
    expect(rows[at + 3].slice(0, 2)).toEqual([2, drafted.name]);
    expect(String(rows[at + 4][1])).toMatch(new RegExp(`^经审核，“${drafted.name}”`));
  });

  it("sets one verdict for the selected projects, and every unreviewed one to 待定, each in one save", async () => {
    const port = seedAdapter();
    const first = await runCheck(port, { message: findingMessages() });
    if (!first.ok) throw new Error(first.code);
    const projects = first.value.parsed.projects;
    render(<App port={port} />);
    await check();
    await click(tab("项目"));
    await click(labelled(`选择“${projects[0].name}”`));
    await click(labelled(`选择“${projects[1].name}”`));
    expect(screen.getByText("已选 2 个项目")).toBeTruthy();
    await type(labelled("所选项目的结论"), "通过");
    const saves = jest.spyOn(port, "setSetting");
    await click(button("保存所选（2）"));
    expect(saves.mock.calls.filter(([key]) => key === REVIEW_SETTING_KEY)).toHaveLength(1);
    expect(status()).toBe("已保存 2 个项目的审核结论：通过。");
    expect((await storedReview(port)).verdicts.map((v) => [v.name, v.verdict])).toEqual([[projects[0].name, "通过"], [projects[1].name, "通过"]]);

    await click(button(`未审的 ${projects.length - 2} 个项目全部设为待定`));
    const verdicts = (await storedReview(port)).verdicts;
    expect(verdicts).toHaveLength(projects.length);
    expect(verdicts.filter((v) => v.verdict === "待定")).toHaveLength(projects.length - 2);
    expect(status()).toBe(`已保存 ${projects.length - 2} 个项目的审核结论：待定。`);
  });

  it("selects a project's row in the sheet when its name is clicked", async () => {
    const port = seedAdapter();
    const first = await runCheck(port, { message: findingMessages() });
    if (!first.ok) throw new Error(first.code);
    const project = first.value.parsed.projects[0];
    render(<App port={port} />);
    await check();
    await click(tab("项目"));
    await click(screen.getAllByTitle(`定位到第 ${project.row} 行`)[0]);
    expect(port.data.selection.sheet).toBe("项目表");
    expect(port.data.selection.address).toMatch(new RegExp(`^A${project.row}:[A-Z]+${project.row}$`));
  });
});

describe("审核意见", () => {
  it("writes the sheet with today's date and the reviewer, and accepting still works afterwards", async () => {
    const port = seedAdapter();
    window.localStorage.setItem(REVIEWER_KEY, "王审核");
    render(<App port={port} />);
    await check();
    expect((screen.getByLabelText("审核人") as HTMLInputElement).value).toBe("王审核");
    await click(button("生成审核意见"));
    expect(status()).toMatch(/^已生成工作表“审核意见”：未解决问题 \d+ 个，已接受 0 个，项目审核结论 0 个。$/);
    expect(port.data.active).toBe("审核意见");
    const sheet = port.data.sheets.find((s) => s.name === "审核意见")!;
    const text = JSON.stringify(sheet.values);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    expect(text).toContain(today);
    expect(text).toContain("王审核");

    // The table is no longer the active sheet; an acceptance still refreshes the table's lists.
    await click(pick("B57"));
    await type(labelled(/^接受理由/), "四舍五入");
    await click(button("接受所选问题"));
    expect(tabLabel("已接受")).toBe("已接受 (1)");
    expect(port.data.active).toBe("审核意见");
  });
});
