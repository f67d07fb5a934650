/// <reference types="office-js" />
/**
 * ExcelAdapter against the strict fake Excel: every WorkbookPort method, then the "Must show" list for
 * seeds 000 and 004 through the actions the task pane and ribbon call, then how sync counts grow with size.
 */
import { findingMessages } from "../../../src/i18n";
import { clearMarks, runCheck, splitIndicators } from "../../../src/actions/actions";
import { measureExcelActions } from "../../../src/bench/excel-syncs";
import { DETAIL_HEADER, highlightsFor, type Grid } from "../../../src/core";
import { ExcelAdapter, widthPoints } from "../../../src/hosts/excel/excel.adapter";
import { META_SHEET } from "../../../src/hosts/shared/perftarget-sheet";
import { REQUEST_BUDGET } from "../../../src/hosts/excel/payload";
import { PortError } from "../../../src/hosts/workbook.port";
import { Dump, FakeExcel, FakeExcelOptions, MB } from "../../support/fake-excel";
import { seedGrid } from "../../support/seeds";

let fake: FakeExcel;

function start(grids: Grid | Grid[], options?: FakeExcelOptions): FakeExcel {
  fake = FakeExcel.fromGrids(grids, options).install();
  return fake;
}

afterEach(() => fake?.uninstall());

const sheet1 = (rows: Grid["rows"]): Grid => ({ name: "Sheet1", rows });
const seed = (prefix: string): Grid => ({ ...seedGrid(prefix), name: "Sheet1" });
const portError = async (p: Promise<unknown>) => p.then(() => "no error", (e: unknown) => (e instanceof PortError ? e.code : `not a PortError: ${String(e)}`));

/** Cells with a fill on a sheet of a dump: address → colour. */
function fills(d: Dump, name: string): Record<string, string> {
  const s = d.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return Object.fromEntries(Object.entries(s.cells).flatMap(([a, c]) => (c.fill ? [[a, c.fill]] : [])));
}

/** How many syncs `action` takes on a copy of the current workbook (to fail each of them in turn afterwards). */
async function dryRun(action: () => Promise<unknown>): Promise<number> {
  const probe = new FakeExcel();
  probe.book = structuredClone(fake.book);
  fake.uninstall();
  probe.install();
  try {
    await action();
    return probe.syncCount;
  } finally {
    probe.uninstall();
    fake.install();
  }
}

const sheetOf = (d: Dump, name: string) => d.sheets.find((s) => s.name === name);

/** Syncs and Excel.run calls made by `f`. */
async function counted<T>(f: () => Promise<T>): Promise<{ value: T; syncs: number; runs: number }> {
  const s = fake.syncCount;
  const r = fake.runCount;
  const value = await f();
  return { value, syncs: fake.syncCount - s, runs: fake.runCount - r };
}

describe("ExcelAdapter reading", () => {
  it("reads the active sheet anchored at A1, with error values kept apart from text", async () => {
    start(sheet1([[], [null, null, "x", 3], [null, null, { error: "#REF!" }, "#REF!"]]));
    const { value, syncs, runs } = await counted(() => new ExcelAdapter().readActiveSheet());
    expect(value).toEqual({ name: "Sheet1", rows: [[], [null, null, "x", 3], [null, null, { error: "#REF!" }, "#REF!"]] });
    expect([syncs, runs]).toEqual([1, 1]);
  });

  it("reads an empty sheet as no rows", async () => {
    start(sheet1([]));
    expect(await new ExcelAdapter().readSheet("Sheet1")).toEqual({ name: "Sheet1", rows: [] });
  });

  it("reads a tall sheet in row blocks that together equal the sheet", async () => {
    const rows = Array.from({ length: 950 }, (_, i) => [`row ${i + 1}`, i, i % 7 ? null : "汉字".repeat(i % 50)]);
    start(sheet1(rows));
    const { value, syncs } = await counted(() => new ExcelAdapter({ firstBlockRows: 100, requestBudget: 20_000 }).readSheet("Sheet1"));
    expect(value.rows).toEqual(rows);
    expect(syncs).toBeGreaterThan(2);
  });

  it("reports a missing sheet as sheet-not-found", async () => {
    start(sheet1([["a"]]));
    expect(await portError(new ExcelAdapter().readSheet("Nope"))).toBe("sheet-not-found");
  });

  it("lists sheet names without its own hidden memory sheet", async () => {
    start([sheet1([["a"]]), { name: "Other", rows: [] }]);
    const port = new ExcelAdapter();
    await port.addSheet({ name: "Out", rows: [["x"]] });
    expect(fake.sheetNames()).toContain(META_SHEET);
    expect(await port.sheetNames()).toEqual(["Sheet1", "Other", "Out"]);
  });
});

