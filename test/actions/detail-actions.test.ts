/**
 * On 指标明细: template rows with drop-downs, and 回写指标 — structured rows composed back into the source cell after
 * a before/after, the old text kept in the workbook and restorable. Over the in-memory workbook (seed 000).
 */
import { findingMessages } from "../../src/i18n";
import { splitIndicators } from "../../src/actions/actions";
import { WRITEBACK_KEY, addIndicatorTemplateRows, applyWriteBack, planRestoreWriteBack, planWriteBack, restoreWriteBack } from "../../src/actions/detail-actions";
import { insertProjectTemplate } from "../../src/actions/template-actions";
import { cellText, CellValue, DEFAULT_FRAMEWORK, DETAIL_SHEET, FrameworkIndex, parseIndicatorCell, PlaceholderMatcher } from "../../src/core";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { SHEET, memoryPort, typedSeed } from "../support/templates";

const ctx = { framework: new FrameworkIndex(DEFAULT_FRAMEWORK), placeholders: new PlaceholderMatcher() };

async function split(): Promise<MemoryAdapter> {
  const port = memoryPort(typedSeed("000"));
  const r = await splitIndicators(port, { message: findingMessages() });
  if (!r.ok) throw new Error(r.code);
  return port;
}

const sheet = (port: MemoryAdapter, name: string) => port.data.sheets.find((s) => s.name === name)!;
const detail = (port: MemoryAdapter) => sheet(port, DETAIL_SHEET);
/** 1-based rows of 指标明细 whose source link is `address`. */
const rowsFor = (port: MemoryAdapter, address: string) =>
  Object.entries(detail(port).formulas).filter(([a, f]) => a.startsWith("A") && f.includes(`!${address}"`)).map(([a]) => Number(a.slice(1))).sort((x, y) => x - y);
const set = (port: MemoryAdapter, row: number, col: number, v: CellValue) => (detail(port).values[row - 1][col] = v);
const source = (port: MemoryAdapter, address: string) => cellText(sheet(port, SHEET).values[Number(address.slice(1)) - 1][address.charCodeAt(0) - 65]);

describe("template rows on 指标明细", () => {
  it("go after the selected project's last row, linked to its source, with drop-downs for 一级/二级/comparator", async () => {
    const port = await split();
    const g12 = rowsFor(port, "G12");
    await port.select(DETAIL_SHEET, `H${g12[0]}`);
    const before = structuredClone(detail(port).values);
    const r = await addIndicatorTemplateRows(port, { categories: ["12", "41"] });
    const last = g12[g12.length - 1];
    expect(r).toEqual({ ok: true, value: { sheet: DETAIL_SHEET, firstRow: last + 1, lastRow: last + 2 } });
    const s = detail(port);
    expect(s.values.slice(last, last + 2).map((x) => x.slice(3, 10))).toEqual([
      ["信息化项目管理经费", String(g12.length + 1), "1-产出指标", "12-质量指标", "待质量指标补充", "待补充", "待补充"],
      ["信息化项目管理经费", String(g12.length + 2), "4-成本指标", "41-经济成本指标", "待经济成本指标补充", "待补充", "待补充"],
    ]);
    expect(s.formulas[`A${last + 1}`]).toBe(s.formulas[`A${g12[0]}`]);
    // Every other row kept, the ones below shifted by two; links (formulas) kept too.
    expect(s.values.slice(0, last).map((x) => x.slice(1))).toEqual(before.slice(0, last).map((x) => x.slice(1)));
    expect(s.values.slice(last + 2).map((x) => x.slice(1))).toEqual(before.slice(last).map((x) => x.slice(1)));
    expect(s.validations.map((v) => [v.range.replace(/\d+$/, ""), v.list.length])).toEqual([["F2:F", 4], ["G2:G", 12], ["K2:K", 5]]);
    expect(s.validations[2].list).toEqual(["≥", "≤", "＞", "＜", "＝"]);
    expect(port.data.sheets.filter((x) => x.name.startsWith(DETAIL_SHEET))).toHaveLength(1);
  });

  it("refuses where it is not 指标明细", async () => {
    const port = await split();
    await port.select(SHEET, "A12");
    const before = structuredClone(port.data);
    expect(await addIndicatorTemplateRows(port)).toMatchObject({ ok: false, code: "not-detail-sheet" });
    expect(await planWriteBack(port)).toMatchObject({ ok: false, code: "not-detail-sheet" });
    expect(port.data).toEqual(before);
  });
});

