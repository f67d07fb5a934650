/**
 * Layout E (§3, issue 14): the national single-project form (项目支出绩效目标表 / 申报表 / 审批表), one project per
 * form, one form or several per sheet — a new form starts at its 项目名称 label (with the title lines above it).
 *
 * A form is read by its words (vocabulary.ts), wherever they sit:
 * - key–value cells: a label and the first filled cell to its right (or both in one cell, `负责人：某某`);
 * - money: labels (年度资金总额 / 其中：财政拨款 / 其他资金 …) each with the value to its right, in different rows;
 *   labels in one column are one block, so 实施期 | 年度 side by side are two blocks, each reconciled as a row-sum
 *   (年度资金总额 = 财政拨款 + 财政专户 + 其他资金) with its cells where they really are. The project's amounts are the
 *   annual block's. A cell that cannot be read for certain (`854万854万(…)`, money in a sentence, more than two
 *   decimals) is said as info, and that block is not reconciled: a false money error is worse than none;
 * - goals: 中长期 / 实施期 and 年度 headers with the text beside or below them;
 * - the indicator block(s): 一级 | 二级 | 三级 | 指标值 … with merged blanks, 实施期 and 年度 side by side (by header
 *   or by position) or stacked in two blocks (长期绩效指标 / 年度绩效指标, by the block's label).
 */
import { CellValue, Grid, a1, cellText, columnLetter } from "../../grid/grid";
import { finding } from "../../_lib/findings";
import { nfkc } from "../../_lib/text";
import { LevelTracker } from "../../indicator/level-tracker";
import { Finding } from "../../_lib/findings";
import { MoneyCell, MoneyKey, MoneyRow, ProjectOut, ProjectPeriod } from "../model";
import { amountWithUnit, parseAmount } from "../../values/money";
import { parseTarget, Target } from "../../values/target-parser";
import { SheetBuilder } from "../sheet-builder";
import { NormRows } from "../norm-rows";
import {
  FormColumn,
  FormField,
  MoneyLabel,
  formColumnOf,
  formFieldOf,
  formFieldRank,
  goalKindOf,
  inCellField,
  isEllipsisMark,
  isFormFooter,
  isFormIndicatorHeader,
  isMoneyProse,
  isTitleText,
  moneyLabelOf,
  moneyUnitFromTitle,
  moneyUnitOfLabel,
  norm,
  periodOf,
  sideOf,
} from "../vocabulary";
import { projectLabelAt } from "./detect";
import { target } from "./layout-d";

export interface LayoutEResult {
  department: string | null;
  moneyUnit: string | null;
  money: MoneyRow[];
  moneyKeys: MoneyKey[];
}

type Row = readonly CellValue[];

interface Sheet {
  raw: readonly Row[];
  /** norm() of every cell (forms are small: a few hundred cells each). */
  cells: string[][];
}

const isLabel = (t: string) => formFieldOf(t) !== null || moneyLabelOf(t) !== null || goalKindOf(t) !== null;

/** The first filled cell right of column c in row r, up to the next label: its column, or -1. */
function valueRightOf(s: Sheet, r: number, c: number): number {
  const row = s.cells[r];
  for (let k = c + 1; k < row.length; k++) {
    if (row[k] === "") continue;
    return isLabel(row[k]) ? -1 : k;
  }
  return -1;
}

/** A title row of the next form (its title, `(2023年度)`, `预算单位: X`, `金额单位:万元`) or a blank row. */
function isTitleRow(s: Sheet, r: number): boolean {
  const filled = s.cells[r].map((t, c) => ({ t, c })).filter((x) => x.t !== "");
  return filled.length <= 3 && filled.every((x) => isTitleText(x.t) || inCellField(cellText(s.raw[r][x.c])) !== null || /^\(?\d{4}年度?\)?$/.test(x.t));
}

