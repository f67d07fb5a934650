/**
 * Named rule sets (§13): the built-ins, JSON import/export, and validation problems as data
 * (src/i18n/rule-set-errors.ts makes the sentences). Nothing here throws on user text.
 */
import type { z } from "zod";
import { jsonErrorOffset, lineColumn } from "../_lib/json-position";
import { DEFAULT_RULES, RuleSet, RuleSetSchema } from "./rule-set";
import { DEFAULT_SELF_EVALUATION } from "./selfeval-rules";

/** Older tables were filed without a 成本 indicator; the framework stays so 14 成本指标 still parses. */
export const RULES_BEFORE_2022: RuleSet = {
  ...DEFAULT_RULES,
  name: "广州市-2021前",
  version: "2021.1",
  costRequired: false,
};

/** Self-evaluation scored as some provinces do (a Jiangxi page): a 反向 row's score is A/B × W, not the platform's. */
export const RULES_INVERSE_NEGATIVE: RuleSet = {
  ...DEFAULT_RULES,
  name: "自评-反向比值法",
  version: "2026.1",
  selfEvaluation: { ...DEFAULT_SELF_EVALUATION, negativeFormula: "inverse-ratio" },
};

export const BUILTIN_RULE_SETS: readonly RuleSet[] = [DEFAULT_RULES, RULES_BEFORE_2022, RULES_INVERSE_NEGATIVE];

export function builtinRuleSet(name: string): RuleSet | undefined {
  return BUILTIN_RULE_SETS.find((r) => r.name === name);
}

export type RuleSetIssueKind =
  | "json-syntax"
  | "missing"
  | "wrong-type"
  | "too-small"
  | "too-big"
  | "not-allowed"
  | "unknown-key"
  | "bad-format"
  | "duplicate-code"
  | "unknown-parent"
  | "duplicate-value"
  | "category-without-level1"
  | "band-min-above-max"
  // review files (review-input.ts)
  | "no-such-finding"
  | "ambiguous-finding"
  | "unknown-project"
  | "ambiguous-project"
  | "other";

/** One problem with a rule file: where (a field path such as `framework.level2[3].parent`), what, and the values. */
export interface RuleSetIssue {
  path: string;
  kind: RuleSetIssueKind;
  params: Record<string, string | number>;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const k of path) out += typeof k === "number" ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** zod issues (of RuleSetSchema) → issue data; `input` supplies the offending values. */
export function ruleSetIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): RuleSetIssue[] {
  const out: RuleSetIssue[] = [];
  for (const i of issues) {
    const path = formatPath(i.path);
    const got = valueAt(input, i.path);
    switch (i.code) {
      case "invalid_type":
        if (got === undefined) out.push({ path, kind: "missing", params: { expected: i.expected } });
        else out.push({ path, kind: "wrong-type", params: { expected: i.expected, received: typeName(got) } });
        break;
      case "too_small":
        out.push({ path, kind: "too-small", params: { minimum: Number(i.minimum), origin: i.origin, received: shown(got) } });
        break;
      case "too_big":
        out.push({ path, kind: "too-big", params: { maximum: Number(i.maximum), origin: i.origin, received: shown(got) } });
        break;
      case "invalid_value":
        out.push({ path, kind: "not-allowed", params: { allowed: i.values.map((v) => String(v)).join(", "), received: shown(got) } });
        break;
      case "unrecognized_keys":
        for (const k of i.keys) out.push({ path: formatPath([...i.path, k]), kind: "unknown-key", params: { key: k } });
        break;
      case "invalid_format":
        out.push({ path, kind: "bad-format", params: { pattern: i.format === "regex" && "pattern" in i ? String(i.pattern) : i.format, received: shown(got) } });
        break;
      case "custom": {
        const { kind, ...params } = (i.params ?? {}) as { kind?: RuleSetIssueKind } & Record<string, string | number>;
        out.push({ path, kind: kind ?? "other", params: kind ? params : { detail: i.message } });
        break;
      }
      default:
        out.push({ path, kind: "other", params: { detail: i.message } });
    }
  }
  return out;
}

export type RuleSetParse = { ok: true; rules: RuleSet } | { ok: false; errors: RuleSetIssue[] };

/** A rule set from any value (e.g. settings stored in a workbook). */
export function validateRuleSet(value: unknown): RuleSetParse {
  const r = RuleSetSchema.safeParse(value);
  return r.success ? { ok: true, rules: r.data } : { ok: false, errors: ruleSetIssues(r.error.issues, value) };
}

/** JSON text a user wrote (a rule set, a review file) → its value, or one issue naming the line and column. */
export function readJsonText(text: string): { ok: true; value: unknown } | { ok: false; errors: RuleSetIssue[] } {
  const body = text.replace(/^\uFEFF/, ""); // Notepad's BOM
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const offset = jsonErrorOffset(body);
    return { ok: false, errors: [{ path: "", kind: "json-syntax", params: { offset, ...lineColumn(body, offset) } }] };
  }
}

/** A rule set from JSON text; malformed JSON is an issue naming the line and column. */
export function parseRuleSetJson(text: string): RuleSetParse {
  const json = readJsonText(text);
  return json.ok ? validateRuleSet(json.value) : json;
}

/** Pretty JSON, keys in schema order, so an exported file diffs well and re-imports identically. */
export function ruleSetToJson(rules: RuleSet): string {
  return JSON.stringify(RuleSetSchema.parse(rules), null, 2) + "\n";
}