describe("ExcelAdapter writing sheets", () => {
  it("adds a complete sheet in one run: values, links, text formats, frozen header, autofilter, widths, activation", async () => {
    start(sheet1([["a"]]));
    const port = new ExcelAdapter();
    const rows = [["来源", "名称", "数值"], [{ formula: '=HYPERLINK("#\'Sheet1\'!A1","A1")' }, "001", 5]];
    const { value, runs, syncs } = await counted(() => port.addSheet({ name: "Out", rows, textColumns: [1], header: true, widths: [10, 20], activate: true }));
    expect(value).toBe("Out");
    expect([runs, syncs]).toEqual([1, 2]);
    const s = fake.sheet("Out");
    expect(fake.cell("Out", "A2")).toMatchObject({ formula: '=HYPERLINK("#\'Sheet1\'!A1","A1")', value: "A1" });
    expect(fake.cell("Out", "B2")).toMatchObject({ value: "001", format: "@" });
    expect(fake.cell("Out", "C2").value).toBe(5);
    expect([s.frozenRows, s.autoFilter, s.widths]).toEqual([1, "A1:C2", { 0: widthPoints(10), 1: widthPoints(20) }]);
    expect(fake.activeSheet).toBe("Out");
    expect(fake.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(fake.cell(META_SHEET, "F1").value).toBe(s.id);
  });

  it("writes text starting with =, +, - or @ as text, in text columns and elsewhere", async () => {
    start(sheet1([["a"]]));
    const tricky = ["=SUM(A1:A9)", "+86 20 1234", "-5%", "@home", "'quoted", "001", "TRUE", "1/2"];
    await new ExcelAdapter().addSheet({ name: "Out", rows: [tricky, tricky], textColumns: [0, 1, 2, 3, 4, 5, 6, 7].filter((c) => c % 2 === 0) });
    for (const row of [1, 2]) {
      tricky.forEach((text, c) => {
        const cell = fake.cell("Out", `${String.fromCharCode(65 + c)}${row}`);
        expect({ text, value: cell.value, formula: cell.formula }).toEqual({ text, value: text, formula: null });
      });
    }
  });

  it("names a new sheet without overwriting, and leaves the existing one untouched", async () => {
    start([sheet1([["a"]]), { name: "Out", rows: [["user data"]] }]);
    const before = fake.dump().sheets.find((s) => s.name === "Out");
    expect(await new ExcelAdapter().addSheet({ name: "out", rows: [["x"]] })).toBe("out (2)");
    expect(fake.dump().sheets.find((s) => s.name === "Out")).toEqual(before);
  });

  it("leaves no half-written sheet when any sync of addSheet fails", async () => {
    start(sheet1([["a"]]));
    const port = new ExcelAdapter({ requestBudget: 256 * 1024 });
    const rows = Array.from({ length: 3000 }, (_, i) => [`第${i}行`, "汉".repeat(100), { formula: `=HYPERLINK("#A${i + 1}","A${i + 1}")` }]);
    const spec = { name: "Out", rows, header: true, widths: [8, 40], activate: true };
    const before = fake.dump();
    const syncs = await dryRun(() => port.addSheet(spec));
    expect(syncs).toBeGreaterThan(3);
    for (let k = 1; k <= syncs; k++) {
      fake.failNextSync(k);
      expect(await portError(port.addSheet(spec))).toBe("host-error");
      expect(fake.dump()).toEqual(before);
    }
    expect(await port.addSheet(spec)).toBe("Out");
  });

  it("refreshes only a sheet it made, in place, and never a user's sheet of that name", async () => {
    start([sheet1([["a"]]), { name: "校验结果", rows: [["the user's own"]] }]);
    const port = new ExcelAdapter();
    const user = fake.dump().sheets.find((s) => s.name === "校验结果");
    expect(await port.refreshOwnedSheet({ name: "校验结果", rows: [["run 1"]] })).toBe("校验结果 (2)");
    expect(await port.refreshOwnedSheet({ name: "校验结果", rows: [["run 2"]] })).toBe("校验结果 (2)");
    expect(fake.sheetNames().filter((n) => n.startsWith("校验结果"))).toEqual(["校验结果", "校验结果 (2)"]);
    expect(fake.cell("校验结果 (2)", "A1").value).toBe("run 2");
    expect(fake.dump().sheets.find((s) => s.name === "校验结果")).toEqual(user);
  });

  it("replaces its own sheet at the same tab position and keeps it active if it was", async () => {
    start([sheet1([["a"]]), { name: "Z", rows: [] }]);
    const port = new ExcelAdapter();
    await port.refreshOwnedSheet({ name: "R", rows: [["old"]], activate: true });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("R").position = 0;
      await ctx.sync();
    });
    expect(await port.refreshOwnedSheet({ name: "R", rows: [["new"]] })).toBe("R");
    expect(fake.sheetNames().filter((n) => n !== META_SHEET)).toEqual(["R", "Sheet1", "Z"]);
    expect(fake.activeSheet).toBe("R");
    expect(fake.cell("R", "A1").value).toBe("new");
  });

  it("finds its sheets by id after the user renames them", async () => {
    start(sheet1([["a"]]));
    const port = new ExcelAdapter();
    await port.refreshOwnedSheet({ name: "R", rows: [["old"]] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("R").name = "Renamed";
      ctx.workbook.worksheets.add("R").getRange("A1").values = [["a user's R"]];
      await ctx.sync();
    });
    expect(await port.refreshOwnedSheet({ name: "R", rows: [["new"]] })).toBe("R (2)");
    expect(fake.cell("R", "A1").value).toBe("a user's R");
  });
});

