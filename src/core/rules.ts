/**
 * The rule set (§7, §13): framework, required categories, thresholds and vocabularies, validated by zod.
 * A built-in default; callers may pass another (JSON import comes with the review workflow).
 */
import { z } from "zod";
import { DEFAULT_FRAMEWORK } from "./framework";
import { DEFAULT_PLACEHOLDERS } from "./placeholders";

const Category = z.enum(["output", "benefit", "satisfaction", "cost"]);

export const RuleSetSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  framework: z.object({
    level1: z.array(z.object({ code: z.string().regex(/^\d$/), name: z.string().min(1), category: Category, aliases: z.array(z.string()).optional() })).min(1),
    level2: z.array(
      z.object({
        code: z.string().regex(/^\d\d$/),
        name: z.string().min(1),
        parent: z.string().regex(/^\d$/),
        aliases: z.array(z.string()).optional(),
        alsoCost: z.boolean().optional(),
      }),
    ),
  }),
  /** Categories every project needs (error when missing). */
  requiredCategories: z.array(Category.exclude(["cost"])),
  /** Whether a missing 成本 indicator is warned about. */
  costRequired: z.boolean(),
  /** 满意度 targets below this percentage are warned about. */
  satisfactionMin: z.number().min(0).max(100),
  /** Rounding drift allowed per nonzero addend, in the sheet's money unit (§6: 0.005). */
  roundingPerAddend: z.number().min(0).max(1),
  placeholders: z.array(z.string().min(1)),
});

export type RuleSet = z.infer<typeof RuleSetSchema>;

export const DEFAULT_RULES: RuleSet = {
  name: "广州市-默认",
  version: "2025.1",
  framework: DEFAULT_FRAMEWORK,
  requiredCategories: ["output", "benefit", "satisfaction"],
  costRequired: true,
  satisfactionMin: 80,
  roundingPerAddend: 0.005,
  placeholders: DEFAULT_PLACEHOLDERS,
};
