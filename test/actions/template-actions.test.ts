/**
 * 插入项目模板 and the SUM offer over the in-memory workbook: where the rows go in each layout, what they hold, the
 * skeleton passing the checks but for its placeholders, the SUM offer listing before writing, and bad cases.
 */
import { cellText, checkSheet, DEFAULT_FRAMEWORK, DEFAULT_TEMPLATE_CATEGORIES, FrameworkIndex, indicatorSkeleton, parseIndicatorCell, parseSheet, PlaceholderMatcher, reconcile, sumRanges, withFormulaValues } from "../../src/core";
import { applySubtotalFormulas, insertProjectTemplate, planSubtotalFormulas, previewProjectTemplate } from "../../src/actions/template-actions";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { SHEET, memoryPort, typedSeed } from "../support/templates";
import { seedGrid } from "../support/seeds";

const ctx = { framework: new FrameworkIndex(DEFAULT_FRAMEWORK), placeholders: new PlaceholderMatcher() };

async function at(port: MemoryAdapter, address: string): Promise<void> {
  await port.select(port.data.active, address);
}

const rowsOf = (port: MemoryAdapter) => port.data.sheets[0].values;

describe("the indicator skeleton", () => {
  it("has one canonical line per category, parsing into the expected levels and categories", () => {
    const text = indicatorSkeleton(DEFAULT_TEMPLATE_CATEGORIES);
    expect(text.startsWith("1、1-产出指标，11-数量指标，待数量指标补充；实施周期指标值：待补充，年度指标值：待补充。2、")).toBe(true);
    const r = parseIndicatorCell(text, ctx);
    expect(r.items.map((i) => [i.seq, i.level1?.code, i.level2?.code, i.category])).toEqual([
      [1, "1", "11", "output"], [2, "1", "12", "output"], [3, "1", "13", "output"],
      [4, "2", "22", "benefit"], [5, "3", "31", "satisfaction"], [6, "4", "41", "cost"],
    ]);
    expect(r.items.every((i) => ctx.placeholders.matches(i.name) && i.annualTarget?.raw === "待补充")).toBe(true);
    // The only notes are placeholders: one per item, naming all three fields.
    expect(r.findings.map((f) => [f.code, f.params?.fields])).toEqual(r.items.map(() => ["placeholder", "name,periodTarget,annualTarget"]));
    expect(r.unplaced).toEqual([]);
  });
});

describe("插入项目模板 in layout A (seed 000)", () => {
  it("selecting the second unit's row puts the projects at the end of its block, 总计 a live formula of its parts", async () => {
    const port = memoryPort(typedSeed("000"));
    await at(port, "A33");
    const before = structuredClone(rowsOf(port));
    const r = await insertProjectTemplate(port, { count: 2 });
    expect(r).toEqual({ ok: true, value: { sheet: SHEET, kind: "project", firstRow: 37, lastRow: 38, unit: "广州市白云区智慧城市运行中心" } });
    const s = port.data.sheets[0];
    expect(s.formulas).toEqual({ B37: "=C37+D37+E37", B38: "=C38+D38+E38" });
    for (const r0 of [36, 37]) {
      expect(s.values[r0][0]).toBe("【项目名称】");
      expect([s.values[r0][2], s.values[r0][3], s.values[r0][4]].every((v) => v === null || v === undefined)).toBe(true);
      expect(s.values[r0][5]).toBe("【绩效目标】");
      expect(s.values[r0][6]).toBe(indicatorSkeleton(DEFAULT_TEMPLATE_CATEGORIES));
    }
    expect(s.values.slice(0, 36)).toEqual(before.slice(0, 36)); // every other row as it was
    expect(port.data.selection).toEqual({ sheet: SHEET, address: "A37" });
  });

  it("selecting a project inserts right after it; the rows below shift down intact", async () => {
    const port = memoryPort(typedSeed("000"));
    await at(port, "C34");
    const before = structuredClone(rowsOf(port));
    const r = await insertProjectTemplate(port, { count: 2 });
    expect(r.ok && [r.value.firstRow, r.value.lastRow]).toEqual([35, 36]);
    const after = rowsOf(port);
    expect(after.slice(0, 34)).toEqual(before.slice(0, 34));
    expect(after.slice(36)).toEqual(before.slice(34)); // old rows 35–36 are now 37–38
    expect(port.data.sheets[0].formulas).toEqual({ B35: "=C35+D35+E35", B36: "=C36+D36+E36" });
  });

  it("the new projects belong to the unit's block, and the checks flag only their placeholders", async () => {
    const port = memoryPort(typedSeed("000"));
    const parse = () => {
      const r = parseSheet({ name: SHEET, rows: rowsOf(port) });
      if (!r.ok) throw new Error(r.code);
      return r.value;
    };
    const old = checkSheet(parse());
    await at(port, "A33");
    await insertProjectTemplate(port, { count: 2 });
    const p = parse();
    const added = p.projects.filter((x) => x.row === 37 || x.row === 38);
    expect(added.map((x) => [x.name, x.unit, x.indicatorCount])).toEqual([["【项目名称】", "广州市白云区智慧城市运行中心", 6], ["【项目名称】", "广州市白云区智慧城市运行中心", 6]]);
    const fresh = checkSheet(p).filter((f) => f.row >= 37);
    expect([...new Set(fresh.map((f) => `${f.code}/${f.severity}`))]).toEqual(["placeholder/warning"]);
    expect(fresh).toHaveLength(12);
    // Nothing else changed: the old findings are still there, at the same cells (none were below row 36).
    expect(checkSheet(p).filter((f) => f.row < 37)).toEqual(old);
  });

  it("lets the categories and the count be chosen", async () => {
    const port = memoryPort(typedSeed("000"));
    await at(port, "A12");
    const r = await insertProjectTemplate(port, { count: 1, categories: ["11", "22", "31"] });
    expect(r.ok && r.value.firstRow).toBe(13);
    const items = parseIndicatorCell(cellText(rowsOf(port)[12][6]), ctx).items;
    expect(items.map((i) => i.level2?.name)).toEqual(["数量指标", "社会效益指标", "服务对象满意度指标"]);
  });
});

