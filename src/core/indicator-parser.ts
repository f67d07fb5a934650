/**
 * Indicator cell grammar (§4): split a packed cell into numbered items and each item into
 * levels, a 三级 name and its targets. Never throws on user text; what it cannot place it keeps raw
 * and reports. Findings here carry no row/column: the caller knows the cell.
 */
import { Category, FrameworkIndex } from "./framework";
import { FindingCode } from "./findings";
import { parseTarget, Target } from "./target-parser";
import { OCR_ARTEFACT, stripHtml, trimSeparators } from "./text";
import { PlaceholderMatcher } from "./placeholders";
import { resolveLevels, LevelRef, LevelSegment } from "./level-resolver";

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
}

const ITEM_NUMBER = /(\d+)\s*、/g;
const HEAD_AHEAD =
  /^\s*(?:\d{1,2}\s*[-－—–]\s*[\u4e00-\u9fff]|(?:产出|效益|满意|成本|经济|社会|生态|环境|可持续|服务对象|数量|质量|时效|进度))/;
const SEP_BEFORE = /[。；;.．\s>，,：:)）]/;
const VALUE_LABEL = /(实施周期指标值|实施期指标值|实施周期目标值|实施期目标值|年度指标值|年度目标值|指标值)\s*[:：，,]?/g;
const HAS_VALUE_LABEL = /实施周期指标值|实施期指标值|实施周期目标值|实施期目标值|年度指标值|年度目标值|指标值/;
const CODED = /^(\d{1,2})\s*[-－—–]\s*(.+)$/s;
const RECOVERY = /[；;。]\s*(?=(\d{1,2})\s*[-－—–]\s*[\u4e00-\u9fff])/g;

interface ItemStart {
  at: number;
  bodyAt: number;
  seq: number;
}

/** Where items begin: `N、` before an indicator head, or after a separator when a value label follows. */
function findItemStarts(t: string): ItemStart[] {
  const starts: ItemStart[] = [];
  let last = 0;
  ITEM_NUMBER.lastIndex = 0;
  for (let m = ITEM_NUMBER.exec(t); m; m = ITEM_NUMBER.exec(t)) {
    const digits = m[1];
    const bodyAt = m.index + m[0].length;
    const ahead = t.slice(bodyAt, bodyAt + 24);
    const head = HEAD_AHEAD.test(ahead);
    let seqText = digits;
    let at = m.index;
    if (digits.length > 2) {
      // Digits glued to a value (`年度指标值:1002、1-产出…`): take the suffix that continues the numbering.
      const want = [String(last + 1), "1"].find((s) => digits.endsWith(s));
      if (!want || !head) continue;
      seqText = want;
      at = m.index + digits.length - want.length;
    } else if (!head) {
      const sepOk = m.index === 0 || SEP_BEFORE.test(t[m.index - 1]);
      const n = Number(digits);
      if (!sepOk || (n !== last + 1 && n !== 1)) continue;
      const next = t.slice(bodyAt).search(/\d{1,2}\s*、/);
      if (!HAS_VALUE_LABEL.test(next < 0 ? t.slice(bodyAt) : t.slice(bodyAt, bodyAt + next))) continue;
    }
    const seq = Number(seqText);
    starts.push({ at, bodyAt, seq });
    last = seq;
  }
  return starts;
}

interface BodyParse {
  segments: LevelSegment[];
  name: string;
  period: string | null;
  annual: string | null;
  unplaced: string[];
}

function isPeriodLabel(label: string): boolean {
  return label.startsWith("实施");
}

/** One item body (without its number): head segments, 三级 name, then labelled values. */
function parseBody(body: string, ctx: ParserContext): BodyParse {
  const labels: { start: number; end: number; period: boolean }[] = [];
  VALUE_LABEL.lastIndex = 0;
  for (let m = VALUE_LABEL.exec(body); m; m = VALUE_LABEL.exec(body)) {
    labels.push({ start: m.index, end: m.index + m[0].length, period: isPeriodLabel(m[1]) });
  }
  const head = labels.length ? body.slice(0, labels[0].start) : body;
  const unplaced: string[] = [];
  let period: string | null = null;
  let annual: string | null = null;
  labels.forEach((l, i) => {
    const value = trimSeparators(body.slice(l.end, i + 1 < labels.length ? labels[i + 1].start : body.length));
    if (l.period && period === null) period = value;
    else if (!l.period && annual === null) annual = value;
    else {
      const extra = trimSeparators(body.slice(l.start, i + 1 < labels.length ? labels[i + 1].start : body.length));
      if (extra) unplaced.push(extra);
    }
  });

  // Up to two leading level segments; the rest of the head, separators and all, is the 三级 name.
  const segments: LevelSegment[] = [];
  const sep = /[，,；;：:]/g;
  let pos = 0;
  while (segments.length < 2 && pos < head.length) {
    sep.lastIndex = pos;
    const m = sep.exec(head);
    const end = m ? m.index : head.length;
    const text = head.slice(pos, end).trim();
    const coded = CODED.exec(text);
    if (coded) segments.push({ code: coded[1], name: coded[2].trim(), text });
    else if (text && isUncodedLevel(text, ctx)) segments.push({ code: null, name: text, text });
    else break;
    pos = m ? m.index + 1 : head.length;
  }
  let name = trimSeparators(head.slice(pos));
  // `满意度指标：服务对象满意度，年度指标值：…` — an uncoded last segment that leaves no name is the name.
  const last = segments[segments.length - 1];
  if (!name && segments.length > 1 && last.code === null) {
    segments.pop();
    name = last.text;
  }
  return { segments, name, period, annual, unplaced };
}

