import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { stripHtml } from "../../../src/core/_lib/text";
import { recoveryGap } from "./raw-recovery";
import { columnIndex, DEFAULT_FRAMEWORK, FINDING_SEVERITY, FindingSchema, FrameworkIndex, gridFromTsv, IndicatorSchema, parseIndicatorCell, ParseJsonSchema, parseSheet, PlaceholderMatcher, ProjectSchema, TargetSchema, type CellParse, type CellValue, type Grid, type ParserContext } from "../../../src/core";

const ctx: ParserContext = { framework: new FrameworkIndex(DEFAULT_FRAMEWORK), placeholders: new PlaceholderMatcher() };
const RUNS = { numRuns: 200 };
const SEEDS = path.join(__dirname, "..", "..", "..", "seeds");
const seedGrids: Grid[] = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => gridFromTsv(f, fs.readFileSync(path.join(SEEDS, f), "utf8")));

const OPERATORS = [">=", ">", "=", "<", "<=", "≈", null];
const CATEGORIES = ["output", "benefit", "satisfaction", "cost", null];
const isCode = (c: string): boolean => Object.prototype.hasOwnProperty.call(FINDING_SEVERITY, c);
const isLevel = (l: unknown): boolean =>
  l === null || (typeof l === "object" && (typeof (l as any).code === "string" || (l as any).code === null) && typeof (l as any).name === "string");
const findingItem = FindingSchema.shape.item;

/** The shape a cell parse must always have, whatever the input. */
function checkCellParse(r: CellParse): void {
  expect(Array.isArray(r.items) && Array.isArray(r.findings) && Array.isArray(r.unplaced)).toBe(true);
  let lastGroup = 1;
  for (const it of r.items) {
    expect(Number.isInteger(it.group) && it.group >= lastGroup).toBe(true);
    lastGroup = it.group;
    expect(it.seq === null || (Number.isInteger(it.seq) && it.seq > 0)).toBe(true);
    expect(isLevel(it.level1) && isLevel(it.level2)).toBe(true);
    expect(typeof it.name === "string" && typeof it.raw === "string" && typeof it.cost === "boolean").toBe(true);
    expect(CATEGORIES).toContain(it.category);
    expect(it.unplaced.every((u) => typeof u === "string")).toBe(true);
    for (const t of [it.periodTarget, it.annualTarget]) {
      if (t === null) continue;
      expect(typeof t.raw).toBe("string");
      expect(OPERATORS).toContain(t.operator);
      expect(t.value === null || Number.isFinite(t.value)).toBe(true);
      expect(TargetSchema.safeParse(t).success).toBe(true);
    }
  }
  if (r.items.length) expect(r.items[0].group).toBe(1);
  for (const f of r.findings) {
    expect(isCode(f.code)).toBe(true);
    if (f.item) expect(findingItem.safeParse(f.item).success).toBe(true);
  }
  expect(r.unplaced.every((u) => typeof u === "string" && u !== "")).toBe(true);
}

const FRAGMENTS = [
  "1、", "2、", "3、", "12、", "1-产出指标", "11-数量指标", "12-质量指标", "2-效益指标", "21-经济效益", "31-服务对象满意度",
  "4-成本指标", "产出指标", "满意度指标", "，", "；", "：", "。", ",", ";", ":", ".", "、", " ", "\n", "\r\n", "实施周期指标值：",
  "年度指标值：", "指标值", "100", "90", "1,000", "3.5", "%", "％", "≥", "≤", ">=", "＞", "不低于", "以上", "约", "合格",
  "培训人数", "待单位补充...", "涉密", "<p>", "</p>", "&nbsp;", "\\geq", "\\leq ", "（", "）", "-", "—", "\u3000",
];
const fragmentCell = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((a) => a.join(""));

const indicatorCells: string[] = seedGrids.flatMap((g) =>
  g.rows.flatMap((r) => {
    const last = r[r.length - 1];
    return r.length >= 5 && typeof last === "string" && last.includes("、") ? [last] : [];
  }),
);

const swapWidth = (s: string): string =>
  s.replace(/[，,；;：:。.]/g, (c) => ({ "，": ",", ",": "，", "；": ";", ";": "；", "：": ":", ":": "：", "。": ".", ".": "。" })[c] ?? c);

/** One random edit of a real cell: delete a slice, duplicate a slice, swap separator widths, or add line breaks. */
const mutation = fc.tuple(fc.constantFrom("delete", "duplicate", "swap", "breaks"), fc.nat(), fc.nat(), fc.constantFrom("\n", "\r\n", " \n "));
function mutate(cell: string, [kind, a, b, br]: [string, number, number, string]): string {
  const i = a % (cell.length + 1);
  const j = Math.min(cell.length, i + (b % 40));
  switch (kind) {
    case "delete":
      return cell.slice(0, i) + cell.slice(j);
    case "duplicate":
      return cell.slice(0, j) + cell.slice(i, j) + cell.slice(j);
    case "swap":
      return swapWidth(cell);
    default:
      return cell.replace(/[。；;]/g, (m, at: number) => ((at + a) % 3 === 0 ? m + br : m));
  }
}

