/**
 * Layout E, indicator blocks (see layout-e.ts): 一级 | 二级 | 三级 | 指标值 … with merged blanks, 实施期 and 年度 side
 * by side (by header or by position) or stacked in two blocks (长期绩效指标 / 年度绩效指标, by the block's label).
 * Rows shifted left by merged cells lost in a copy from a web page are realigned by the rule of realign.ts (info
 * `realigned-row`) and read as if in place; their indicators and findings name the cells where they really are.
 */
import { CellValue, cellText, columnLetter } from "../../grid/grid";
import { finding } from "../../_lib/findings";
import { nfkc } from "../../_lib/text";
import { LevelTracker } from "../../indicator/level-tracker";
import { Finding } from "../../_lib/findings";
import { ProjectOut } from "../model";
import { parseTarget, Target } from "../../values/target-parser";
import { SheetBuilder } from "../sheet-builder";
import { LevelColumns, leftShiftOf, shifted } from "../realign";
import {
  FormColumn,
  directionOf,
  formColumnOf,
  isEllipsisMark,
  isLevelHeading,
  isFormFooter,
  isFormIndicatorHeader,
  isFormSection,
  isTitleText,
  norm,
  sideOf,
} from "../vocabulary";
import { projectLabelAt } from "./detect";
import { target } from "./layout-d";
import { isLabel, Sheet } from "./layout-e-cells";

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
  /** 指标方向性 (正向/反向): data on the indicator, no comparator. */
  direction?: number;
  measure?: number;
  first: number;
  /** No 三级 column (鄂州): the 一级 column holds 二级 names and the 二级 column the indicators. */
  shifted: boolean;
  /** Targets one column per region, named in the row under the header (龙岩: 区域目标值 over 新罗区 … 漳平市). */
  regions?: { col: number; name: string }[];
}

/**
 * The regions under a target heading with no column of its own: the row below the header is blank left of the
 * heading and names two or more regions from it on (no figure among them, or it is a first indicator row).
 */
