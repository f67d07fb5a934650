/**
 * 年度对比 over the seeds: a table against itself changes nothing; against a copy with every kind of change planted,
 * each change is reported once (reviewed snapshot test/snapshots/compare/000.txt); moved rows, renumbering and
 * separators are not changes.
 */
import * as fs from "fs";
import * as path from "path";
import { compareTables, gridFromTsv, historyFindings, parseTarget, type Change, type Grid } from "../../../src/core";
import { targetChange } from "../../../src/core/compare/target-diff";
import { findingMessage } from "../../../src/i18n";
import { SEED_FILES, editRow, mustParse, seedGrid, seedText } from "../../support/seeds";

const SNAP = path.join(__dirname, "..", "..", "snapshots", "compare");
const VARIANTS = path.join(__dirname, "..", "..", "variants");
const update = process.env.UPDATE_SNAPSHOTS === "1";

const line = (c: Change) =>
  [
    c.kind,
    `「${c.project}」`,
    c.indicator ? `「${c.indicator}」` : "",
    c.column ?? "",
    c.target ? `${c.target} ${c.direction}` : "",
    c.before !== undefined ? `before ${JSON.stringify(c.before)}` : "",
    c.after !== undefined ? `after ${JSON.stringify(c.after)}` : "",
    c.oldCell || c.oldRow ? `old ${c.oldCell ?? `row ${c.oldRow}`}` : "",
    c.newCell || c.newRow ? `new ${c.newCell ?? `row ${c.newRow}`}` : "",
  ]
    .filter(Boolean)
    .join(" · ");

/** Set one cell of a TSV line (1-based row, 0-based column). */
const setCell = (tsv: string, row: number, col: number, value: string) => editRow(tsv, row, (cells) => cells.map((c, i) => (i === col ? value : c)));

describe("a table against itself", () => {
  const grids: Grid[] = [
    ...SEED_FILES.map((f) => seedGrid(f.slice(0, 3))),
    ...fs.readdirSync(VARIANTS).filter((f) => f.endsWith(".tsv")).map((f) => gridFromTsv(f, fs.readFileSync(path.join(VARIANTS, f), "utf8"))),
  ];
  it.each(grids.map((g) => [g.name, g] as const))("%s: no change at all", (_n, g) => {
    const p = mustParse(g);
    expect(compareTables(p, p).changes).toEqual([]);
    expect(compareTables(p, mustParse({ ...g, rows: g.rows.map((r) => [...r]) })).changes).toEqual([]);
  });
});

describe("seed 000 against a changed copy", () => {
  const old = seedText("000");
  let changed = old;
  changed = setCell(changed, 14, 1, "2,262.98"); // 智慧白云建设经费: money up…
  changed = setCell(changed, 14, 2, "2,262.98");
  changed = setCell(changed, 11, 1, "12,761.40"); // …and its unit's subtotal with it
  changed = setCell(changed, 11, 2, "12,761.40");
  changed = setCell(changed, 10, 1, "13,193.72");
  changed = setCell(changed, 10, 2, "13,193.72");
  changed = editRow(changed, 14, (c) => c.map((x, i) => (i === 6 ? x.replace("年度指标值：≥5。", "年度指标值：≥4。") : x))); // …target down
  changed = editRow(changed, 12, (c) => c.map((x, i) => (i === 5 ? `${x}（修订）` : x))); // goal text
  changed = setCell(changed, 15, 0, "电子政务运行经费"); // a rename: same indicators
  changed = editRow(changed, 16, (c) => c.map((x, i) => (i === 6 ? x.replace(/2、[^]*$/, "") : x))); // indicators dropped
  changed = editRow(changed, 12, (c) => c.map((x, i) => (i === 6 ? `${x}9、3-满意度指标，31-服务对象满意度，新增满意度调查；实施周期指标值：≥90%，年度指标值：≥90%。` : x)));
  changed = editRow(changed, 12, (c) => c.map((x, i) => (i === 6 ? x.replace("1、1-产出指标，11-数量指标，造价审核", "1、1-产出指标，12-质量指标，造价审核") : x))); // 二级 moved
  changed = editRow(changed, 13, () => []); // 智慧白云一期项目经费 removed
  changed = `${changed.trimEnd()}\n新增数据治理项目\t100.00\t100.00\t\t\t完成数据治理\t1、1-产出指标，11-数量指标，治理数据表；实施周期指标值：≥50张，年度指标值：≥50张。\n`;

  const before = mustParse(gridFromTsv("000", old));
  const after = mustParse(gridFromTsv("000", changed));
  const cmp = compareTables(before, after);

  it("reports every planted change once, to its reviewed snapshot", () => {
    const history = historyFindings(cmp).map((f) => `${f.column ?? ""}${f.row} ${f.severity} ${f.code}: ${findingMessage(f)}`);
    const text = [...cmp.changes.map(line), "", "summary:", ...Object.entries(cmp.summary).filter(([, n]) => n).map(([k, n]) => `${k} ${n}`), "", "history:", ...history, ""].join("\n");
    const snap = path.join(SNAP, "000.txt");
    if (update || !fs.existsSync(snap)) {
      fs.mkdirSync(SNAP, { recursive: true });
      fs.writeFileSync(snap, text);
      if (!update) throw new Error("snapshot test/snapshots/compare/000.txt was missing and has been written: review it");
    }
    expect(text).toBe(fs.readFileSync(snap, "utf8"));
  });

  it("sees a rename as a rename, and warns when the budget rose while a ≥ target fell", () => {
    expect(cmp.changes.filter((c) => c.kind === "project-renamed")).toMatchObject([{ before: "电子政务经费", after: "电子政务运行经费" }]);
    expect(cmp.summary["project-removed"]).toBe(1);
    expect(cmp.summary["project-added"]).toBe(1);
    expect(historyFindings(cmp).filter((f) => f.code === "target-lowered-budget-up")).toHaveLength(1);
  });
});

