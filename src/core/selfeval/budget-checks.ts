/**
 * The money block of a 绩效自评表 (S3, S8): the total line against its parts, the 执行率 and the 预算执行得分
 * re-computed from the amounts, and a low rate without a reason.
 */
import { abs, add, cmp, Dec, dec, decInt, isZero, mul, mulDiv, round, sub, ZERO } from "../_lib/exact";
import { finding, Finding } from "../_lib/findings";
import type { SelfEvaluationRules } from "../rules/selfeval-rules";
import { budgetScore } from "./scoring";
import type { BudgetBlock, BudgetColumn, BudgetLine, SelfEvalProject } from "./model";
import { addr, blankNumber, blankText, decOf, letter, points, roundsTo, statedRate, two, within } from "./cells";

/** What the totals need from the money block: the points it is worth and the score it states. */
export interface BudgetFacts {
  share: Dec;
  score: Dec | null;
  /** Where the stated score is (for `from`). */
  scoreFrom: string | null;
  shareFrom: string | null;
}

const AMOUNT_COLUMNS = ["initial", "adjusted", "executed"] as const satisfies readonly BudgetColumn[];

/** The total line: the one marked so, or the only line there is. */
function totalLine(b: BudgetBlock): BudgetLine | null {
  return b.lines.find((l) => l.total) ?? (b.lines.length === 1 ? b.lines[0] : null);
}

interface PartsSum {
  sum: Dec;
  nonzero: number;
  from: string[];
}

function partsSum(parts: readonly BudgetLine[], col: BudgetColumn): PartsSum | null {
  let sum = ZERO;
  let nonzero = 0;
  const from: string[] = [];
  for (const l of parts) {
    const c = l.cells[col];
    const v = decOf(c);
    if (!c || v === null) continue;
    sum = add(sum, v);
    if (!isZero(v)) nonzero++;
    from.push(addr(c));
  }
  return from.length ? { sum, nonzero, from } : null;
}

/** An amount for the rate: the total line's, or — when the total reads 0 or blank but the parts do not — their sum. */
interface Amount {
  value: Dec;
  from: string[];
}

function amountOf(total: BudgetLine, parts: readonly BudgetLine[], col: BudgetColumn): Amount | null {
  const c = total.cells[col];
  const v = decOf(c);
  if (c && v !== null && !isZero(v)) return { value: v, from: [addr(c)] };
  // The Anhui fault: 年度资金总额 left at 0 while its parts read 90 / 89.974; the parts are what was spent.
  const p = partsSum(parts, col);
  if (p && !isZero(p.sum)) return { value: p.sum, from: p.from };
  return c && v !== null ? { value: v, from: [addr(c)] } : null;
}

function budgetParts(total: BudgetLine, parts: readonly BudgetLine[], unit: string | null, roundingPerAddend: number, out: Finding[]): void {
  for (const col of AMOUNT_COLUMNS) {
    const cell = total.cells[col];
    const p = partsSum(parts, col);
    if (!cell || !p) continue;
    const stated = decOf(cell) ?? ZERO;
    // As the money reconciliation does: each nonzero part may carry half a unit of its last place.
    if (cmp(abs(sub(stated, p.sum)), mul(dec(roundingPerAddend)!, decInt(p.nonzero))) <= 0) continue;
    out.push(
      finding("budget-parts", total.row, letter(cell), {
        expected: two(p.sum),
        actual: two(stated),
        difference: two(sub(stated, p.sum)),
        from: p.from,
        params: { label: total.label, column: col, total: points(stated), sum: points(p.sum), unit: unit ?? "" },
      }),
    );
  }
}

/** Whether the project says why its money was not spent: the block's 原因 cell, else (no such column) its 存在问题 / 改进措施. */
function hasReason(b: BudgetBlock, project: SelfEvalProject): boolean {
  if (b.reason) return !blankText(b.reason);
  return !blankText(project.problems) || !blankText(project.measures);
}

