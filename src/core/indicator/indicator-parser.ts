/**
 * Indicator cell grammar (§4): split a packed cell into numbered items and each item into
 * levels, a 三级 name and its targets. Never throws on user text; what it cannot place it keeps raw
 * and reports. Findings here carry no row/column: the caller knows the cell.
 */
import { Category, FrameworkIndex } from "../rules/framework";
import { FindingCode } from "../_lib/findings";
import { Target } from "../values/target-parser";
import { ocrArtefactText, sliceTrimmed, stripHtml, trimSeparators } from "../_lib/text";
import { PlaceholderMatcher } from "../rules/placeholders";
import { LevelRef } from "./level-resolver";
import { firstLabelIn, forgetValueSearch, HeadReading, readValuesIn, valueRanges, ValueRanges } from "./item-body";
import { findItemStarts, recoveryCutsIn } from "./item-starts";
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

/**
 * Builds the record of one item; numbering sets its `group` once the whole cell is read. The item's text is
 * text[from, to), passed as a range: the sheet builder does not need it cut out.
 */
export type ItemFactory<T extends CellItem> = (
  seq: number | null,
  head: HeadReading,
  periodTarget: Target | null,
  annualTarget: Target | null,
  text: string,
  from: number,
  to: number,
  unplaced: string[] | null,
) => T;

/** What the cell reader needs of an item record. */
export interface CellItem {
  group: number;
  seq: number | null;
  name: string;
  periodTarget: Target | null;
  annualTarget: Target | null;
}