function regionsUnder(s: Sheet, headerRow: number, at: number): { col: number; name: string }[] | null {
  const below = s.cells[headerRow + 1];
  if (!below || below.slice(0, at).some((t) => t !== "")) return null;
  const regions: { col: number; name: string }[] = [];
  for (let c = at; c < below.length; c++) {
    if (below[c] === "") continue;
    if (/\d/.test(below[c]) || formColumnOf(below[c])) return null;
    regions.push({ col: c, name: cellText(s.raw[headerRow + 1][c]).trim() });
  }
  return regions.length >= 2 ? regions : null;
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
    else if (role === "direction") block.direction = block.direction ?? c;
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

/** Read every indicator block from `start`; returns the last row read (`start - 1` when there is no block). */
export function readIndicatorBlocks(s: Sheet, start: number, hi: number, project: ProjectOut, b: SheetBuilder): number {
  let r = start;
  // A form with no indicator block has `start` at the sheet's end: no row past the form may count as read.
  let last = start - 1;
  while (r < hi && isFormIndicatorHeader(s.cells[r])) {
    const header = s.cells[r];
    const l1 = header.indexOf("一级指标");
    const label = header.slice(0, l1).find((t) => t !== "") ?? "";
    const block = mapBlock(header, label ? sideOf(label) : null);
    // No value column: one column per region under the heading (龙岩: `区域目标值` over 新罗区 … 漳平市), each read as an
    // indicator of its own; anything else is not read, and the form says so.
    if (!block.sides.some((sd) => sd.values.length)) {
      const at = header.findIndex((t) => /目标值|指标值/.test(t));
      const col = at >= 0 ? at : l1;
      const regions = at >= 0 && block.sides.length === 1 ? regionsUnder(s, r, at) : null;
      const label = cellText(s.raw[r][col]);
      if (regions) {
        block.regions = regions;
        b.note(finding("targets-by-region", r + 1, columnLetter(col), { params: { label, text: regions.map((x) => x.name).join("、") } }));
      } else b.note(finding("targets-unread", r + 1, columnLetter(col), { params: { label } }));
    }
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
  // A row shifted left by lost merges (realign.ts) is read by the first side's columns; the block ends where its header does.
  const levelColumns: LevelColumns = { l1: block.l1, l2: block.sides[0]?.l2, l3: block.sides[0]?.l3, nature: block.nature };
  const header = s.cells[headerRow];
  let width = header.length;
  while (width > 0 && header[width - 1] === "") width--;
  const valueColumns = block.sides.flatMap((sd) => sd.values.map((v) => v.col));
  // A name that is no level left of 三级 moves only when a blank 指标值 is filled once shifted (an in-place row with
  // a level name the framework does not know keeps its value where it is), and when it is no label or section
  // heading of the form (`其他说明 | 无` after the block). Asked only when there is a 三级 column.
  let inPlace: readonly string[] = [];
  const proof = (k: number) => {
    const name = inPlace[levelColumns.l3! - k];
    return !isLabel(name) && !isFormSection(name) && valueColumns.some((v) => inPlace[v] === "" && (inPlace[v - k] ?? "") !== "");
  };
  let last = block.regions ? headerRow + 1 : headerRow;
  for (let r = last + 1; r < hi; r++) {
    let cells = s.cells[r];
    if (cells.every((t) => t === "")) continue;
    if (isFormIndicatorHeader(cells)) break;
    // (The row has a filled cell here, so the label test needs no cell of its own.)
    if (projectLabelAt(cells) >= 0 || cells.some((t) => t !== "" && (isFormFooter(t) || isTitleText(t)))) break;
    inPlace = cells;
    const by = leftShiftOf(cells, levelColumns, fw, width, proof);
    let row = s.raw[r];
    if (by > 0) {
      row = shifted<CellValue>(row, 0, by, null);
      cells = shifted(cells, 0, by, "");
    }
    if (cells.slice(0, block.first).some((t) => t !== "")) break;
    if (by > 0) b.note(finding("realigned-row", r + 1, null, { params: { name: levelColumns.l3 === undefined ? "" : cellText(row[levelColumns.l3]) } }));
    last = r;
    // A header column's cell where it really is in the sheet (a realigned row's cells sit `by` columns to the left).
    const at = (c: number) => columnLetter(c >= by ? c - by : c);
    const raw = (c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
    const l1 = raw(block.l1);
    const l1n = block.l1 === undefined ? "" : cells[block.l1];
    if (l1 && !isEllipsisMark(l1n) && !isLevelHeading(l1n)) {
      trackers.forEach((t, i) => {
        const out = i === 0 ? b.findings : SCRATCH;
        if (!block.shifted && fw.level1ByName(l1)) t.set1(l1);
        else t.setSingle(l1, r + 1, at(block.l1!), out);
      });
      SCRATCH.length = 0;
    }
    const nature = raw(block.nature);
    const direction = block.direction === undefined ? null : directionOf(cells[block.direction] ?? "");
    const measure = raw(block.measure);
    const reads = block.sides.map((sd, i) => {
      const l2 = raw(sd.l2);
      if (l2 && !isEllipsisMark(cells[sd.l2!])) trackers[i].set2(l2, r + 1, at(sd.l2!), !!l1, i === 0 || !block.sides[0].l2 ? b.findings : SCRATCH);
      SCRATCH.length = 0;
      const period = sd.values.find((v) => v.side === "period");
      const annual = sd.values.find((v) => v.side === "annual");
      return { sd, name: raw(sd.l3), levels: trackers[i].state(), period, annual };
    });
    const emit = (name: string, nameCol: number, levels: ReturnType<LevelTracker["state"]>, period: { col: number } | undefined, annual: { col: number } | undefined, region?: string) => {
      const pv = period ? raw(period.col) : "";
      const av = annual ? raw(annual.col) : "";
      if (!name && !pv && !av) return;
      if (isEllipsisMark(norm(name)) && !pv && !av) return;
      // Each value is parsed once: as written (for the unit-conflict check), then with the row's comparator and unit.
      const pw = pv ? parseTarget(pv) : null;
      const aw = av ? parseTarget(av) : null;
      const periodTarget: Target | null = pv ? target(pv, nature, measure, pw) : null;
      const annualTarget: Target | null = av ? target(av, nature, measure, aw) : null;
      const named = region && name ? `${name}（${region}）` : name;
      b.indicatorRow({ row: r + 1, column: at(nameCol), group: 1, seq: null, ...levels, name: named, periodTarget, annualTarget, ...(direction ? { direction } : {}), ...(region ? { region } : {}) }, project);
      if (!name) {
        const level = levels.level2?.name ?? levels.level1?.name ?? "";
        b.note(finding("indicator-name-missing", r + 1, at(nameCol), { params: { label: level.replace(/\s+/g, ""), text: av || pv } }));
      }
      for (const [v, written, col] of [[av, aw, annual?.col], [pv, pw, period?.col]] as const) {
        if (written && !written.qualitative && written.unit && measure && nfkc(written.unit) !== nfkc(measure)) {
          b.note(finding("unit-conflict", r + 1, at(col!), { params: { name, text: v, unit: written.unit, column: measure } }));
        }
      }
      const ph = b.ctx.placeholders;
      if (name && (ph.matches(name) || ph.matches(av))) b.note(finding("placeholder", r + 1, at(nameCol), { params: { fields: "name", text: name } }));
    };
    if (reads.length === 2 && reads[0].name && reads[1].name && nfkc(reads[0].name) !== nfkc(reads[1].name)) {
      for (const x of reads) emit(x.name, x.sd.l3!, x.levels, x.period, x.annual);
    } else if (reads.length === 2) {
      // 实施期 and 年度 of one indicator side by side (or one side left blank, as 武汉青山's 长期).
      const [p, a] = reads[0].sd.tag === "annual" ? [reads[1], reads[0]] : [reads[0], reads[1]];
      const main = a.name ? a : p;
      emit(main.name, main.sd.l3!, main.levels, p.period ?? p.annual, a.annual ?? a.period);
    } else if (reads.length === 1 && block.regions) {
      const x = reads[0];
      for (const g of block.regions) emit(x.name, x.sd.l3 ?? block.first, x.levels, undefined, { col: g.col }, g.name);
    } else if (reads.length === 1) {
      const x = reads[0];
      emit(x.name, x.sd.l3 ?? block.first, x.levels, x.period, x.annual);
    }
  }
  return last;
}
