/**
 * The way in to every text a user reads. Messages are made here, at the edge, from findings that are data; the
 * pane, the web page, the template features and the CLI pick their words from the catalogues re-exported below.
 */
import { fitText, ROUNDED_SUM_CODES, type Finding } from "../core";
import { Catalogue, Locale, SheetErrorCode } from "./catalogue";
import { en } from "./findings/en";
import { loadMessages } from "./load-messages";
import { zhCN } from "./findings/zh-CN";
import { uiCatalogues } from "./ui";
import type { LoadErrorCode } from "../hosts/load-result";

export type { Locale, SheetErrorCode } from "./catalogue";
export { bilingual } from "./bilingual";
export { localeFor, otherLocale } from "./locale";
export { uiCatalogues, uiStrings } from "./ui";
export type * from "./ui/strings";
export { templateCatalogues, templateErrorText, templateStrings } from "./templates";
export type { TemplateStrings, TemplateTool } from "./templates";
export { selfEvalCatalogues, selfEvalErrorText, selfEvalStrings } from "./selfeval";
export type { SelfEvalStrings } from "./selfeval";
export { webCatalogues, webStrings } from "./web";
export type { WebStrings } from "./web";
export { loadMessages } from "./load-messages";
export { CLI_COMMANDS, CLI_SUMMARY_FILE, cliBoth, cliCatalogues, cliStrings, cliUsage } from "./cli";
export type { CliCommand, CliStrings, CliValue } from "./cli";
export { changeLabel, compareCatalogues, compareStrings } from "./compare";
export type { CompareStrings } from "./compare";
export { draftOpinion, opinionCatalogues } from "./opinions";
export { storedNoticeLine, storedNoticeText } from "./stored-notices";
export type { StoredNotice, StoredNoticeCode } from "./stored-notices";
export { ruleSetErrorCatalogues, ruleSetErrors, ruleSetErrorLines } from "./rule-set-errors";
export type { RuleSetError, RuleSetErrorStrings } from "./rule-set-errors";

export const catalogues: Record<Locale, Catalogue> = { "zh-CN": zhCN, en };

/**
 * The most characters of a user's text a message quotes: a finding about a 32,000-character cell must not make a
 * message longer than a cell holds, and nobody reads more than this in a message anyway.
 */
export const QUOTE_CHARS = 500;

export function findingMessage(f: Finding, locale: Locale = "zh-CN"): string {
  const c = catalogues[locale];
  const p: Record<string, string> = {};
  for (const [k, v] of Object.entries(f.params ?? {})) p[k] = fitText(String(v), QUOTE_CHARS);
  if (p.category && p.category in c.category) p.categoryName = c.category[p.category as keyof Catalogue["category"]];
  p.rounding = f.severity === "warning" && ROUNDED_SUM_CODES.includes(f.code) ? c.withinRounding : "";
  return c.findings[f.code](f, p);
}

/** The message function a front door hands to the actions (they make no sentences themselves). */
export function findingMessages(locale: Locale = "zh-CN"): (f: Finding) => string {
  return (f) => findingMessage(f, locale);
}

/**
 * 校验结果's 类别 column: each finding's kind in words, from the pane's short names. Chinese whatever the pane's
 * language, as the rest of the sheet (its header, 级别, 审核状态) is; the code stays in JSON.
 */
export function findingKinds(): (f: Finding) => string {
  const names = uiCatalogues["zh-CN"].codeLabel as Record<string, string | undefined>;
  return (f) => names[f.code] ?? f.code;
}

export function withMessage<T extends Finding>(f: T, locale: Locale = "zh-CN"): T & { message: string } {
  return { ...f, message: findingMessage(f, locale) };
}

/** `words`: the parse result's headerWords (a sheet that looks like a performance table but fits no layout). */
export function sheetErrorMessage(code: SheetErrorCode, sheet: string, locale: Locale = "zh-CN", words?: { found: readonly string[]; missing: readonly string[] }): string {
  const c = catalogues[locale];
  const base = c.sheet[code](sheet);
  return code === "not-a-target-table" && words ? `${base}${locale === "en" ? " " : ""}${c.headerWords(words.found, words.missing)}` : base;
}


export function loadErrorMessage(code: LoadErrorCode, locale: Locale = "zh-CN"): string {
  return loadMessages[locale][code];
}
