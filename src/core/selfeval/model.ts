/**
 * 绩效自评表 (self-evaluation tables, docs/research/self-evaluation.md): what a reader finds beyond a target table.
 * A self-evaluation sheet parses to the same SheetParse (layout "S", kind "self-evaluation") so highlights, 校验结果,
 * the review and 对比 work on it unchanged; its scores ride on the projects and indicators below.
 * Numbers keep the text they were read from: scores are re-computed exactly (exact.ts), never in binary floats.
 */
import type { Target } from "../values/target-parser";

/** One number cell as written: where it is, the text, and its value (null when blank or not a number). */
export interface NumberCell {
  /** 1-based sheet row. */
  row: number;
  /** 0-based column. */
  col: number;
  raw: string;
  value: number | null;
}

/** A text cell (reason, conclusion) and where it is. */
export interface TextCell {
  row: number;
  col: number;
  text: string;
}

/** Columns of the money block: 年初预算数, 全年/调整后预算数, 全年执行数, 执行率, 分值/权重, 得分. */
export const BUDGET_COLUMNS = ["initial", "adjusted", "executed", "rate", "share", "score"] as const;
export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];

/** One line of the money block: `年度资金总额` (total) or one of its parts (`其中:本年财政拨款`, `上年结转资金`, …). */
export interface BudgetLine {
  row: number;
  label: string;
  total: boolean;
  cells: Partial<Record<BudgetColumn, NumberCell>>;
}

export interface BudgetBlock {
  /** 1-based row of the block's header. */
  row: number;
  /** Money unit of the block (`项目资金（万元）`, `年度预算数(万元)`), null when none is named. */
  unit: string | null;
  /** Points the budget execution is worth: the header's `预算执行情况(10分)`, else the total line's 分值/权重 cell. */
  share: number | null;
  /** A1 address the share was read from (null when neither says: the rule set's budgetShare applies). */
  shareFrom: string | null;
  lines: BudgetLine[];
  /** The 原因 / 偏差原因 cell of the block (S8), null when the block has no such column. */
  reason: TextCell | null;
}

/** What a self-evaluation indicator row carries beyond a target table's indicator. */
export interface IndicatorScore {
  /** 分值 / 权重 / 指标权重(分). */
  maxScore: NumberCell | null;
  /** 得分 / 指标得分. */
  score: NumberCell | null;
  /** 实际完成值 / 完成值 / 全年完成值, read as a Target (qualitative allowed); null when blank. */
  completion: Target | null;
  completionCell: TextCell | null;
  /** Where the 年度指标值 (the indicator's annualTarget) was read, for S10 and the generator. */
  targetCell: TextCell | null;
  /** 偏差原因 / 未完成原因分析 / 完成情况简要描述, null when blank. */
  reason: TextCell | null;
  /** What the rule set's formula gives, in points (two decimals); null when it cannot be computed. Set by scoring. */
  expectedScore?: number | null;
}

/** Points a 一级 cell names: `产出指标(50分)` → 50. */
export interface LevelPoints {
  name: string;
  points: number;
  row: number;
  col: number;
}

/** A self-evaluation project (one block: money, goal, indicators, total, footer). */
export interface SelfEvalProject {
  /** The block's cells, e.g. `A1:J30`. */
  range: string;
  budget: BudgetBlock | null;
  /** 年度总体目标: 预期目标 and 实际完成情况. */
  goal: { row: number; expected: string | null; actual: string | null } | null;
  levelPoints: LevelPoints[];
  /** The 总分 / 合计 / 自评得分 row: its 分值 (normally 100) and 得分 cells. */
  total: { row: number; maxScore: NumberCell | null; score: NumberCell | null } | null;
  /** 评价结论 / 自评结论 (a grade such as 优 or a sentence naming it). */
  conclusion: TextCell | null;
  problems: TextCell | null;
  measures: TextCell | null;
}

export type SheetKind = "target" | "self-evaluation";
