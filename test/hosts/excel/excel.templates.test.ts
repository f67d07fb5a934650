/// <reference types="office-js" />
/**
 * The template issue on the strict fake Excel: the three new port members (readFormulas, writeCells, drop-down
 * lists on a new sheet), then 插入项目模板 and the SUM offer on seed 000 through the same actions the pane calls.
 */
import { findingMessages } from "../../../src/i18n";
import { splitIndicators } from "../../../src/actions/actions";
import { addIndicatorTemplateRows, applyWriteBack, planWriteBack } from "../../../src/actions/detail-actions";
import { applySubtotalFormulas, insertProjectTemplate, planSubtotalFormulas } from "../../../src/actions/template-actions";
import { DEFAULT_TEMPLATE_CATEGORIES, DETAIL_SHEET, indicatorSkeleton, type Grid } from "../../../src/core";
import { SHEET, typedSeed } from "../../support/templates";
import { ExcelAdapter } from "../../../src/hosts/excel/excel.adapter";
import { PortError } from "../../../src/hosts/workbook.port";
import { FakeExcel, FakeExcelOptions } from "../../support/fake-excel";

let fake: FakeExcel;

function start(grids: Grid | Grid[], options?: FakeExcelOptions): FakeExcel {
  fake = FakeExcel.fromGrids(grids, options).install();
  return fake;
}

afterEach(() => fake?.uninstall());

const sheet1 = (rows: Grid["rows"]): Grid => ({ name: "Sheet1", rows });
const portError = async (p: Promise<unknown>) => p.then(() => "no error", (e: unknown) => (e instanceof PortError ? e.code : `not a PortError: ${String(e)}`));

async function counted<T>(f: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const s = fake.syncCount;
  const value = await f();
  return { value, syncs: fake.syncCount - s };
}

describe("readFormulas", () => {
  it("returns formula cells only, by address; text that merely starts with = is not a formula", async () => {
    start(sheet1([["a", 1], [null, 2]]));
    const port = new ExcelAdapter();
    await port.writeCells("Sheet1", [
      { address: "C1", value: { formula: "=A1&B1" } },
      { address: "B3", value: { formula: "=SUM(B1:B2)" } },
      { address: "D1", value: "=not a formula" },
    ]);
    const { value, syncs } = await counted(() => port.readFormulas("Sheet1"));
    expect(value).toEqual({ C1: "=A1&B1", B3: "=SUM(B1:B2)" });
    expect(syncs).toBe(1);
  });

  it("reads a tall sheet in blocks and an empty sheet as none", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [i, `x${i}`]);
    start([sheet1(rows), { name: "Empty", rows: [] }]);
    const port = new ExcelAdapter({ firstBlockRows: 50, requestBudget: 20_000 });
    await port.writeCells("Sheet1", [{ address: "C399", value: { formula: "=A399*2" } }, { address: "C2", value: { formula: "=A2" } }]);
    const { value, syncs } = await counted(() => port.readFormulas("Sheet1"));
    expect(value).toEqual({ C2: "=A2", C399: "=A399*2" });
    expect(syncs).toBeGreaterThan(1);
    expect(await port.readFormulas("Empty")).toEqual({});
    expect(await portError(port.readFormulas("Nope"))).toBe("sheet-not-found");
  });
});