export function readLayoutE(grid: Grid, b: SheetBuilder, norms: NormRows = new NormRows(grid)): LayoutEResult {
  const s: Sheet = { raw: grid.rows, cells: grid.rows.map((_, r) => norms.row(r)) };
  const starts: number[] = [];
  for (let r = 0; r < s.cells.length; r++) if (projectLabelAt(s.cells[r]) >= 0) starts.push(r);
  const bounds = starts.map((st, k) => {
    let lo = k === 0 ? 0 : st;
    if (k > 0) while (lo - 1 > starts[k - 1] && isTitleRow(s, lo - 1)) lo--;
    return lo;
  });
  let moneyUnit: string | null = null;
  // The unit is the sheet's: from a title line or a money block's label, else the first amount written with one.
  for (const row of s.cells) for (const t of row) if (t) moneyUnit = moneyUnit ?? moneyUnitFromTitle(t) ?? moneyUnitOfLabel(t);
  if (!moneyUnit) {
    for (let r = 0; r < s.raw.length && !moneyUnit; r++) for (const v of s.raw[r]) if (!moneyUnit && moneyLabelOf(norm(v)) === null) moneyUnit = amountWithUnit(v, "元")?.unit ?? null;
  }
  const money: MoneyRow[] = [];
  let department: string | null = null;
  starts.forEach((st, k) => {
    const hi = k + 1 < bounds.length ? bounds[k + 1] : s.cells.length;
    const form = readForm(s, bounds[k], st, hi, moneyUnit, b, money);
    if (k === 0) department = form.department;
  });
  const keys = new Set<MoneyKey>();
  for (const m of money) for (const key of Object.keys(m.cells) as MoneyKey[]) keys.add(key);
  const moneyKeys = (["total", "fiscal", "specialAccount", "other"] as const).filter((key) => keys.has(key));
  return { department, moneyUnit, money, moneyKeys };
}

interface MoneyEntry {
  row: number;
  col: number;
  label: MoneyLabel;
  text: string;
  valueCol: number;
  value: CellValue;
}

function readForm(s: Sheet, lo: number, nameRow: number, hi: number, moneyUnit: string | null, b: SheetBuilder, money: MoneyRow[]): { department: string | null } {
  let blockStart = hi;
  for (let r = nameRow; r < hi; r++) {
    if (isFormIndicatorHeader(s.cells[r])) {
      blockStart = r;
      break;
    }
  }
  const fields = new Map<FormField, { value: string; rank: number }>();
  const setField = (field: FormField, value: string, rank: number) => {
    const had = fields.get(field);
    if (value && (!had || rank < had.rank)) fields.set(field, { value, rank });
  };
  const entries: MoneyEntry[] = [];
  const goals: { row: number; col: number; kind: "period" | "annual" | "holder" }[] = [];
  const prose: { row: number; col: number; label: string; text: string }[] = [];
  let lastRow = lo;
  for (let r = lo; r < blockStart; r++) {
    const row = s.cells[r];
    for (let c = 0; c < row.length; c++) {
      const t = row[c];
      if (!t) continue;
      lastRow = r;
      const field = t.length <= 14 ? formFieldOf(t) : null;
      if (field) {
        const v = valueRightOf(s, r, c);
        if (v >= 0) setField(field, cellText(s.raw[r][v]), formFieldRank(t));
        continue;
      }
      const inCell = inCellField(cellText(s.raw[r][c]));
      if (inCell) {
        setField(inCell.field, inCell.value, formFieldRank(norm(cellText(s.raw[r][c]).split(/[:：]/)[0])) + 100);
        continue;
      }
      const label = t.length <= 14 ? moneyLabelOf(t) : null;
      if (label) {
        let v = valueRightOf(s, r, c);
        // A blank value: the cell right of the label (what a user would fill in).
        if (v < 0) v = c + 1;
        entries.push({ row: r, col: c, label, text: cellText(s.raw[r][c]), valueCol: v, value: s.raw[r][v] ?? null });
        continue;
      }
      const goal = goalKindOf(t);
      if (goal) {
        goals.push({ row: r, col: c, kind: goal });
        continue;
      }
      if (isMoneyProse(t)) {
        const left = row.slice(0, c).reverse().find((x) => x !== "");
        prose.push({ row: r, col: c, label: left ? cellText(s.raw[r][row.lastIndexOf(left, c - 1)]) : "", text: cellText(s.raw[r][c]) });
      }
    }
  }
  const get = (f: FormField) => fields.get(f)?.value ?? null;
  const name = get("name") ?? "";
  const periodRaw = get("period");
  const project: ProjectOut = {
    row: nameRow + 1,
    name,
    unit: get("unit"),
    department: get("department"),
    amounts: null,
    indicatorCount: 0,
  };
  b.projects.push(project);
  const unsure = readMoney(s, entries, moneyUnit, project, b, money);
  for (const p of prose) {
    b.note(finding("money-cell-unsure", p.row + 1, columnLetter(p.col), { params: { label: p.label, text: p.text.replace(/\s+/g, " ").slice(0, 60) } }));
    unsure.push(p.row);
  }
  if (prose.length) project.amounts = null;
  const end = readIndicatorBlocks(s, blockStart, hi, project, b);
  project.range = `${a1(lo, 0)}:${a1(Math.max(end, lastRow), lastColumn(s, lo, Math.max(end, lastRow)))}`;
  if (periodRaw !== null) project.period = { raw: periodRaw, ...periodOf(periodRaw) } satisfies ProjectPeriod;
  project.goals = readGoals(s, goals, blockStart);
  project.goal = project.goals.annual ?? project.goals.period; // what 年度对比 compares, as for the other layouts
  return { department: project.department };
}

