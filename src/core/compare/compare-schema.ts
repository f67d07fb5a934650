/** The JSON contract of `perftarget compare --json`: the two tables, the changes as data, the history findings. */
import { z } from "zod";
import { FindingSchema } from "../sheet/schema";
import { CHANGE_KINDS } from "./compare";

const A1 = z.string().regex(/^[A-Z]+[0-9]+$/);
const Table = z.object({ file: z.string(), sheet: z.string(), layout: z.string(), projects: z.number().int().nonnegative(), indicators: z.number().int().nonnegative() });

export const ChangeSchema = z.strictObject({
  kind: z.enum(CHANGE_KINDS),
  project: z.string(),
  indicator: z.string().optional(),
  before: z.union([z.string(), z.number()]).nullable().optional(),
  after: z.union([z.string(), z.number()]).nullable().optional(),
  column: z.enum(["total", "fiscal", "specialAccount", "other"]).optional(),
  target: z.enum(["annual", "period"]).optional(),
  direction: z.enum(["lowered", "raised", "changed"]).optional(),
  operator: z.enum([">=", ">", "=", "<", "<=", "≈"]).nullable().optional(),
  oldCell: A1.optional(),
  newCell: A1.optional(),
  oldRow: z.number().int().positive().optional(),
  newRow: z.number().int().positive().optional(),
});

export const CompareJsonSchema = z.object({
  old: Table,
  new: Table,
  changes: z.array(ChangeSchema),
  summary: z.record(z.enum(CHANGE_KINDS), z.number().int().nonnegative()),
  /** Checks that need the old version (target-lowered-budget-up, indicator-dropped), on the new table. */
  findings: z.array(FindingSchema),
});

export type CompareJson = z.infer<typeof CompareJsonSchema>;
