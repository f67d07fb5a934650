/**
 * zod schemas for the JSON contract of §11 (`parse --json`, `check --json`). The CLI validates what it prints,
 * and consumers can validate what they read.
 */
import { z } from "zod";
import { DIMENSIONS, FINDING_CODES } from "../_lib/findings";

export const TargetSchema = z.object({
  raw: z.string(),
  label: z.string().nullable(),
  operator: z.enum([">=", ">", "=", "<", "<=", "≈"]).nullable(),
  value: z.number().finite().nullable(),
  unit: z.string().nullable(),
  qualitative: z.boolean(),
});

const LevelSchema = z.object({ code: z.string().nullable(), name: z.string() }).nullable();
const Cell = { row: z.number().int().positive(), column: z.string().regex(/^[A-Z]+$/) };

export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES as [string, ...string[]]),
  severity: z.enum(["error", "warning", "info"]),
  row: z.number().int().positive(),
  column: z.string().regex(/^[A-Z]+$/).nullable(),
  message: z.string(),
  item: z.object({ group: z.number().int().positive(), seq: z.number().int().positive().nullable() }).optional(),
  expected: z.number().optional(),
  actual: z.number().optional(),
  difference: z.number().optional(),
  from: z.array(z.string().regex(/^[A-Z]+[0-9]+$/)).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** Layout S (绩效自评表): cells as written, with their values; see selfeval/model.ts. */
const NumberCellSchema = z.object({ row: z.number().int().positive(), col: z.number().int().nonnegative(), raw: z.string(), value: z.number().finite().nullable() });
const TextCellSchema = z.object({ row: z.number().int().positive(), col: z.number().int().nonnegative(), text: z.string() });
const BudgetColumn = z.enum(["initial", "adjusted", "executed", "rate", "share", "score"]);

export const SelfEvalProjectSchema = z.object({
  range: z.string(),
  budget: z
    .object({
      row: z.number().int().positive(),
      unit: z.string().nullable(),
      share: z.number().nullable(),
      shareFrom: z.string().nullable(),
      lines: z.array(z.object({ row: z.number().int().positive(), label: z.string(), total: z.boolean(), cells: z.partialRecord(BudgetColumn, NumberCellSchema) })),
      reason: TextCellSchema.nullable(),
    })
    .nullable(),
  goal: z.object({ row: z.number().int().positive(), expected: z.string().nullable(), actual: z.string().nullable() }).nullable(),
  levelPoints: z.array(z.object({ name: z.string(), points: z.number(), row: z.number().int().positive(), col: z.number().int().nonnegative() })),
  total: z.object({ row: z.number().int().positive(), maxScore: NumberCellSchema.nullable(), score: NumberCellSchema.nullable() }).nullable(),
  conclusion: TextCellSchema.nullable(),
  problems: TextCellSchema.nullable(),
  measures: TextCellSchema.nullable(),
});

export const IndicatorScoreSchema = z.object({
  maxScore: NumberCellSchema.nullable(),
  score: NumberCellSchema.nullable(),
  completion: TargetSchema.nullable(),
  completionCell: TextCellSchema.nullable(),
  targetCell: TextCellSchema.nullable(),
  reason: TextCellSchema.nullable(),
  expectedScore: z.number().nullable().optional(),
});

export const ProjectSchema = z.object({
  row: z.number().int().positive(),
  name: z.string(),
  unit: z.string().nullable(),
  department: z.string().nullable(),
  amounts: z.object({ total: z.number(), fiscal: z.number(), specialAccount: z.number(), other: z.number() }).nullable(),
  indicatorCount: z.number().int().nonnegative(),
  goal: z.string().nullable().optional(),
  /** Layout E only: the form's cells (`A3:G19`), its period and its goals. */
  range: z.string().regex(/^[A-Z]+[0-9]+:[A-Z]+[0-9]+$/).optional(),
  period: z.object({ raw: z.string(), start: z.string().nullable(), end: z.string().nullable() }).optional(),
  goals: z.object({ period: z.string().nullable(), annual: z.string().nullable() }).optional(),
  /** Layout S: the money block, goal, total and footer. */
  selfEval: SelfEvalProjectSchema.optional(),
});

export const IndicatorSchema = z.object({
  ...Cell,
  project: z.string(),
  projectRow: z.number().int().positive(),
  unit: z.string().nullable(),
  group: z.number().int().positive(),
  seq: z.number().int().positive().nullable(),
  level1: LevelSchema,
  level2: LevelSchema,
  name: z.string(),
  periodTarget: TargetSchema.nullable(),
  annualTarget: TargetSchema.nullable(),
  category: z.enum(["output", "benefit", "satisfaction", "cost"]).nullable(),
  cost: z.boolean(),
  /** 指标方向性 (正向/反向), where the table has it; data only, no comparator is made from it. */
  direction: z.enum(["positive", "negative"]).optional(),
  /** Targets one column per region (区域目标值): the region of this row's target; its name carries it too. */
  region: z.string().optional(),
  /** Layout S: 分值, 得分, 实际完成值, 偏差原因 and the score the rule set's formula gives. */
  score: IndicatorScoreSchema.optional(),
});

export const ParseJsonSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** A target table or a 绩效自评表 (issue 15). */
  kind: z.enum(["target", "self-evaluation"]),
  layout: z.enum(["A", "B", "C", "D", "E", "S"]),
  moneyUnit: z.string().nullable(),
  /** The year the table's title names (`(2023年度)`, `鄂州市2022年…`), when it names one. */
  year: z.number().int().optional(),
  projects: z.array(ProjectSchema),
  indicators: z.array(IndicatorSchema),
  findings: z.array(FindingSchema),
});

export const CheckJsonSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** A target table or a 绩效自评表: `check DIR` mixes both. */
  kind: z.enum(["target", "self-evaluation"]),
  /** The rule set the check used (§13: recorded with every result). */
  rules: z.object({ name: z.string(), version: z.string() }),
  /** Open findings (all of them when the workbook holds no review), each with its dimension (issue 17). */
  findings: z.array(FindingSchema.extend({ dimension: z.enum(DIMENSIONS) })),
  /** Findings a reviewer accepted (§13), with why, who and when; absent when there are none. */
  accepted: z.array(FindingSchema.extend({ dimension: z.enum(DIMENSIONS), reason: z.string(), who: z.string(), when: z.string() })).optional(),
  /** Counts of the open findings. */
  summary: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  /** The workbook's stored review or rule set could not be read, and what was used instead; absent when all was read. */
  notices: z.array(z.object({ code: z.enum(["stored-review-unreadable", "stored-rules-unreadable", "record-damaged"]), message: z.string() })).optional(),
});

export type ParseJson = z.infer<typeof ParseJsonSchema>;
export type CheckJson = z.infer<typeof CheckJsonSchema>;
export type FindingJson = z.infer<typeof FindingSchema>;
