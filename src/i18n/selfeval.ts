/**
 * Texts of 从目标表生成自评表, zh-CN and en: the refusals of makeSelfEvaluation and the line the CLI prints after
 * writing. The generated sheet's own headers are template texts the platforms read in Chinese: they live in the
 * core (src/core/selfeval/selfeval-texts.ts), the same in every locale.
 */
import type { ActionErrorCode } from "../actions/result";
import type { SelfEvalShape } from "../core";
import type { Locale } from "./catalogue";
import { templateErrorText } from "./templates";
import { uiCatalogues } from "./ui";

export interface SelfEvalStrings {
  shapes: Record<SelfEvalShape, string>;
  /** After writing: how many project blocks, in which shape, into which sheet and file. */
  written: (r: { source: string; sheet: string; blocks: number; shape: SelfEvalShape; output: string }) => string;
  errors: Partial<Record<ActionErrorCode, (detail: string) => string>>;
}

const zhCN: SelfEvalStrings = {
  shapes: { anhui: "安徽样式", sichuan: "四川样式" },
  written: (r) => `已从“${r.source}”生成“${r.sheet}”：${r.blocks} 个项目（${zhCN.shapes[r.shape]}），只需填写执行数、实际完成值和定性指标得分 → ${r.output}`,
  // The refusals are the pane's words too (ui catalogues): one place for both front doors.
  errors: { "self-evaluation-sheet": uiCatalogues["zh-CN"].errors["self-evaluation-sheet"], "no-projects": uiCatalogues["zh-CN"].errors["no-projects"] },
};

const en: SelfEvalStrings = {
  shapes: { anhui: "Anhui style", sichuan: "Sichuan style" },
  written: (r) =>
    `Made "${r.sheet}" from "${r.source}": ${r.blocks} project${r.blocks === 1 ? "" : "s"} (${en.shapes[r.shape]}); only the amounts spent, the completions and the qualitative scores are left to type → ${r.output}`,
  errors: { "self-evaluation-sheet": uiCatalogues.en.errors["self-evaluation-sheet"], "no-projects": uiCatalogues.en.errors["no-projects"] },
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
