/**
 * Money reconciliation (§6): planted faults in variants of seed 000 are each found at the right cell with the
 * right severity and nothing else; order and zero rows change nothing; a change of 0.01 × k is caught exactly
 * when the n × 0.005 bound says so.
 */
import fc from "fast-check";
import { checkSheet, Finding, gridFromTsv, reconcile } from "../../../src/core";
import { editRow, mustParse, seedText } from "../../support/seeds";

const MONEY = new Set(["row-sum", "subtotal", "grand-total"]);
const moneyOf = (tsv: string): string[] =>
  checkSheet(mustParse(gridFromTsv("v", tsv)))
    .filter((f: Finding) => MONEY.has(f.code))
    .map((f) => `${f.code}@${f.column}${f.row}:${f.severity}`)
    .sort();
/** Money findings named by the row's first cell, so inserted rows do not shift them. */
const moneyByName = (tsv: string): string[] => {
  const lines = tsv.split("\n");
  return checkSheet(mustParse(gridFromTsv("v", tsv)))
    .filter((f: Finding) => MONEY.has(f.code))
    .map((f) => `${f.code}@${f.column}[${lines[f.row - 1].split("\t")[0]}]:${f.severity}`)
    .sort();
};
const set = (tsv: string, row: number, col: number, value: string) => editRow(tsv, row, (c) => c.map((v, i) => (i === col ? value : v)));

const base = seedText("000");
const B = 1;
const C = 2;
const D = 3;

describe("planted faults in seed 000", () => {
  it("starts from a table with no money finding", () => {
    expect(moneyOf(base)).toEqual([]);
  });
  it("finds a row whose parts do not add up at its 总计 cell, and the unit sum it breaks", () => {
    expect(moneyOf(set(base, 12, B, "819.48"))).toEqual(["row-sum@B12:error", "subtotal@B11:error"]);
  });
  it("finds a wrong unit subtotal in one fund column only", () => {
    expect(moneyOf(set(base, 33, C, "432.00"))).toEqual(["grand-total@C10:error", "row-sum@B33:error", "subtotal@C33:error"]);
  });
  it("finds a wrong grand total", () => {
    expect(moneyOf(set(set(base, 10, B, "13,000.00"), 10, C, "13,000.00"))).toEqual(["grand-total@B10:error", "grand-total@C10:error"]);
  });
  it("calls a one-cent tail within n × 0.005 a rounding warning", () => {
    const v = set(set(base, 12, B, "809.49"), 12, C, "809.49");
    expect(moneyOf(v)).toEqual(["subtotal@B11:warning", "subtotal@C11:warning"]);
  });
  it("finds a unit row with no projects", () => {
    const lines = base.split("\n");
    lines.splice(32, 0, "空单位\t10.00\t10.00\t\t\t\t");
    const v = set(set(lines.join("\n"), 10, B, "13,003.72"), 10, C, "13,003.72");
    expect(moneyOf(v)).toEqual(["subtotal@B33:error", "subtotal@C33:error"]);
    const f = reconcile(mustParse(gridFromTsv("v", v))).find((x) => x.code === "subtotal" && x.column === "B")!;
    expect(f).toMatchObject({ expected: 0, actual: 10, difference: 10, from: [] });
  });
  it("names expected, actual, difference and the cells summed", () => {
    const f = reconcile(mustParse(gridFromTsv("v", set(base, 12, B, "819.48")))).find((x) => x.code === "row-sum")!;
    expect(f).toMatchObject({ row: 12, column: "B", expected: 809.48, actual: 819.48, difference: 10, from: ["C12", "D12", "E12"] });
  });
  it("treats the bound as inclusive: n addends may drift by exactly n × 0.005", () => {
    // Row 10 of a two-project table: 0.01 over two nonzero addends is exactly 2 × 0.005.
    const t = ["项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标", "合计\t1.01\t1.01", "甲\t0.50\t0.50\t\t\t目标\t1、1-产出指标，11-数量指标，甲；年度指标值：1个。", "乙\t0.50\t0.50\t\t\t目标\t1、1-产出指标，11-数量指标，乙；年度指标值：1个。"].join("\n");
    expect(moneyOf(t)).toEqual(["grand-total@B2:warning", "grand-total@C2:warning"]);
    expect(moneyOf(t.replace("合计\t1.01\t1.01", "合计\t1.02\t1.02"))).toEqual(["grand-total@B2:error", "grand-total@C2:error"]);
  });
});

/** Project rows (with amounts and indicators) of seed 004, grouped by the unit block they belong to. */
function projectRowsByBlock(tsv: string): number[][] {
  const p = mustParse(gridFromTsv("v", tsv));
  const blocks: number[][] = [];
  for (const m of p.money) {
    if (m.kind === "unit") blocks.push([]);
    else if (m.kind === "project" && blocks.length) blocks[blocks.length - 1].push(m.row);
  }
  return blocks;
}

describe("properties of the money check", () => {
  const seed004 = seedText("004");
  const expected004 = moneyOf(seed004);
  const blocks = projectRowsByBlock(seed004);

  it("gives the same money findings when project rows are shuffled inside their unit block", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 80, maxLength: 80 }), (keys) => {
        const lines = seed004.split("\n");
        let k = 0;
        for (const rows of blocks) {
          const order = rows.map((r) => ({ r, key: keys[k++ % keys.length] })).sort((a, b) => a.key - b.key);
          const moved = order.map((o) => lines[o.r - 1]);
          rows.forEach((r, i) => (lines[r - 1] = moved[i]));
        }
        expect(moneyOf(lines.join("\n"))).toEqual(expected004);
      }),
      { numRuns: 25 },
    );
  });

  it("gives the same money findings when zero-amount projects are added", () => {
    const named004 = moneyByName(seed004);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 12, max: 171 }), { minLength: 1, maxLength: 6 }), (at) => {
        const lines = seed004.split("\n");
        for (const r of [...at].sort((a, b) => b - a)) {
          if (!/^\S/.test(lines[r - 1] ?? "") || lines[r - 1].split("\t").length < 7) continue;
          lines.splice(r, 0, "零金额项目\t0.00\t0.00\t\t\t目标\t1、1-产出指标，11-数量指标，数量；年度指标值：1个。");
        }
        expect(moneyByName(lines.join("\n"))).toEqual(named004);
      }),
      { numRuns: 25 },
    );
  });

  it("catches a change of 0.01 × k to one project exactly when it should", () => {
    // Unit row 11 of seed 000 sums 19 nonzero projects: the bound is 19 × 0.005 = 0.095.
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), fc.constantFrom(12, 13, 14, 16, 18, 27, 29), (k, row) => {
        const cells = base.split("\n")[row - 1].split("\t");
        const cents = Math.round(Number(cells[B].replace(/,/g, "")) * 100) + k;
        if (cents < 0) return;
        const v = (cents / 100).toFixed(2);
        const got = moneyOf(set(set(base, row, B, v), row, C, v));
        const sev = k === 0 ? null : Math.abs(k) * 2 <= 19 ? "warning" : "error";
        expect(got).toEqual(sev ? [`subtotal@B11:${sev}`, `subtotal@C11:${sev}`] : []);
      }),
      { numRuns: 60 },
    );
  });

  it("never reports a money difference on columns it could not read", () => {
    expect(reconcile(mustParse(gridFromTsv("v", base))).filter((f) => f.column === null)).toEqual([]);
    void D;
  });
});