describe("ExcelAdapter highlights", () => {
  const grid = sheet1([["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]);

  it("colours cells and restores every original fill exactly: user colours, white, and no fill", async () => {
    start(grid);
    fake.setFill("Sheet1", "A1", "#00B050");
    fake.setFill("Sheet1", "B1", "#FFFFFF"); // a real white fill is not "no fill"
    const before = fake.dump();
    const port = new ExcelAdapter();
    const cells = ["A1", "B1", "C1", "A2", "A3"].map((address, i) => ({ address, color: i % 2 ? "#FFC7CE" : "#ffeb9c" }));
    const { syncs } = await counted(() => port.highlight("Sheet1", cells));
    expect(syncs).toBe(2);
    expect(fills(fake.dump(), "Sheet1")).toEqual({ A1: "#FFEB9C", B1: "#FFC7CE", C1: "#FFEB9C", A2: "#FFC7CE", A3: "#FFEB9C" });
    expect(await port.clearHighlights("Sheet1")).toBe(5);
    expect(sheetOf(fake.dump(), "Sheet1")).toEqual(sheetOf(before, "Sheet1"));
    expect(fills(fake.dump(), "Sheet1")).toEqual({ A1: "#00B050", B1: "#FFFFFF" });
  });

  it("never remembers its own colour as an original when a cell is highlighted again", async () => {
    start(grid);
    const port = new ExcelAdapter();
    await port.highlight("Sheet1", [{ address: "B2", color: "#FFC7CE" }]);
    await port.highlight("Sheet1", [{ address: "B2", color: "#FFEB9C" }, { address: "$C$3", color: "#FFEB9C" }]);
    expect(fills(fake.dump(), "Sheet1")).toEqual({ B2: "#FFEB9C", C3: "#FFEB9C" });
    expect(await port.clearHighlights()).toBe(2);
    expect(fills(fake.dump(), "Sheet1")).toEqual({});
  });

  it("restores after a reload, from what the workbook remembers (a new adapter, no state of its own)", async () => {
    start(grid);
    fake.setFill("Sheet1", "C2", "#123456");
    await new ExcelAdapter().highlight("Sheet1", [{ address: "C2", color: "#FFC7CE" }]);
    expect(await new ExcelAdapter().clearHighlights()).toBe(1);
    expect(fills(fake.dump(), "Sheet1")).toEqual({ C2: "#123456" });
    expect(await new ExcelAdapter().clearHighlights()).toBe(0);
  });

  it("clears one sheet's marks and keeps the others' until asked", async () => {
    start([grid, { name: "Two", rows: grid.rows }]);
    const port = new ExcelAdapter();
    await port.highlight("Sheet1", [{ address: "A1", color: "#FFC7CE" }]);
    await port.highlight("Two", [{ address: "B2", color: "#FFC7CE" }]);
    expect(await port.clearHighlights("Sheet1")).toBe(1);
    expect([fills(fake.dump(), "Sheet1"), fills(fake.dump(), "Two")]).toEqual([{}, { B2: "#FFC7CE" }]);
    expect(await port.clearHighlights()).toBe(1);
    expect(fills(fake.dump(), "Two")).toEqual({});
  });

  it("follows a sheet the user renamed between highlighting and clearing", async () => {
    start(grid);
    const port = new ExcelAdapter();
    await port.highlight("Sheet1", [{ address: "A1", color: "#FFC7CE" }]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").name = "预算表";
      await ctx.sync();
    });
    expect(await port.clearHighlights("预算表")).toBe(1);
    expect(fills(fake.dump(), "预算表")).toEqual({});
  });

  it("colours thousands of cells through address lists under 8,000 characters, in one write", async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => [`r${i}`, i]);
    start(sheet1(rows));
    const port = new ExcelAdapter();
    const cells = rows.flatMap((_, i) => (i % 2 ? [] : [{ address: `B${i + 1}`, color: "#FFC7CE" }]));
    const { syncs } = await counted(() => port.highlight("Sheet1", cells));
    expect(syncs).toBe(2);
    expect(Object.keys(fills(fake.dump(), "Sheet1"))).toHaveLength(3000);
    await port.clearHighlights();
    expect(fills(fake.dump(), "Sheet1")).toEqual({});
  });

  it("is all or nothing: a failure at any sync of highlight or clear leaves the workbook as it was", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`a${i}`, `b${i}`, `c${i}`]);
    start(sheet1(rows));
    fake.setFill("Sheet1", "A1", "#00B050");
    // A small budget and short address lists, so each write takes several syncs.
    const port = new ExcelAdapter({ addressListChars: 12, requestBudget: 16 * 1024 });
    // Every other row, so no cells merge into runs like A1:A9 and the address lists stay many.
    const cells = rows.flatMap((_, i) => (i % 2 ? [] : [{ address: `A${i + 1}`, color: "#FFC7CE" }, { address: `C${i + 1}`, color: i % 3 ? "#FFEB9C" : "#FFC7CE" }]));
    for (const action of [() => port.highlight("Sheet1", cells), () => port.clearHighlights()]) {
      const before = fake.dump();
      const syncs = await dryRun(action);
      expect(syncs).toBeGreaterThan(3);
      for (let k = 1; k <= syncs; k++) {
        fake.failNextSync(k);
        expect(await portError(action())).toBe("host-error");
        expect(fake.dump()).toEqual(before);
      }
      await action();
    }
    expect(fills(fake.dump(), "Sheet1")).toEqual({ A1: "#00B050" });
  });

  it("reports a protected sheet and changes nothing", async () => {
    start(grid);
    fake.protect("Sheet1");
    const before = fake.dump();
    expect(await portError(new ExcelAdapter().highlight("Sheet1", [{ address: "A1", color: "#FFC7CE" }]))).toBe("sheet-protected");
    expect(fake.dump()).toEqual(before);
  });
});

