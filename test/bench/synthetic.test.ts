import { CellValue, Grid, parseSheet } from "../../src/core";
import { syntheticCells, syntheticGrid } from "../../src/bench/synthetic";

/** Cents from the generator's text amounts, independently of the core's money parser; blank is 0. */
function cents(v: CellValue | undefined): number {
  if (v === null || v === undefined) return 0;
  const m = /^(\d{1,3}(?:,\d{3})*)\.(\d{2})$/.exec(String(v));
  if (!m) throw new Error(`not an amount: ${String(v)}`);
  return Number(m[1].replace(/,/g, "")) * 100 + Number(m[2]);
}

type Kind = "grand" | "unit" | "project";

/** Data rows by kind: the generator's 合计 row, unit rows (money, no indicators) and project rows. */
function dataRows(grid: Grid): { kind: Kind; amounts: number[] }[] {
  const out: { kind: Kind; amounts: number[] }[] = [];
  for (const row of grid.rows) {
    if (row.length < 7 || row[0] === "项目名称（资金使用单位）") continue;
    const kind: Kind = row[0] === "合计" ? "grand" : row[6] ? "project" : "unit";
    out.push({ kind, amounts: [1, 2, 3, 4].map((c) => cents(row[c])) });
  }
  return out;
}

describe("synthetic layout-A sheet", () => {
  it("is the same grid for the same seed and a different one for another seed", () => {
    const a = syntheticGrid(100, 8, 7);
    expect(syntheticGrid(100, 8, 7)).toEqual(a);
    expect(syntheticGrid(100, 8, 8)).not.toEqual(a);
  });

  it("has the requested number of project rows, each with exactly the requested number of numbered items", () => {
    const grid = syntheticGrid(450, 6, 3);
    const cells = syntheticCells(grid);
    expect(cells).toHaveLength(450);
    // Values never put a digit before `、`, so each `N、` is an item number.
    for (const c of cells) expect(c.match(/\d{1,2}、/g)).toHaveLength(6);
  });

  it("repeats the title block and header across pages", () => {
    const grid = syntheticGrid(1000, 8, 1);
    const headers = grid.rows.filter((r) => r[0] === "项目名称（资金使用单位）").length;
    expect(headers).toBeGreaterThan(4);
    expect(grid.rows.filter((r) => r[0] === "单位：万元")).toHaveLength(headers);
  });

  it("has money that reconciles on every project row, unit row and the grand total", () => {
    const rows = dataRows(syntheticGrid(500, 8, 5));
    expect(rows[0].kind).toBe("grand");
    const units: number[][] = [];
    let open: { unit: number[]; sum: number[] } | null = null;
    const close = () => {
      if (open) expect(open.sum).toEqual(open.unit);
    };
    for (const r of rows.slice(1)) {
      if (r.kind === "unit") {
        close();
        open = { unit: r.amounts, sum: [0, 0, 0, 0] };
        units.push(r.amounts);
      } else {
        const [total, fiscal, special, other] = r.amounts;
        expect(total).toBe(fiscal + special + other);
        r.amounts.forEach((c, k) => (open!.sum[k] += c));
      }
    }
    close();
    expect(units.length).toBe(Math.ceil(500 / 40));
    const grand = [0, 1, 2, 3].map((k) => units.reduce((s, u) => s + u[k], 0));
    expect(rows[0].amounts).toEqual(grand);
  });

  it("parses to exactly 60 projects and 480 indicators with 60 projects of 8", () => {
    const result = parseSheet(syntheticGrid(60, 8, 1));
    if (!result.ok) throw new Error(result.code);
    expect(result.value.layout).toBe("A");
    expect(result.value.projects).toHaveLength(60);
    expect(result.value.indicators).toHaveLength(480);
    expect(result.value.projects.every((p) => p.indicatorCount === 8)).toBe(true);
  });
});