describe("writeCells", () => {
  it("writes numbers, text as text, formulas as formulas and null as empty, in one write sync", async () => {
    start(sheet1([["old", 5, "=x"]]));
    const port = new ExcelAdapter();
    const { syncs } = await counted(() =>
      port.writeCells("Sheet1", [
        { address: "A1", value: "=SUM(1,2)" },
        { address: "B1", value: 7.5 },
        { address: "C1", value: null },
        { address: "D1", value: "001" },
        { address: "E1", value: { formula: "=B1*2" } },
        { address: "F1", value: "1、1-产出指标，11-数量指标，待补充。" },
      ]),
    );
    expect(syncs).toBe(2); // read formats and contents, then write
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ value: "=SUM(1,2)", formula: null });
    expect(fake.cell("Sheet1", "B1").value).toBe(7.5);
    expect(fake.cell("Sheet1", "C1")).toMatchObject({ value: null, formula: null });
    expect(fake.cell("Sheet1", "D1")).toMatchObject({ value: "001", format: "General" });
    expect(fake.cell("Sheet1", "E1").formula).toBe("=B1*2");
    expect(fake.cell("Sheet1", "F1").value).toBe("1、1-产出指标，11-数量指标，待补充。");
  });

  it("keeps a text-formatted cell's format for text, and switches only a formula's cell to General", async () => {
    start(sheet1([["a", "b"]]));
    fake.edit((_b, tx) => {
      const s = tx.mut(fake.sheet("Sheet1").id, false);
      const row = tx.row(s, 0);
      row.nf = ["@", "@"];
    });
    const port = new ExcelAdapter();
    await port.writeCells("Sheet1", [{ address: "A1", value: "=text" }, { address: "B1", value: { formula: "=1+1" } }]);
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ value: "=text", format: "@", formula: null });
    expect(fake.cell("Sheet1", "B1")).toMatchObject({ formula: "=1+1", format: "General" });
  });

  it("refuses a protected sheet and changes nothing", async () => {
    start(sheet1([["a"]]));
    fake.protect("Sheet1");
    const before = fake.dump();
    expect(await portError(new ExcelAdapter().writeCells("Sheet1", [{ address: "A1", value: "b" }]))).toBe("sheet-protected");
    expect(fake.dump()).toEqual(before);
  });

  it("undoes the synced part when a later sync fails, leaving the sheet as it was", async () => {
    start(sheet1([["keep", 1, "'001"]]));
    fake.edit((_b, tx) => {
      const s = tx.mut(fake.sheet("Sheet1").id, false);
      tx.row(s, 0).v[2] = "001";
    });
    const before = fake.dump();
    // A tiny budget puts every cell in its own sync; the third one fails.
    const port = new ExcelAdapter({ requestBudget: 16 * 1024 });
    const cells = Array.from({ length: 3 }, (_, i) => ({ address: `${"ABC"[i]}1`, value: { formula: `=${i}+${"x".repeat(9000)}` } as const }));
    fake.failNextSync(4);
    expect(await portError(port.writeCells("Sheet1", cells))).toBe("host-error");
    expect(fake.dump()).toEqual(before);
  });
});

describe("drop-down lists on a new sheet", () => {
  it("puts a list validation on each column's data rows", async () => {
    start(sheet1([["x"]]));
    const name = await new ExcelAdapter().addSheet({
      name: "指标明细",
      rows: [["一级", "二级", "比较符"], ["1-产出指标", "11-数量指标", "≥"]],
      validations: [
        { column: 0, lastRow: 30, list: ["1-产出指标", "2-效益指标"] },
        { column: 2, lastRow: 30, list: ["≥", "≤", "＞", "＜", "＝"] },
      ],
    });
    expect(fake.sheet(name).validations).toEqual([
      { range: "A2:A30", source: "1-产出指标,2-效益指标", inCellDropDown: true },
      { range: "C2:C30", source: "≥,≤,＞,＜,＝", inCellDropDown: true },
    ]);
  });

  it("refuses a list Excel cannot hold before writing anything", async () => {
    start(sheet1([["x"]]));
    const before = fake.dump();
    const long = Array.from({ length: 40 }, (_, i) => `第${i}个很长的选项名称`);
    expect(await portError(new ExcelAdapter().addSheet({ name: "S", rows: [["h"]], validations: [{ column: 0, lastRow: 5, list: long }] }))).toBe("host-error");
    expect(await portError(new ExcelAdapter().addSheet({ name: "S", rows: [["h"]], validations: [{ column: 0, lastRow: 5, list: ["a,b"] }] }))).toBe("host-error");
    expect(fake.dump()).toEqual(before);
  });

  it("the fake moves validations and formula references when rows are inserted, as Excel does", async () => {
    start(sheet1([["h"], [1], [2], [3]]));
    const port = new ExcelAdapter();
    await port.writeCells("Sheet1", [{ address: "A5", value: { formula: "=SUM(A2:A4)" } }, { address: "B1", value: { formula: '=HYPERLINK("#A3","A3")' } }]);
    await port.insertRows("Sheet1", 3, [[9]]);
    expect(await port.readFormulas("Sheet1")).toEqual({ A6: "=SUM(A2:A5)", B1: '=HYPERLINK("#A3","A3")' });
    const made = await port.addSheet({ name: "L", rows: [["h"], ["x"]], validations: [{ column: 0, lastRow: 10, list: ["a", "b"] }] });
    await port.insertRows(made, 5, [["y"], ["z"]]);
    expect(fake.sheet(made).validations.map((v) => v.range)).toEqual(["A2:A12"]);
  });
});