describe("ExcelAdapter rows, selection and settings", () => {
  it("inserts whole rows, shifting the rows below with their fills, and moves remembered fills with them", async () => {
    start(sheet1([["h"], ["x"], ["y"]]));
    fake.setFill("Sheet1", "A3", "#00B050");
    const port = new ExcelAdapter();
    await port.highlight("Sheet1", [{ address: "A3", color: "#FFC7CE" }]);
    const { syncs, runs } = await counted(() => port.insertRows("Sheet1", 2, [["=new", 1], [{ formula: "=SUM(B2:B2)" }, null]]));
    expect([runs, syncs]).toEqual([1, 2]);
    expect(fake.values("Sheet1").map((r) => r[0])).toEqual(["h", "=new", 0, "x", "y"]);
    expect(fake.cell("Sheet1", "A3").formula).toBe("=SUM(B2:B2)");
    expect(fake.cell("Sheet1", "A5").fill).toBe("#FFC7CE");
    await port.clearHighlights();
    expect(fills(fake.dump(), "Sheet1")).toEqual({ A5: "#00B050" });
  });

  it("undoes an insertion whose write fails at any sync, and refuses a protected sheet", async () => {
    start(sheet1([["h"], ["x"]]));
    const port = new ExcelAdapter({ requestBudget: 70 * 1024 });
    const before = fake.dump();
    const rows = Array.from({ length: 300 }, () => ["汉".repeat(100)]);
    const syncs = await dryRun(() => port.insertRows("Sheet1", 2, rows));
    expect(syncs).toBeGreaterThan(2);
    for (let k = 1; k <= syncs; k++) {
      fake.failNextSync(k);
      expect(await portError(port.insertRows("Sheet1", 2, rows))).toBe("host-error");
      expect(fake.dump()).toEqual(before);
    }
    fake.protect("Sheet1");
    const locked = fake.dump();
    expect(await portError(port.insertRows("Sheet1", 2, rows))).toBe("sheet-protected");
    expect(fake.dump()).toEqual(locked);
  });

  it("selects a cell on another sheet and reads the selection back, merged or not", async () => {
    start([sheet1([["a"]]), { name: "Two", rows: [["b"]] }]);
    fake.merge("Two", "B2:D3");
    const port = new ExcelAdapter();
    await port.select("Two", "C5");
    expect(fake.activeSheet).toBe("Two");
    expect(await port.getSelection()).toEqual({ sheet: "Two", row: 5, column: 3, rowCount: 1, columnCount: 1, merged: false });
    await port.select("Two", "B2:D3");
    expect(await port.getSelection()).toEqual({ sheet: "Two", row: 2, column: 2, rowCount: 2, columnCount: 3, merged: true });
    expect(await portError(port.select("Nope", "A1"))).toBe("sheet-not-found");
  });

  it("keeps settings in the workbook", async () => {
    start(sheet1([["a"]]));
    const port = new ExcelAdapter();
    expect(await port.getSetting("rules")).toBeNull();
    await port.setSetting("rules", '{"bound":0.01}');
    expect(await new ExcelAdapter().getSetting("rules")).toBe('{"bound":0.01}');
  });
});

