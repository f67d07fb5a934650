/**
 * One item body (§4, without its number): the head — up to two level segments, then the 三级 name — and the values
 * after the 实施周期指标值 / 年度指标值 labels. Heads repeat across a sheet, so the sheet parser memoises them
 * (parse-memo.ts); values are read per item.
 */
import { FrameworkIndex } from "../rules/framework";
import { LevelSegment, ResolvedLevels, resolveLevels } from "./level-resolver";
import { isSeparatorAt, isSpaceCode, sliceTrimmed, trimSeparators } from "../_lib/text";

/**
 * The value labels, `(?:实施周期指标值|实施期指标值|实施周期目标值|实施期目标值|年度指标值|年度目标值|指标值)\s*[:：，,]?`,
 * read by hand: each ends in 标值, with 5, 4, 3 or 1 characters before it, so the characters before a 标值 tell which
 * label (if any) it ends, and no regex runs per label.
 */
const [SHI, SHI2, ZHOU, QI, NIAN, DU, ZHI, MU, BIAO] = Array.from("实施周期年度指目标", (c) => c.charCodeAt(0));
const [COLON, FULL_COLON, FULL_COMMA, COMMA] = Array.from(":：，,", (c) => c.charCodeAt(0));

const CODED = /^(\d{1,2})\s*[-－—–]\s*(.+)$/s;
const SEGMENT_SEP = /[，,；;：:]/g;

/** Start of the label whose 标值 is at `q`, starting at or after `from`: the leftmost that fits, or -1. */
function labelStart(s: string, from: number, q: number): number {
  const c = s.charCodeAt(q - 1);
  if (q - 1 < from || (c !== ZHI && c !== MU)) return -1;
  const at = (i: number, code: number) => s.charCodeAt(i) === code;
  if (q - 5 >= from && at(q - 5, SHI) && at(q - 4, SHI2) && at(q - 3, ZHOU) && at(q - 2, QI)) return q - 5;
  if (q - 4 >= from && at(q - 4, SHI) && at(q - 3, SHI2) && at(q - 2, QI)) return q - 4;
  if (q - 3 >= from && at(q - 3, NIAN) && at(q - 2, DU)) return q - 3;
  return c === ZHI ? q - 1 : -1;
}

/**
 * End of the label starting at `start` (a labelStart): its 标值, then spaces and one separator, never past `to`. Past
 * `to` a slice would end, so what lies there is not taken: the clamp gives what matching the slice would.
 */
function labelEndAt(s: string, start: number, to: number): number {
  const c = s.charCodeAt(start);
  const q = c === ZHI ? start + 1 : c === NIAN ? start + 3 : s.charCodeAt(start + 2) === ZHOU ? start + 5 : start + 4;
  let e = q + 2;
  while (e < to && isSpaceCode(s.charCodeAt(e))) e++;
  if (e < to) {
    const d = s.charCodeAt(e);
    if (d === COLON || d === FULL_COLON || d === FULL_COMMA || d === COMMA) e++;
  }
  return e;
}

/** The last search for 值: in `valueText` from `valueFrom`, found at `valueAt` (-1: none). */
let valueText = "";
let valueFrom = 0;
let valueAt = -1;

/**
 * s.indexOf("值", from). The search that ends an item's values runs on into the next item, whose own first search
 * then asks for the same 值: a search from anywhere between the last one's start and its find has the same answer.
 */
function nextValueChar(s: string, from: number): number {
  if (from >= valueFrom && (valueAt < 0 || from <= valueAt) && s === valueText) return valueAt;
  valueText = s;
  valueFrom = from;
  valueAt = s.indexOf("值", from);
  return valueAt;
}

/** Forget the last search (the cell reader does after each cell, so nothing of a cell is held after it). */
export function forgetValueSearch(): void {
  valueText = "";
  valueFrom = 0;
  valueAt = -1;
}

/**
 * Start of the leftmost value label in s[from, to), or -1. Labels are found from their 值 (a one-character search,
 * cheaper than one for 标值); no label can start inside another one's first characters, so the first 标值 that ends
 * a label gives the leftmost label.
 */
