/**
 * @jest-environment jsdom
 */
// The progress bar for slow actions, and the 插入项目模板 plumbing (selection inside / outside the table).
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { installDomShims, seedAdapter } from "./pane-fixture";

beforeAll(installDomShims);

/** Make the port's `method` wait until the returned function is called: a slow workbook, on cue. */
function hold(port: ReturnType<typeof seedAdapter>, method: "readActiveSheet" | "refreshOwnedSheet"): () => void {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const slow = port as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const real = slow[method].bind(port);
  slow[method] = async (...args) => {
    await gate;
    return real(...args);
  };
  return () => release();
}

describe("progress", () => {
  it("shows a progress bar while an action runs longer than the delay, and removes it after", async () => {
    const port = seedAdapter();
    const release = hold(port, "readActiveSheet");
    render(<App port={port} progressDelayMs={20} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "一键校验" }));
    });
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    // What it is doing now: reading the sheet (the workbook host is slow to answer here).
    expect(screen.getByText("正在校验… 正在读取工作表…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "拆分指标" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      release();
    });
    await screen.findByRole("region", { name: "警告" });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("cancels a slow check before it writes: the workbook is exactly as it was, and the pane says so", async () => {
    const port = seedAdapter();
    const before = structuredClone(port.data);
    const release = hold(port, "readActiveSheet");
    render(<App port={port} progressDelayMs={0} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "一键校验" }));
    });
    await screen.findByRole("progressbar");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "取消" }));
      release();
    });
    expect((await screen.findByRole("status")).textContent).toBe("已取消，工作簿没有任何改动。");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(port.data).toEqual(before);
  });

  it("offers no 取消 once the action writes: it finishes", async () => {
    const port = seedAdapter();
    const release = hold(port, "refreshOwnedSheet");
    render(<App port={port} progressDelayMs={0} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "一键校验" }));
    });
    await screen.findByText("正在校验… 正在写入工作簿（写入时不能取消）…");
    expect((screen.getByRole("button", { name: "取消" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      release();
    });
    await screen.findByRole("region", { name: "警告" });
    expect(port.data.sheets.map((s) => s.name)).toContain("校验结果");
  });

  it("does not flash a progress bar for quick actions", async () => {
    render(<App port={seedAdapter()} progressDelayMs={60_000} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    });
    await screen.findByText("没有需要清除的标记。");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});

describe("插入项目模板 plumbing", () => {
  it("explains a selection outside the table in the pane (when the button is enabled) and writes nothing", async () => {
    const port = seedAdapter();
    const before = structuredClone(port.data);
    render(<App port={port} templateEnabled />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "插入项目模板" }));
    });
    expect((await screen.findByRole("alert")).textContent).toContain("选中的位置不在绩效目标表的数据区域内");
    expect(port.data).toEqual(before);
  });
});