/** An uncoded segment is a level only when it is exactly a framework name (`产出指标：…` in layout C). */
function isUncodedLevel(text: string, ctx: ParserContext): boolean {
  return ctx.framework.isLevelName(text);
}

/** Split an item at numberless indicator heads after its values (004 row 26: `…；31-服务对象满意度；…`). */
function splitRecovered(body: string, ctx: ParserContext): string[] {
  const firstLabel = body.search(HAS_VALUE_LABEL);
  if (firstLabel < 0) return [body];
  const cuts: number[] = [];
  RECOVERY.lastIndex = firstLabel;
  for (let m = RECOVERY.exec(body); m; m = RECOVERY.exec(body)) {
    const code = m[1];
    const known = ctx.framework.level1ByCode(code) || ctx.framework.level2ByCode(code);
    const rest = body.slice(m.index + m[0].length);
    if (known && HAS_VALUE_LABEL.test(rest)) cuts.push(m.index + m[0].length);
  }
  if (!cuts.length) return [body];
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(body.slice(from, c));
    from = c;
  }
  parts.push(body.slice(from));
  return parts;
}

export function parseIndicatorCell(text: string, ctx: ParserContext): CellParse {
  const findings: CellFinding[] = [];
  const unplaced: string[] = [];
  const items: ParsedItem[] = [];
  const pending: Pending[] = [];
  const html = stripHtml(text);
  if (html.stripped) findings.push({ code: "html-debris" });
  const t = html.text;
  const starts = findItemStarts(t);

  const pre = trimSeparators(t.slice(0, starts.length ? starts[0].at : t.length));
  if (pre) {
    // A cell with no numbering is still one indicator if it is shaped like one.
    const probe = parseBody(pre, ctx);
    if (!starts.length && (probe.segments.length || probe.period !== null || probe.annual !== null)) {
      addItem(items, pending, pre, null, ctx);
    } else {
      unplaced.push(pre);
      findings.push({ code: "unplaced-text", params: { text: pre } });
    }
  }
  starts.forEach((s, i) => {
    const body = t.slice(s.bodyAt, i + 1 < starts.length ? starts[i + 1].at : t.length);
    splitRecovered(body, ctx).forEach((part, k) => addItem(items, pending, part, k === 0 ? s.seq : null, ctx));
  });
  numberItems(items, findings);
  // Item notes are emitted once numbering has fixed each item's group.
  for (const p of pending) findings.push({ ...p.note, item: { group: p.item.group, seq: p.item.seq } });
  return { items, findings, unplaced };
}

interface Pending {
  item: ParsedItem;
  note: CellFinding;
}

function addItem(items: ParsedItem[], pending: Pending[], body: string, seq: number | null, ctx: ParserContext): void {
  const p = parseBody(body, ctx);
  const levels = resolveLevels(p.segments, ctx.framework);
  const item: ParsedItem = {
    group: 1,
    seq,
    level1: levels.level1,
    level2: levels.level2,
    name: p.name,
    periodTarget: p.period === null ? null : parseTarget(p.period),
    annualTarget: p.annual === null ? null : parseTarget(p.annual),
    category: levels.category,
    cost: levels.cost,
    raw: trimSeparators(body),
    unplaced: p.unplaced,
  };
  items.push(item);
  const notes: CellFinding[] = levels.notes.map((n) => ({ code: n.code, params: n.params }));
  if (seq === null && items.length > 1) notes.push({ code: "recovered-item", params: { name: item.name } });
  for (const u of p.unplaced) notes.push({ code: "unplaced-text", params: { text: u } });
  OCR_ARTEFACT.lastIndex = 0;
  const ocr = body.match(OCR_ARTEFACT);
  if (ocr) notes.push({ code: "ocr-artefact", params: { text: [...new Set(ocr)].join(" ") } });
  const ph = ctx.placeholders.fieldsOf(item);
  if (ph.length) notes.push({ code: "placeholder", params: { fields: ph.join(","), text: ph.map((f) => fieldText(item, f)).join(" / ") } });
  for (const note of notes) pending.push({ item, note });
}

function fieldText(item: ParsedItem, field: string): string {
  if (field === "name") return item.name;
  if (field === "periodTarget") return item.periodTarget?.raw ?? "";
  return item.annualTarget?.raw ?? "";
}

/** Groups restart when a number is not above the previous one; gaps are reported. */
function numberItems(items: ParsedItem[], findings: CellFinding[]): void {
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