// ---- the actions on seed 000 through the Office.js adapter ----


/** The dump's cells of rows [from, to] (1-based), re-keyed by `shift` rows: to compare rows that moved. */
function rowCells(from: number, to: number, shift = 0): Record<string, unknown> {
  const s = fake.dump().sheets.find((x) => x.name === SHEET)!;
  const out: Record<string, unknown> = {};
  for (const [a, c] of Object.entries(s.cells)) {
    const row = Number(a.replace(/^[A-Z]+/, ""));
    if (row >= from && row <= to) out[`${a.replace(/\d+$/, "")}${row + shift}`] = c;
  }
  return out;
}

describe("插入项目模板 on seed 000 in the fake Excel", () => {
  it("two projects into the second unit (row 33's block) land inside it, formulas on exactly their own cells", async () => {
    start({ ...typedSeed("000") });
    fake.select(SHEET, "A33");
    const above = rowCells(1, 36);
    const { value, syncs } = await counted(() => insertProjectTemplate(new ExcelAdapter(), { count: 2 }));
    expect(value).toEqual({ ok: true, value: { sheet: SHEET, kind: "project", firstRow: 37, lastRow: 38, unit: "广州市白云区智慧城市运行中心" } });
    expect(syncs).toBeLessThanOrEqual(7); // selection, sheet, formulas, insert + write, review state (moved along), cursor
    expect(rowCells(1, 36)).toEqual(above); // every other block untouched
    for (const r of [37, 38]) {
      expect(fake.cell(SHEET, `B${r}`).formula).toBe(`=C${r}+D${r}+E${r}`);
      expect(fake.cell(SHEET, `A${r}`).value).toBe("【项目名称】");
      expect(["C", "D", "E"].map((c) => fake.cell(SHEET, `${c}${r}`).value)).toEqual([null, null, null]);
      expect(fake.cell(SHEET, `F${r}`).value).toBe("【绩效目标】");
      expect(fake.cell(SHEET, `G${r}`).value).toBe(indicatorSkeleton(DEFAULT_TEMPLATE_CATEGORIES));
    }
  });

  it("after a project in the middle of the block, the rows below shift down and none is overwritten", async () => {
    start({ ...typedSeed("000") });
    fake.select(SHEET, "C34");
    const above = rowCells(1, 34);
    const below = rowCells(35, 36, 2);
    const r = await insertProjectTemplate(new ExcelAdapter(), { count: 2 });
    expect(r.ok && [r.value.firstRow, r.value.lastRow]).toEqual([35, 36]);
    expect(rowCells(1, 34)).toEqual(above);
    expect(rowCells(37, 38)).toEqual(below);
    expect([fake.cell(SHEET, "B35").formula, fake.cell(SHEET, "B36").formula]).toEqual(["=C35+D35+E35", "=C36+D36+E36"]);
  });

  it("the SUM offer lists the cells it will change, changes nothing until applied, then writes exactly those", async () => {
    start({ ...typedSeed("000") });
    fake.select(SHEET, "A33");
    const port = new ExcelAdapter();
    await insertProjectTemplate(port, { count: 2 });
    await port.writeCells(SHEET, [{ address: "C37", value: 20 }, { address: "C38", value: 30.5 }]);
    const before = fake.dump();
    const plan = await planSubtotalFormulas(port);
    if (!plan.ok) throw new Error(plan.code);
    expect(fake.dump()).toEqual(before);
    const listed = plan.value.entries.map((e) => [e.address, e.current, e.formula]);
    expect(listed).toEqual([
      ["B10", 12993.72, "=SUM(B11,B33)"],
      ["C10", 12993.72, "=SUM(C11,C33)"],
      ["B11", 12561.4, "=SUM(B12:B16,B18:B27,B29:B32)"],
      ["C11", 12561.4, "=SUM(C12:C16,C18:C27,C29:C32)"],
      ["B33", 432.32, "=SUM(B34:B38)"],
      ["C33", 432.32, "=SUM(C34:C38)"],
    ]);
    expect(await applySubtotalFormulas(port, plan.value)).toEqual({ ok: true, value: { written: 6 } });
    const after = fake.dump().sheets.find((s) => s.name === SHEET)!.cells;
    const changed = Object.keys(after).filter((a) => JSON.stringify(after[a]) !== JSON.stringify(before.sheets.find((s) => s.name === SHEET)!.cells[a]));
    expect(changed.sort()).toEqual(["B10", "B11", "B33", "C10", "C11", "C33"]);
    for (const [a, , f] of listed) expect(fake.cell(SHEET, a as string).formula).toBe(f);
  });

  const bad: [string, () => void, string][] = [
    ["outside any table", () => fake.select(SHEET, "A5"), "selection-outside-table"],
    ["a merged selection", () => {
      fake.merge(SHEET, "F34:F35");
      fake.select(SHEET, "F34:F35");
    }, "selection-merged"],
    ["a protected sheet", () => {
      fake.protect(SHEET);
      fake.select(SHEET, "A34");
    }, "sheet-protected"],
  ];
  it.each(bad)("%s: a clear code and nothing written", async (_name, setup, code) => {
    start({ ...typedSeed("000") });
    setup();
    const before = fake.dump();
    expect(await insertProjectTemplate(new ExcelAdapter(), { count: 2 })).toMatchObject({ ok: false, code });
    expect(fake.dump()).toEqual(before);
  });
});

