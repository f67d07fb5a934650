/**
 * Target values (§4): `≥90%`, `不少于1次`, `覆盖率=100%`, `3小时内`, `合格` → {raw, label, operator, value, unit, qualitative}.
 * The raw text is never lost; anything that does not read as one comparison with one number is qualitative.
 */
import { foldTraditional, fixOcrArtefacts, isDigitCode, isNfkcInert, nfkc, trimEnd } from "../_lib/text";

export type Operator = ">=" | ">" | "=" | "<" | "<=" | "≈";

export interface Target {
  raw: string;
  label: string | null;
  operator: Operator | null;
  value: number | null;
  unit: string | null;
  qualitative: boolean;
}

const SYMBOLS: [string, Operator][] = [
  [">=", ">="], ["≥", ">="], ["≧", ">="], ["⩾", ">="],
  ["<=", "<="], ["≤", "<="], ["≦", "<="], ["⩽", "<="],
  ["==", "="], ["=", "="], [">", ">"], ["<", "<"], ["≈", "≈"], ["~", "≈"],
];

/** Words before the number, longest first so 不超过 is ≤ and not 超过's >. */
const PREFIX_WORDS: [string, Operator][] = (
  [
    ["大于等于", ">="], ["大于或等于", ">="], ["不低于", ">="], ["不少于", ">="], ["不小于", ">="], ["至少", ">="],
    ["小于等于", "<="], ["小于或等于", "<="], ["不超过", "<="], ["不高于", "<="], ["不多于", "<="], ["不大于", "<="], ["最多", "<="],
    ["超过", ">"], ["大于", ">"], ["高于", ">"], ["多于", ">"], ["超", ">"],
    ["少于", "<"], ["小于", "<"], ["低于", "<"],
    ["约为", "≈"], ["约", "≈"], ["大约", "≈"], ["等于", "="], ["达到", ">="],
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

/** Words after the number and unit. 前 (`每月15日前`) reads as "no later than", like 内. */
const SUFFIX_WORDS: [string, Operator][] = (
  [
    ["及以上", ">="], ["以上", ">="], ["或以上", ">="],
    ["及以下", "<="], ["以下", "<="], ["以内", "<="], ["之内", "<="], ["内", "<="], ["前", "<="],
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * A unit starts with a measure word or a Latin unit; a short noun may follow (`个工作日`, `台UPS改造`).
 * Magnitudes (万, 亿) stay in the unit as the spec asks: `≥40亿条` → 40, `亿条`. 起 counts incidents, as 宗 and
 * 件 count cases (`安全事故发生数 | =0起`).
 */
const UNIT_HEAD =
  /^(?:[万亿千百十]?(?:%|‰|个|次|台|套|项|份|条|篇|场|名|人|家|天|日|小时|分钟|秒|元|宗|件|起|张|类|路|核|分|年|月|周|批|期|通|处|户|部|所|座|辆|本|册|页|块|间|栋|层|门|平方米|平方公里|公里|米|吨|度|倍|级|亩|公顷|公斤|斤|克|株|棵|头|只|羽|立方米|千瓦|盏|艘|架|床|台次|车次|户次|人次|家次|篇次|场次|工作日|个月|课时|学时|万|亿|千)|[A-Za-z]{1,4}(?:\/[A-Za-z]{1,3})?)/;
const NUMBER = /[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/;

// Indexed loops: destructuring `for (const [w, op] of …)` builds an iterator result per entry.
function startingWith(s: string, table: readonly [string, Operator][]): [Operator, number] | null {
  for (let i = 0; i < table.length; i++) if (s.startsWith(table[i][0])) return [table[i][1], table[i][0].length];
  return null;
}

function endingWith(s: string, table: readonly [string, Operator][]): [Operator, number] | null {
  for (let i = 0; i < table.length; i++) if (s.endsWith(table[i][0])) return [table[i][1], table[i][0].length];
  return null;
}

function matchPrefixOp(s: string): [Operator, number] | null {
  return s === "" ? null : startingWith(s, SYMBOLS);
}

function endsWithOp(label: string): [Operator, number] | null {
  return label === "" ? null : (endingWith(label, SYMBOLS) ?? endingWith(label, PREFIX_WORDS));
}

function qualitative(raw: string): Target {
  return { raw, label: null, operator: null, value: null, unit: null, qualitative: true };
}

/** Strip a trailing explanatory note in brackets: `99%（在线个数/总数*100%）` reads as 99%. */
function stripNote(s: string): string {
  if (!s.endsWith(")") && !s.endsWith("）")) return s; // the pattern ends in a bracket; most targets do not
  const m = /^(.*?[^（(\s])\s*[（(][^（()）]*[)）]$/.exec(s);
  return m ? m[1] : s;
}

function parseFormulaTarget(raw: string, s: string, at: number): Target | null {
  const right = parseTarget(s.slice(at));
  if (!right || right.qualitative || right.label) return null;
  return { ...right, raw, label: s.slice(0, at) };
}

export function parseTarget(rawInput: string): Target | null {
  const raw = rawInput.trim();
  if (raw === "") return null;
  return simpleTarget(raw) ?? readTarget(raw);
}

/** The general reading of a trimmed, non-empty target. */
function readTarget(raw: string): Target | null {
  let s = foldTraditional(nfkc(fixOcrArtefacts(raw)).replace(/\s+/g, "")); // 萬元 reads as 万元
  s = trimEnd(s, "。；;，,.");
  s = stripNote(s);
  if (s === "") return qualitative(raw);

  const num = NUMBER.exec(s);
  if (!num) return qualitative(raw);
  let before = s.slice(0, num.index);
  let after = s.slice(num.index + num[0].length);
  if (/[0-9]/.test(before) || /[0-9]/.test(after)) {
    // A ratio written as its formula (`完成工单数/工单数*100%≥95%`) has one comparison: the label is its left side.
    const ops = s.match(/>=|<=|[≥≤=<>≈]/g);
    const at = ops && ops.length === 1 ? s.search(/>=|<=|[≥≤=<>≈]/) : -1;
    const formula = at > 0 && !/[，,；;。]/.test(s.slice(0, at)) ? parseFormulaTarget(raw, s, at) : null;
    return formula ?? qualitative(raw);
  }

  // A sign right before the number (`-5%`, `≥-5%`) belongs to the value, not to a label.
  let sign = 1;
  if (/(^|[<>=≥≤≈])[-+]$/.test(before)) {
    sign = before.endsWith("-") ? -1 : 1;
    before = before.slice(0, -1);
  }
  let operator: Operator | null = null;
  const opAtEnd = endsWithOp(before);
  if (opAtEnd) {
    operator = opAtEnd[0];
    before = before.slice(0, before.length - opAtEnd[1]);
  }
  // The label must be a plain name: no other comparison and no sentence punctuation.
  if (/[<>=≥≤≈，,；;。:：]/.test(before) || matchPrefixOp(before)) return qualitative(raw);
  const label = before.replace(/[为是达]$/, "") || null;

  let unit: string | null = null;
  const suffix = endingWith(after, SUFFIX_WORDS);
  if (suffix) {
    operator = operator ?? suffix[0];
    after = after.slice(0, after.length - suffix[1]);
  }
  if (after !== "") {
    const head = UNIT_HEAD.exec(after);
    if (!head) return qualitative(raw);
    // A short noun may follow the measure word; a long tail is a sentence, not a unit.
    const tail = after.slice(head[0].length);
    if (tail.length > 10 || /[<>=≥≤，,；;。:：]/.test(tail)) return qualitative(raw);
    unit = after;
  }
  const value = sign * Number(num[0].replace(/,/g, ""));
  if (!Number.isFinite(value)) return qualitative(raw);
  return { raw, label: label && label !== before ? label : label, operator, value, unit, qualitative: false };
}

/**
 * Units a simple target may end in: each one the general reading takes whole as the unit, as checked here at load
 * (with no digits, spaces or separators, and nothing NFKC would change, so no other step of it applies).
 */
const SIMPLE_UNITS = new Set(
  ["%", "个", "项", "次", "台", "套", "天", "小时", "个工作日", "万元", "元", "人次", "家", "人", "条", "场", "件", "份", "篇", "年", "月"].filter((u) => {
    if (!isNfkcInert(u) || /[0-9\s,.，。；;:：()（）]/.test(u)) return false;
    const t = readTarget(`1${u}`);
    return t !== null && t.unit === u && t.operator === null && t.label === null && !t.qualitative;
  }),
);

/** SIMPLE_UNITS by first code unit, so a unit is found (and shared) without cutting it out of the target. */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of SIMPLE_UNITS) {
  const c = u.charCodeAt(0);
  UNITS_BY_FIRST.set(c, [...(UNITS_BY_FIRST.get(c) ?? []), u]);
}

/** The SIMPLE_UNITS unit that raw[i, end) is exactly, or null. */
function unitAt(raw: string, i: number): string | null {
  const list = UNITS_BY_FIRST.get(raw.charCodeAt(i));
  if (list) for (const u of list) if (u.length === raw.length - i && raw.startsWith(u, i)) return u;
  return null;
}

const [GE, LE] = Array.from("≥≤", (c) => c.charCodeAt(0));

/** Powers of ten that are exact doubles: digits / 10^k is then the double nearest the decimal, as Number() reads it. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const EXACT_DIGITS = 15;

/**
 * `≥95%`, `≤455.81万元`, `100`: an optional ≥ or ≤, a number as NUMBER reads it, and a SIMPLE_UNITS unit or none.
 * Such a target reads as the general path reads it, without its folding, regexes and cuts; null for anything else,
 * which takes the general path. Most of a sheet's distinct targets are of this form.
 */
function simpleTarget(raw: string): Target | null {
  const n = raw.length;
  // Past the end charCodeAt gives NaN, which optimised code treats as a reason to start over: stay inside.
  const digitAt = (i: number) => i < n && isDigitCode(raw.charCodeAt(i));
  let i = 0;
  let operator: Operator | null = null;
  const c0 = raw.charCodeAt(0);
  if (c0 === GE || c0 === LE) {
    operator = c0 === GE ? ">=" : "<=";
    i = 1;
  }
  const start = i;
  // The digits' value and how many follow the point: exact while there are at most EXACT_DIGITS of them.
  let digits = 0;
  let fraction = 0;
  let whole = 0;
  for (; digitAt(i); i++, digits++) whole = whole * 10 + (raw.charCodeAt(i) - 0x30);
  if (i === start) return null;
  let grouped = false;
  // NUMBER, greedy: `,ddd` groups, then `.digits`.
  while (i < n && raw.charCodeAt(i) === 0x2c && digitAt(i + 1) && digitAt(i + 2) && digitAt(i + 3)) {
    i += 4;
    grouped = true;
  }
  if (i < n && raw.charCodeAt(i) === 0x2e && digitAt(i + 1)) {
    for (i++; digitAt(i); i++, digits++, fraction++) whole = whole * 10 + (raw.charCodeAt(i) - 0x30);
  }
  const unit = i === n ? null : unitAt(raw, i);
  if (i < n && unit === null) return null;
  const value = grouped || digits > EXACT_DIGITS ? Number(raw.slice(start, i).replace(/,/g, "")) : whole / POW10[fraction];
  if (!Number.isFinite(value)) return null;
  return { raw, label: null, operator, value, unit, qualitative: false };
}
