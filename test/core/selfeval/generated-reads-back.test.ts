// The sheet 从目标表生成自评表 writes is a 绩效自评表 the reader reads back (layout S): the same projects, the same
// indicators under the same levels, each with its approved 年度指标值 and its 分值, and no stray rows.
import { checkSheet, DEFAULT_SELF_EVALUATION, parseSheet, selfEvaluationSheet, type CellValue, type SheetParse } from "../../../src/core";
import { seedGrid } from "../../support/seeds";

/** The generated rows as a host shows them before anything is typed: formulas read as blank cells. */
function generated(source: SheetParse, shape: "anhui" | "sichuan"): SheetParse {
  const out = selfEvaluationSheet(source, { shape, rules: DEFAULT_SELF_EVALUATION });
  const rows: CellValue[][] = out.rows.map((r) => r.map((c) => (c !== null && typeof c === "object" ? null : c)));
  const p = parseSheet({ name: "绩效自评表", rows });
  if (!p.ok) throw new Error(p.code);
  return p.value;
}

const source = (() => {
  const p = parseSheet(seedGrid("000"));
  if (!p.ok) throw new Error(p.code);
  return p.value;
})();

describe.each(["anhui", "sichuan"] as const)("a self-evaluation sheet generated from seed 000 in the %s shape", (shape) => {
  const back = generated(source, shape);

  it("reads as a self-evaluation with every project and indicator of the target table", () => {
    expect(back.kind).toBe("self-evaluation");
    expect(back.layout).toBe("S");
    expect(back.projects.map((p) => p.name)).toEqual(source.projects.map((p) => p.name));
    // Grouped under their 一级 as a self-evaluation prints them, so compared as a set per project.
    const key = (i: SheetParse["indicators"][number]) => `${i.project}|${i.name}|${i.category}`;
    expect(back.indicators.map(key).sort()).toEqual(source.indicators.map(key).sort());
  });

  it("carries each approved annual target and gives every project 100 points", () => {
    // A project may name two indicators alike: compared as sorted lists of (project, name, value, qualitative).
    const t = (i: SheetParse["indicators"][number], target = i.annualTarget ?? i.periodTarget) => `${i.project}|${i.name}|${target?.value ?? null}|${target?.qualitative ?? null}`;
    expect(back.indicators.map((i) => t(i, i.annualTarget)).sort()).toEqual(source.indicators.map((i) => t(i)).sort());
    for (const p of back.projects) {
      const points = back.indicators.filter((i) => i.projectRow === p.row).reduce((n, i) => n + Math.round((i.score?.maxScore?.value ?? 0) * 100), 0);
      const share = Math.round((p.selfEval?.budget?.share ?? DEFAULT_SELF_EVALUATION.budgetShare) * 100);
      expect(points + share).toBe(10000);
    }
  });

  it("says nothing of scores on a form not filled in yet (only the target table's own faults remain)", () => {
    const own = new Set(checkSheet(source).map((f) => f.code));
    const added = checkSheet(back).filter((f) => !own.has(f.code));
    expect(added.map((f) => `${f.code}@${f.column ?? ""}${f.row}`)).toEqual([]);
  });

  it("has no row the reader could not place", () => {
    expect(back.findings.filter((f) => f.code === "unrecognized-row" || f.code === "realigned-row")).toEqual([]);
  });
});
