/**
 * 对比 over the memory adapter: seed 000 (旧版) against a changed copy (项目表): 版本对比's rows with links to the new
 * cells, the changed cells marked blue, 清除标记 restoring every fill, own sheets refused, a grid from a file.
 */
import { clearMarks, runCheck } from "../../src/actions/actions";
import { COMPARE_HEADER, compareSheets } from "../../src/actions/compare-actions";
import { gridFromTsv, HIGHLIGHT_COLORS } from "../../src/core";
import type { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { changeLabel, findingMessages } from "../../src/i18n";
import { seedText } from "../support/seeds";
import { compareWorkbook } from "../taskpane/compare-fixture";

const message = findingMessages();
const label = changeLabel();

function workbook(): MemoryAdapter {
  const port = compareWorkbook();
  port.data.sheets[0].fills.B14 = "#00FF00"; // a user's own fill, to be restored exactly
  return port;
}

describe("compareSheets", () => {
  it("writes 版本对比 with one row per change, links to the new cells, and the history warning", async () => {
    const port = workbook();
    const r = await compareSheets(port, { otherSheet: "旧版", message, label });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.source).toBe("项目表");
    expect(r.value.other).toBe("旧版");
    expect(r.value.comparison.summary["amount-changed"]).toBe(2);
    expect(r.value.comparison.summary["target-changed"]).toBe(1);
    const out = port.data.sheets.find((s) => s.name === "版本对比")!;
    expect(out.owned).toBe(true);
    expect(out.values[0]).toEqual(COMPARE_HEADER);
    expect(out.values).toHaveLength(r.value.comparison.changes.length + 1);
    const target = out.values.findIndex((v) => v[2] === "年度指标值降低");
    expect(out.values[target].slice(1, 7)).toEqual(["智慧白云建设经费", "年度指标值降低", "全年新建开发信息化系统数量", "≥5", "≥4", "G14"]);
    expect(out.formulas[`H${target + 1}`]).toBe(`=HYPERLINK("#'项目表'!G14","G14")`);
    expect(String(out.values[target][8])).toContain("预算增加");
    expect(out.values.find((v) => v[3] === "总计")?.slice(4, 6)).toEqual([2062.98, 2262.98]);
  });

  it("marks the changed cells in their own colour, and 清除标记 restores them", async () => {
    const port = workbook();
    const r = await compareSheets(port, { otherSheet: "旧版", message, label });
    if (!r.ok) throw new Error(r.code);
    const fills = port.data.sheets[0].fills;
    expect(r.value.marked).toBe(3);
    expect(r.value.cells).toEqual(expect.arrayContaining(["B14", "C14", "G14"]));
    for (const a of ["B14", "C14", "G14"]) expect(fills[a]).toBe(HIGHLIGHT_COLORS.changed);
    expect(HIGHLIGHT_COLORS.changed).not.toBe(HIGHLIGHT_COLORS.error);
    expect(HIGHLIGHT_COLORS.changed).not.toBe(HIGHLIGHT_COLORS.warning);
    expect(port.data.sheets[1].fills).toEqual({});
    const cleared = await clearMarks(port);
    expect(cleared).toEqual({ ok: true, value: { restored: 3 } });
    expect(port.data.sheets[0].fills).toEqual({ B14: "#00FF00" });
  });

  it("refreshes 版本对比 and its marks on a second run, and a check afterwards replaces them", async () => {
    const port = workbook();
    await compareSheets(port, { otherSheet: "旧版", message, label });
    const again = await compareSheets(port, { otherSheet: "项目表", sheet: "项目表", message, label });
    if (!again.ok) throw new Error(again.code);
    expect(again.value.comparison.changes).toEqual([]);
    expect(port.data.sheets.filter((s) => s.name.startsWith("版本对比"))).toHaveLength(1);
    expect(port.data.sheets[0].fills).toEqual({ B14: "#00FF00" });
    await compareSheets(port, { otherSheet: "旧版", message, label });
    await runCheck(port, { message, sheet: "项目表" });
    expect(Object.values(port.data.sheets[0].fills)).not.toContain(HIGHLIGHT_COLORS.changed);
  });

  it("compares with a grid loaded from a file, and refuses its own sheets as either version", async () => {
    const port = workbook();
    const r = await compareSheets(port, { otherGrid: gridFromTsv("Sheet1", seedText("000")), file: "2025.xlsx", message, label });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.other).toBe("2025.xlsx · Sheet1");
    expect(r.value.comparison.changes).toHaveLength(3);
    expect(await compareSheets(port, { otherSheet: "版本对比", message, label })).toMatchObject({ ok: false, code: "own-sheet" });
    expect(await compareSheets(port, { otherGrid: gridFromTsv("x", "a\tb"), message, label })).toMatchObject({ ok: false, code: "not-a-target-table" });
  });
});
