/**
 * Layout D (§3): one row per indicator with 一级指标/二级指标/三级指标/指标值 columns, optionally 计量单位,
 * 指标性质 (定量/定性 or a comparator), 权重, 指标方向性, and project columns whose merged cells arrive blank.
 * Money (a 预算数 / 项目金额 / 资金总额 column): each project's amount sits on its first row. A row with an amount
 * but no project and no indicator is a total: 合计/总计 the grand total, 小计 the subtotal of the projects above it,
 * a unit or department name in the unit column that unit's total over the projects below it (as in layout A).
 * Any other such row is not reconciled, and says so: a false money error is worse than none.
 */
import { CellValue, Grid, cellText, columnLetter, isBlankRow } from "../../grid/grid";
import { finding } from "../../_lib/findings";
import { ColumnMap, isIndicatorColumnsHeader, mapColumns } from "./detect";
import { LevelTracker } from "../../indicator/level-tracker";
import { MoneyRow, ProjectOut } from "../model";
import { AmountParse, amountWithUnit, parseAmount } from "../../values/money";
import { SheetBuilder } from "../sheet-builder";
import { NormRows } from "../norm-rows";
import { leftShiftOf, shifted } from "../realign";
import { FrameworkIndex } from "../../rules/framework";
import { departmentFromTitle, directionOf, isTitleText, moneyUnitFromTitle, natureOperator, norm } from "../vocabulary";
import { foldTraditional, nfkc } from "../../_lib/text";
import { parseTarget, Target } from "../../values/target-parser";

type Role = "unitName" | "project" | "amount" | "goal" | "l1" | "l2" | "l3" | "period" | "annual" | "measure" | "nature" | "weight" | "direction";

const ROLES: [Role, (t: string) => boolean][] = [
  ["l1", (t) => t === "一级指标"],
  ["l2", (t) => t === "二级指标"],
  ["l3", (t) => t === "三级指标"],
  ["period", (t) => t.startsWith("实施周期") || t.startsWith("实施期")],
  ["annual", (t) => /^(年度)?指标值|^年度目标值/.test(t)],
  ["measure", (t) => /计量单位|度量单位/.test(t)],
  ["nature", (t) => t.includes("指标性质") || t.includes("比较符") || t.includes("符号") || t.includes("指标值类型")],
  ["weight", (t) => t.includes("权重") || t.includes("分值")],
  ["direction", (t) => t.includes("方向")],
  ["project", (t) => t.includes("项目名称")],
  ["unitName", (t) => /单位名称|预算单位|资金使用单位/.test(t)],
  ["amount", (t) => /预算数|资金总额|金额|预算资金|预算金额/.test(t)],
  ["goal", (t) => /年度目标|绩效目标/.test(t)],
];

/** The value cell, read with its 指标性质 comparator and 计量单位 when the cell itself carries neither (layouts D, E). */
export function target(raw: string, nature: string, measure: string, parsed: Target | null = parseTarget(raw)): Target | null {
  const t = parsed;
  if (!t) return null;
  if (nature === "定性") return { ...t, label: null, operator: null, value: null, unit: null, qualitative: true };
  const op = natureOperator(nature);
  if (t.qualitative) return t;
  return { ...t, operator: t.operator ?? op ?? null, unit: t.unit ?? (measure ? foldTraditional(measure) : null) };
}

/**
 * Cells lost from merges in a copy from a web page shift a row left (`| 产出指标 | 时效指标 | … |||||`): realigned
 * by the rule of realign.ts, the row's project cells shifted with its levels; and a money row whose amount sits in the
 * 项目名称 column (`820-马踏镇部门 | 8,827,620.53`) moves its amount to 预算数. Where the blanks go and how many
 * (null: the row is where its header says).
 */
function leftShift(cells: readonly string[], cols: ColumnMap<Role>, fw: FrameworkIndex, width: number): { at: number; by: number } | null {
  const by = leftShiftOf(cells, cols, fw, width);
  if (by > 0) return { at: 0, by };
  let last = cells.length - 1;
  while (last >= 0 && cells[last] === "") last--;
  if (cols.project !== undefined && cols.amount !== undefined && cols.amount > cols.project && cells[cols.amount] === "" && last === cols.project && parseAmount(cells[cols.project]).kind === "amount") {
    return { at: cols.project, by: cols.amount - cols.project };
  }
  return null;
}

const GRAND_TOTAL = /合计|总计/;
const SUBTOTAL = /小计/;

/** `预算数（万元）`, `项目金额(元)`: the unit a money header names. */
function unitOfHeader(t: string): string | null {
  const m = /[(（](万元|千元|百元|元|亿元)[)）]/.exec(t);
  return m ? m[1] : null;
}

