/**
 * The rule set's `selfEvaluation` section (绩效自评评分) as editable text, and back to a candidate for the schema.
 * A rule set without the section shows the defaults; saved untouched, it is still without one.
 */
import { DEFAULT_SELF_EVALUATION, type RuleSet, type SelfEvaluationRules } from "../../core";
import { lines, numberOrText } from "./form-text";

export const BANDS = ["achieved", "partial", "notAchieved"] as const;
export type BandName = (typeof BANDS)[number];
export type NegativeFormula = SelfEvaluationRules["negativeFormula"];
export const NEGATIVE_FORMULAS: readonly NegativeFormula[] = ["platform", "inverse-ratio"];

export interface BandForm {
  min: string;
  max: string;
  /** One wording per line. */
  words: string;
}

export interface SelfEvalForm {
  budgetShare: string;
  negativeFormula: NegativeFormula;
  scoreTolerance: string;
  bands: Record<BandName, BandForm>;
  overAchievementFactor: string;
  executionRateMin: string;
  rateTolerance: string;
  /** One grade per line, highest first: `优 90`. */
  grades: string;
}

/** The section's single-number fields, in the order the form shows them. */
export const SELF_EVAL_NUMBERS = ["budgetShare", "scoreTolerance", "overAchievementFactor", "executionRateMin", "rateTolerance"] as const;
export type SelfEvalNumber = (typeof SELF_EVAL_NUMBERS)[number];

/** Where an issue of the section lands: a number, the formula, one band's min / max / words, or the grades. */
export type SelfEvalFieldKey = `selfEvaluation.${SelfEvalNumber | "negativeFormula" | "grades" | `bands.${BandName}.${keyof BandForm}`}`;

export const SELF_EVAL_FIELDS: readonly SelfEvalFieldKey[] = [
  ...SELF_EVAL_NUMBERS.map((k) => `selfEvaluation.${k}` as const),
  "selfEvaluation.negativeFormula",
  "selfEvaluation.grades",
  ...BANDS.flatMap((b) => (["min", "max", "words"] as const).map((k) => `selfEvaluation.bands.${b}.${k}` as const)),
];

/** The field of a path such as `selfEvaluation.bands.partial.words[2]` or `selfEvaluation.grades[1].min`; null outside it. */
export function selfEvalFieldOf(path: string): SelfEvalFieldKey | null {
  const m = /^selfEvaluation\.(bands\.[^.[]+\.[^.[]+|[^.[]+)/.exec(path);
  const key = m ? (`selfEvaluation.${m[1]}` as SelfEvalFieldKey) : null;
  return key && SELF_EVAL_FIELDS.includes(key) ? key : null;
}

export function toSelfEvalForm(r: RuleSet): SelfEvalForm {
  const se = r.selfEvaluation ?? DEFAULT_SELF_EVALUATION;
  const band = (b: SelfEvaluationRules["bands"][BandName]): BandForm => ({ min: String(b.min), max: String(b.max), words: b.words.join("\n") });
  return {
    budgetShare: String(se.budgetShare),
    negativeFormula: se.negativeFormula,
    scoreTolerance: String(se.scoreTolerance),
    bands: { achieved: band(se.bands.achieved), partial: band(se.bands.partial), notAchieved: band(se.bands.notAchieved) },
    overAchievementFactor: String(se.overAchievementFactor),
    executionRateMin: String(se.executionRateMin),
    rateTolerance: String(se.rateTolerance),
    grades: se.grades.map((g) => `${g.name} ${g.min}`).join("\n"),
  };
}

/** `优 90`, `良：80`, `中 ≥60分` (full-width spaces too) → name and minimum; a line without a number keeps its text for the schema to refuse. */
function grade(line: string): { name: string; min: number | string } {
  const m = /^(.*?)[\s:：≥>=]+([^\s:：≥>=]+?)\s*分?$/.exec(line);
  return m && m[1] !== "" ? { name: m[1], min: numberOrText(m[2]) } : { name: line, min: "" };
}

/** The section as a candidate, or undefined when the rule set had none and nothing differs from the defaults. */
export function fromSelfEvalForm(f: SelfEvalForm, base: RuleSet): Record<string, unknown> | undefined {
  const band = (b: BandForm) => ({ min: numberOrText(b.min), max: numberOrText(b.max), words: lines(b.words) });
  const section = {
    budgetShare: numberOrText(f.budgetShare),
    negativeFormula: f.negativeFormula,
    scoreTolerance: numberOrText(f.scoreTolerance),
    bands: { achieved: band(f.bands.achieved), partial: band(f.bands.partial), notAchieved: band(f.bands.notAchieved) },
    overAchievementFactor: numberOrText(f.overAchievementFactor),
    executionRateMin: numberOrText(f.executionRateMin),
    rateTolerance: numberOrText(f.rateTolerance),
    grades: lines(f.grades).map(grade),
  };
  return base.selfEvaluation === undefined && same(section, DEFAULT_SELF_EVALUATION) ? undefined : section;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
