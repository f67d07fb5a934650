/**
 * Indicator cell grammar (§4): split a packed cell into numbered items and each item into
 * levels, a 三级 name and its targets. Never throws on user text; what it cannot place it keeps raw
 * and reports. Findings here carry no row/column: the caller knows the cell.
 */
import { Category, FrameworkIndex } from "./framework";
import { FindingCode } from "./findings";
import { Target } from "./target-parser";
import { ocrArtefacts, stripHtml, trimSeparators } from "./text";
import { PlaceholderMatcher } from "./placeholders";
import { LevelRef } from "./level-resolver";
import { firstLabel, HeadReading, readValues } from "./item-body";
import { findItemStarts, recoveryCuts } from "./item-starts";
import { HeadEntry, ParseMemo, TargetEntry } from "./parse-memo";

export type { LevelRef } from "./level-resolver";

export interface ParsedItem {
  group: number;
  seq: number | null;
  level1: LevelRef | null;
  level2: LevelRef | null;
  name: string;
  periodTarget: Target | null;
  annualTarget: Target | null;
  /** Category by the 二级's parent where the 二级 is known (§4), else by the 一级. */
  category: Category | null;
  /** Counts toward the 成本 requirement (一级 成本, or the legacy 二级 14). */
  cost: boolean;
  /** The item's text as written (after HTML is stripped). */
  raw: string;
  /** Text inside the item that fits no field, kept as written. */
  unplaced: string[];
}

export interface CellFinding {
  code: FindingCode;
  item?: { group: number; seq: number | null };
  expected?: number;
  actual?: number;
  params?: Record<string, string | number>;
}

export interface CellParse {
  items: ParsedItem[];
  findings: CellFinding[];
  /** Text outside any item (before the first number, or a cell with no structure at all). */
  unplaced: string[];
}

export interface ParserContext {
  framework: FrameworkIndex;
  placeholders: PlaceholderMatcher;
  /** Shares target and head readings across a sheet; without it (or with one for other settings) a cell has its own. */
  memo?: ParseMemo;
}

function memoFor(ctx: ParserContext): ParseMemo {
  return ctx.memo?.fits(ctx.framework, ctx.placeholders) ? ctx.memo : new ParseMemo(ctx.framework, ctx.placeholders);
}

/** Builds the record of one item; numbering sets its `group` once the whole cell is read. */
export type ItemFactory<T extends CellItem> = (
  seq: number | null,
  head: HeadReading,
  periodTarget: Target | null,
  annualTarget: Target | null,
  body: string,
  unplaced: string[],
) => T;

/** What the cell reader needs of an item record. */
export interface CellItem {
  group: number;
  seq: number | null;
  name: string;
  periodTarget: Target | null;
  annualTarget: Target | null;
}

const parsedItem: ItemFactory<ParsedItem> = (seq, head, periodTarget, annualTarget, body, unplaced) => ({
  group: 1,
  seq,
  level1: head.levels.level1,
  level2: head.levels.level2,
  name: head.name,
  periodTarget,
  annualTarget,
  category: head.levels.category,
  cost: head.levels.cost,
  raw: trimSeparators(body),
  unplaced,
});

export function parseIndicatorCell(text: string, ctx: ParserContext): CellParse {
  return readIndicatorCell(text, ctx, parsedItem);
}

/** parseIndicatorCell with the item records made by `make` (the sheet builder makes its output rows directly). */
export function readIndicatorCell<T extends CellItem>(
  text: string,
  ctx: ParserContext,
  make: ItemFactory<T>,
): { items: T[]; findings: CellFinding[]; unplaced: string[] } {
  const cell: CellState<T> = { memo: memoFor(ctx), make, items: [], pending: [] };
  const findings: CellFinding[] = [];
  const unplaced: string[] = [];
  const html = stripHtml(text);
  if (html.stripped) findings.push({ code: "html-debris" });
  const t = html.text;
  const starts = findItemStarts(t);

  const pre = trimSeparators(t.slice(0, starts.length ? starts[0].at : t.length));
  if (pre) {
    // A cell with no numbering is still one indicator if it is shaped like one.
    if (!starts.length && shapedLikeItem(pre, cell.memo)) {
      addItem(cell, pre, null);
    } else {
      unplaced.push(pre);
      findings.push({ code: "unplaced-text", params: { text: pre } });
    }
  }
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const body = t.slice(s.bodyAt, i + 1 < starts.length ? starts[i + 1].at : t.length);
    const first = firstLabel(body);
    const cuts = first < 0 ? null : recoveryCuts(body, first, ctx.framework);
    if (!cuts) {
      addItem(cell, body, s.seq, first);
      continue;
    }
    let from = 0;
    for (const cut of cuts) {
      addItem(cell, body.slice(from, cut), from === 0 ? s.seq : null);
      from = cut;
    }
    addItem(cell, body.slice(from), null);
  }
  numberItems(cell.items, findings);
  // Item notes are emitted once numbering has fixed each item's group.
  // Pending notes are all {code, params}: spelled out, as an object spread here is many times slower.
  for (const p of cell.pending) findings.push({ code: p.note.code, params: p.note.params, item: { group: p.item.group, seq: p.item.seq } });
  return { items: cell.items, findings, unplaced };
}

