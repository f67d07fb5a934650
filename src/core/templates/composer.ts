/**
 * The composer: structured indicator rows → the canonical text of an indicator cell (§4, §8), the inverse of the
 * parser. Canonical: `N、{c1}-{一级}，{c2}-{二级}，{三级}；实施周期指标值：{v}，年度指标值：{v}。`; layout C's style:
 * `N、{一级}：{三级}，年度指标值：{v}。`. Operators are written as the budget platform's closed list (≥ ≤ ＞ ＜ ＝);
 * a target that is qualitative, has no operator, or would lose text by being rewritten keeps its raw text (OCR signs
 * such as `\geq` fixed).
 * Pure.
 */
import { nfkc, fixOcrArtefacts, trimSeparators } from "../_lib/text";
import type { LevelRef } from "../indicator/level-resolver";
import { Operator, Target, parseTarget } from "../values/target-parser";

/** One indicator as the composer needs it (a ParsedItem or an IndicatorOut fits). */
export interface ComposeItem {
  group?: number;
  seq?: number | null;
  level1: LevelRef | null;
  level2: LevelRef | null;
  name: string;
  periodTarget: Target | null;
  annualTarget: Target | null;
  /** Text of the item that fits no field (a third value label…), kept after its values. */
  unplaced?: readonly string[];
}

/** "canonical" (Guangzhou, with codes and both values) or "annual" (layout C: bare 一级 names, 年度指标值 only). */
export type ComposeStyle = "canonical" | "annual";

export interface ComposeOptions {
  style?: ComposeStyle;
  /** Text of the cell that belonged to no item (before the first number), kept in front. */
  preamble?: readonly string[];
}

/** The budget platform's comparators, by parsed operator. */
export const COMPARATORS: Record<Exclude<Operator, "≈">, string> = { ">=": "≥", "<=": "≤", ">": "＞", "<": "＜", "=": "＝" };
export const COMPARATOR_LIST = ["≥", "≤", "＞", "＜", "＝"];

/** Operator symbols and words (§4), longest first: what a rewrite may replace, and nothing else. */
const OPERATOR_TEXT = [
  ">=", "<=", "==", "≥", "≤", "≧", "≦", "⩾", "⩽", "=", ">", "<", "≈", "~",
  "大于或等于", "小于或等于", "大于等于", "小于等于", "不低于", "不少于", "不小于", "不超过", "不高于", "不多于", "不大于",
  "及以上", "或以上", "及以下", "至少", "最多", "超过", "大于", "高于", "多于", "少于", "小于", "低于", "约为", "大约", "等于", "达到",
  "以上", "以下", "以内", "之内", "超", "约", "内", "前",
].sort((a, b) => b.length - a.length);

const NUMBER = /[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/g;

/** A target's text with operators, spacing and end punctuation taken out: what must survive a rewrite. */
function content(s: string): string {
  let t = nfkc(fixOcrArtefacts(s)).replace(/\s+/g, "");
  t = t.replace(/[。；;，,.]+$/, "");
  for (const w of OPERATOR_TEXT) t = t.split(w).join("");
  return t;
}

/** The value as written in the raw text (`1,000`, `95.0`), so a rewrite changes the operator and nothing else. */
function numberText(raw: string, value: number): string {
  const s = nfkc(fixOcrArtefacts(raw));
  for (const m of s.match(NUMBER) ?? []) if (Number(m.replace(/,/g, "")) === value) return m;
  return String(value);
}

const sameReading = (a: Target | null, b: Target) =>
  a !== null && !a.qualitative && a.label === b.label && a.operator === b.operator && a.value === b.value && a.unit === b.unit;

/** A target in the platform's wording: `{label}{comparator}{number}{unit}`, or its raw text when that is safer. */
export function composeTarget(t: Target): string {
  // OCR signs (`\geq`) are fixed even in text kept as written: they are never what the filer meant.
  const raw = fixOcrArtefacts(t.raw.trim());
  if (t.qualitative || t.operator === null || t.operator === "≈" || t.value === null) return raw;
  const text = `${t.label ?? ""}${COMPARATORS[t.operator]}${numberText(raw, t.value)}${t.unit ?? ""}`;
  // Only a rewrite that reads the same and keeps every other character of the raw text (a note in brackets…).
  return sameReading(parseTarget(text), t) && content(text) === content(raw) ? text : raw;
}

function level(l: LevelRef | null, withCode: boolean): string | null {
  if (!l || !l.name) return l?.code && withCode ? l.code : null;
  return withCode && l.code ? `${l.code}-${l.name}` : l.name;
}

/** Item numbers: the printed ones where they still read in order, lost ones (null) continuing the count. */
function numbering(items: readonly ComposeItem[]): number[] {
  const out: number[] = [];
  let groupStart = 0;
  for (let i = 0; i <= items.length; i++) {
    const newGroup = i === items.length || (i > 0 && (items[i].group ?? 1) !== (items[i - 1].group ?? 1));
    if (!newGroup) continue;
    const group = items.slice(groupStart, i);
    const nums: number[] = [];
    let last = 0;
    for (const it of group) {
      const n = it.seq ?? last + 1;
      nums.push(n);
      last = n;
    }
    // A printed number that no longer follows the one before would read as a new group: count afresh instead.
    const ordered = nums.every((n, k) => n >= 1 && (k === 0 || n > nums[k - 1]));
    out.push(...(ordered ? nums : nums.map((_, k) => k + 1)));
    groupStart = i;
  }
  return out;
}

function composeItem(item: ComposeItem, n: number, style: ComposeStyle): string {
  const canonical = style === "canonical";
  const levels = [level(item.level1, canonical), level(item.level2, canonical)].filter((x): x is string => x !== null);
  const head = [...levels, item.name.trim()].filter((x, i, all) => x !== "" || i === all.length - 1);
  const headText = head.join(canonical ? "，" : "：");
  const values: string[] = [];
  if (item.periodTarget) values.push(`实施周期指标值：${composeTarget(item.periodTarget)}`);
  if (item.annualTarget) values.push(`年度指标值：${composeTarget(item.annualTarget)}`);
  for (const u of item.unplaced ?? []) if (trimSeparators(u)) values.push(trimSeparators(u));
  const joiner = canonical ? "；" : "，";
  return `${n}、${headText}${values.length ? joiner + values.join("，") : ""}。`;
}

/** The cell text for `items`, in order. */
export function composeIndicators(items: readonly ComposeItem[], options: ComposeOptions = {}): string {
  const style = options.style ?? "canonical";
  const nums = numbering(items);
  const pre = (options.preamble ?? []).map((p) => trimSeparators(p)).filter(Boolean);
  return [...pre.map((p) => `${p}。`), ...items.map((it, i) => composeItem(it, nums[i], style))].join("");
}

/**
 * The style a cell is written in: layout C's when it has no coded level (`1-产出指标`) and no 实施周期 value, else
 * the canonical one (also for an empty cell). Read from the text: parsed levels carry inferred codes either way.
 */
export function styleOf(text: string): ComposeStyle {
  const t = nfkc(text);
  const coded = /(?:^|[、，,；;：:\s])\d{1,2}\s*[-－—–]\s*[\u4e00-\u9fff]/.test(t);
  const period = /实施周?期(?:指标|目标)值/.test(t);
  return t.trim() !== "" && !coded && !period ? "annual" : "canonical";
}
