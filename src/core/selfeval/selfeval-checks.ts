/**
 * The self-evaluation checks (issue 15, docs/research/self-evaluation.md S1–S9, S11) over a parsed 绩效自评表:
 * for each project with a self-evaluation, its rows (row-checks.ts), its money block (budget-checks.ts) and its
 * totals (total-checks.ts). Every score and amount is compared in exact decimals (exact.ts).
 */
import { Finding, sortFindings } from "../_lib/findings";
import type { RuleSet } from "../rules/rule-set";
import { DEFAULT_SELF_EVALUATION } from "../rules/selfeval-rules";
import type { IndicatorOut, SheetParse } from "../sheet/model";
import { budgetChecks } from "./budget-checks";
import { rowChecks } from "./row-checks";
import { totalChecks } from "./total-checks";

/** The findings in sheet order; checkSheet adds the rule set's severities. */
export function selfEvaluationChecks(parsed: SheetParse, rules: RuleSet): Finding[] {
  const se = rules.selfEvaluation ?? DEFAULT_SELF_EVALUATION;
  const byProject = new Map<number, IndicatorOut[]>();
  for (const i of parsed.indicators) {
    if (!i.score) continue;
    const l = byProject.get(i.projectRow);
    if (l) l.push(i);
    else byProject.set(i.projectRow, [i]);
  }
  const out: Finding[] = [];
  for (const p of parsed.projects) {
    if (!p.selfEval) continue;
    const rows = byProject.get(p.row) ?? [];
    const budget = budgetChecks(p.selfEval, se, rules.roundingPerAddend, out);
    for (const i of rows) rowChecks(i, se, out);
    totalChecks(p, rows, budget, se, out);
  }
  return sortFindings(out);
}
