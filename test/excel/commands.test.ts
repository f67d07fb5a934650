/**
 * @jest-environment jsdom
 */
// The ribbon commands: the host-agnostic part (ribbon.ts) and the Office glue (commands.ts) over a fake Office.
import { findingMessages } from "../../src/i18n";
import { ribbonCheck, ribbonClear } from "../../src/commands/ribbon";
import { runCheck } from "../../src/actions/actions";
import { acceptFindings } from "../../src/actions/review-actions";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import { LEGACY_SETTINGS_KEY, RULES_KEY } from "../../src/actions/rule-store";
import { RULES_BEFORE_2022, ruleSetToJson } from "../../src/core";
import { installDomShims, seedAdapter } from "../taskpane/pane-fixture";

jest.mock("../../src/excel/excel-port", () => ({ createExcelPort: jest.fn() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excelPort = require("../../src/excel/excel-port") as { createExcelPort: jest.Mock };

beforeAll(installDomShims);

describe("ribbon actions without Office", () => {
  it("一键校验 highlights, writes 校验结果, activates it and says what it found", async () => {
    const port = seedAdapter();
    const r = await ribbonCheck(port, "zh-CN");
    expect(r.ok).toBe(true);
    expect(r.text).toMatch(/^校验完成（规则集 广州市-2025（2025\.1））：错误 \d+ 个，警告 \d+ 个，提示 \d+ 个。已标记 \d+ 个单元格，结果写入工作表“校验结果”。标记在 [A-Z、 等]+ 列。$/);
    expect(port.data.active).toBe("校验结果");
    expect(port.data.sheets[0].fills.B57).toBe("#FFEB9C");
  });

  it("uses the rule set kept in the workbook and names it", async () => {
    const port = seedAdapter();
    await port.setSetting(RULES_KEY, ruleSetToJson(RULES_BEFORE_2022));
    const r = await ribbonCheck(port, "zh-CN");
    expect(r.text).toMatch(/^校验完成（规则集 广州市-2021前（2021\.1））：/);
    const result = port.data.sheets.find((s) => s.name === "校验结果")!;
    expect(JSON.stringify(result.values)).not.toContain("成本指标");
  });

  it("reads old three-threshold settings as an adjusted default rule set", async () => {
    const port = seedAdapter();
    await port.setSetting(LEGACY_SETTINGS_KEY, JSON.stringify({ roundingPerAddend: 0 }));
    const r = await ribbonCheck(port, "en");
    expect(r.text).toMatch(/^Check finished \(rule set 广州市-2025（本工作簿调整）（2025\.1）\):/);
    expect(port.data.sheets[0].fills.B57).toBe("#FFC7CE"); // beyond a zero allowance: an error, red
  });

  it("says how many accepted findings it left out", async () => {
    const port = seedAdapter();
    const first = await runCheck(port, { message: findingMessages() });
    if (!first.ok) throw new Error(first.code);
    const picked = first.value.review.open.filter((f) => f.code === "subtotal").slice(0, 2);
    await acceptFindings(port, first.value.source, picked.map((finding) => ({ finding, reason: "四舍五入" })), { who: "李审核", when: "2026-01-05T08:00:00.000Z" }, { message: findingMessages() });
    const r = await ribbonCheck(port, "zh-CN");
    expect(r.text).toContain("另有 2 个已接受的问题未计入。");
  });

  it("says so when the stored rule set cannot be used, and checks with the default", async () => {
    const port = seedAdapter();
    await port.setSetting(RULES_KEY, "{not json");
    const r = await ribbonCheck(port, "zh-CN");
    expect(r.ok).toBe(true);
    expect(r.text).toMatch(/^校验完成（规则集 广州市-2025（2025\.1））/);
    expect(r.text).toContain("工作簿中保存的规则集无法使用");
  });

  it("fails on a wrong sheet with a sentence and writes nothing", async () => {
    const port = new MemoryAdapter(newWorkbook([newSheet("Sheet1", [])]));
    const before = structuredClone(port.data);
    expect(await ribbonCheck(port, "en")).toEqual({ ok: false, text: 'The active sheet "Sheet1" is empty. Switch to the sheet with the performance target table and try again.' });
    expect(port.data).toEqual(before);
  });

  it("清除标记 restores the fills", async () => {
    const port = seedAdapter();
    await ribbonCheck(port, "zh-CN");
    const r = await ribbonClear(port, "zh-CN");
    expect(r.ok).toBe(true);
    expect(r.text).toMatch(/^已清除 \d+ 个单元格的标记/);
    expect(port.data.sheets[0].fills).toEqual({});
  });
});

describe("commands.ts over a fake Office", () => {
  const handlers = new Map<string, (event: { completed: () => void }) => Promise<void>>();
  let dialogHandlers: Record<string, () => void> = {};
  const displayDialogAsync = jest.fn((_url: string, _opts: unknown, cb: (r: unknown) => void) => {
    dialogHandlers = {};
    cb({ status: "succeeded", value: { addEventHandler: (type: string, h: () => void) => (dialogHandlers[type] = h), close: jest.fn() } });
  });

  beforeAll(() => {
    (globalThis as any).Office = {
      onReady: (cb: () => void) => {
        cb();
        return Promise.resolve({ host: "Excel" });
      },
      actions: { associate: (name: string, fn: any) => handlers.set(name, fn) },
      context: { displayLanguage: "zh-CN", ui: { displayDialogAsync } },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogEventReceived: "dialogEventReceived", DialogMessageReceived: "dialogMessageReceived" },
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/excel/commands"); // registers the handlers in Office.onReady

  });
  afterAll(() => delete (globalThis as any).Office);
  beforeEach(() => displayDialogAsync.mockClear());

  it("associates runCheck and clearMarks", () => {
    expect([...handlers.keys()].sort()).toEqual(["clearMarks", "runCheck"]);
  });

  it("completes the event after a successful check, without a dialog", async () => {
    const port = seedAdapter();
    excelPort.createExcelPort.mockResolvedValue(port);
    const event = { completed: jest.fn() };
    await handlers.get("runCheck")!(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(displayDialogAsync).not.toHaveBeenCalled();
    expect(port.data.active).toBe("校验结果");
  });

  it("on failure shows the reason in message.html and completes when the dialog closes", async () => {
    const port = new MemoryAdapter(newWorkbook([newSheet("Sheet1", [])]));
    excelPort.createExcelPort.mockResolvedValue(port);
    const event = { completed: jest.fn() };
    await handlers.get("runCheck")!(event);
    expect(displayDialogAsync).toHaveBeenCalledTimes(1);
    const url = new URL(displayDialogAsync.mock.calls[0][0]);
    expect(url.pathname).toMatch(/\/message\.html$/);
    expect(url.searchParams.get("text")).toContain("当前工作表“Sheet1”是空的");
    expect(event.completed).not.toHaveBeenCalled();
    dialogHandlers.dialogEventReceived();
    dialogHandlers.dialogEventReceived(); // a second event must not complete twice
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when the adapter cannot be created or the dialog cannot open", async () => {
    excelPort.createExcelPort.mockRejectedValue(new Error("no Excel"));
    displayDialogAsync.mockImplementationOnce((_u, _o, cb) => cb({ status: "failed" }));
    const event = { completed: jest.fn() };
    await handlers.get("clearMarks")!(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