interface CellState<T extends CellItem> {
  memo: ParseMemo;
  make: ItemFactory<T>;
  items: T[];
  pending: Pending[];
}

interface Pending {
  item: CellItem;
  note: { code: FindingCode; params: Record<string, string | number> };
}

function shapedLikeItem(text: string, memo: ParseMemo): boolean {
  const v = readValues(text);
  return memo.head(text.slice(0, v.headEnd)).head.segments > 0 || v.period !== null || v.annual !== null;
}

function addItem<T extends CellItem>(cell: CellState<T>, body: string, seq: number | null, first = firstLabel(body)): void {
  const { memo, items, pending } = cell;
  const v = readValues(body, first);
  const h = memo.head(body.slice(0, v.headEnd));
  const period = v.period === null ? null : memo.target(v.period);
  // Period and annual targets are often the same text: one lookup serves both.
  const annual = v.annual === null ? null : v.annual === v.period ? period : memo.target(v.annual);
  const item = cell.make(seq, h.head, period ? period.target : null, annual ? annual.target : null, body, v.unplaced);
  items.push(item);
  for (const n of h.head.levels.notes) pending.push({ item, note: { code: n.code, params: n.params } });
  if (seq === null && items.length > 1) pending.push({ item, note: { code: "recovered-item", params: { name: item.name } } });
  for (const u of v.unplaced) pending.push({ item, note: { code: "unplaced-text", params: { text: u } } });
  const ocr = ocrArtefacts(body);
  if (ocr) pending.push({ item, note: { code: "ocr-artefact", params: { text: distinct(ocr).join(" ") } } });
  const ph = placeholderFields(h, period, annual);
  if (ph) pending.push({ item, note: { code: "placeholder", params: { fields: ph.join(","), text: ph.map((f) => fieldText(item, f)).join(" / ") } } });
}

/** The distinct strings in first-seen order (a Set spread, without the Set: lists here hold one or two). */
function distinct(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}

/** PlaceholderMatcher.fieldsOf for the item, from the verdicts memoised with its head and targets; null for none. */
function placeholderFields(h: HeadEntry, period: TargetEntry | null, annual: TargetEntry | null): string[] | null {
  if (!h.placeholder && !period?.placeholder && !annual?.placeholder) return null;
  const out: string[] = [];
  if (h.placeholder) out.push("name");
  if (period?.placeholder) out.push("periodTarget");
  if (annual?.placeholder) out.push("annualTarget");
  return out;
}

function fieldText(item: CellItem, field: string): string {
  if (field === "name") return item.name;
  if (field === "periodTarget") return item.periodTarget?.raw ?? "";
  return item.annualTarget?.raw ?? "";
}

/** Groups restart when a number is not above the previous one; gaps are reported. */
function numberItems(items: CellItem[], findings: CellFinding[]): void {
  let group = 1;
  let last = 0;
  for (const it of items) {
    if (it.seq !== null) {
      if (last > 0 && it.seq <= last) {
        group++;
        findings.push({ code: "numbering-restart", item: { group, seq: it.seq }, params: { group } });
        last = 0;
      }
      if (it.seq > last + 1) {
        findings.push({ code: "numbering-gap", item: { group, seq: it.seq }, expected: last + 1, actual: it.seq });
      }
      last = it.seq;
    }
    it.group = group;
  }
}