export function readLayoutD(grid: Grid, headerRow: number, b: SheetBuilder, norms: NormRows = new NormRows(grid)): { department: string | null; moneyUnit: string | null; money: MoneyRow[] } {
  const cols = mapColumns(grid.rows[headerRow].map((v) => norm(v)), ROLES);
  let department: string | null = null;
  let moneyUnit: string | null = null;
  for (let r = 0; r < headerRow; r++) {
    for (const v of grid.rows[r]) {
      department = department ?? departmentFromTitle(cellText(v));
      moneyUnit = moneyUnit ?? moneyUnitFromTitle(cellText(v));
    }
  }
  if (cols.amount !== undefined) moneyUnit = moneyUnit ?? unitOfHeader(norm(grid.rows[headerRow][cols.amount]));
  const text = (row: Grid["rows"][number], c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
  /** The amount cell; `250万` is read in the table's unit (the first such cell names it when the title does not). */
  const amountAt = (row: Grid["rows"][number]): AmountParse | null => {
    if (cols.amount === undefined) return null;
    const a = parseAmount(row[cols.amount]);
    if (a.kind !== "invalid") return a;
    const probe = amountWithUnit(row[cols.amount], "元");
    if (!probe) return a;
    moneyUnit = moneyUnit ?? probe.unit;
    const named = amountWithUnit(row[cols.amount], moneyUnit);
    return named ? { kind: "amount", cents: named.cents } : a;
  };
  const levels = new LevelTracker(b.ctx.framework);
  const money: MoneyRow[] = [];
  let project = null as ProjectOut | null;
  let unitName: string | null = null;

  const width = grid.rows[headerRow].length;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    let row = grid.rows[r];
    if (isBlankRow(row)) continue;
    let cells = norms.row(r);
    if (isIndicatorColumnsHeader(cells)) continue;
    const shift = leftShift(cells, cols, b.ctx.framework, width);
    // A header column's cell where it really is in the sheet (a realigned row's cells sit `by` columns to the left).
    const at = (c: number) => (shift && c >= shift.at + shift.by ? c - shift.by : c);
    if (shift) {
      row = shifted<CellValue>(row, shift.at, shift.by, null);
      cells = shifted(cells, shift.at, shift.by, "");
      b.note(finding("realigned-row", r + 1, null, { params: { name: text(row, cols.l3) || text(row, cols.project) } }));
    }
    const filled = cells.filter((t) => t !== "");
    if (filled.length === 1 && isTitleText(filled[0])) continue;
    const name = text(row, cols.project);
    const l3 = text(row, cols.l3);
    const amount = amountAt(row);
    const unitText = text(row, cols.unitName);
    if (unitText) unitName = unitText;
    const hasAmount = amount?.kind === "amount";
    if (!name && !l3 && hasAmount) {
      const label = unitText || (filled.find((t) => parseAmount(t).kind === "invalid" && !amountWithUnit(t, "元")) ?? "");
      const kind = SUBTOTAL.test(norm(label)) ? "subtotal" : GRAND_TOTAL.test(norm(label)) ? "grand-total" : unitText ? "unit" : null;
      if (kind === null) b.note(finding("money-row-unsure", r + 1, columnLetter(at(cols.amount!)), { actual: amount.cents / 100, params: { text: label } }));
      else money.push({ row: r + 1, kind, name: label, cells: { total: { cents: amount.cents, blank: false, col: at(cols.amount!) } } });
      continue;
    }
    if (name && name !== project?.name) {
      const amounts = hasAmount ? { total: amount.cents / 100, fiscal: 0, specialAccount: 0, other: 0 } : null;
      project = { row: r + 1, name, unit: unitName, department, amounts, indicatorCount: 0, goal: text(row, cols.goal) || null };
      b.projects.push(project);
      levels.reset();
      if (cols.amount !== undefined && amount) {
        money.push({ row: r + 1, kind: "project", name, cells: { total: { cents: hasAmount ? amount.cents : 0, blank: !hasAmount, col: at(cols.amount) } } });
      }
    }
    if (!project) {
      project = { row: r + 1, name: department ?? grid.name, unit: unitName, department, amounts: null, indicatorCount: 0, goal: null };
      b.projects.push(project);
    }
    const l1 = text(row, cols.l1);
    const l2 = text(row, cols.l2);
    if (l1) levels.set1(l1);
    if (l2) levels.set2(l2, r + 1, columnLetter(at(cols.l2!)), !!l1, b.findings);
    if (!l3) continue;
    const nature = text(row, cols.nature);
    const measure = text(row, cols.measure);
    const period = text(row, cols.period);
    const annual = text(row, cols.annual);
    const direction = cols.direction === undefined ? null : directionOf(cells[cols.direction] ?? "");
    b.indicatorRow(
      {
        row: r + 1,
        column: columnLetter(at(cols.l3!)),
        group: 1,
        seq: null,
        ...levels.state(),
        name: l3,
        periodTarget: period ? target(period, nature, measure) : null,
        annualTarget: annual ? target(annual, nature, measure) : null,
        ...(direction ? { direction } : {}),
      },
      project,
    );
    // `28.8万元` under a 计量单位 of `%`: a real fault of filed tables (R6) — said, not silently resolved.
    const written = annual ? parseTarget(annual) : null;
    if (written && !written.qualitative && written.unit && measure && nfkc(written.unit) !== nfkc(measure)) {
      b.note(finding("unit-conflict", r + 1, columnLetter(at(cols.annual!)), { params: { name: l3, text: annual, unit: written.unit, column: measure } }));
    }
    const ph = b.ctx.placeholders;
    if (ph.matches(l3) || ph.matches(annual)) b.note(finding("placeholder", r + 1, columnLetter(at(cols.l3!)), { params: { fields: "name", text: l3 } }));
  }
  return { department, moneyUnit, money };
}