function lastColumn(s: Sheet, lo: number, hi: number): number {
  let last = 0;
  for (let r = lo; r <= hi; r++) {
    const row = s.cells[r];
    for (let c = row.length - 1; c > last; c--) if (row[c] !== "") last = c;
  }
  return last;
}

// --- money -------------------------------------------------------------------------------------------------------

type Read = { kind: "amount"; cents: number } | { kind: "blank" } | { kind: "unsure"; text: string };

/** A money cell: a number, `10000万元` in the sheet's unit, `854万(高标准农田建设400万元,…)`; anything else is unsure. */
function readAmount(v: CellValue, moneyUnit: string | null): Read {
  const text = cellText(v);
  const p = parseAmount(v);
  if (p.kind === "blank") return p;
  // More than two decimals (10606.7522) cannot be held exactly in hundredths: not rounded silently.
  if (p.kind === "amount") return typeof v === "string" && /\.\d{3,}/.test(v) ? { kind: "unsure", text } : p;
  const unit = moneyUnit ?? amountWithUnit(v, "元")?.unit ?? null;
  const withUnit = unit ? amountWithUnit(v, unit) : null;
  if (withUnit) return { kind: "amount", cents: withUnit.cents };
  // An amount with its breakdown in brackets: the amount before the bracket, when nothing else precedes it.
  const m = /^([0-9][0-9,]*(?:\.[0-9]{1,2})?(?:万元?|元|亿元?)?)[(（][^()（）]*[)）]$/.exec(nfkc(text).replace(/\s+/g, ""));
  if (m && unit) {
    const lead = parseAmount(m[1]);
    if (lead.kind === "amount") return lead;
    const u = amountWithUnit(m[1], unit);
    if (u) return { kind: "amount", cents: u.cents };
  }
  return { kind: "unsure", text };
}