describe("回写指标", () => {
  it("shows before/after without writing; applying writes the source cell, keeps the old text, and restores it", async () => {
    const port = await split();
    const rows = rowsFor(port, "G12");
    const original = source(port, "G12");
    set(port, rows[0], 7, "造价审核项目数"); // 三级 renamed
    set(port, rows[0], 9, "不少于12个"); // 年度指标值 retyped
    await port.select(DETAIL_SHEET, `B${rows[0]}`);
    const frozen = structuredClone(port.data);
    const plan = await planWriteBack(port);
    if (!plan.ok) throw new Error(plan.code);
    expect(port.data).toEqual(frozen);
    expect(plan.value).toMatchObject({ sheet: SHEET, address: "G12", project: "信息化项目管理经费", before: original, unchanged: false, moved: false, items: rows.length });
    expect(plan.value.after.startsWith("1、1-产出指标，11-数量指标，造价审核项目数；")).toBe(true);
    expect(plan.value.after).toContain("年度指标值：≥12个");

    expect(await applyWriteBack(port, plan.value)).toEqual({ ok: true, value: { sheet: SHEET, address: "G12" } });
    expect(source(port, "G12")).toBe(plan.value.after);
    expect(JSON.parse(port.data.settings[WRITEBACK_KEY])).toEqual({ [`${SHEET}!G12`]: [original] });
    const items = parseIndicatorCell(source(port, "G12"), ctx).items;
    expect(items).toHaveLength(rows.length);
    expect([items[0].name, items[0].annualTarget?.operator, items[0].annualTarget?.value]).toEqual(["造价审核项目数", ">=", 12]);

    // Restore: from the source cell itself.
    await port.select(SHEET, "G12");
    const restore = await planRestoreWriteBack(port);
    expect(restore).toEqual({ ok: true, value: { sheet: SHEET, address: "G12", before: plan.value.after, after: original } });
    if (!restore.ok) return;
    expect(await restoreWriteBack(port, restore.value)).toMatchObject({ ok: true });
    expect(source(port, "G12")).toBe(original);
    expect(JSON.parse(port.data.settings[WRITEBACK_KEY])).toEqual({});
    expect(await planRestoreWriteBack(port)).toMatchObject({ ok: false, code: "nothing-to-restore" });
  });

  it("takes a changed comparator and value from their own columns", async () => {
    const port = await split();
    const rows = rowsFor(port, "G34");
    const first = detail(port).values[rows[0] - 1];
    expect(first[9]).not.toBe("");
    set(port, rows[0], 10, "≤");
    set(port, rows[0], 11, 3);
    await port.select(DETAIL_SHEET, `C${rows[0]}`);
    const plan = await planWriteBack(port);
    if (!plan.ok) throw new Error(plan.code);
    const item = parseIndicatorCell(plan.value.after, ctx).items[0];
    expect([item.annualTarget?.operator, item.annualTarget?.value, item.annualTarget?.unit]).toEqual(["<=", 3, first[12] === "" ? null : first[12]]);
  });

  it("writes a cell unchanged when nothing was edited (the text is already canonical up to §4's normalisations)", async () => {
    const port = await split();
    const rows = rowsFor(port, "G12");
    await port.select(DETAIL_SHEET, `A${rows[0]}`);
    const plan = await planWriteBack(port);
    if (!plan.ok) throw new Error(plan.code);
    const a = parseIndicatorCell(plan.value.before, ctx).items.map((i) => [i.name, i.annualTarget?.value]);
    const b = parseIndicatorCell(plan.value.after, ctx).items.map((i) => [i.name, i.annualTarget?.value]);
    expect(b).toEqual(a);
  });

  it("finds the project by name when template rows went in above it since 拆分指标", async () => {
    const port = await split();
    await port.select(SHEET, "A33");
    await insertProjectTemplate(port, { count: 2 });
    await port.select(SHEET, "A12");
    await insertProjectTemplate(port, { count: 1 }); // G12's project stays; everything below moves by one
    const rows = rowsFor(port, "G34");
    await port.select(DETAIL_SHEET, `D${rows[0]}`);
    const plan = await planWriteBack(port);
    expect(plan).toMatchObject({ ok: true, value: { address: "G35", moved: true, project: "智慧城市运行中心日常运作经费" } });
  });

  it("refuses when the source cell changed after the dialog showed it", async () => {
    const port = await split();
    await port.select(DETAIL_SHEET, `A${rowsFor(port, "G12")[0]}`);
    const plan = await planWriteBack(port);
    if (!plan.ok) throw new Error(plan.code);
    sheet(port, SHEET).values[11][6] = "改过了";
    const before = structuredClone(port.data);
    expect(await applyWriteBack(port, plan.value)).toMatchObject({ ok: false, code: "sheet-changed" });
    expect(port.data).toEqual(before);
  });
});

describe("through the .xlsx adapter", () => {
  it("template rows with drop-downs and 回写指标 work on a file too", async () => {
    const port = XlsxAdapter.fromGrid(typedSeed("000"));
    const split = await splitIndicators(port, { message: findingMessages() });
    if (!split.ok) throw new Error(split.code);
    await port.select(DETAIL_SHEET, "H2");
    const t = await addIndicatorTemplateRows(port, { categories: ["41"] });
    expect(t).toMatchObject({ ok: true, value: { sheet: DETAIL_SHEET } });
    const ws = port.worksheet(DETAIL_SHEET)!;
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(validations).map((v) => v.formulae[0])).toEqual(expect.arrayContaining(['"≥,≤,＞,＜,＝"']));
    await port.select(DETAIL_SHEET, "H2");
    const plan = await planWriteBack(port);
    if (!plan.ok) throw new Error(plan.code);
    expect(plan.value.after).toContain("待经济成本指标补充");
    expect(await applyWriteBack(port, plan.value)).toMatchObject({ ok: true });
    expect((await port.readSheet(SHEET)).rows[11][6]).toBe(plan.value.after);
  });
});
