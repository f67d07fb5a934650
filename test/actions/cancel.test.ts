/**
 * 取消 (issue 19 item 1): a long action can be cancelled until it starts writing, and then the workbook is exactly
 * as it was; each action tells its steps (read, work, write) for the progress line.
 */
import { DEFAULT_RULES } from "../../src/core";
import { changeLabel, findingMessages } from "../../src/i18n";
import { runCheck, splitIndicators } from "../../src/actions/actions";
import { compareSheets } from "../../src/actions/compare-actions";
import { writeReviewSheet } from "../../src/actions/review-actions";
import { makeSelfEvaluation } from "../../src/actions/selfeval-actions";
import type { ActionOptions, ActionStep } from "../../src/actions/result";
import { cloneWorkbook } from "../../src/hosts/memory/memory.workbook";
import { memoryPort, typedSeed } from "../support/templates";

const message = findingMessages("zh-CN");

/** Every long action, run with the given options on a fresh copy of seed 004. */
const ACTIONS: Record<string, (port: ReturnType<typeof memoryPort>, opts: ActionOptions) => Promise<{ ok: boolean; code?: string }>> = {
  拆分指标: (port, o) => splitIndicators(port, { ...o, message }),
  一键校验: (port, o) => runCheck(port, { ...o, message }),
  对比: (port, o) => compareSheets(port, { ...o, message, otherGrid: typedSeed("004"), label: changeLabel("zh-CN") }),
  生成自评表: (port, o) => makeSelfEvaluation(port, { ...o, shape: "anhui" }),
  审核意见: (port, o) => writeReviewSheet(port, undefined, { date: "2026-12-03" }, { ...o, message, opinion: () => "" }),
};

describe.each(Object.keys(ACTIONS))("%s", (name) => {
  const run = ACTIONS[name];

  it("leaves the workbook exactly as it was when cancelled before writing", async () => {
    const port = memoryPort(typedSeed("004"));
    const before = cloneWorkbook(port.data);
    const controller = new AbortController();
    const steps: ActionStep[] = [];
    // Cancelled while it works out the result (as a click on 取消 during the check would be).
    const r = await run(port, { rules: DEFAULT_RULES, signal: controller.signal, step: (s) => (steps.push(s), s === "work" && controller.abort()) });
    expect(r).toEqual({ ok: false, code: "cancelled" });
    expect(port.data).toEqual(before);
    expect(steps).toEqual(["read", "work"]);
  });

  it("finishes once it has started writing, even if cancelled then", async () => {
    const port = memoryPort(typedSeed("004"));
    const controller = new AbortController();
    const steps: ActionStep[] = [];
    const r = await run(port, { rules: DEFAULT_RULES, signal: controller.signal, step: (s) => (steps.push(s), s === "write" && controller.abort()) });
    expect(r.ok).toBe(true);
    expect(steps).toEqual(["read", "work", "write"]);
  });
});
