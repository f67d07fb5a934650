/**
 * One item body (§4, without its number): the head — up to two level segments, then the 三级 name — and the values
 * after the 实施周期指标值 / 年度指标值 labels. Heads repeat across a sheet, so the sheet parser memoises them
 * (parse-memo.ts); values are read per item.
 */
import { FrameworkIndex } from "./framework";
import { LevelSegment, ResolvedLevels, resolveLevels } from "./level-resolver";
import { sliceTrimmed, trimSeparators } from "./text";

/** A value label at one place (sticky): the alternatives are tried in this order, as a search would. */
const LABEL_AT = /(?:实施周期指标值|实施期指标值|实施周期目标值|实施期目标值|年度指标值|年度目标值|指标值)\s*[:：，,]?/y;
/** Every label ends in 标值 and starts 1 to 5 characters before it. */
const LABEL_TAIL = "标值";
const LABEL_REACH = 5;
/** …and starts with 实, 年 or 指. */
const [SHI, NIAN, ZHI] = Array.from("实年指", (c) => c.charCodeAt(0));
const canStartLabel = (c: number) => c === SHI || c === NIAN || c === ZHI;

const CODED = /^(\d{1,2})\s*[-－—–]\s*(.+)$/s;
const SEGMENT_SEP = /[，,；;：:]/g;

/**
 * Start of the leftmost value label at or after `from`, or -1; LABEL_AT.lastIndex is then the label's end.
 * Only the few places before each 标值 are tried, so a body is not run through a seven-way alternation at every
 * character, and no match array is built per label. No label can start inside another one's first characters,
 * so the first place that matches, in order, is the leftmost label.
 */
function nextLabel(body: string, from: number): number {
  for (let q = body.indexOf(LABEL_TAIL, from); q >= 0; q = body.indexOf(LABEL_TAIL, q + 1)) {
    for (let s = Math.max(from, q - LABEL_REACH); s < q; s++) {
      if (!canStartLabel(body.charCodeAt(s))) continue;
      LABEL_AT.lastIndex = s;
      if (LABEL_AT.test(body)) return s;
    }
  }
  return -1;
}

/** Start of the first value label in a body, or -1. */
export function firstLabel(body: string): number {
  return nextLabel(body, 0);
}

export interface BodyValues {
  /** Where the head ends: at the first label, or the end of the body. */
  headEnd: number;
  period: string | null;
  annual: string | null;
  /** Labelled values beyond the first 实施周期 and the first 年度 one, label included. */
  unplaced: string[];
}

/**
 * The labelled values of a body: the first period and the first annual value; any further label is unplaced.
 * `first` is where the first label starts (firstLabel), when the caller already knows.
 */
export function readValues(body: string, first = firstLabel(body)): BodyValues {
  const unplaced: string[] = [];
  let period: string | null = null;
  let annual: string | null = null;
  let start = first;
  LABEL_AT.lastIndex = Math.max(start, 0);
  let end = start >= 0 && LABEL_AT.test(body) ? LABEL_AT.lastIndex : 0;
  const headEnd = start < 0 ? body.length : start;
  while (start >= 0) {
    const next = nextLabel(body, end);
    const nextEnd = LABEL_AT.lastIndex;
    const stop = next < 0 ? body.length : next;
    const isPeriod = body.startsWith("实施", start);
    if (isPeriod && period === null) period = sliceTrimmed(body, end, stop);
    else if (!isPeriod && annual === null) annual = sliceTrimmed(body, end, stop);
    else {
      const extra = sliceTrimmed(body, start, stop);
      if (extra) unplaced.push(extra);
    }
    start = next;
    end = nextEnd;
  }
  return { headEnd, period, annual, unplaced };
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
