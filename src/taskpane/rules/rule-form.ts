/**
 * The rule-set editor's form as data: a rule set → editable text, and back to a candidate the zod schema judges
 * (validateRuleSet). Nothing here decides validity itself; the schema's issues are matched to fields by path.
 */
import { OVERRIDABLE_CODES, RULE_PACK_DEFAULTS, RuleSet, RuleSetIssue, validateRuleSet, type FindingCode } from "../../core";
import type { Locale } from "../../i18n";
import { ruleSetErrors } from "../../i18n";
import type { OverrideLevel } from "../../i18n";
import { lines, numberOrText } from "./form-text";
import { SelfEvalFieldKey, SelfEvalForm, fromSelfEvalForm, selfEvalFieldOf, toSelfEvalForm } from "./selfeval-form";

export type CoreCategory = "output" | "benefit" | "satisfaction";
export const CORE_CATEGORIES: readonly CoreCategory[] = ["output", "benefit", "satisfaction"];
export const OVERRIDE_LEVELS: readonly OverrideLevel[] = ["error", "warning", "info", "off"];
export { OVERRIDABLE_CODES };

/** The rule pack's word lists (issue 17), edited one word per line; a rule set without one shows the defaults. */
export const PACK_LISTS = ["templateMarks", "vagueWords", "percentExemptWords", "costRateMarks", "goalUnits"] as const;
export type PackList = (typeof PACK_LISTS)[number];

export interface RuleForm {
  /** What the form does not edit (framework, schema version) comes from here. */
  base: RuleSet;
  name: string;
  version: string;
  satisfactionMin: string;
  roundingPerAddend: string;
  costRequired: boolean;
  requiredCategories: CoreCategory[];
  /** One word per line. */
  placeholders: string;
  severities: Partial<Record<FindingCode, OverrideLevel>>;
  /** T2's threshold (%). */
  percentMax: string;
  /** T6's minimum share (%); blank leaves the check off. */
  quantitativeShareMin: string;
  /** One word per line. */
  lists: Record<PackList, string>;
  /** 绩效自评评分 (selfeval-form.ts); the defaults when the rule set has no such section. */
  selfEval: SelfEvalForm;
}

export function toForm(r: RuleSet): RuleForm {
  return {
    base: r,
    name: r.name,
    version: r.version,
    satisfactionMin: String(r.satisfactionMin),
    roundingPerAddend: String(r.roundingPerAddend),
    costRequired: r.costRequired,
    requiredCategories: [...r.requiredCategories],
    placeholders: r.placeholders.join("\n"),
    severities: { ...(r.severities ?? {}) },
    percentMax: String(r.percentMax ?? RULE_PACK_DEFAULTS.percentMax),
    quantitativeShareMin: r.quantitativeShareMin === undefined ? "" : String(r.quantitativeShareMin),
    lists: Object.fromEntries(PACK_LISTS.map((k) => [k, (r[k] ?? RULE_PACK_DEFAULTS[k]).join("\n")])) as Record<PackList, string>,
    selfEval: toSelfEvalForm(r),
  };
}

/** The form as a rule-set candidate (unknown until validated). */
export function fromForm(f: RuleForm): Record<string, unknown> {
  const { severities: _old, quantitativeShareMin: _share, selfEvaluation: _se, ...base } = f.base;
  const severities = Object.fromEntries(Object.entries(f.severities).filter(([, v]) => v !== undefined));
  const selfEvaluation = fromSelfEvalForm(f.selfEval, f.base);
  return {
    ...base,
    name: f.name.trim(),
    version: f.version.trim(),
    satisfactionMin: numberOrText(f.satisfactionMin),
    roundingPerAddend: numberOrText(f.roundingPerAddend),
    costRequired: f.costRequired,
    requiredCategories: f.requiredCategories,
    placeholders: lines(f.placeholders),
    ...(Object.keys(severities).length ? { severities } : {}),
    percentMax: numberOrText(f.percentMax),
    ...(f.quantitativeShareMin.trim() !== "" ? { quantitativeShareMin: numberOrText(f.quantitativeShareMin) } : {}),
    ...Object.fromEntries(PACK_LISTS.map((k) => [k, lines(f.lists[k])])),
    ...(selfEvaluation ? { selfEvaluation } : {}),
  };
}

export function toggleCategory(list: readonly CoreCategory[], c: CoreCategory, on: boolean): CoreCategory[] {
  return CORE_CATEGORIES.filter((k) => (k === c ? on : list.includes(k)));
}

/** The editor's fields; `severities.<code>` for one override, `selfEvaluation.…` for 绩效自评评分. Other paths (framework…) are listed apart. */
export type FieldKey =
  | "name"
  | "version"
  | "satisfactionMin"
  | "roundingPerAddend"
  | "costRequired"
  | "requiredCategories"
  | "placeholders"
  | "percentMax"
  | "quantitativeShareMin"
  | PackList
  | SelfEvalFieldKey
  | `severities.${string}`;

const FIELDS = new Set<string>(["name", "version", "satisfactionMin", "roundingPerAddend", "costRequired", "requiredCategories", "placeholders", "percentMax", "quantitativeShareMin", ...PACK_LISTS]);

export function fieldOf(path: string): FieldKey | null {
  const head = /^[^.[]*/.exec(path)?.[0] ?? "";
  if (FIELDS.has(head)) return head as FieldKey;
  const se = selfEvalFieldOf(path);
  if (se) return se;
  const sev = /^severities\.([^.[]+)/.exec(path);
  return sev ? `severities.${sev[1]}` : null;
}

export interface FormErrors {
  count: number;
  byField: Partial<Record<FieldKey, string[]>>;
  /** Messages for paths outside the form's fields (framework, unknown keys…). */
  other: string[];
}

export const NO_ERRORS: FormErrors = { count: 0, byField: {}, other: [] };

/** Issues → messages in the pane's language, each naming its field, grouped by the field they belong to. */
export function groupErrors(issues: readonly RuleSetIssue[], locale: Locale): FormErrors {
  const out: FormErrors = { count: issues.length, byField: {}, other: [] };
  for (const e of ruleSetErrors(issues)) {
    const text = locale === "en" ? e.message_en : e.message_zh;
    const field = fieldOf(e.path);
    if (field) (out.byField[field] ??= []).push(text);
    else out.other.push(text);
  }
  return out;
}

/** Check the form as the schema would; ok gives the rule set to save. */
export function checkForm(f: RuleForm): { ok: true; rules: RuleSet } | { ok: false; issues: RuleSetIssue[] } {
  const r = validateRuleSet(fromForm(f));
  return r.ok ? r : { ok: false, issues: r.errors };
}