/** Money blocks by label column; returns the rows of unsure cells. */
function readMoney(s: Sheet, entries: MoneyEntry[], moneyUnit: string | null, project: ProjectOut, b: SheetBuilder, money: MoneyRow[]): number[] {
  const unsure: number[] = [];
  const byCol = new Map<number, MoneyEntry[]>();
  for (const e of entries) byCol.set(e.col, [...(byCol.get(e.col) ?? []), e]);
  let chosen: { annual: boolean; amounts: NonNullable<ProjectOut["amounts"]> | null } | null = null;
  for (const group of [...byCol.values()]) {
    const totals = group.filter((e) => e.label.role === "total");
    const total = totals.find((e) => e.label.role === "total" && e.label.annual) ?? totals[0];
    if (!total) continue;
    const annual = total.label.role === "total" && total.label.annual;
    // The 其中 lines after the total (up to the next total in this column).
    const nextTotal = totals.find((e) => e.row > total.row)?.row ?? Number.MAX_SAFE_INTEGER;
    const parts = group.filter((e) => e.label.role !== "total" && e.row > total.row && e.row < nextTotal);
    if (!parts.length) continue;
    // Labels in one column, values in one column: each 其中 line is read where its total's value is.
    if (total.valueCol > total.col) {
      for (const e of parts) {
        e.valueCol = total.valueCol;
        e.value = s.raw[e.row][total.valueCol] ?? null;
      }
    }
    const direct = (role: MoneyKey) => parts.filter((e) => e.label.role === role && !("sub" in e.label && e.label.sub));
    const subs = (role: MoneyKey) => parts.filter((e) => e.label.role === role && "sub" in e.label && e.label.sub);
    const byKey: Partial<Record<MoneyKey, MoneyEntry[]>> = {
      fiscal: direct("fiscal").length ? direct("fiscal") : subs("fiscal"),
      specialAccount: direct("specialAccount"),
      other: [...direct("other"), ...subs("other")].sort((x, y) => x.row - y.row),
    };
    let sure = true;
    const cellOf = (e: MoneyEntry): MoneyCell | null => {
      const a = readAmount(e.value, moneyUnit);
      if (a.kind === "unsure") {
        sure = false;
        unsure.push(e.row);
        b.note(finding("money-cell-unsure", e.row + 1, columnLetter(e.valueCol), { params: { label: e.text, text: a.text.replace(/\s+/g, " ").slice(0, 60) } }));
        return null;
      }
      return { cents: a.kind === "amount" ? a.cents : 0, blank: a.kind === "blank", col: e.valueCol, row: e.row + 1 };
    };
    const totalCell = cellOf(total);
    const cells: MoneyRow["cells"] = {};
    if (totalCell) cells.total = totalCell;
    for (const key of ["fiscal", "specialAccount", "other"] as const) {
      const list = (byKey[key] ?? []).map(cellOf).filter((c): c is MoneyCell => c !== null);
      if (!list.length) continue;
      cells[key] =
        list.length === 1
          ? list[0]
          : { cents: list.reduce((n, c) => n + c.cents, 0), blank: list.every((c) => c.blank), col: list[0].col, row: list[0].row, parts: list };
    }
    const amounts = sure
      ? { total: (cells.total?.cents ?? 0) / 100, fiscal: (cells.fiscal?.cents ?? 0) / 100, specialAccount: (cells.specialAccount?.cents ?? 0) / 100, other: (cells.other?.cents ?? 0) / 100 }
      : null;
    if (sure) money.push({ row: total.row + 1, kind: "project", name: project.name, cells });
    if (!chosen || (annual && !chosen.annual)) chosen = { annual, amounts };
  }
  project.amounts = chosen?.amounts ?? null;
  return unsure;
}

// --- goals -------------------------------------------------------------------------------------------------------

/** A short cell naming a goal column rather than holding one (`预期目标`, `年度总体目标完成情况`). */
const isGoalHeading = (t: string) => t.length <= 12 && /目标|完成情况/.test(t);

function readGoals(s: Sheet, goals: { row: number; col: number; kind: "period" | "annual" | "holder" }[], blockStart: number): { period: string | null; annual: string | null } {
  const out: { period: string | null; annual: string | null } = { period: null, annual: null };
  const textAt = (r: number, c: number) => cellText(s.raw[r]?.[c]);
  for (const g of goals) {
    if (g.kind === "holder") continue;
    let text = "";
    const right = valueRightOf(s, g.row, g.col);
    // `年度目标 | 年度总体目标完成情况`, `年度总体目标 | 预期目标`: a neighbouring header, the text is below.
    if (right >= 0 && !isGoalHeading(s.cells[g.row][right])) text = textAt(g.row, right);
    else if (g.row + 1 < blockStart && (right < 0 || isGoalHeading(s.cells[g.row][right]))) {
      // Below it; under a 总体目标 row label, the first text right of the label before the next goal header.
      const nextCol = goals.find((x) => x.row === g.row && x.col > g.col)?.col ?? Number.MAX_SAFE_INTEGER;
      const below = s.cells[g.row + 1];
      for (let c = g.col; c < Math.min(below.length, nextCol); c++) {
        if (below[c] && !isLabel(below[c])) {
          text = textAt(g.row + 1, c);
          break;
        }
      }
    }
    if (text && out[g.kind] === null) out[g.kind] = text;
  }
  // 绩效目标 | text with no 年度/长期 header: the annual goal.
  if (out.annual === null) {
    for (const g of goals.filter((x) => x.kind === "holder")) {
      const right = valueRightOf(s, g.row, g.col);
      if (right >= 0 && goals.every((x) => x.row !== g.row || x.kind === "holder") && !s.cells[g.row + 1]?.some((t) => goalKindOf(t) !== null)) {
        out.annual = textAt(g.row, right);
        break;
      }
    }
  }
  return out;
}