describe("what is not a change", () => {
  it("ignores moved project rows, renumbering and separators", () => {
    const g = seedGrid("000");
    const rows = g.rows.map((r) => [...r]);
    [rows[11], rows[13]] = [rows[13], rows[11]]; // two projects of one unit swap places
    rows[14] = rows[14].map((v, i) => (i === 6 && typeof v === "string" ? v.replace(/；/g, ";").replace(/，/g, ",") : v));
    const cmp = compareTables(mustParse(g), mustParse({ ...g, rows }));
    expect(cmp.changes).toEqual([]);
  });

  it("compares 万 and 亿 in one magnitude, and says which way a number went", () => {
    const t = (s: string) => parseTarget(s);
    expect(targetChange(t("≥1.2亿次"), t("≥12000万次"))).toBeNull();
    expect(targetChange(t("≥95%"), t("≥90%"))).toBe("lowered");
    expect(targetChange(t("≤4小时"), t("≤2小时"))).toBe("lowered");
    expect(targetChange(t("≥95%"), t("≤95%"))).toBe("changed");
    expect(targetChange(t("明显提升"), t("明显 提升。"))).toBeNull();
  });
});

describe("comparing two versions of a single-project form (layout E), whose money sits below the project's row", () => {
  it("says a changed 财政拨款 at its cells (07)", () => {
    const tsv = fs.readFileSync(path.join(__dirname, "..", "..", "variants", "e-07-hunan-nanyue.tsv"), "utf8");
    const before = mustParse(gridFromTsv("s", tsv));
    const after = mustParse(gridFromTsv("s", editRow(tsv, 5, (c) => c.map((x, k) => (k === 2 ? "9" : x)))));
    const money = compareTables(before, after).changes.filter((c) => c.kind === "amount-changed");
    expect(money).toEqual([expect.objectContaining({ column: "fiscal", before: 10, after: 9, oldCell: "C5", newCell: "C5" })]);
  });
});

describe("comparing two versions of a form read in ten-thousandths", () => {
  const tsv = fs.readFileSync(path.join(__dirname, "..", "..", "variants", "e-08-hunan-ningxiang-batang.tsv"), "utf8");
  it("says an amount that changed by 0.1 万元 with its four decimals, and none that did not change (08)", () => {
    const before = mustParse(gridFromTsv("s", tsv));
    const after = mustParse(gridFromTsv("s", tsv.replace("三、其他:3683.3970万元", "三、其他:3683.4970万元")));
    expect(compareTables(before, before).changes).toEqual([]);
    const money = compareTables(before, after).changes.filter((c) => c.kind === "amount-changed");
    expect(money).toEqual([expect.objectContaining({ column: "other", before: 3683.397, after: 3683.497, oldCell: "B7", newCell: "B7" })]);
  });
});