describe("指标明细 in the fake Excel", () => {
  it("template rows get drop-downs; 回写指标 writes the composed text into the source cell", async () => {
    start({ ...typedSeed("000") });
    const port = new ExcelAdapter();
    const split = await splitIndicators(port, { message: findingMessages() });
    if (!split.ok) throw new Error(split.code);
    fake.select(DETAIL_SHEET, "H2");
    const t = await addIndicatorTemplateRows(port, { categories: ["22"] });
    expect(t.ok).toBe(true);
    const d = fake.sheet(DETAIL_SHEET);
    expect(d.validations.map((v) => v.range.replace(/\d+$/, ""))).toEqual(["F2:F", "G2:G", "K2:K"]);
    expect(d.validations[1].source.split(",")).toContain("22-社会效益指标");
    fake.select(DETAIL_SHEET, "H2");
    const plan = await planWriteBack(port);
    if (!plan.ok) throw new Error(plan.code);
    expect(plan.value.after).toContain("待社会效益指标补充");
    expect(await applyWriteBack(port, plan.value)).toMatchObject({ ok: true, value: { address: "G12" } });
    expect(fake.cell(SHEET, "G12").value).toBe(plan.value.after);
    // The history is a setting: kept in _perftarget (I:J…), read back through any adapter.
    expect(JSON.parse((await new ExcelAdapter().getSetting("perftarget.writeback")) ?? "null")).toEqual({ [`${SHEET}!G12`]: [plan.value.before] });
    expect(fake.book.settings).toEqual({});
  });
});