/** S3 on one line: its stated 执行率 against its 执行数 / 预算数, to the rule set's tolerance. */
function rateCheck(line: BudgetLine, executed: Amount | null, budget: Amount | null, rules: SelfEvaluationRules, out: Finding[]): void {
  const rateCell = line.cells.rate;
  if (!rateCell || blankNumber(rateCell) || !executed || !budget || isZero(budget.value)) return;
  // The rate to more places than shown, so a stated `100%` or `99.9%` is judged against the rate, not a rounded one.
  const exactRate = mulDiv(executed.value, decInt(100), budget.value, 6)!;
  const stated = statedRate(rateCell, exactRate);
  if (!stated) return;
  const ok = within(stated.percent, exactRate, rules.rateTolerance) || (stated.places < 2 && roundsTo(stated.percent, stated.places, exactRate));
  if (ok) return;
  out.push(
    finding("execution-rate", line.row, letter(rateCell), {
      expected: two(exactRate),
      actual: two(stated.percent),
      difference: two(sub(stated.percent, exactRate)),
      from: [...executed.from, ...budget.from],
      params: { executed: points(executed.value), budget: points(budget.value), stated: rateCell.raw.trim(), rate: points(mulDiv(executed.value, decInt(100), budget.value, 2)!) },
    }),
  );
}

export function budgetChecks(project: SelfEvalProject, rules: SelfEvaluationRules, roundingPerAddend: number, out: Finding[]): BudgetFacts | null {
  const b = project.budget;
  if (!b) return null;
  const total = totalLine(b);
  const share = b.share !== null ? dec(b.share)! : dec(rules.budgetShare)!;
  const facts: BudgetFacts = { share, score: null, scoreFrom: null, shareFrom: b.shareFrom };
  if (!total) return facts;
  const parts = b.lines.filter((l) => l !== total);
  budgetParts(total, parts, b.unit, roundingPerAddend, out);

  const scoreCell = total.cells.score;
  facts.score = decOf(scoreCell);
  facts.scoreFrom = scoreCell && facts.score !== null ? addr(scoreCell) : null;

  const executed = amountOf(total, parts, "executed");
  const budget = (total.cells.adjusted && decOf(total.cells.adjusted) !== null ? amountOf(total, parts, "adjusted") : null) ?? amountOf(total, parts, "initial");
  const computed = executed && budget ? budgetScore(executed.value, budget.value, share) : null;
  // The rate to more places than shown, so a stated `100%` or `99.9%` is judged against the rate, not a rounded one.
  const exactRate = computed && executed && budget ? mulDiv(executed.value, decInt(100), budget.value, 6)! : null;
  const from = [...(executed?.from ?? []), ...(budget?.from ?? [])];
  const calc = executed && budget ? { executed: points(executed.value), budget: points(budget.value) } : null;

  rateCheck(total, executed, budget, rules, out);
  // Each part's own 执行率 too (a part line states one in the Anhui and Hubei forms): on its own amounts.
  for (const p of parts) rateCheck(p, amountOf(p, [], "executed"), (p.cells.adjusted && decOf(p.cells.adjusted) !== null ? amountOf(p, [], "adjusted") : null) ?? amountOf(p, [], "initial"), rules, out);

  if (scoreCell && computed && calc) {
    if (facts.score !== null && !within(facts.score, computed.score, rules.scoreTolerance)) {
      const capped = cmp(computed.ratePercent, decInt(100)) > 0;
      out.push(
        finding("budget-score", total.row, letter(scoreCell), {
          expected: two(computed.score),
          actual: two(facts.score),
          difference: two(sub(facts.score, computed.score)),
          from: b.shareFrom ? [...from, b.shareFrom] : from,
          params: { rate: points(capped ? decInt(100) : computed.ratePercent), share: points(share), capped: capped ? 1 : 0 },
        }),
      );
    }
  }
  // Only where the block has a 得分 column: a block without one (the score is elsewhere) has nothing left blank.
  // … and only once the 执行数 is in (a generated form not filled in yet has nothing to score).
  if (scoreCell && blankNumber(scoreCell) && !isZero(share) && (!blankNumber(total.cells.executed) || parts.some((p) => !blankNumber(p.cells.executed)))) {
    out.push(finding("score-blank", total.row, letter(scoreCell), { expected: two(share), params: { name: total.label } }));
  }

  // S8 on the rate the amounts give, else the stated one.
  const rateCell = total.cells.rate;
  const stated = rateCell && !blankNumber(rateCell) ? statedRate(rateCell, exactRate) : null;
  const rate = exactRate ?? stated?.percent ?? null;
  // Nothing budgeted (0 / 0) is no rate at all.
  const budgeted = budget === null || cmp(budget.value, ZERO) > 0;
  if (rate !== null && budgeted && cmp(rate, dec(rules.executionRateMin)!) < 0 && !hasReason(b, project)) {
    const at = rateCell ?? total.cells.executed;
    out.push(
      finding("low-execution-without-reason", total.row, at ? letter(at) : null, {
        actual: two(rate),
        expected: rules.executionRateMin,
        from,
        params: { rate: points(round(rate, 2)), min: rules.executionRateMin },
      }),
    );
  }
  return facts;
}
