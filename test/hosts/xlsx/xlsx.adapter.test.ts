/**
 * XlsxAdapter: every WorkbookPort method over a real ExcelJS workbook, saved and re-opened as bytes, and the
 * guarantee that everything of the user's (values, formulas, merges, widths, heights, styles) comes back as it was.
 */
import { findingMessages } from "../../../src/i18n";
import ExcelJS from "exceljs";
import { clearMarks, runCheck, splitIndicators } from "../../../src/actions/actions";
import { DETAIL_SHEET, highlightsFor, RESULT_SHEET } from "../../../src/core";
import { PortError } from "../../../src/hosts/workbook.port";
import { XlsxAdapter } from "../../../src/hosts/xlsx/xlsx.adapter";
import { META_SHEET } from "../../../src/hosts/shared/perftarget-sheet";
import { seedGrid } from "../../support/seeds";
import { MemoryAdapter } from "../../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../../src/hosts/memory/memory.workbook";
import { cellsOf, normalised, reopen, richWorkbook, sheetState, solidFills } from "./xlsx.fixture";

const AMBER = "#FFEB9C";
/** Excel's "no fill" as ExcelJS reads it back: absent, or pattern none. */
const noFill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.pattern === undefined || (cell.fill as ExcelJS.FillPattern).pattern === "none";
const portError = async (p: Promise<unknown>) => p.then(() => "no error", (e: unknown) => (e instanceof PortError ? e.code : `not a PortError: ${String(e)}`));

