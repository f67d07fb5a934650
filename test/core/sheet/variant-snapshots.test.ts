/**
 * Our own variants of the seeds (test/variants/*) — half-width punctuation, line breaks inside cells, no
 * separators, OCR artefacts, layout D — each with a reviewed snapshot, plus the readings a person expects.
 */
import * as fs from "fs";
import * as path from "path";
import { checkSheet, columnLetter, gridFromTsv, MONEY_KEYS, MoneyCell, SheetParse } from "../../../src/core";
import { renderCheck, renderParse, renderSelfEval } from "../../support/render";
import { editRow, mustParse } from "../../support/seeds";

const DIR = path.join(__dirname, "..", "..", "variants");
const SNAP = path.join(__dirname, "..", "..", "snapshots", "variants");
const update = process.env.UPDATE_SNAPSHOTS === "1";
const load = (f: string) => mustParse(gridFromTsv(f.replace(/\.\w+$/, ""), fs.readFileSync(path.join(DIR, f), "utf8")));

/**
 * A variant copied from research (test/variants/x.md beside x.tsv; TSV has no comment lines): the snapshot starts
 * with where it comes from and what in it is faithful, so a reviewer reads the reading against its source.
 */
function provenance(file: string): string {
  const md = path.join(DIR, file.replace(/\.tsv$/, ".md"));
  if (!fs.existsSync(md)) return "";
  const lines = fs.readFileSync(md, "utf8").split("\n");
  const faithful = lines.findIndex((l) => /^## Faithful/.test(l));
  const keep = [lines[0], ...lines.filter((l) => /^- \*\*(Source|This is not)/.test(l)), ...(faithful >= 0 ? [lines[faithful + 1]] : [])];
  return `${keep.join("\n")}\n(expected reading: ${path.basename(md)})\n---\n`;
}

/** Layout E's per-project extras (the form's cells, period, goals) and its money rows, as the checks see them. */
function renderForms(p: SheetParse): string {
  if (p.layout !== "E") return "";
  const out = ["forms:"];
  for (const x of p.projects) {
    out.push(`  ${x.name} · ${x.range ?? "—"} · period ${x.period ? `${x.period.raw} (${x.period.start ?? "?"}..${x.period.end ?? "?"})` : "—"}`);
    out.push(`    goals: period ${x.goals?.period ?? "—"} | annual ${x.goals?.annual ?? "—"}`);
  }
  for (const m of p.money) {
    const cells = MONEY_KEYS.filter((k) => m.cells[k]).map((k) => {
      const c = m.cells[k]!;
      const at = (x: MoneyCell) => (x.col === null ? "?" : `${columnLetter(x.col)}${x.row ?? m.row}`);
      return `${k} ${c.blank ? "blank" : c.cents / (m.places === 4 ? 10_000 : 100)}@${c.parts ? c.parts.map(at).join("+") : at(c)}`;
    });
    out.push(`  money row ${m.row}: ${cells.join(", ")}`);
  }
  for (const t of p.costTables ?? []) {
    const at = (c: MoneyCell) => `${c.blank ? "blank" : c.cents / 100}@${columnLetter(c.col ?? 0)}${c.row}`;
    for (const col of t.columns) {
      const total = col.total ? at(col.total) : "not reconciled";
      const what = t.breakdown ? `breakdown row ${t.row} · ${col.header}` : `cost table row ${t.row} · ${col.header}${col.budget ? "" : " (spent)"}`;
      out.push(`  ${what}: ${total} = ${col.lines.map(at).join(" + ")}`);
    }
  }
  return `${out.join("\n")}\n\n`;
}

/** The title's year and 指标方向性 (issue 14), when the table has them: data on the parse, shown once per sheet. */
function renderExtras(p: SheetParse): string {
  const out: string[] = [];
  if (p.year !== undefined) out.push(`year: ${p.year}`);
  const dir = p.indicators.filter((i) => i.direction).map((i) => `${i.column}${i.row} ${i.direction}`);
  if (dir.length) out.push(`direction: ${dir.join(", ")}`);
  return out.length ? `${out.join("\n")}\n\n` : "";
}

describe.each(fs.readdirSync(DIR).filter((f) => f.endsWith(".tsv")).sort())("variant %s", (file) => {
  it("parses and checks to its reviewed snapshot", () => {
    const p = load(file);
    const text = `${provenance(file)}${renderParse(p)}${renderForms(p)}${renderSelfEval(p)}${renderExtras(p)}\ncheck:\n${renderCheck(checkSheet(p))}`;
    const snap = path.join(SNAP, file.replace(/\.tsv$/, ".txt"));
    if (update || !fs.existsSync(snap)) {
      fs.mkdirSync(SNAP, { recursive: true });
      fs.writeFileSync(snap, text);
      if (!update) throw new Error(`snapshot for ${file} was missing and has been written: review it`);
    }
    expect(text).toBe(fs.readFileSync(snap, "utf8"));
  });
});

describe("the layout-A variants", () => {
  const p = load("a-variants.tsv");
  const ind = (project: string, seq: number) => p.indicators.find((i) => i.project === project && i.seq === seq)!;

  it("reads half-width punctuation, >=, 不低于, 以上, 约 and labelled values", () => {
    expect(p.projects.map((x) => x.indicatorCount)).toEqual([4, 5, 4]);
    expect(ind("半角标点项目", 1).annualTarget).toMatchObject({ operator: ">=", value: 5, unit: "个" });
    expect(ind("半角标点项目", 2).annualTarget).toMatchObject({ label: "覆盖率", operator: "=", value: 100, unit: "%" });
    expect(ind("半角标点项目", 3).periodTarget).toMatchObject({ operator: ">=", value: 90, unit: "%" });
    expect(ind("半角标点项目", 3).annualTarget).toMatchObject({ operator: ">=", value: 90, unit: "%" });
    expect(ind("半角标点项目", 4).periodTarget).toMatchObject({ operator: "≈", value: 20, unit: "万元" });
  });
  it("reads items separated by line breaks, with \\geq artefacts and values holding ；and ，", () => {
    expect(ind("换行分隔项目", 2).annualTarget).toMatchObject({ operator: "<=", value: 4, unit: "小时" });
    expect(ind("换行分隔项目", 3).periodTarget).toMatchObject({ raw: "一级事件≤1小时；二级事件≤2小时", qualitative: true });
    expect(ind("换行分隔项目", 3).annualTarget?.raw).toBe("明显改善，群众评价良好");
    expect(ind("换行分隔项目", 4).annualTarget).toMatchObject({ operator: ">=", value: 95, unit: "%" });
    expect(p.findings.filter((f) => f.code === "ocr-artefact" && f.row === 8).map((f) => f.item?.seq)).toEqual([2, 4]);
  });
  it("reads items with nothing between them, and bare numbers", () => {
    expect([1, 2, 3, 4].map((s) => ind("无分隔项目", s).name)).toEqual(["系统数量", "覆盖镇街", "满意度", "成本控制率"]);
    expect(ind("无分隔项目", 1).annualTarget).toMatchObject({ operator: null, value: 2, unit: "套" });
    expect(ind("无分隔项目", 2).periodTarget).toMatchObject({ operator: null, value: 365, unit: "天" });
  });
  it("reconciles a table whose special-account column is used and whose blanks are written as -", () => {
    const money = checkSheet(p).filter((f) => ["row-sum", "subtotal", "grand-total"].includes(f.code));
    expect(money).toEqual([]);
  });
});

describe("the layout-D variant", () => {
  const p = load("d-columnar.tsv");
  it("fills merged project and level cells down and applies 指标性质 and 计量单位", () => {
    expect(p.layout).toBe("D");
    expect(p.projects.map((x) => [x.name, x.unit, x.indicatorCount])).toEqual([
      ["办公设备购置", "某市数据管理局", 6],
      ["信息系统运维", "某市数据管理局", 3],
    ]);
    const t = p.indicators.find((i) => i.name === "购置台式计算机")!;
    expect(t.annualTarget).toMatchObject({ operator: ">=", value: 50, unit: "台" });
    const q = p.indicators.find((i) => i.name === "验收合格率")!;
    expect([q.level1?.name, q.level2?.name, q.annualTarget?.operator]).toEqual(["产出指标", "质量指标", "="]);
    expect(p.indicators.find((i) => i.name === "办公效率提升")!.annualTarget?.qualitative).toBe(true);
    expect(p.indicators.find((i) => i.name === "系统可用率")!.level1?.name).toBe("产出指标");
  });
  it("checks its subtotal and the second project's missing categories", () => {
    const all = checkSheet(p);
    expect(all.filter((f) => f.code === "subtotal")).toEqual([]);
    expect(all.filter((f) => f.code === "missing-core-category").map((f) => [f.row, f.params?.category])).toEqual([[11, "benefit"]]);
    expect(all.filter((f) => f.code === "missing-cost").map((f) => f.row)).toEqual([11]);
    expect(all.filter((f) => f.code === "low-satisfaction").map((f) => f.row)).toEqual([13]);
  });
});

describe("the Sichuan columnar variant with money (部门预算项目绩效目标申报表, 金额单位:元)", () => {
  const tsv = fs.readFileSync(path.join(DIR, "d-sichuan-money.tsv"), "utf8");
  const money = (text: string) => checkSheet(mustParse(gridFromTsv("d-sichuan-money", text))).filter((f) => ["row-sum", "subtotal", "grand-total"].includes(f.code));

  it("reads each project's 预算数 and reconciles the department row with zero errors", () => {
    const p = load("d-sichuan-money.tsv");
    expect(p.moneyUnit).toBe("元");
    expect(p.projects.map((x) => [x.name, x.amounts?.total])).toEqual([
      ["村（社区）运转经费", 1650000],
      ["乡村道路养护", 1319840],
      ["机关运行经费", 1000000],
    ]);
    expect(p.money.map((m) => [m.row, m.kind])).toEqual([[4, "unit"], [5, "project"], [10, "project"], [14, "project"]]);
    expect(money(tsv)).toEqual([]);
  });

  it("reports a planted wrong 预算数 as an error on the department total computed from it", () => {
    const planted = editRow(tsv, 10, (cells) => cells.map((c, i) => (i === 2 ? "1,391,840.00" : c)));
    const [f, ...rest] = money(planted);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "subtotal", severity: "error", row: 4, column: "C", expected: 4041840, actual: 3969840 });
    expect(f.from).toContain("C10");
  });

  it("reads 185万 in a 元 table as 1,850,000.00, and says so when a total row belongs to nobody", () => {
    const withText = editRow(editRow(tsv, 4, (c) => c.map((x, i) => (i === 2 ? "4,819,840.00" : x))), 14, (c) => c.map((x, i) => (i === 2 ? "185万" : x)));
    expect(mustParse(gridFromTsv("s", withText)).projects[2].amounts?.total).toBe(1850000);
    expect(money(withText)).toEqual([]);
    const orphan = `${tsv.trimEnd()}\n\t\t\t备注：另有结转资金\t\t\t\t\t\t\t\t\n`.replace("\t\t\t备注", "\t\t120,000.00\t备注");
    const p = mustParse(gridFromTsv("s", orphan));
    expect(p.findings.filter((x) => x.code === "money-row-unsure").map((x) => [x.row, x.column])).toEqual([[18, "C"]]);
    expect(money(orphan)).toEqual([]);
  });
});
