/**
 * Where the items of a packed indicator cell begin (§4): `N、` before an indicator head, or after a separator
 * when a value label follows; and where an item must be split again at a numberless head after its values.
 * Scans by `indexOf` and sticky regexes, so a long cell costs no match array per candidate number.
 */
import { FrameworkIndex } from "../rules/framework";
import { isDigitCode, isSpaceCode } from "../_lib/text";

/** An indicator head right after `N、`, looked for within HEAD_WINDOW characters. */
const HEAD_AHEAD =
  /^\s*(?:\d{1,2}\s*[-－—–]\s*[\u4e00-\u9fff]|(?:产出|效益|满意|成本|经济|社会|生态|环境|可持续|服务对象|数量|质量|时效|进度))/;
const HEAD_WORDS = ["产出", "效益", "满意", "成本", "经济", "社会", "生态", "环境", "可持续", "服务对象", "数量", "质量", "时效", "进度"];
const HEAD_WINDOW = 24;
const SEP_BEFORE = new Set(Array.from("。；;.．>，,：:)）", (c) => c.charCodeAt(0)));
const HAS_VALUE_LABEL = /实施周期指标值|实施期指标值|实施周期目标值|实施期目标值|年度指标值|年度目标值|指标值/;

const isDash = (c: number) => c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013; // [-－—–]
const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Where HEAD_AHEAD's match (without its `^`) starting at `at` ends, or -1: read by hand, as it runs once per number.
 * The two branches start differently (a digit, a word), and within each every step is forced: `\d{1,2}` taking
 * one digit of two would leave a digit where the dash must be.
 */
function headEnd(t: string, at: number): number {
  const n = t.length;
  let p = at;
  while (p < n && isSpaceCode(t.charCodeAt(p))) p++;
  if (p >= n) return -1;
  if (isDigitCode(t.charCodeAt(p))) {
    let q = p + 1;
    if (q < n && isDigitCode(t.charCodeAt(q))) q++;
    while (q < n && isSpaceCode(t.charCodeAt(q))) q++;
    if (q >= n || !isDash(t.charCodeAt(q))) return -1;
    q++;
    while (q < n && isSpaceCode(t.charCodeAt(q))) q++;
    return q < n && isIdeograph(t.charCodeAt(q)) ? q + 1 : -1;
  }
  for (const w of HEAD_WORDS) if (t.startsWith(w, p)) return p + w.length;
  return -1;
}

/** HEAD_AHEAD on the window after `at`: the same match on the whole text decides unless it runs past it. */
function headAhead(t: string, at: number): boolean {
  const end = headEnd(t, at);
  if (end < 0) return false;
  if (end <= at + HEAD_WINDOW) return true;
  return HEAD_AHEAD.test(t.slice(at, at + HEAD_WINDOW));
}

/** One `(\d+)\s*、` match: digits at [at, digitsEnd), body after the 、 at bodyAt. */
interface NumberMatch {
  at: number;
  digitsEnd: number;
  bodyAt: number;
}

/**
 * The leftmost `(\d+)\s*、` at or after `from`, as a global regex search would find it: the digit run before the
 * first 、 that has one (across spaces), clipped to `from`.
 */
function nextNumber(t: string, from: number, out: NumberMatch): boolean {
  for (let k = t.indexOf("、", from); k >= 0; k = t.indexOf("、", k + 1)) {
    let j = k;
    while (j > from && isSpaceCode(t.charCodeAt(j - 1))) j--;
    let i = j;
    while (i > from && isDigitCode(t.charCodeAt(i - 1))) i--;
    if (i < j) {
      out.at = i;
      out.digitsEnd = j;
      out.bodyAt = k + 1;
      return true;
    }
  }
  return false;
}

/** Number(t.slice(from, to)) for one or two ASCII digits, without cutting the string. */
function digitsValue(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (t.charCodeAt(i) - 0x30);
  return n;
}

const ANNUAL_LABEL = /年度指标值|年度目标值/;

/**
 * A bare `N、` starts an item only after a separator and in sequence: either a value label follows before the
 * next number, or it continues the numbering once the previous item has its 年度 value (`…：≥90%。2、待单位补充`).
 */
function bareNumberStarts(t: string, m: NumberMatch, n: number, last: number, prevBodyAt: number): boolean {
  const c = m.at === 0 ? -1 : t.charCodeAt(m.at - 1);
  const sepOk = m.at === 0 || SEP_BEFORE.has(c) || isSpaceCode(c);
  if (!sepOk || (n !== last + 1 && n !== 1)) return false;
  if (n === last + 1 && last > 0 && ANNUAL_LABEL.test(t.slice(prevBodyAt, m.at))) return true;
  const next = t.slice(m.bodyAt).search(/\d{1,2}\s*、/);
  return HAS_VALUE_LABEL.test(next < 0 ? t.slice(m.bodyAt) : t.slice(m.bodyAt, m.bodyAt + next));
}