describe("ExcelAdapter host errors", () => {
  it("waits out cell-edit mode (delayForCellEdit) and maps the host's refusal to cell-edit-mode", async () => {
    start(sheet1([["a"]]));
    fake.cellEditMode = true;
    const port = new ExcelAdapter();
    expect((await port.readActiveSheet()).rows).toEqual([["a"]]);
    fake.failNextSync(1, "InvalidOperationInCellEditMode");
    expect(await portError(port.readActiveSheet())).toBe("cell-edit-mode");
  });

  it("maps other host failures to host-error", async () => {
    start(sheet1([["a"]]));
    fake.failNextSync(1, "GeneralException");
    expect(await portError(new ExcelAdapter().sheetNames())).toBe("host-error");
  });

  it("retries a rejected payload with smaller chunks, then reports payload-too-large and changes nothing", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`第${i}行`, "汉".repeat(200)]);
    start(sheet1([["a"]]), { requestLimit: 100 * 1024 });
    // The adapter plans 4 MB chunks; this host takes 100 KB.
    expect(await new ExcelAdapter().addSheet({ name: "Out", rows })).toBe("Out");
    expect(fake.values("Out")).toEqual(rows);
    expect(fake.syncs.some((s) => s.error === "RequestPayloadSizeLimitExceeded")).toBe(true);

    fake.uninstall();
    start(sheet1([["a"]]), { requestLimit: 32 * 1024 });
    const before = fake.dump();
    // One cell bigger than anything this host accepts.
    expect(await portError(new ExcelAdapter().addSheet({ name: "Out", rows: [["汉".repeat(20_000)]] }))).toBe("payload-too-large");
    expect(fake.dump()).toEqual(before);
  });

  it("recovers when its hidden memory sheet disappears behind its back", async () => {
    start(sheet1([["a"]]));
    const port = new ExcelAdapter();
    await port.highlight("Sheet1", [{ address: "A1", color: "#FFC7CE" }]);
    fake.edit((b) => (b.sheets = b.sheets.filter((s) => s.name !== META_SHEET)));
    expect(await port.clearHighlights()).toBe(0);
    expect(await port.refreshOwnedSheet({ name: "R", rows: [["x"]] })).toBe("R");
  });
});

