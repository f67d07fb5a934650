/**
 * Checks that need last year's table (issue 16): a ≥ target lowered while the project's money rose (预算增加但目标降低),
 * and an indicator dropped from a continuing project. Findings on the new table, controlled by the rule set's
 * severities like every other finding.
 */
import { finding, Finding, sortFindings } from "../_lib/findings";
import { applySeverities } from "../check/check-sheet";
import { DEFAULT_RULES, RuleSet } from "../rules/rule-set";
import type { Comparison } from "./compare";

const split = (cell: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? { column: m[1], row: Number(m[2]) } : null;
};

export function historyFindings(cmp: Comparison, rules: RuleSet = DEFAULT_RULES): Finding[] {
  const out: Finding[] = [];
  const moneyUp = new Set(
    cmp.changes.filter((c) => c.kind === "amount-changed" && c.column === "total" && Number(c.after) > Number(c.before)).map((c) => c.project),
  );
  for (const c of cmp.changes) {
    if (c.kind === "target-changed" && c.direction === "lowered" && c.target === "annual" && moneyUp.has(c.project) && c.newCell) {
      // Only a ≥ target gets easier when its number goes down (an operator that changed is "changed", not "lowered").
      if (c.operator !== ">=" && c.operator !== ">") continue;
      const at = split(c.newCell)!;
      out.push(finding("target-lowered-budget-up", at.row, at.column, { params: { project: c.project, name: c.indicator ?? "", before: String(c.before ?? ""), after: String(c.after ?? "") } }));
    }
    if (c.kind === "indicator-removed" && c.newRow !== undefined) {
      out.push(finding("indicator-dropped", c.newRow, null, { params: { project: c.project, name: c.indicator ?? "", before: String(c.before ?? "") } }));
    }
  }
  return sortFindings(applySeverities(out, rules));
}