describe("the SUM offer", () => {
  it("lists each unit subtotal and 合计 with its exact block, and writes nothing until applied", async () => {
    const port = memoryPort(typedSeed("000"));
    await at(port, "A33");
    await insertProjectTemplate(port, { count: 2 });
    await port.writeCells(SHEET, [{ address: "C37", value: 12.5 }, { address: "C38", value: 7 }]);
    const before = structuredClone(port.data);
    const plan = await planSubtotalFormulas(port);
    if (!plan.ok) throw new Error(plan.code);
    expect(port.data).toEqual(before);
    expect(plan.value.entries.map((e) => [e.address, e.formula])).toEqual([
      ["B10", "=SUM(B11,B33)"],
      ["C10", "=SUM(C11,C33)"],
      ["B11", "=SUM(B12:B16,B18:B27,B29:B32)"],
      ["C11", "=SUM(C12:C16,C18:C27,C29:C32)"],
      ["B33", "=SUM(B34:B38)"],
      ["C33", "=SUM(C34:C38)"],
    ]);
    const c33 = plan.value.entries.find((e) => e.address === "C33")!;
    expect([c33.current, c33.currentFormula, c33.expected, c33.kind]).toEqual([432.32, null, 451.82, "subtotal"]);
    // The new rows' 总计 formulas count with their value (computed here: the in-memory workbook has no engine).
    expect(plan.value.entries.find((e) => e.address === "B33")!.expected).toBe(451.82);
    expect(plan.value.skipped).toEqual([]);

    const applied = await applySubtotalFormulas(port, plan.value);
    expect(applied).toEqual({ ok: true, value: { written: 6 } });
    expect(port.data.sheets[0].formulas).toMatchObject({ B10: "=SUM(B11,B33)", C33: "=SUM(C34:C38)" });
    // Computed, the table reconciles: no money error (the rounding warnings of the seed's own rows aside).
    const grid = withFormulaValues({ name: SHEET, rows: rowsOf(port) }, port.data.sheets[0].formulas);
    const parsed = parseSheet(grid);
    if (!parsed.ok) throw new Error(parsed.code);
    expect(reconcile(parsed.value).filter((f) => f.severity === "error")).toEqual([]);
    // Once they are in place they are not offered again.
    const again = await planSubtotalFormulas(port);
    expect(again.ok && again.value.entries).toEqual([]);
  });

  it("refuses to apply when a listed cell changed after the dialog showed it", async () => {
    const port = memoryPort(typedSeed("000"));
    await at(port, "A12");
    const plan = await planSubtotalFormulas(port);
    if (!plan.ok) throw new Error(plan.code);
    await port.writeCells(SHEET, [{ address: "C33", value: 1 }]);
    const before = structuredClone(port.data);
    expect(await applySubtotalFormulas(port, plan.value)).toMatchObject({ ok: false, code: "sheet-changed", detail: "C33" });
    expect(port.data).toEqual(before);
  });

  it("does not offer SUM over amounts stored as text (SUM would count them as 0): it reports them", async () => {
    const port = memoryPort({ name: SHEET, rows: seedGrid("000").rows });
    await at(port, "A12");
    const plan = await planSubtotalFormulas(port);
    if (!plan.ok) throw new Error(plan.code);
    expect(plan.value.entries).toEqual([]);
    expect(plan.value.skipped.map((s) => s.address)).toEqual(["B11", "C11", "B33", "C33", "B10", "C10"]);
    expect(plan.value.skipped[0].cells).toContain("B12");
  });

  it("writes ranges as short as they can be", () => {
    expect(sumRanges([{ row: 3, col: 1 }, { row: 1, col: 1 }, { row: 2, col: 1 }, { row: 5, col: 1 }])).toBe("B1:B3,B5");
  });
});