async function adapterOf(wb: ExcelJS.Workbook): Promise<XlsxAdapter> {
  return XlsxAdapter.fromBytes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe("XlsxAdapter reading", () => {
  it("reads values like the loader (merged cells empty, cached formula results, errors), without its memory sheet", async () => {
    const port = await adapterOf(richWorkbook());
    expect(await port.sheetNames()).toEqual(["项目表", "备注"]);
    const s = await port.readSheet("备注");
    expect(s.rows[0].slice(0, 4)).toEqual(["说明", 3, { error: "#DIV/0!" }, 300]);
    const t = await port.readActiveSheet();
    expect(t.name).toBe("项目表");
    expect(t.rows[0][0]).toBe("项目支出绩效目标表");
    expect(t.rows[1]).toEqual(["部门名称：测试", null, null, null, null, null, null]); // B2:G2 are inside the merged area
    expect(await portError(port.readSheet(META_SHEET))).toBe("sheet-not-found");
  });

  it("opens on the workbook's active tab", async () => {
    const wb = richWorkbook();
    wb.views = [{ x: 0, y: 0, width: 10000, height: 8000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
    expect((await (await adapterOf(wb)).readActiveSheet()).name).toBe("备注");
  });

  it("reads formulas by address, shared ones translated", async () => {
    const port = await adapterOf(richWorkbook());
    const f = await port.readFormulas("备注");
    expect(f).toMatchObject({ B1: "=1+2", C1: "=1/0", A3: "=B3*2", A4: "=B4*2", A5: "=B5*2" });
  });
});

describe("XlsxAdapter sheets of its own", () => {
  it("adds a sheet: text columns as text, links as formulas with no stale result, frozen header, filter, widths, lists", async () => {
    const port = await adapterOf(richWorkbook());
    const name = await port.addSheet({
      name: DETAIL_SHEET,
      rows: [["来源", "代码", "数"], [{ formula: '=HYPERLINK("#\'项目表\'!A1","A1")' }, "=1+1", 7], [null, "001", null]],
      textColumns: [1],
      header: true,
      widths: [10, 20],
      validations: [{ column: 1, lastRow: 3, list: ["1-产出指标", "2-效益指标"] }],
      activate: true,
    });
    expect(name).toBe(DETAIL_SHEET);
    expect(port.activeSheet).toBe(DETAIL_SHEET);
    const again = await reopen(port);
    const ws = again.workbook.getWorksheet(DETAIL_SHEET)!;
    expect(ws.getCell("A2").value).toEqual({ formula: 'HYPERLINK("#\'项目表\'!A1","A1")' });
    expect(ws.getCell("B2").value).toBe("=1+1");
    expect(ws.getCell("B2").numFmt).toBe("@");
    expect(ws.getCell("B3").value).toBe("001");
    expect(ws.getCell("C2").value).toBe(7);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBe("A1:C3");
    expect(ws.getColumn(2).width).toBe(20);
    expect(ws.getCell("B3").dataValidation).toMatchObject({ type: "list", formulae: ['"1-产出指标,2-效益指标"'] });
    expect(await again.sheetNames()).toEqual(["项目表", "备注", DETAIL_SHEET]);
    expect(await portError(port.addSheet({ name: "x", rows: [], validations: [{ column: 0, lastRow: 2, list: ["a,b"] }] }))).toBe("host-error");
  });

  it("colours, formats and edits one text cell of a new sheet without touching the others (they share one style)", async () => {
    const port = await adapterOf(richWorkbook());
    const name = await port.addSheet({ name: DETAIL_SHEET, rows: [["代码", "名称"], ["001", "甲"], ["002", "乙"]], textColumns: [0, 1], header: true });
    await port.highlight(name, [{ address: "A2", color: "#FFC7CE" }]);
    await port.writeCells(name, [{ address: "B3", value: { formula: "=1+1" } }]);
    const ws = (await reopen(port)).workbook.getWorksheet(name)!;
    expect(solidFills(ws)).toEqual({ A2: "#FFC7CE" });
    expect(["A1", "A2", "A3", "B1", "B2"].map((a) => ws.getCell(a).numFmt)).toEqual(["@", "@", "@", "@", "@"]);
    expect(ws.getCell("B3").value).toMatchObject({ formula: "1+1" });
    expect(ws.getCell("B3").numFmt).toBeUndefined();
  });

  it("names a new sheet without overwriting one, and refreshes only a sheet it made, in its place", async () => {
    const wb = richWorkbook();
    wb.addWorksheet(RESULT_SHEET).getCell("A1").value = "用户自己的表";
    const port = await adapterOf(wb);
    const first = await port.refreshOwnedSheet({ name: RESULT_SHEET, rows: [["序号"], [1]] });
    expect(first).toBe(`${RESULT_SHEET} (2)`);
    expect(await port.addSheet({ name: DETAIL_SHEET, rows: [["a"]] })).toBe(DETAIL_SHEET);
    const reopened = await reopen(port);
    // A new session over the saved file still knows which sheets are its own.
    expect(await reopened.refreshOwnedSheet({ name: first, rows: [["序号"], [2]] })).toBe(first);
    expect(await reopened.sheetNames()).toEqual(["项目表", "备注", RESULT_SHEET, first, DETAIL_SHEET]);
    expect(reopened.workbook.getWorksheet(first)!.getCell("A2").value).toBe(2);
    expect(reopened.workbook.getWorksheet(RESULT_SHEET)!.getCell("A1").value).toBe("用户自己的表");
    expect(reopened.workbook.getWorksheet(META_SHEET)!.state).toBe("veryHidden");
    // The user deletes our sheet and makes one of that name: it is theirs now (its first row is not ours).
    reopened.workbook.removeWorksheet(reopened.workbook.getWorksheet(first)!.id);
    reopened.workbook.addWorksheet(first).getCell("A1").value = "我的备注";
    expect(await reopened.refreshOwnedSheet({ name: RESULT_SHEET, rows: [["序号"], [3]] })).toBe(`${RESULT_SHEET} (3)`);
    expect(reopened.workbook.getWorksheet(first)!.getCell("A1").value).toBe("我的备注");
  });

  it.each(["序号\t问题\t\t", "序号\t问题"])("refreshes a sheet WPS recorded with its first row as %j (trailing tabs or none)", async (signature) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(RESULT_SHEET).addRow(["序号", "问题"]);
    const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
    meta.getCell("F1").value = RESULT_SHEET;
    meta.getCell("G1").value = signature;
    const port = await adapterOf(wb);
    expect(await port.refreshOwnedSheet({ name: RESULT_SHEET, rows: [["序号", "问题"], [1, "x"]] })).toBe(RESULT_SHEET);
    expect(await port.sheetNames()).toEqual([RESULT_SHEET]);
    expect(port.workbook.getWorksheet(RESULT_SHEET)!.getCell("A2").value).toBe(1);
  });
});

describe("XlsxAdapter highlights", () => {
  it("colours cells and restores every original fill exactly after a save and reload: colours, patterns and no fill", async () => {
    const wb = richWorkbook();
    const before = cellsOf((await reopen(await adapterOf(wb))).workbook.getWorksheet("项目表")!);
    const port = await adapterOf(wb);
    // C5 has a yellow fill, D5 a gray pattern, B5 none, A9 is empty; B6 shares B5's style object in ExcelJS.
    await port.highlight("项目表", ["B5", "C5", "D5", "A9"].map((address) => ({ address, color: AMBER })));
    const marked = await reopen(port);
    const ws = marked.workbook.getWorksheet("项目表")!;
    for (const a of ["B5", "C5", "D5", "A9"]) expect(ws.getCell(a).fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFEB9C" } });
    expect(noFill(ws.getCell("B6"))).toBe(true);
    // A second check colours again: the remembered original must stay the user's, not our amber.
    await marked.highlight("项目表", [{ address: "C5", color: "#FFC7CE" }]);
    expect(await marked.clearHighlights()).toBe(4);
    const after = cellsOf((await reopen(marked)).workbook.getWorksheet("项目表")!);
    expect(after).toEqual({ ...before, A9: after.A9 });
    expect(after.A9?.style.fill).toBeUndefined(); // an empty cell had no fill at all, and has none again
    expect(await marked.clearHighlights()).toBe(0);
  });

  it("refuses a protected sheet and changes nothing", async () => {
    const wb = richWorkbook();
    await wb.getWorksheet("备注")!.protect("", {});
    const port = await adapterOf(wb);
    const before = await reopen(port);
    expect(await portError(port.highlight("备注", [{ address: "A1", color: AMBER }]))).toBe("sheet-protected");
    expect(await portError(port.writeCells("备注", [{ address: "A1", value: "x" }]))).toBe("sheet-protected");
    expect(await portError(port.insertRows("备注", 1, [["x"]]))).toBe("sheet-protected");
    const after = await reopen(port);
    expect(cellsOf(after.workbook.getWorksheet("备注")!)).toEqual(cellsOf(before.workbook.getWorksheet("备注")!));
    expect(after.workbook.getWorksheet(META_SHEET)).toBeUndefined();
  });
});

describe("XlsxAdapter text fidelity", () => {
  it("saves text that looks like an escape, CR line breaks and control characters exactly (ExcelJS alone would not)", async () => {
    const texts = ["a_x0041_b", "第一行\r\n第二行", "tab\there", "bell\u0007", "_x005F_ and _X000d_"];
    const port = XlsxAdapter.fromGrid({ name: "S", rows: [texts, [{ error: "#N/A" }]] });
    port.worksheet("S")!.getCell("A3").value = { richText: [{ text: "r_x0042_" }] };
    const again = await reopen(port);
    expect((await again.readSheet("S")).rows[0].map(String)).toEqual(texts.map((t) => t.replace(/\r\n/g, "\n")));
    expect(again.worksheet("S")!.getCell("B1").value).toBe("第一行\r\n第二行");
    expect(again.worksheet("S")!.getCell("A3").value).toEqual({ richText: [{ text: "r_x0042_" }] });
    expect(port.worksheet("S")!.getCell("A1").value).toBe("a_x0041_b"); // the workbook in memory is unchanged
  });
});

describe("XlsxAdapter rows, cells, selection and settings", () => {
  it("inserts rows like Excel: cells, formulas, merges, notes and remembered fills move down; styles come from above", async () => {
    const port = await adapterOf(richWorkbook());
    await port.highlight("项目表", [{ address: "B6", color: AMBER }]);
    await port.insertRows("项目表", 6, [["新项目", { formula: "=SUM(C7:D7)" }], ["=文本"]]);
    const ws = (await reopen(port)).workbook.getWorksheet("项目表")!;
    expect(ws.getCell("A6").value).toBe("新项目");
    expect(ws.getCell("B6").value).toEqual({ formula: "SUM(C7:D7)" });
    expect(ws.getCell("A7").value).toBe("=文本");
    expect(ws.getCell("A8").value).toBe("项目乙");
    expect(ws.getCell("A8").note).toBe("备注甲");
    expect(ws.getCell("B8").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell("B6").border).toEqual(ws.getCell("B5").border); // style from the row above, without our amber
    expect(noFill(ws.getCell("B6"))).toBe(true);
    expect(ws.getCell("E4").value).toMatchObject({ formula: "SUM(B5:B10)" }); // range grew over the new rows
    expect(ws.getCell("E12").value).toMatchObject({ formula: "B12+$B$12" });
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A2:G2", "A12:B13"]));
    const other = (await reopen(port)).workbook.getWorksheet("备注")!;
    expect(other.getCell("D1").value).toMatchObject({ formula: "SUM(项目表!B5:B10)" });
    expect(await port.clearHighlights()).toBe(1);
    expect(noFill((await reopen(port)).workbook.getWorksheet("项目表")!.getCell("B8"))).toBe(true);
  });

  it("writes cells: text as text, formulas without a stale result, the last write to a cell winning", async () => {
    const port = await adapterOf(richWorkbook());
    await port.writeCells("备注", [
      { address: "A2", value: "=1+1" },
      { address: "B2", value: { formula: "=A3+1" } },
      { address: "B2", value: { formula: "=A3+2" } },
    ]);
    const ws = (await reopen(port)).workbook.getWorksheet("备注")!;
    expect(ws.getCell("A2").value).toBe("=1+1");
    expect(ws.getCell("B2").value).toEqual({ formula: "A3+2" });
    expect(await portError(port.writeCells("备注", [{ address: "not-a-cell", value: 1 }]))).toMatch(/not a PortError/);
  });

  it("selects a cell, knows a merged one, and saves the active tab with one selected tab", async () => {
    const port = await adapterOf(richWorkbook());
    await port.select("项目表", "A2");
    expect(await port.getSelection()).toMatchObject({ sheet: "项目表", row: 2, column: 1, merged: true });
    await port.select("备注", "B3:C4");
    expect(await port.getSelection()).toEqual({ sheet: "备注", row: 3, column: 2, rowCount: 2, columnCount: 2, merged: false });
    const again = await reopen(port);
    expect(again.activeSheet).toBe("备注");
    // ExcelJS does not read tabSelected back, so look at what was written: one selected tab, or Excel groups them.
    expect(sheetState(port.workbook).filter((s) => s.tabSelected).map((s) => s.name)).toEqual(["备注"]);
    expect(again.workbook.getWorksheet("备注")!.views[0].activeCell).toBe("B3");
    expect(await portError(port.select("无此表", "A1"))).toBe("sheet-not-found");
  });

  it("keeps settings in the workbook, long ones too", async () => {
    const port = await adapterOf(richWorkbook());
    const long = JSON.stringify({ accepted: "x".repeat(70_000) });
    await port.setSetting("perftarget.settings", '{"satisfactionMin":85}');
    await port.setSetting("perftarget.review", long);
    const again = await reopen(port);
    expect(await again.getSetting("perftarget.settings")).toBe('{"satisfactionMin":85}');
    expect(await again.getSetting("perftarget.review")).toBe(long);
    expect(await again.getSetting("nothing")).toBeNull();
  });

  it("reads back from the saved file a 200,000-character Chinese setting, emoji on 32,000-character boundaries whole", async () => {
    const port = await adapterOf(richWorkbook());
    // Cut at every 32,000th character, both emoji would be split in half (which a saved file cannot hold).
    const head = `${"审".repeat(31_999)}😀${"核".repeat(31_998)}😀`;
    const value = head + "意见，".repeat(50_000).slice(0, 200_000 - head.length);
    expect(value).toHaveLength(200_000);
    await port.setSetting("perftarget.review", value);
    const again = await XlsxAdapter.fromBytes(await port.toBytes());
    const read = (await again.getSetting("perftarget.review")) ?? "";
    expect({ length: read.length, same: read === value }).toEqual({ length: 200_000, same: true }); // no 200 KB diff on failure
    const meta = again.workbook.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe("veryHidden");
    const cells = Array.from({ length: 9 }, (_, i) => meta.getRow(1).getCell(10 + i).value);
    expect([meta.getCell("I1").value, ...cells.map((v) => (typeof v === "string" ? v.length : v))]).toEqual(["perftarget.review", 31_999, 32_000, 32_000, 32_000, 32_000, 32_000, 8_001, null, null]);
  });
});

describe("XlsxAdapter and the actions over seed 004 in a formatted workbook", () => {
  it("keeps every original value, formula, merge, width, height and style; only our fills change, and 清除标记 undoes them", async () => {
    const wb = richWorkbook(seedGrid("004").rows);
    const original = await reopen(await adapterOf(wb));
    const port = await adapterOf(wb);
    const split = await splitIndicators(port, { message: findingMessages() });
    if (!split.ok) throw new Error(split.code);
    await port.select("项目表", "A1");
    const check = await runCheck(port, { message: findingMessages() });
    if (!check.ok) throw new Error(check.code);
    expect(split.value.indicators).toBe(404);
    const marked = await reopen(port);
    const marks = new Set(highlightsFor(check.value.findings).map((h) => h.address));
    for (const name of ["项目表", "备注"]) {
      const want = cellsOf(original.workbook.getWorksheet(name)!);
      const got = cellsOf(marked.workbook.getWorksheet(name)!);
      for (const [a, cell] of Object.entries(got)) {
        if (marks.has(a) && name === "项目表") expect(cell.style.fill).toMatchObject({ pattern: "solid" });
        else expect([a, cell]).toEqual([a, want[a]]);
      }
      expect(Object.keys(got).filter((a) => !(a in want) && !marks.has(a))).toEqual([]);
      expect(sheetState(marked.workbook).find((s) => s.name === name)).toEqual(sheetState(original.workbook).find((s) => s.name === name));
    }
    expect((await marked.readSheet(DETAIL_SHEET)).rows).toHaveLength(405);
    expect(await clearMarks(marked)).toEqual({ ok: true, value: { restored: marks.size } });
    const cleared = await reopen(marked);
    const want = cellsOf(original.workbook.getWorksheet("项目表")!);
    const got = cellsOf(cleared.workbook.getWorksheet("项目表")!);
    for (const [a, cell] of Object.entries(want)) expect([a, got[a]]).toEqual([a, cell]);
  });
});

describe.each(["000", "004"])("XlsxAdapter against the memory reference, seed %s", (prefix) => {
  it("拆分指标, 一键校验 and 清除标记 leave the same workbook (values, formulas, fills, active sheet)", async () => {
    const grid = { ...seedGrid(prefix), name: "Sheet1" };
    const memory = new MemoryAdapter(newWorkbook([newSheet("Sheet1", grid.rows.map((r) => [...r]))]));
    const xlsx = XlsxAdapter.fromGrid(grid);
    // A user's own colours, on and off the checked cells.
    memory.data.sheets[0].fills = { A1: "#00B050", G12: "#0070C0" };
    xlsx.worksheet("Sheet1")!.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    xlsx.worksheet("Sheet1")!.getCell("G12").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF0070C0" } };
    const dumps = async () => [
      await normalised(memory, memory.data.active, (n) => memory.data.sheets.find((s) => s.name === n)?.fills ?? {}),
      await normalised(xlsx, xlsx.activeSheet, (n) => solidFills(xlsx.worksheet(n))),
    ];
    for (const step of [() => splitIndicators(memory, { message: findingMessages() }), () => splitIndicators(xlsx, { message: findingMessages() })]) expect((await step()).ok).toBe(true);
    const [m1, x1] = await dumps();
    expect(x1).toEqual(m1);
    for (const p of [memory, xlsx]) await p.select("Sheet1", "A1");
    for (const p of [memory, xlsx]) expect((await runCheck(p, { message: findingMessages() })).ok).toBe(true);
    const [m2, x2] = await dumps();
    expect(x2).toEqual(m2);
    for (const p of [memory, xlsx]) await clearMarks(p);
    const [m3, x3] = await dumps();
    expect(x3).toEqual(m3);
    expect(x3.sheets[0].cells.A1?.fill).toBe("#00B050");
  });
});
