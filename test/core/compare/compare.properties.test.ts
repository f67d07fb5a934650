/**
 * Properties of 年度对比 (issue 16 must-show): a table compared with itself is empty, and compared with a copy whose
 * project blocks were shuffled it reports no project or indicator change — only where rows are, not what they say.
 */
import * as fs from "fs";
import * as path from "path";
import * as fc from "fast-check";
import { compareTables, gridFromTsv, type CellValue, type Grid, type SheetParse } from "../../../src/core";
import { SEED_FILES, mustParse, seedGrid } from "../../support/seeds";

const VARIANTS = path.join(__dirname, "..", "..", "variants");
const tables: Grid[] = [
  ...SEED_FILES.map((f) => seedGrid(f.slice(0, 3))),
  ...fs.readdirSync(VARIANTS).filter((f) => f.endsWith(".tsv")).map((f) => gridFromTsv(f, fs.readFileSync(path.join(VARIANTS, f), "utf8"))),
];

/** Each project's rows: from its row to the row before the next project or money row (a unit, subtotal or total). */
function blocks(p: SheetParse, rows: number): [number, number][] {
  const starts = new Set(p.projects.map((x) => x.row));
  const stops = new Set([...starts, ...p.money.map((m) => m.row)]);
  const out: [number, number][] = [];
  for (const s of [...starts].sort((a, b) => a - b)) {
    let e = s + 1;
    while (e <= rows && !stops.has(e)) e++;
    out.push([s, e - 1]);
  }
  return out;
}

/** The grid with one run of consecutive, adjacent project blocks put in another order. */
function shuffled(g: Grid, p: SheetParse, order: number[]): Grid {
  const bl = blocks(p, g.rows.length);
  // The first run of blocks that follow each other directly (one unit's projects, or a whole D table).
  let j = 1;
  while (j < bl.length && bl[j][0] === bl[j - 1][1] + 1) j++;
  const run = bl.slice(0, j);
  if (run.length < 2) return g;
  const pieces = run.map(([s, e]) => g.rows.slice(s - 1, e));
  const perm = order.slice(0, run.length).map((k, n) => [k, n] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, n]) => pieces[n]);
  const rows: (readonly CellValue[])[] = [...g.rows.slice(0, run[0][0] - 1), ...perm.flat(), ...g.rows.slice(run[run.length - 1][1])];
  return { name: g.name, rows };
}

describe.each(tables.map((g) => [g.name, g] as const))("%s", (_name, g) => {
  const p = mustParse(g);
  it("compared with itself has no change", () => {
    expect(compareTables(p, p).changes).toEqual([]);
  });
  it("compared with its project blocks shuffled has no project or indicator change", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 40, maxLength: 40 }), (order) => {
        const q = mustParse(shuffled(g, p, order));
        expect(compareTables(p, q).changes).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});

it("really moves rows: seed 000's shuffled copy puts its projects in another order", () => {
  const g = seedGrid("000");
  const p = mustParse(g);
  const q = mustParse(shuffled(g, p, Array.from({ length: 40 }, (_, i) => 40 - i)));
  expect(q.projects.map((x) => x.name)).not.toEqual(p.projects.map((x) => x.name));
  expect(new Set(q.projects.map((x) => x.name))).toEqual(new Set(p.projects.map((x) => x.name)));
});
