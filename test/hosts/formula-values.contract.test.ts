/**
 * Contract, every adapter: a formula the product writes (a template row's 总计, a confirmed SUM) reads with its value.
 * Excel and WPS compute it (so do their fakes); the memory reference and the .xlsx adapter fill it in as Excel
 * would, so 一键校验 never reads a new SUM cell as blank.
 */
import { readTable } from "../../src/actions/read-table";
import { DEFAULT_RULES, type Grid } from "../../src/core";
import { SETTINGS_HOSTS } from "./contract/hosts";

const grid: Grid = {
  name: "Sheet1",
  rows: [
    ["项目支出绩效目标表"],
    ["项目名称", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
    ["合计", 30, 30, null, null],
    ["项目甲", 10, 10, null, null, "目标", "1、1-产出指标，11-数量指标，数量；实施周期指标值：≥1次，年度指标值：≥1次。"],
    ["项目乙", 20, 20, null, null, "目标", "1、1-产出指标，11-数量指标，数量；实施周期指标值：≥1次，年度指标值：≥1次。"],
  ],
};

// Every adapter: the contract hosts, and the .xlsx file (written by the product, so holding no cached results).
describe.each(Object.keys(SETTINGS_HOSTS))("%s", (name) => {
  it("hands the actions a written formula's value, not a blank", async () => {
    const h = SETTINGS_HOSTS[name]([grid]);
    try {
      await h.port.writeCells("Sheet1", [
        { address: "B3", value: { formula: "=SUM(B4:B5)" } },
        { address: "C3", value: { formula: "=C4+C5" } },
      ]);
      expect((await h.port.readSheet("Sheet1")).rows[2].slice(1, 3)).toEqual([30, 30]);
      const table = await readTable(h.port, DEFAULT_RULES, "Sheet1", { formulas: true });
      if (!table.ok) throw new Error(table.code);
      expect(table.value.formulas).toMatchObject({ B3: "=SUM(B4:B5)", C3: "=C4+C5" });
      expect(table.value.grid.rows[2].slice(1, 3)).toEqual([30, 30]);
      expect(table.value.parsed.money.find((m) => m.row === 3)?.kind).toBe("grand-total");
    } finally {
      h.done();
    }
  });
});
