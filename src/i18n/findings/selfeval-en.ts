/** English messages for the self-evaluation checks (issue 15, S1–S11), with their arithmetic. */
import type { Catalogue } from "../catalogue";
import { money } from "../catalogue";
import type { SelfEvalCode } from "./selfeval-zh-CN";

type Messages = Pick<Catalogue["findings"], SelfEvalCode>;

const COLUMN: Record<string, string> = { initial: "initial budget", adjusted: "full-year budget", executed: "amount executed" };
const BAND: Record<string, string> = { achieved: "achieved", partial: "partly achieved", notAchieved: "not achieved" };

function formula(p: Record<string, string>, result: string): string {
  const { A, B, W } = p;
  switch (p.formula) {
    case "ratio":
      return `B/A×W = ${B}/${A}×${W} = ${result}`;
    case "platform-negative":
      return `(1−(B−A)/A)×W = (1−(${B}−${A})/${A})×${W} = ${result}`;
    case "inverse-ratio":
      return `A/B×W = ${A}/${B}×${W} = ${result}`;
    case "full":
      if (p.direction === "negative") return `full marks ${result}, as B ≤ A (${B} ≤ ${A})`;
      if (p.direction === "equal") return `full marks ${result}, as A = 0 and B = ${B} ≤ 0`;
      return `full marks ${result}, as B ≥ A (${B} ≥ ${A})`;
    case "zero":
      if (p.direction === "negative") return `0, as B ≥ 2A (${B} ≥ 2×${A})`;
      if (p.direction === "equal") return `0, as A = 0 and B = ${B} > 0`;
      return `0, as B = ${B} ≤ 0`;
    default:
      return result;
  }
}

export const selfEvalEn: Messages = {
  "score-over-max": (f, p) => `Indicator "${p.name}" scores ${money(f.actual)}, above its maximum ${money(f.expected)}.`,
  "max-scores-not-100": (f, p) =>
    `The maximum scores add up to ${money(f.actual)} (indicators ${p.indicators} + budget execution ${p.share}), ${p.stated === "1" ? "not the total row's" : "not"} ${money(f.expected)}.`,
  "total-score-mismatch": (f, p) => `The total score ${money(f.actual)} is not the sum of the ${p.count} scores, ${money(f.expected)} (difference ${money(f.difference)}).`,
  "level-points-mismatch": (f, p) => `Level-1 indicator "${p.name}" is worth ${p.points} points, but the maximum scores below it add up to ${money(f.actual)}.`,
  "execution-rate": (f, p) => `The execution rate ${p.stated} is not executed/budget = ${p.executed}/${p.budget} = ${money(f.expected)}%.`,
  "budget-score": (f, p) =>
    `The budget execution score should be ${p.capped === "1" ? "min(rate, 100%)" : "rate"} × share = ${p.rate}% × ${p.share} = ${money(f.expected)}, found ${money(f.actual)}.`,
  "budget-parts": (f, p) =>
    `"${p.label}": the ${COLUMN[p.column] ?? p.column} reads ${p.total}${p.unit ? ` (${p.unit})` : ""}, but its parts add up to ${p.sum} (difference ${money(f.difference)}).`,
  "score-formula": (f, p) => `Indicator "${p.name}" should score ${formula(p, money(f.expected))}; the table has ${money(f.actual)}.`,
  "qualitative-band": (f, p) =>
    `Qualitative indicator "${p.name}" is "${p.text}" (${BAND[p.band] ?? p.band}): its score should be ${p.min}%–${p.max}% of the maximum, ${p.lo}–${p.hi}; the table has ${money(f.actual)}.`,
  "deduction-without-reason": (f, p) => `Indicator "${p.name}" scores ${money(f.actual)} of ${money(f.expected)} with no reason for the shortfall.`,
  "over-achievement": (_f, p) => `Indicator "${p.name}" reached ${p.B}, ${p.ratio} times its target ${p.A} (≥ ${p.factor} times): the target was probably set too low.`,
  "low-execution-without-reason": (_f, p) => `The budget execution rate ${p.rate}% is below ${p.min}% and no reason is given.`,
  "grade-mismatch": (_f, p) => `The conclusion says "${p.named}", but a total of ${p.total} is graded "${p.grade}".`,
  "completion-not-number": (_f, p) => `Quantitative indicator "${p.name}" (target ${p.target}) has a result "${p.text}" that is not a number, so it cannot be scored.`,
  "completion-not-grade": (_f, p) => `Qualitative indicator "${p.name}" has a result "${p.text}" that says neither achieved, partly achieved nor not achieved.`,
  "score-blank": (f, p) => `"${p.name}" is worth ${money(f.expected)} but has no score.`,
  "target-differs-from-approved": (_f, p) =>
    `Indicator "${p.name}": the target "${p.stated}" (${p.newCell}) differs from the approved target table's "${p.approved}" (${p.oldCell}).`,
  "approved-indicator-missing": (_f, p) =>
    `Project "${p.project}": the approved indicator "${p.name}" (target "${p.approved}", ${p.oldCell}) is missing from the self-evaluation.`,
};
