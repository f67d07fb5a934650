/**
 * The reviewer's rule pack (issue 17; docs/research/review-rules.md): checks reviewers apply beyond §7.
 * T12 template marks, T1 a money cost as a lower bound, T2 a percentage above 100, T4 a number without a unit,
 * T5 vague wording, T3 a 时效 date after the budget year, T7 Σ money-valued 成本 indicators above the project's 总计,
 * T9 counts in the goal text no indicator carries, T6 the share of quantitative indicators (off unless set).
 * Vocabularies and thresholds come from the rule set (defaults in rules/rule-pack.ts); each rule is one function
 * over one project, so a rule's firing is easy to read and to test.
 */
import { Finding, FindingCode, FINDING_SEVERITY } from "../_lib/findings";
import { nfkc } from "../_lib/text";
import { Memo } from "../_lib/memo";
import { IndicatorOut, ProjectOut } from "../sheet/model";
import { RuleSet } from "../rules/rule-set";
import { RULE_PACK_DEFAULTS } from "../rules/rule-pack";
import { PlaceholderMatcher } from "../rules/placeholders";
import { Target } from "../values/target-parser";

/** The rule pack's settings with defaults filled in, made once per check run. */
export interface PackSettings {
  marks: RegExp | null;
  /** The marks' first characters (any case): a text without one cannot match, so most texts skip the pattern. */
  markStart: RegExp | null;
  moneyUnits: Record<string, number>;
  percentMax: number;
  percentExempt: readonly string[];
  vague: readonly string[];
  rateMarks: readonly string[];
  goalPair: RegExp | null;
  quantitativeShareMin: number | null;
  /** The table's budget year (T3), when known. */
  year: number | null;
  moneyUnit: string | null;
  /** NFKC of names and targets, once per distinct text (a sheet repeats them). */
  fold: Memo<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One pattern for every template mark. A mark made of one repeated character (XX, **) matches any longer run of it;
 * a mark never matches when it touches a letter, digit or bracket, so `*100%` (a formula) and `XXL` stay quiet.
 */
function marksPattern(marks: readonly string[]): RegExp | null {
  const parts = marks
    .map((m) => nfkc(m).toUpperCase())
    .filter((m) => m !== "")
    .sort((a, b) => b.length - a.length)
    .map((m) => {
      const same = [...m].every((c) => c === m[0]);
      const body = same ? `${escape(m[0])}{${m.length},}` : escape(m);
      const guard = same ? `A-Z0-9()（）${escape(m[0])}` : "A-Z0-9()（）";
      return `(?<![${guard}])${body}(?![${guard}])`;
    });
  return parts.length ? new RegExp(parts.join("|")) : null;
}

function markStart(marks: readonly string[]): RegExp | null {
  const chars = new Set<string>();
  for (const m of marks) {
    const c = nfkc(m).charAt(0);
    if (c) for (const x of [c, c.toLowerCase(), c.toUpperCase(), ...(m.charAt(0) ? [m.charAt(0)] : [])]) chars.add(x);
  }
  // Full-width forms fold to these under NFKC: test the raw text for both.
  for (const c of [...chars]) if (c >= "!" && c <= "~") chars.add(String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return chars.size ? new RegExp(`[${[...chars].map(escape).join("")}]`) : null;
}

function goalPattern(units: readonly string[]): RegExp | null {
  const list = units.filter((u) => u !== "").sort((a, b) => b.length - a.length).map(escape);
  // The number may not continue a longer number or a date (2025年, 12月), and the unit may not start a longer word.
  return list.length ? new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(${list.join("|")})`, "g") : null;
}

export function packSettings(rules: RuleSet, moneyUnit: string | null, year: number | null): PackSettings {
  return {
    marks: marksPattern(rules.templateMarks ?? RULE_PACK_DEFAULTS.templateMarks),
    markStart: markStart(rules.templateMarks ?? RULE_PACK_DEFAULTS.templateMarks),
    moneyUnits: rules.moneyUnits ?? RULE_PACK_DEFAULTS.moneyUnits,
    percentMax: rules.percentMax ?? RULE_PACK_DEFAULTS.percentMax,
    percentExempt: rules.percentExemptWords ?? RULE_PACK_DEFAULTS.percentExemptWords,
    vague: rules.vagueWords ?? RULE_PACK_DEFAULTS.vagueWords,
    rateMarks: rules.costRateMarks ?? RULE_PACK_DEFAULTS.costRateMarks,
    goalPair: goalPattern(rules.goalUnits ?? RULE_PACK_DEFAULTS.goalUnits),
    quantitativeShareMin: rules.quantitativeShareMin ?? null,
    year,
    moneyUnit,
    fold: new Memo(1 << 14, nfkc),
  };
}

type Params = Record<string, string | number>;

function at(code: FindingCode, i: IndicatorOut, params: Params, extra: Partial<Finding> = {}): Finding {
  return { code, severity: FINDING_SEVERITY[code], row: i.row, column: i.column, item: { group: i.group, seq: i.seq }, params, ...extra };
}

/** The targets of an indicator with their field names, annual first (what the year is judged by). */
function targets(i: IndicatorOut): Target[] {
  const out: Target[] = [];
  if (i.annualTarget) out.push(i.annualTarget);
  if (i.periodTarget && i.periodTarget.raw !== i.annualTarget?.raw) out.push(i.periodTarget);
  return out;
}

const hasAny = (text: string, words: readonly string[]): string | null => words.find((w) => text.includes(w)) ?? null;

/** T12: `XX个`, `≥**%`, `某某单位` — a template mark left inside a name or a target (whole-field ones are `placeholder`). */
function templateMarks(i: IndicatorOut, s: PackSettings, placeholders: PlaceholderMatcher, out: Finding[]): void {
  if (!s.marks || !s.markStart) return;
  for (const text of [i.name, ...targets(i).map((t) => t.raw)]) {
    if (!s.markStart.test(text)) continue;
    const m = s.marks.exec(s.fold.get(text).toUpperCase());
    if (m && !placeholders.matches(text)) {
      out.push(at("template-placeholder", i, { name: i.name, text, mark: m[0] }));
      return;
    }
  }
}

/** T1: a 成本 in money is a ceiling (≤400万元); `≥400万元` says the project must spend at least that. */
function costLowerBound(i: IndicatorOut, s: PackSettings, out: Finding[]): void {
  if (!i.cost) return;
  for (const t of targets(i)) {
    if (!t.qualitative && (t.operator === ">=" || t.operator === ">") && t.unit !== null && s.moneyUnits[t.unit] !== undefined) {
      out.push(at("cost-lower-bound", i, { name: i.name, text: t.raw }));
      return;
    }
  }
}

/** T2: a rate above 100% (完成率120%); growth and improvement (增长率150%, 提高20%) are exempt by name. */
function percentOver(i: IndicatorOut, s: PackSettings, out: Finding[]): void {
  for (const t of targets(i)) {
    if (t.qualitative || t.unit !== "%" || t.value === null || t.value <= s.percentMax) continue;
    if (hasAny(`${i.name}${t.raw}`, s.percentExempt)) return;
    out.push(at("percent-over-100", i, { name: i.name, text: t.raw, max: s.percentMax }));
    return;
  }
}

/** A name that ends in its unit, `培训人数（人次）`, carries the unit for its value. */
const UNIT_IN_NAME = /[（(][^（）()]{1,6}[)）]$/;

/** T4: `≥150` — a number with no unit, in the value or beside it; a reader cannot tell 150 of what. */
function unitless(i: IndicatorOut, s: PackSettings, out: Finding[]): void {
  // A nameless indicator is already `indicator-name-missing`; `88` under no name is a template's sample value.
  if (!i.name.trim() || UNIT_IN_NAME.test(s.fold.get(i.name).trim())) return;
  const t = targets(i).find((x) => !x.qualitative && x.value !== null && x.unit === null);
  if (t) out.push(at("unitless-number", i, { name: i.name, text: t.raw }));
}

/** T5: `进一步加强管理` — a direction with no measure. Only qualitative targets: `有效提升20%` has its measure. */
function vague(i: IndicatorOut, s: PackSettings, out: Finding[]): void {
  for (const t of targets(i)) {
    if (!t.qualitative) continue;
    const w = hasAny(s.fold.get(t.raw), s.vague);
    if (w) {
      out.push(at("vague-target", i, { name: i.name, text: t.raw, word: w }));
      return;
    }
  }
}

/**
 * A date in a 时效 target, as a year and a month (12 when only the year or 年底 is said): 2026年1月, 2026.1.1,
 * 2026-03, 2026年12月底前, 年底前 / 年内 (the budget year's December), 第三季度 (the quarter's last month).
 */
export function targetDate(raw: string, year: number | null): { year: number; month: number } | null {
  const t = nfkc(raw);
  const ymd = /(20\d\d)\s*(?:年|[.\-/])\s*(\d{1,2})(?:\s*(?:月|[.\-/]))?/.exec(t);
  if (ymd && Number(ymd[2]) >= 1 && Number(ymd[2]) <= 12) return { year: Number(ymd[1]), month: Number(ymd[2]) };
  const y = /(20\d\d)\s*年(?:度)?(?:底|末|内)?/.exec(t);
  if (y) return { year: Number(y[1]), month: 12 };
  if (year === null) return null;
  const q = /第?([一二三四1-4])季度/.exec(t);
  if (q) return { year, month: 3 * ("一二三四".indexOf(q[1]) >= 0 ? "一二三四".indexOf(q[1]) + 1 : Number(q[1])) };
  if (/年底|年末|年内|当年/.test(t)) return { year, month: 12 };
  return null;
}

/** T3: a 时效 (二级 13) date after the budget year (年度 targets) or after the project period's end. */
function dateAfterYear(i: IndicatorOut, p: ProjectOut, s: PackSettings, out: Finding[]): void {
  if (i.level2?.code !== "13") return;
  const end = p.period?.end ? Number(p.period.end.slice(0, 4)) : null;
  const year = s.year ?? null;
  for (const t of targets(i)) {
    const d = targetDate(t.raw, year);
    if (!d) continue;
    const limit = t === i.annualTarget ? (year ?? end) : (end ?? year);
    if (limit !== null && d.year > limit) {
      out.push(at("date-after-year", i, { name: i.name, text: t.raw, year: limit, basis: t === i.annualTarget && year !== null ? "year" : "period" }));
      return;
    }
  }
}

/** 1234.5 → "1234.5" (no float noise such as 0.30000000000000004). */
const num = (n: number): string => String(Math.round(n * 10000) / 10000);

/**
 * T7: the money-valued 成本 indicators of a project, converted to the sheet's money unit, added up and compared
 * with its 总计. Rates (元/人, 人均, 单价) are not parts of the total and are skipped; the finding shows the sum.
 */
function costSum(p: ProjectOut, list: readonly IndicatorOut[], s: PackSettings, tolerance: number, out: Finding[]): void {
  const sheetFactor = s.moneyUnit ? s.moneyUnits[s.moneyUnit] : undefined;
  if (!p.amounts || sheetFactor === undefined) return;
  const parts: { i: IndicatorOut; t: Target; value: number }[] = [];
  for (const i of list) {
    if (!i.cost) continue;
    const t = i.annualTarget ?? i.periodTarget;
    if (!t || t.qualitative || t.value === null || t.unit === null) continue;
    const factor = s.moneyUnits[t.unit];
    if (factor === undefined || hasAny(`${i.name}${t.raw}${t.label ?? ""}`, s.rateMarks)) continue;
    parts.push({ i, t, value: (t.value * factor) / sheetFactor });
  }
  if (!parts.length) return;
  const sum = parts.reduce((a, x) => a + x.value, 0);
  const total = p.amounts.total;
  if (sum <= total + tolerance * parts.length) return;
  const unit = s.moneyUnit ?? "";
  const terms = parts.map((x) => (x.t.unit === unit ? `${num(x.t.value ?? 0)}${unit}` : `${num(x.t.value ?? 0)}${x.t.unit}（${num(x.value)}${unit}）`));
  const first = parts[0].i;
  out.push({
    code: "cost-sum-over-total",
    severity: FINDING_SEVERITY["cost-sum-over-total"],
    row: first.row,
    column: first.column,
    expected: total,
    actual: Math.round(sum * 100) / 100,
    difference: Math.round((sum - total) * 100) / 100,
    params: { project: p.name, sum: terms.join(" + "), total: `${num(sum)}${unit}`, budget: `${num(total)}${unit}`, count: parts.length },
  });
}

/** The goal text a project states (layout E has period and annual goals; the annual one is the year's). */
function goalText(p: ProjectOut): string {
  return [p.goal ?? "", p.goals?.annual ?? "", p.goals?.period ?? ""].filter((x, i, a) => x && a.indexOf(x) === i).join("\n");
}

/**
 * T9: `培训500人次` in the goal but no indicator with 500: the goal promises what no indicator measures. A count
 * matches an indicator whose value is that number, or whose name or target has the number written out.
 */
function goalNumbers(p: ProjectOut, list: readonly IndicatorOut[], s: PackSettings, out: Finding[]): void {
  const goal = nfkc(goalText(p));
  if (!s.goalPair || !goal) return;
  const pairs = [...goal.matchAll(s.goalPair)];
  if (!pairs.length) return;
  const values = new Set<number>();
  const texts: string[] = [];
  for (const i of list) {
    texts.push(s.fold.get(i.name));
    for (const t of targets(i)) {
      if (t.value !== null) values.add(t.value);
      texts.push(s.fold.get(t.raw));
    }
  }
  const missing: string[] = [];
  for (const m of pairs) {
    const n = Number(m[1]);
    if (values.has(n) || texts.some((x) => x.includes(m[1]))) continue;
    const pair = `${m[1]}${m[2]}`;
    if (!missing.includes(pair)) missing.push(pair);
  }
  if (missing.length) {
    const column = list[0]?.column ?? null;
    out.push({ code: "goal-number-unmeasured", severity: FINDING_SEVERITY["goal-number-unmeasured"], row: p.row, column, params: { project: p.name, pairs: missing.join("、"), count: missing.length } });
  }
}

/** T6: the share of quantitative indicators (a number in the target) below the rule set's minimum. */
function quantitativeShare(p: ProjectOut, list: readonly IndicatorOut[], s: PackSettings, out: Finding[]): void {
  if (s.quantitativeShareMin === null || !list.length) return;
  const quantitative = list.filter((i) => {
    const t = i.annualTarget ?? i.periodTarget;
    return t !== null && !t.qualitative;
  }).length;
  const share = (100 * quantitative) / list.length;
  if (share < s.quantitativeShareMin) {
    const column = list[0]?.column ?? null;
    out.push({ code: "low-quantitative-share", severity: FINDING_SEVERITY["low-quantitative-share"], row: p.row, column, params: { project: p.name, quantitative, total: list.length, share: Math.round(share), min: s.quantitativeShareMin } });
  }
}

/** All rule-pack checks of one project, appended to `out`. */
export function packChecks(p: ProjectOut, list: readonly IndicatorOut[], s: PackSettings, rules: RuleSet, placeholders: PlaceholderMatcher, out: Finding[]): void {
  for (const i of list) {
    templateMarks(i, s, placeholders, out);
    costLowerBound(i, s, out);
    percentOver(i, s, out);
    unitless(i, s, out);
    vague(i, s, out);
    dateAfterYear(i, p, s, out);
  }
  costSum(p, list, s, rules.roundingPerAddend, out);
  goalNumbers(p, list, s, out);
  quantitativeShare(p, list, s, out);
}

/** The budget year a sheet names: `2025年度…绩效目标表` in its name, or in the department line. */
export function yearOfText(...texts: (string | null | undefined)[]): number | null {
  for (const t of texts) {
    const m = t ? /(20\d\d)\s*年/.exec(nfkc(t)) : null;
    if (m) return Number(m[1]);
  }
  return null;
}
