/**
 * Texts of 从目标表生成自评表, zh-CN and en: the refusals of makeSelfEvaluation and the line the CLI prints after
 * writing. The generated sheet's own headers are template texts the platforms read in Chinese: they live in the
 * core (src/core/selfeval/selfeval-texts.ts), the same in every locale.
 */
import type { ActionErrorCode } from "../actions/result";
import type { SelfEvalShape } from "../core";
import type { Locale } from "./catalogue";
import { templateErrorText } from "./templates";

export interface SelfEvalStrings {
  shapes: Record<SelfEvalShape, string>;
  /** After writing: how many project blocks, in which shape, into which sheet and file. */
  written: (r: { source: string; sheet: string; blocks: number; shape: SelfEvalShape; output: string }) => string;
  errors: Partial<Record<ActionErrorCode, (detail: string) => string>>;
}

const zhCN: SelfEvalStrings = {
  shapes: { anhui: "安徽样式", sichuan: "四川样式" },
  written: (r) => `已从“${r.source}”生成“${r.sheet}”：${r.blocks} 个项目（${zhCN.shapes[r.shape]}），只需填写执行数、实际完成值和定性指标得分 → ${r.output}`,
  errors: {
    "self-evaluation-sheet": (s) => `“${s}”已是绩效自评表。请选择已批复的绩效目标表来生成自评表。`,
    "no-projects": (s) => `“${s}”中没有项目（部门整体绩效目标表不按项目自评），未生成自评表。`,
  },
};

const en: SelfEvalStrings = {
  shapes: { anhui: "Anhui style", sichuan: "Sichuan style" },
  written: (r) =>
    `Made "${r.sheet}" from "${r.source}": ${r.blocks} project${r.blocks === 1 ? "" : "s"} (${en.shapes[r.shape]}); only the amounts spent, the completions and the qualitative scores are left to type → ${r.output}`,
  errors: {
    "self-evaluation-sheet": (s) => `"${s}" is a self-evaluation table already. Choose the approved performance target table to make one from.`,
    "no-projects": (s) => `"${s}" has no projects (a whole-department target table is not self-evaluated by project); nothing was made.`,
  },
};

export const selfEvalCatalogues: Record<Locale, SelfEvalStrings> = { "zh-CN": zhCN, en };

export function selfEvalStrings(locale: Locale): SelfEvalStrings {
  return selfEvalCatalogues[locale];
}

/** A refusal of makeSelfEvaluation in words: its own codes here, the rest as the template features word them. */
export function selfEvalErrorText(code: ActionErrorCode, detail: string, locale: Locale): string {
  const own = selfEvalStrings(locale).errors[code];
  return own ? own(detail) : templateErrorText(code, detail, locale);
}
