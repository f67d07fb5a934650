import { checkSheet, parseSheet } from "../../src/core";
import { filledCells, syntheticDGrid, syntheticEGrid } from "../../src/bench/synthetic-rows";

const parse = (g: Parameters<typeof parseSheet>[0]) => {
  const r = parseSheet(g);
  if (!r.ok) throw new Error(r.code);
  return r.value;
};

describe("synthetic row-per-indicator sheets (issue 14 bench)", () => {
  it("are the same grid for the same seed and differ for another", () => {
    expect(syntheticDGrid(30, 8, 4)).toEqual(syntheticDGrid(30, 8, 4));
    expect(syntheticDGrid(30, 8, 4)).not.toEqual(syntheticDGrid(30, 8, 5));
    expect(syntheticEGrid(20, 10, 4)).toEqual(syntheticEGrid(20, 10, 4));
  });

  it("layout D with money: every project with its amount and 8 indicators, units reconciled with no error", () => {
    const p = parse(syntheticDGrid(60, 8, 2));
    expect(p.layout).toBe("D");
    expect(p.moneyUnit).toBe("元");
    expect(p.projects).toHaveLength(60);
    expect(p.projects.every((x) => x.indicatorCount === 8 && x.amounts !== null && x.amounts.total > 0)).toBe(true);
    expect(p.money.filter((m) => m.kind === "unit")).toHaveLength(3);
    expect(p.findings).toEqual([]);
    expect(checkSheet(p).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("layout E: one project per form with its money (万元) and 10 indicators, no error", () => {
    const p = parse(syntheticEGrid(40, 10, 3));
    expect(p.layout).toBe("E");
    expect(p.moneyUnit).toBe("万元");
    expect(p.projects).toHaveLength(40);
    expect(p.projects.every((x) => x.indicatorCount === 10 && x.amounts !== null && x.range !== undefined)).toBe(true);
    expect(p.findings).toEqual([]);
    expect(checkSheet(p).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the floor's cells are the filled cells, numbers as text", () => {
    const cells = filledCells({ name: "x", rows: [["a", null, 3], [], ["", "b"]] });
    expect(cells).toEqual(["a", "3", "b"]);
  });
});