// --- indicator blocks --------------------------------------------------------------------------------------------

interface Side {
  l2?: number;
  l3?: number;
  values: { col: number; side: "period" | "annual" | null }[];
  tag: "period" | "annual" | null;
}

interface Block {
  l1?: number;
  sides: Side[];
  nature?: number;
  measure?: number;
  first: number;
  /** No 三级 column (鄂州): the 一级 column holds 二级 names and the 二级 column the indicators. */
  shifted: boolean;
}

function mapBlock(header: readonly string[], blockTag: "period" | "annual" | null): Block {
  const block: Block = { sides: [], first: Number.MAX_SAFE_INTEGER, shifted: false };
  let side: Side | null = null;
  const newSide = () => {
    side = { values: [], tag: null };
    block.sides.push(side);
    return side;
  };
  header.forEach((t, c) => {
    const role: FormColumn | null = t ? formColumnOf(t) : null;
    if (!role) return;
    block.first = Math.min(block.first, c);
    const tag = sideOf(t);
    if (role === "l1") block.l1 = block.l1 ?? c;
    else if (role === "nature") block.nature = block.nature ?? c;
    else if (role === "measure") block.measure = block.measure ?? c;
    else if (role === "l2" || role === "l3") {
      let sd: Side = side ?? newSide();
      if (sd[role] !== undefined || (role === "l2" && (sd.l3 !== undefined || sd.values.length))) sd = newSide();
      sd[role] = c;
      sd.tag = sd.tag ?? tag;
    } else if (role === "value") {
      const sd: Side = side ?? newSide();
      sd.values.push({ col: c, side: tag });
    }
  });
  // Which value is 实施期 and which 年度: by header, else by position (first 实施期, second 年度), else the block's label.
  const all = block.sides.flatMap((sd) => sd.values.map((v) => ({ v, sd })));
  for (const { v, sd } of all) v.side = v.side ?? sd.tag;
  const untagged = all.filter((x) => x.v.side === null);
  if (untagged.length === 1 && all.length === 1) untagged[0].v.side = blockTag ?? "annual";
  else if (untagged.length >= 1) {
    const taken = new Set(all.map((x) => x.v.side));
    untagged.forEach((x, i) => (x.v.side = taken.has("period") ? "annual" : taken.has("annual") ? "period" : i === 0 ? "period" : "annual"));
  }
  for (const sd of block.sides) sd.tag = sd.values[0]?.side ?? sd.tag;
  if (block.sides.length && block.sides.every((sd) => sd.l3 === undefined)) {
    block.shifted = true;
    for (const sd of block.sides) {
      sd.l3 = sd.l2;
      sd.l2 = undefined;
    }
  }
  return block;
}

/** Read every indicator block from `start`; returns the last row read. */
function readIndicatorBlocks(s: Sheet, start: number, hi: number, project: ProjectOut, b: SheetBuilder): number {
  let r = start;
  let last = start;
  while (r < hi && isFormIndicatorHeader(s.cells[r])) {
    const header = s.cells[r];
    const l1 = header.indexOf("一级指标");
    const label = header.slice(0, l1).find((t) => t !== "") ?? "";
    const block = mapBlock(header, label ? sideOf(label) : null);
    const end = readBlock(s, r, hi, block, project, b);
    last = Math.max(last, end);
    r = end + 1;
    while (r < hi && s.cells[r].every((t) => t === "")) r++;
  }
  return last;
}

const SCRATCH: Finding[] = [];