const parsedItem: ItemFactory<ParsedItem> = (seq, head, periodTarget, annualTarget, text, from, to, unplaced) => ({
  group: 1,
  seq,
  level1: head.levels.level1,
  level2: head.levels.level2,
  name: head.name,
  periodTarget,
  annualTarget,
  category: head.levels.category,
  cost: head.levels.cost,
  raw: sliceTrimmed(text, from, to),
  unplaced: unplaced ?? [],
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
  const out = { items: [] as T[], findings: [] as CellFinding[], unplaced: [] as string[] };
  readCellInto(text, ctx, make, out.items, out.findings, out.unplaced);
  return out;
}

/** Where the items of the cell being read begin, as (at, bodyAt, seq) triples: scratch, cells are read one at a time. */
const starts: number[] = [];

/**
 * readIndicatorCell, appending the cell's items to `items` (the sheet builder passes its output list, so there is no
 * list per cell) and its findings and unplaced text to the others.
 */
export function readCellInto<T extends CellItem>(
  text: string,
  ctx: ParserContext,
  make: ItemFactory<T>,
  items: T[],
  findings: CellFinding[],
  unplaced: string[],
): void {
  // Only a tag (`<…>`) or an entity (`&…;`) is stripped: without `&`, or without both `>` and `<`, there is none.
  const stripped = text.includes("&") || (text.includes(">") && text.includes("<")) ? stripHtml(text) : null;
  const t = stripped ? stripped.text : text;
  const cell = scratch as unknown as CellState<T>;
  cell.memo = memoFor(ctx);
  cell.make = make;
  cell.items = items;
  cell.first = items.length;
  cell.pending = 0;
  cell.backslash = t.indexOf("\\");
  if (stripped?.stripped) findings.push({ code: "html-debris" });
  const count = findItemStarts(t, starts);

  const pre = trimSeparators(t.slice(0, count ? starts[0] : t.length));
  if (pre) {
    // A cell with no numbering is still one indicator if it is shaped like one.
    if (!count && shapedLikeItem(pre, cell)) {
      cell.backslash = pre.indexOf("\\");
      addItem(cell, pre, 0, pre.length, null, firstLabelIn(pre, 0, pre.length));
    } else {
      unplaced.push(pre);
      findings.push({ code: "unplaced-text", params: { text: pre } });
    }
  }
  // Items are ranges of `t`: each ends at the next item's number (or the end), which no label or artefact extends.
  for (let i = 0; i < count; i++) {
    const bodyAt = starts[3 * i + 1];
    const seq = starts[3 * i + 2];
    const to = i + 1 < count ? starts[3 * i + 3] : t.length;
    const first = firstLabelIn(t, bodyAt, to);
    const cuts = first < 0 ? null : recoveryCutsIn(t, bodyAt, first, to, ctx.framework);
    if (!cuts) {
      addItem(cell, t, bodyAt, to, seq, first);
      continue;
    }
    let from = bodyAt;
    for (const cut of cuts) {
      addItem(cell, t, from, cut, from === bodyAt ? seq : null, firstLabelIn(t, from, cut));
      from = cut;
    }
    addItem(cell, t, from, to, null, firstLabelIn(t, from, to));
  }
  numberItems(items, cell.first, findings);
  // Item notes are emitted once numbering has fixed each item's group.
  // Pending notes are all {code, params}: spelled out, as an object spread here is many times slower.
  for (let i = 0; i < cell.pending; i++) {
    const item = pendingItem[i];
    findings.push({ code: pendingCode[i], params: pendingParams[i], item: { group: item.group, seq: item.seq } });
    pendingItem[i] = pendingParams[i] = null as never;
  }
  // Hold nothing of this parse once the cell is read.
  cell.items = cell.make = cell.memo = null as never;
  forgetValueSearch();
}

/** The cell being read. Cells are read one at a time, so this and the lists below are reused, never reallocated. */
interface CellState<T extends CellItem> {
  memo: ParseMemo;
  make: ItemFactory<T>;
  items: T[];
  /** Index in `items` of this cell's first item. */
  first: number;
  /** How many notes are pending (in pendingItem/Code/Params). */
  pending: number;
  /** Scratch for the item being read. */
  values: ValueRanges;
  /** The next backslash at or after the item being read (-1: none): OCR artefacts all start with one. */
  backslash: number;
}

const scratch: CellState<CellItem> = { memo: null as never, make: null as never, items: [], first: 0, pending: 0, values: valueRanges(), backslash: -1 };

/** Notes on items, held until numbering has fixed each item's group. */
const pendingItem: CellItem[] = [];
const pendingCode: FindingCode[] = [];
const pendingParams: Record<string, string | number>[] = [];

function note<T extends CellItem>(cell: CellState<T>, item: CellItem, code: FindingCode, params: Record<string, string | number>): void {
  const i = cell.pending++;
  pendingItem[i] = item;
  pendingCode[i] = code;
  pendingParams[i] = params;
}

function shapedLikeItem<T extends CellItem>(text: string, cell: CellState<T>): boolean {
  const v = cell.values;
  readValuesIn(text, 0, text.length, firstLabelIn(text, 0, text.length), v);
  return cell.memo.head(text, 0, v.headEnd).head.segments > 0 || v.periodFrom >= 0 || v.annualFrom >= 0;
}

/** Do s[a, a + n) and s[b, b + n) hold the same text? */
function sameRange(s: string, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (s.charCodeAt(a + i) !== s.charCodeAt(b + i)) return false;
  return true;
}

/** Read the item in text[from, to); `first` is where its first value label starts (-1: none). */
function addItem<T extends CellItem>(cell: CellState<T>, text: string, from: number, to: number, seq: number | null, first: number): void {
  const { memo, items } = cell;
  const v = cell.values;
  readValuesIn(text, from, to, first, v);
  const h = memo.head(text, from, v.headEnd);
  const period = v.periodFrom < 0 ? null : memo.target(text, v.periodFrom, v.periodTo);
  // Period and annual targets are often the same text: one lookup serves both.
  const annualLength = v.annualTo - v.annualFrom;
  const annual =
    v.annualFrom < 0
      ? null
      : period && annualLength === v.periodTo - v.periodFrom && sameRange(text, v.annualFrom, v.periodFrom, annualLength)
        ? period
        : memo.target(text, v.annualFrom, v.annualTo);
  const extra = v.unplaced;
  const item = cell.make(seq, h.head, period ? period.target : null, annual ? annual.target : null, text, from, to, extra);
  items.push(item);
  const notes = h.head.levels.notes;
  for (let i = 0; i < notes.length; i++) note(cell, item, notes[i].code, notes[i].params);
  if (seq === null && items.length - cell.first > 1) note(cell, item, "recovered-item", { name: item.name });
  if (extra) for (const u of extra) note(cell, item, "unplaced-text", { text: u });
  if (cell.backslash >= 0 && cell.backslash < from) cell.backslash = text.indexOf("\\", from);
  const ocr = cell.backslash >= 0 && cell.backslash < to ? ocrArtefactText(text, cell.backslash, to) : null;
  if (ocr !== null) note(cell, item, "ocr-artefact", { text: ocr });
  const ph = placeholderFields(h, period, annual);
  if (ph) note(cell, item, "placeholder", { fields: ph.join(","), text: ph.map((f) => fieldText(item, f)).join(" / ") });
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

/** Groups restart when a number is not above the previous one; gaps are reported. Items from `from` on. */
function numberItems(items: CellItem[], from: number, findings: CellFinding[]): void {
  let group = 1;
  let last = 0;
  for (let i = from; i < items.length; i++) {
    const it = items[i];
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