describe("other layouts", () => {
  it("C (seed 003): after the selected project, 主管部门/预算单位 copied, skeleton in the sheet's style", async () => {
    const port = memoryPort(typedSeed("003"));
    await at(port, "C7");
    const r = await insertProjectTemplate(port, { count: 1 });
    expect(r.ok && r.value.firstRow).toBe(8);
    const row = rowsOf(port)[7];
    expect(row.slice(0, 4)).toEqual(["广州市黄埔区政务服务数据管理局（部门）", "广州开发区信息化办公室", "【项目名称】", "【绩效目标】"]);
    expect(cellText(row[4]).startsWith("1、产出指标：待数量指标补充，年度指标值：待补充。")).toBe(true);
    const p = parseSheet({ name: SHEET, rows: rowsOf(port) });
    if (!p.ok) throw new Error(p.code);
    const fresh = checkSheet(p.value).filter((f) => f.row === 8);
    expect([...new Set(fresh.map((f) => f.code))]).toEqual(["placeholder"]);
  });

  it("B (seed 002): a key-task row in the task section, indicator rows at the end of the indicator block", async () => {
    const port = memoryPort(typedSeed("002"));
    await at(port, "B16");
    const task = await insertProjectTemplate(port, { count: 1 });
    expect(task).toMatchObject({ ok: true, value: { kind: "key-task", firstRow: 17 } });
    expect(rowsOf(port)[16].slice(0, 5)).toEqual([null, "【任务名称】", "【主要实施内容】", null, "【期望达到的目标】"]);
    await at(port, "D30");
    const ind = await insertProjectTemplate(port, { categories: ["11", "31"] });
    expect(ind).toMatchObject({ ok: true, value: { kind: "indicator", firstRow: 88, lastRow: 89 } });
    expect(rowsOf(port)[88]).toEqual([null, "满意度指标", "服务对象满意度指标", "待满意度补充", "待补充", "待补充"]);
    const p = parseSheet({ name: SHEET, rows: rowsOf(port) });
    if (!p.ok) throw new Error(p.code);
    expect(p.value.indicators.filter((i) => i.row >= 88).map((i) => [i.level1?.name, i.level2?.name, i.category])).toEqual([
      ["产出指标", "数量指标", "output"],
      ["满意度指标", "服务对象满意度指标", "satisfaction"],
    ]);
  });
});

describe("bad cases: a clear code and nothing written", () => {
  const cases: [string, (port: MemoryAdapter) => Promise<void>, string][] = [
    ["a title row above the table", (p) => at(p, "A3"), "selection-outside-table"],
    ["a row below the table", (p) => at(p, "A200"), "selection-outside-table"],
    ["the 合计 row of a table with units", (p) => at(p, "B10"), "selection-on-grand-total"],
    ["a merged selection", async (p) => {
      p.data.sheets[0].merges.push("F34:F35");
      await at(p, "F34");
    }, "selection-merged"],
    ["a protected sheet", async (p) => {
      p.data.sheets[0].protected = true;
      await at(p, "A34");
    }, "sheet-protected"],
  ];
  it.each(cases)("%s", async (_name, setup, code) => {
    const port = memoryPort(typedSeed("000"));
    await setup(port);
    const before = structuredClone(port.data);
    expect(await insertProjectTemplate(port, { count: 2 })).toMatchObject({ ok: false, code });
    expect(port.data).toEqual(before);
  });

  it("refuses bad options and our own sheets", async () => {
    const port = memoryPort(typedSeed("000"));
    await at(port, "A34");
    expect(await previewProjectTemplate(port, { count: 0 })).toMatchObject({ ok: false, code: "bad-template-options" });
    expect(await previewProjectTemplate(port, { categories: [] })).toMatchObject({ ok: false, code: "bad-template-options" });
    port.data.sheets[0].name = "指标明细";
    port.data.selection.sheet = "指标明细";
    expect(await previewProjectTemplate(port)).toMatchObject({ ok: false, code: "own-sheet" });
  });
});
