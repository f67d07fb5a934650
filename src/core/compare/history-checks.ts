/**
 * Checks that need last year's table (issue 16): a ≥ target lowered while the project's money rose (预算增加但目标降低),
 * an indicator dropped from a continuing project, and — when the old version is last year's 绩效自评表 — a new ≥ target
 * below what was actually achieved last year (目标低于上年实际完成值). Findings on the new table, controlled by the rule
 * set's severities like every other finding. A 自评表 compared with the approved target table (old = the target table)
 * gets the S10 checks: the pane's 对比 is where a reviewer picks that table.
 */
import { finding, Finding, sortFindings } from "../_lib/findings";
import { applySeverities } from "../check/check-sheet";
import { DEFAULT_RULES, RuleSet } from "../rules/rule-set";
import type { Comparison } from "./compare";
import type { IndicatorOut, SheetParse } from "../sheet/model";
import { looseName, pairByKey } from "./matching";
import { nfkc } from "../_lib/text";
import { columnLetter } from "../grid/grid";
import { approvedTargetChecks } from "../selfeval/approved-targets";

const split = (cell: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? { column: m[1], row: Number(m[2]) } : null;
};

/** Both versions, when the caller has them: a self-evaluation as the old one gives the completion check. */
export interface HistoryTables {
  before: SheetParse;
  after: SheetParse;
}

export function historyFindings(cmp: Comparison, rules: RuleSet = DEFAULT_RULES, tables?: HistoryTables): Finding[] {
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
  if (tables && tables.before.kind === "self-evaluation" && tables.after.kind === "target") belowLastCompletion(cmp, tables, out);
  // A 自评表 against the target table it reports on (S10): its 年度指标值 should be the approved ones.
  if (tables && tables.before.kind === "target" && tables.after.kind === "self-evaluation") out.push(...approvedTargetChecks(tables.after, tables.before, rules, cmp));
  return sortFindings(applySeverities(out, rules));
}

const unitOf = (u: string | null) => (u === null ? "" : nfkc(u).replace(/\s+/g, ""));

/**
 * A ≥ target for this year below what the project achieved last year (the self-evaluation's 实际完成值), in the same
 * unit: the target is probably set too low. Matched projects as the comparison paired them, indicators by 三级 name.
 */
function belowLastCompletion(cmp: Comparison, t: HistoryTables, out: Finding[]): void {
  const byRow = (p: SheetParse) => {
    const m = new Map<number, IndicatorOut[]>();
    for (const i of p.indicators) {
      const list = m.get(i.projectRow);
      if (list) list.push(i);
      else m.set(i.projectRow, [i]);
    }
    return m;
  };
  const olds = byRow(t.before);
  const news = byRow(t.after);
  for (const { oldRow, newRow } of cmp.matched) {
    const { pairs } = pairByKey(olds.get(oldRow) ?? [], news.get(newRow) ?? [], (i) => looseName(i.name));
    for (const [o, n] of pairs) {
      const done = o.score?.completion;
      const target = n.annualTarget;
      if (!done || done.qualitative || done.value === null || !target || target.qualitative || target.value === null) continue;
      if (target.operator !== ">=" && target.operator !== ">") continue;
      // 完成值 written without a unit takes the indicator's (a `100` under `≥95%`).
      const doneUnit = unitOf(done.unit ?? o.annualTarget?.unit ?? null);
      if (doneUnit !== unitOf(target.unit)) continue;
      if (target.value >= done.value) continue;
      const at = o.score?.completionCell;
      out.push(
        finding("target-below-last-completion", n.row, n.column, {
          expected: done.value,
          actual: target.value,
          params: { project: n.project, name: n.name, target: target.raw, completion: done.raw, cell: at ? `${columnLetter(at.col)}${at.row}` : "" },
        }),
      );
    }
  }
}