function nextLabel(s: string, from: number, to: number): number {
  for (let v = nextValueChar(s, from + 1); v >= 0 && v < to; v = nextValueChar(s, v + 1)) {
    if (s.charCodeAt(v - 1) !== BIAO) continue;
    const i = labelStart(s, from, v - 1);
    if (i >= 0) return i;
  }
  return -1;
}

/** Start of the first value label in s[from, to), or -1. */
export function firstLabelIn(s: string, from: number, to: number): number {
  return nextLabel(s, from, to);
}

/**
 * Where the parts of a body s[from, to) lie: offsets into `s`, a value's range trimmed of separators (-1 when the
 * body has no such value). Filled in place, so reading an item makes no objects and cuts no strings.
 */
export interface ValueRanges {
  /** Where the head ends: at the first label, or the end of the body. */
  headEnd: number;
  periodFrom: number;
  periodTo: number;
  annualFrom: number;
  annualTo: number;
  /** Labelled values beyond the first 实施周期 and the first 年度 one, label included; null for none. */
  unplaced: string[] | null;
}

export function valueRanges(): ValueRanges {
  return { headEnd: 0, periodFrom: -1, periodTo: -1, annualFrom: -1, annualTo: -1, unplaced: null };
}

function trimFrom(s: string, a: number, b: number): number {
  while (a < b && isSeparatorAt(s, a)) a++;
  return a;
}

function trimTo(s: string, a: number, b: number): number {
  while (b > a && isSeparatorAt(s, b - 1)) b--;
  return b;
}

/**
 * The labelled values of the body s[from, to): the first period and the first annual value; any further label is
 * unplaced. `first` is where the first label starts (firstLabelIn). Read in place, as on the slice.
 */
export function readValuesIn(s: string, from: number, to: number, first: number, out: ValueRanges): void {
  out.periodFrom = out.periodTo = out.annualFrom = out.annualTo = -1;
  out.unplaced = null;
  out.headEnd = first < 0 ? to : first;
  if (first < 0) return;
  let end = labelEndAt(s, first, to);
  let start = first;
  while (start >= 0) {
    const next = nextLabel(s, end, to);
    const nextEnd = next < 0 ? to : labelEndAt(s, next, to);
    const stop = next < 0 ? to : next;
    const isPeriod = s.charCodeAt(start) === SHI; // the labels that start with 实 are the 实施… ones
    if (isPeriod && out.periodFrom < 0) {
      out.periodFrom = trimFrom(s, end, stop);
      out.periodTo = trimTo(s, out.periodFrom, stop);
    } else if (!isPeriod && out.annualFrom < 0) {
      out.annualFrom = trimFrom(s, end, stop);
      out.annualTo = trimTo(s, out.annualFrom, stop);
    } else {
      const extra = sliceTrimmed(s, start, stop);
      if (extra) (out.unplaced ??= []).push(extra);
    }
    start = next;
    end = nextEnd;
  }
}

export interface HeadReading {
  /** How many level segments the head was read as having. */
  segments: number;
  /** The 三级 name. */
  name: string;
  levels: ResolvedLevels;
}

/** An uncoded segment is a level only when it is exactly a framework name (`产出指标：…` in layout C). */
function isUncodedLevel(text: string, fw: FrameworkIndex): boolean {
  return fw.isLevelName(text);
}

/** Up to two leading level segments; the rest of the head, separators and all, is the 三级 name. */
export function readHead(head: string, fw: FrameworkIndex): HeadReading {
  const segments: LevelSegment[] = [];
  let pos = 0;
  while (segments.length < 2 && pos < head.length) {
    SEGMENT_SEP.lastIndex = pos;
    const m = SEGMENT_SEP.exec(head);
    const end = m ? m.index : head.length;
    const text = head.slice(pos, end).trim();
    const coded = CODED.exec(text);
    if (coded) segments.push({ code: coded[1], name: coded[2].trim(), text });
    else if (text && isUncodedLevel(text, fw)) segments.push({ code: null, name: text, text });
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
  return { segments: segments.length, name, levels: resolveLevels(segments, fw) };
}
