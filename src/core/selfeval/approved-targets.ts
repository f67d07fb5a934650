/**
 * S10: a 绩效自评表 against the approved 绩效目标表 it reports on. Projects and indicators are matched as 年度对比
 * matches two versions (compare/compare.ts: names loosely, renames by shared indicators, reworded indicators under the
 * same 二级), and the self-evaluation's 年度指标值 should be the approved one.
 */
import { finding, Finding, sortFindings } from "../_lib/findings";
import { applySeverities } from "../check/check-sheet";
import { compareTables, type Comparison } from "../compare/compare";
import { DEFAULT_RULES, RuleSet } from "../rules/rule-set";
import type { IndicatorOut, SheetParse } from "../sheet/model";
import { addr } from "./cells";

const cellOf = (i: IndicatorOut) => `${i.column}${i.row}`;
const split = (cell: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? { column: m[1], row: Number(m[2]) } : null;
};

/** Findings on the self-evaluation, under the rule set's severities like every other finding. */
/** `cmp`: compareTables(approved, selfEval) when the caller has it already (对比), so it is not made twice. */
export function approvedTargetChecks(selfEval: SheetParse, approved: SheetParse, rules: RuleSet = DEFAULT_RULES, cmp: Comparison = compareTables(approved, selfEval)): Finding[] {
  const byCell = new Map(selfEval.indicators.map((i) => [cellOf(i), i] as const));
  const out: Finding[] = [];
  for (const c of cmp.changes) {
    // An approved table with no 年度 value for the indicator (a period target only) has nothing to hold it to.
    if (c.kind === "target-changed" && c.target === "annual" && c.newCell && c.oldCell && c.before !== null && c.before !== undefined) {
      const i = byCell.get(c.newCell);
      const newCell = i?.score?.targetCell ? addr(i.score.targetCell) : c.newCell;
      const at = split(newCell)!;
      out.push(
        finding("target-differs-from-approved", at.row, at.column, {
          ...(i ? { item: { group: i.group, seq: i.seq } } : {}),
          from: [c.oldCell],
          params: { project: c.project, name: c.indicator ?? "", approved: String(c.before), stated: String(c.after ?? ""), oldCell: c.oldCell, newCell },
        }),
      );
    }
    if (c.kind === "indicator-removed" && c.newRow !== undefined) {
      out.push(
        finding("approved-indicator-missing", c.newRow, null, {
          from: c.oldCell ? [c.oldCell] : [],
          params: { project: c.project, name: c.indicator ?? "", approved: String(c.before ?? ""), oldCell: c.oldCell ?? "" },
        }),
      );
    }
  }
  return sortFindings(applySeverities(out, rules));
}