describe("indicator cell parser properties", () => {
  // Nothing lost, exactly (§4): the cell is its pieces in order (raw-recovery.ts), not merely each character somewhere.
  it.each([
    ["random text", fc.string({ maxLength: 80, unit: "grapheme" })],
    ["random mixes of grammar fragments", fragmentCell],
    ["edited seed cells", fc.tuple(fc.constantFrom(...indicatorCells), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([cell, edits]) => edits.reduce(mutate, cell))],
  ] as const)("recovers %s exactly from the items' raw text and the findings' quoted text", (_label, cells: fc.Arbitrary<string>) => {
    fc.assert(fc.property(cells, (s) => {
      expect(recoveryGap(stripHtml(s).text, parseIndicatorCell(s, ctx))).toBe("");
    }), RUNS);
  });

  it("never throws on random text and keeps the output shape", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80, unit: "grapheme" }), (s) => {
      checkCellParse(parseIndicatorCell(s, ctx));
    }), RUNS);
  });

  it("never throws on random mixes of grammar fragments and keeps the output shape", () => {
    fc.assert(fc.property(fragmentCell, (s) => {
      checkCellParse(parseIndicatorCell(s, ctx));
    }), RUNS);
  });

  it("never throws on edited seed cells and keeps the output shape", () => {
    expect(indicatorCells.length).toBeGreaterThan(50);
    const edited = fc.tuple(fc.constantFrom(...indicatorCells), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(edited, ([cell, edits]) => {
        const text = edits.reduce(mutate, cell);
        checkCellParse(parseIndicatorCell(text, ctx));
      }),
      RUNS,
    );
  });
});

// --- parseSheet over random grids ---------------------------------------------------------------

/** Header and data rows from the seeds (layouts A, B, C) and a layout-D header, to reach past detection. */
const realRows: CellValue[][] = [
  ...seedGrids.flatMap((g) => g.rows.filter((r) => r.some((v) => typeof v === "string" && /项目名称|一级指标|绩效指标|申报表/.test(v)))),
  ...seedGrids.flatMap((g) => g.rows.filter((r) => r.length >= 5).slice(0, 6)),
  ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
  ["产出指标", "数量指标", "培训人数", "100", "人", "≥"],
].map((r) => [...r]);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant({ error: "#REF!" }),
  fc.constantFrom(...FRAGMENTS, "合计", "12,993.72", "-", "项目名称", "绩效指标", "1、1-产出指标，11-数量指标，甲；年度指标值：1个。"),
);
const randomGrid: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 12 }),
    fc.array(fc.tuple(fc.constantFrom(...realRows), fc.nat()), { maxLength: 6 }),
  )
  .map(([rows, inserts]) => {
    const out = rows.map((r) => [...r]);
    for (const [row, at] of inserts) out.splice(at % (out.length + 1), 0, row);
    return { name: "Sheet1", rows: out };
  });

const ProjectsSchema = ProjectSchema.array();
const IndicatorsSchema = IndicatorSchema.array();
const SheetFindingsSchema = FindingSchema.omit({ message: true }).array();

describe("parseSheet properties", () => {
  it("never throws on random grids and places every indicator inside the grid", () => {
    fc.assert(
      fc.property(randomGrid, (grid) => {
        const res = parseSheet(grid);
        if (!res.ok) {
          expect(["sheet-empty", "not-a-target-table"]).toContain(res.code);
          return;
        }
        const width = Math.max(0, ...grid.rows.map((r) => r.length));
        for (const ind of res.value.indicators) {
          expect(ind.row >= 1 && ind.row <= grid.rows.length).toBe(true);
          expect(columnIndex(ind.column)).toBeLessThan(width);
          expect(ind.projectRow >= 1 && ind.projectRow <= grid.rows.length).toBe(true);
        }
        for (const f of res.value.findings) expect(f.row >= 1 && f.row <= grid.rows.length).toBe(true);
        expect(ProjectsSchema.safeParse(res.value.projects).error).toBeUndefined();
        expect(IndicatorsSchema.safeParse(res.value.indicators).error).toBeUndefined();
        expect(SheetFindingsSchema.safeParse(res.value.findings).error).toBeUndefined();
      }),
      RUNS,
    );
  });

  it("produces output that fits the parse --json schema for every seed", () => {
    for (const grid of seedGrids) {
      const res = parseSheet(grid);
      if (!res.ok) throw new Error(`${grid.name}: ${res.code}`);
      const v = res.value;
      const json = { file: grid.name, sheet: v.sheet, kind: v.kind, layout: v.layout, moneyUnit: v.moneyUnit, projects: v.projects, indicators: v.indicators, findings: v.findings.map((f) => ({ ...f, message: f.code })) };
      expect(ParseJsonSchema.safeParse(json).error).toBeUndefined();
    }
  });
});