const [COLON, FULL_COLON, COMMA, FULL_COMMA, VALUE] = Array.from(":：,，值", (c) => c.charCodeAt(0));

/** Right after a value label (`年度指标值：12、…`) digits are the value, or a value glued to the next number. */
function afterValueLabel(t: string, at: number): boolean {
  let p = at;
  while (p > 0) {
    const c = t.charCodeAt(p - 1);
    if (c === COLON || c === FULL_COLON || c === FULL_COMMA || c === COMMA || isSpaceCode(c)) p--;
    else break;
  }
  return p >= 3 && t.charCodeAt(p - 1) === VALUE && (t.endsWith("指标值", p) || t.endsWith("目标值", p));
}

/** Scratch for findItemStarts (cells are read one at a time). */
const match: NumberMatch = { at: 0, digitsEnd: 0, bodyAt: 0 };

/**
 * Where items begin: `N、` before an indicator head, or after a separator when a value label follows. Written to
 * `out` as triples (at, bodyAt, seq) from index 0, so a cell's starts cost no object each; returns how many starts.
 * `out` is overwritten, never cut back (that would free its storage, to be grown again for the next cell).
 */
export function findItemStarts(t: string, out: number[]): number {
  let n = 0;
  const m = match;
  let last = 0;
  let prevBodyAt = 0;
  for (let from = 0; nextNumber(t, from, m); from = m.bodyAt) {
    const head = headAhead(t, m.bodyAt);
    let at = m.at;
    let seq: number;
    if (m.digitsEnd - m.at > 2 || afterValueLabel(t, m.at)) {
      // Digits glued to a value (`年度指标值:1002、1-产出…`, `年度指标值：12、1-产出…`): the number, if any, is
      // the suffix that continues the numbering, and what precedes it is the value. Alone, they are the value.
      const digits = t.slice(m.at, m.digitsEnd);
      const want = [String(last + 1), "1"].find((s) => digits.length > s.length && digits.endsWith(s));
      if (!want || !head) continue;
      seq = Number(want);
      at = m.at + digits.length - want.length;
    } else {
      seq = digitsValue(t, m.at, m.digitsEnd);
      // There is no item 0 (§11: seq is null or ≥ 1).
      if (seq === 0 || (!head && !bareNumberStarts(t, m, seq, last, prevBodyAt))) continue;
    }
    out[n++] = at;
    out[n++] = m.bodyAt;
    out[n++] = seq;
    last = seq;
    prevBodyAt = m.bodyAt;
  }
  return n / 3;
}

/** A numberless head after a separator, tried at one separator (sticky); separators are found by a scan first. */
const RECOVERY_AT = /[；;。]\s*(?=(\d{1,2})\s*[-－—–]\s*[\u4e00-\u9fff])/y;

function isRecoverySeparator(c: number): boolean {
  return c === 0xff1b || c === 0x3b || c === 0x3002; // ；;。
}

/**
 * Where an item splits at numberless indicator heads after its values (004 row 26: `…；31-服务对象满意度；…`):
 * the offsets of the recovered parts, or null when it does not split. `from` is where its first label starts.
 * The same matches as a global search from there: each starts at a separator, and none contains another.
 */
export function recoveryCuts(body: string, from: number, fw: FrameworkIndex): number[] | null {
  let cuts: number[] | null = null;
  for (let p = from; p < body.length; p++) {
    if (!isRecoverySeparator(body.charCodeAt(p))) continue;
    RECOVERY_AT.lastIndex = p;
    const m = RECOVERY_AT.exec(body);
    if (!m) continue;
    const code = m[1];
    const known = fw.level1ByCode(code) || fw.level2ByCode(code);
    const cut = p + m[0].length;
    if (known && HAS_VALUE_LABEL.test(body.slice(cut))) (cuts ??= []).push(cut);
  }
  return cuts;
}

/**
 * recoveryCuts for the body s[bodyFrom, to), as offsets into `s`. Every cut sits after a separator and spaces before
 * a digit, so a body without one (nearly all) is settled by one scan, without cutting the body out.
 */
export function recoveryCutsIn(s: string, bodyFrom: number, first: number, to: number, fw: FrameworkIndex): number[] | null {
  let p = first;
  for (; p < to; p++) {
    if (!isRecoverySeparator(s.charCodeAt(p))) continue;
    let q = p + 1;
    while (q < to && isSpaceCode(s.charCodeAt(q))) q++;
    if (q < to && isDigitCode(s.charCodeAt(q))) break;
  }
  if (p >= to) return null;
  const cuts = recoveryCuts(s.slice(bodyFrom, to), first - bodyFrom, fw);
  if (cuts) for (let i = 0; i < cuts.length; i++) cuts[i] += bodyFrom;
  return cuts;
}