describe.each([
  ["000", 152],
  ["004", 404],
])("Must show, seed %s", (prefix, indicators) => {
  beforeEach(() => {
    start(seed(prefix));
    fake.setFill("Sheet1", "A1", "#00B050"); // a user's own colours, on and off the checked cells
    fake.setFill("Sheet1", "G12", "#0070C0");
  });

  it(`拆分指标 writes 指标明细 with ${indicators} rows, the §5 columns, a frozen header and a link per row`, async () => {
    const r = await splitIndicators(new ExcelAdapter(), { message: findingMessages() });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.sheet).toBe("指标明细");
    const rows = fake.values("指标明细");
    expect(rows).toHaveLength(indicators + 1);
    expect(rows[0]).toEqual(DETAIL_HEADER);
    const detail = fake.sheet("指标明细");
    expect([detail.frozenRows, detail.autoFilter]).toEqual([1, `A1:O${indicators + 1}`]);
    r.value.parsed.indicators.forEach((ind, i) => {
      const address = `${ind.column}${ind.row}`;
      expect(fake.cell("指标明细", `A${i + 2}`)).toMatchObject({ formula: `=HYPERLINK("#'Sheet1'!${address}","${address}")`, value: address });
    });
    expect(fake.activeSheet).toBe("指标明细");
  });

  it("一键校验 colours exactly the findings' cells and writes 校验结果; 清除标记 restores every fill", async () => {
    const port = new ExcelAdapter();
    const before = fake.dump();
    const r = await runCheck(port, { message: findingMessages() });
    if (!r.ok) throw new Error(r.code);
    const marks = highlightsFor(r.value.findings);
    expect(marks.length).toBeGreaterThan(10);
    const expected = { ...fills(before, "Sheet1"), ...Object.fromEntries(marks.map((m) => [m.address, m.color])) };
    expect(fills(fake.dump(), "Sheet1")).toEqual(expected);
    expect(new Set(marks.map((m) => m.color))).toEqual(new Set(["#FFC7CE", "#FFEB9C"]));
    expect(fake.values("校验结果")).toHaveLength(r.value.findings.length + 1);

    const cleared = await clearMarks(port);
    expect(cleared).toEqual({ ok: true, value: { restored: marks.length } });
    const after = fake.dump();
    expect(after.sheets.find((s) => s.name === "Sheet1")).toEqual(before.sheets.find((s) => s.name === "Sheet1"));
    expect(fills(after, "Sheet1")).toEqual({ A1: "#00B050", G12: "#0070C0" });
  });

  it("running 拆分指标 twice creates 指标明细 (2) and never touches the first", async () => {
    const port = new ExcelAdapter();
    await splitIndicators(port, { message: findingMessages() });
    const first = fake.dump().sheets.find((s) => s.name === "指标明细");
    fake.select("Sheet1", "A1");
    const again = await splitIndicators(port, { message: findingMessages() });
    expect(again.ok && again.value.sheet).toBe("指标明细 (2)");
    expect(fake.dump().sheets.find((s) => s.name === "指标明细")).toEqual(first);
  });

  it("never touches a user's own sheet named 校验结果", async () => {
    fake.uninstall();
    start([seed(prefix), { name: "校验结果", rows: [["my notes"]] }]);
    const mine = fake.dump().sheets.find((s) => s.name === "校验结果");
    const port = new ExcelAdapter();
    const first = await runCheck(port, { message: findingMessages() });
    const second = await runCheck(port, { message: findingMessages() });
    expect([first.ok && first.value.resultSheet, second.ok && second.value.resultSheet]).toEqual(["校验结果 (2)", "校验结果 (2)"]);
    expect(fake.dump().sheets.find((s) => s.name === "校验结果")).toEqual(mine);
  });

  it("leaves the workbook exactly as it was when the second sync of an action fails", async () => {
    const port = new ExcelAdapter();
    for (const action of [() => splitIndicators(port, { message: findingMessages() }), () => runCheck(port, { message: findingMessages() }), () => clearMarks(port)]) {
      await runCheck(port, { message: findingMessages() }); // marks to clear, a result sheet to refresh
      fake.select("Sheet1", "A1");
      const before = fake.dump();
      fake.failNextSync(2);
      const r = await action();
      expect(r).toMatchObject({ ok: false, code: "host-error" });
      expect(fake.dump()).toEqual(before);
    }
  });

  it("leaves the workbook as it was when any sync of 拆分指标 or 清除标记 fails", async () => {
    const port = new ExcelAdapter();
    for (const action of [() => splitIndicators(port, { message: findingMessages() }), () => clearMarks(port)]) {
      await runCheck(port, { message: findingMessages() });
      fake.select("Sheet1", "A1");
      const before = fake.dump();
      const syncs = await dryRun(action);
      expect(syncs).toBeGreaterThan(1);
      for (let k = 1; k <= syncs; k++) {
        fake.failNextSync(k);
        expect(await action()).toMatchObject({ ok: false });
        expect(fake.dump()).toEqual(before);
      }
    }
  });

  it("answers a protected sheet with sheet-protected and changes nothing", async () => {
    fake.protect("Sheet1");
    const before = fake.dump();
    expect(await runCheck(new ExcelAdapter(), { message: findingMessages() })).toMatchObject({ ok: false, code: "sheet-protected" });
    expect(fake.dump()).toEqual(before);
  });
});