function readBlock(s: Sheet, headerRow: number, hi: number, block: Block, project: ProjectOut, b: SheetBuilder): number {
  const fw = b.ctx.framework;
  const trackers = block.sides.map(() => new LevelTracker(fw));
  let last = headerRow;
  for (let r = headerRow + 1; r < hi; r++) {
    const cells = s.cells[r];
    if (cells.every((t) => t === "")) continue;
    if (isFormIndicatorHeader(cells)) break;
    if (cells.slice(0, block.first).some((t) => t !== "")) break;
    // (The row has a filled cell here, so the label test needs no cell of its own.)
    if (projectLabelAt(cells) >= 0 || cells.some((t) => t !== "" && (isFormFooter(t) || isTitleText(t)))) break;
    last = r;
    const raw = (c: number | undefined) => (c === undefined ? "" : cellText(s.raw[r][c]));
    const l1 = raw(block.l1);
    const l1n = block.l1 === undefined ? "" : cells[block.l1];
    if (l1 && !isEllipsisMark(l1n)) {
      trackers.forEach((t, i) => {
        const out = i === 0 ? b.findings : SCRATCH;
        if (!block.shifted && fw.level1ByName(l1)) t.set1(l1);
        else t.setSingle(l1, r + 1, columnLetter(block.l1!), out);
      });
      SCRATCH.length = 0;
    }
    const nature = raw(block.nature);
    const measure = raw(block.measure);
    const reads = block.sides.map((sd, i) => {
      const l2 = raw(sd.l2);
      if (l2 && !isEllipsisMark(cells[sd.l2!])) trackers[i].set2(l2, r + 1, columnLetter(sd.l2!), !!l1, i === 0 || !block.sides[0].l2 ? b.findings : SCRATCH);
      SCRATCH.length = 0;
      const period = sd.values.find((v) => v.side === "period");
      const annual = sd.values.find((v) => v.side === "annual");
      return { sd, name: raw(sd.l3), levels: trackers[i].state(), period, annual };
    });
    const emit = (name: string, nameCol: number, levels: ReturnType<LevelTracker["state"]>, period: { col: number } | undefined, annual: { col: number } | undefined) => {
      const pv = period ? raw(period.col) : "";
      const av = annual ? raw(annual.col) : "";
      if (!name && !pv && !av) return;
      if (isEllipsisMark(norm(name)) && !pv && !av) return;
      const periodTarget: Target | null = pv ? target(pv, nature, measure) : null;
      const annualTarget: Target | null = av ? target(av, nature, measure) : null;
      b.indicatorRow({ row: r + 1, column: columnLetter(nameCol), group: 1, seq: null, ...levels, name, periodTarget, annualTarget }, project);
      if (!name) {
        const level = levels.level2?.name ?? levels.level1?.name ?? "";
        b.note(finding("indicator-name-missing", r + 1, columnLetter(nameCol), { params: { label: level.replace(/\s+/g, ""), text: av || pv } }));
      }
      for (const [v, col] of [[av, annual?.col], [pv, period?.col]] as const) {
        const written = v ? parseTarget(v) : null;
        if (written && !written.qualitative && written.unit && measure && nfkc(written.unit) !== nfkc(measure)) {
          b.note(finding("unit-conflict", r + 1, columnLetter(col!), { params: { name, text: v, unit: written.unit, column: measure } }));
        }
      }
      const ph = b.ctx.placeholders;
      if (name && (ph.matches(name) || ph.matches(av))) b.note(finding("placeholder", r + 1, columnLetter(nameCol), { params: { fields: "name", text: name } }));
    };
    if (reads.length === 2 && reads[0].name && reads[1].name && nfkc(reads[0].name) !== nfkc(reads[1].name)) {
      for (const x of reads) emit(x.name, x.sd.l3!, x.levels, x.period, x.annual);
    } else if (reads.length === 2) {
      // 实施期 and 年度 of one indicator side by side (or one side left blank, as 武汉青山's 长期).
      const [p, a] = reads[0].sd.tag === "annual" ? [reads[1], reads[0]] : [reads[0], reads[1]];
      const main = a.name ? a : p;
      emit(main.name, main.sd.l3!, main.levels, p.period ?? p.annual, a.annual ?? a.period);
    } else if (reads.length === 1) {
      const x = reads[0];
      emit(x.name, x.sd.l3 ?? block.first, x.levels, x.period, x.annual);
    }
  }
  return last;
}