describe("sync counts", () => {
  const budget = REQUEST_BUDGET;
  let small: Awaited<ReturnType<typeof measureExcelActions>>;
  let big: Awaited<ReturnType<typeof measureExcelActions>>;

  beforeAll(async () => {
    small = await measureExcelActions(20);
    big = await measureExcelActions(20_000);
  }, 120_000);

  it("is a small constant per action on a 20-row sheet", () => {
    // check = read the sheet, read the review state (§13: accepted findings are not marked), clear, mark, 校验结果.
    expect(small.counts).toMatchObject({ rows: 20, split: 3, check: 7, clear: 2 });
  });

  it.each(["split", "check", "clear"] as const)("grows for %s only by whole 4 MB chunks on a 20,000-row sheet, never per row", (action) => {
    const s = big.syncs[action];
    const extra = s.length - small.syncs[action].length;
    const bytes = (pick: (x: { requestBytes: number; responseBytes: number }) => number) => s.reduce((n, x) => n + pick(x), 0);
    // Every extra round trip moves, on average, at least half a 4 MB chunk of request or response.
    const chunks = Math.ceil(bytes((x) => x.requestBytes) / (budget / 2)) + Math.ceil(bytes((x) => x.responseBytes) / (budget / 2));
    expect(extra).toBeLessThanOrEqual(chunks);
    // The round trips carrying little are the same few as on the small sheet: no per-row or per-cell syncs.
    expect(s.filter((x) => Math.max(x.requestBytes, x.responseBytes) < MB).length).toBeLessThanOrEqual(small.syncs[action].length);
    // And no request comes near Excel's 5 MB limit.
    expect(Math.max(...s.map((x) => x.requestBytes))).toBeLessThanOrEqual(budget);
    expect(s.every((x) => !x.error)).toBe(true);
  });

  it("handles the 20,000-row sheet's 150,000 indicators", () => {
    expect(big.counts.rows).toBe(20_000);
    expect(big.counts.indicators).toBeGreaterThan(100_000);
    expect(big.counts.maxRequestMb).toBeLessThanOrEqual(4);
    expect(big.counts.maxResponseMb).toBeLessThan(5);
  });
});
