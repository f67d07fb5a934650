/** Load a file and parse/check one sheet of it; every failure is a result with a code, for the CLI to print. */
import { checkSheet } from "../core/checks";
import { Finding, summarize } from "../core/findings";
import { SheetParse } from "../core/model";
import { DEFAULT_RULES, RuleSet } from "../core/rules";
import { pickSheet, parseSheet } from "../core/sheet-parser";
import { loadFile } from "../hosts/file/file.loader";
import { LoadErrorCode } from "../hosts/load-result";
import { Locale, SheetErrorCode, bilingual, loadErrorMessage, sheetErrorMessage, withMessage } from "../i18n";

export type FileOutcome =
  | { ok: true; file: string; parsed: SheetParse }
  | { ok: false; file: string; code: LoadErrorCode | SheetErrorCode; sheet?: string; message: string };

export async function parseFile(file: string, sheetName?: string, rules: RuleSet = DEFAULT_RULES): Promise<FileOutcome> {
  const loaded = await loadFile(file);
  if (!loaded.ok) {
    return { ok: false, file, code: loaded.code, message: bilingual(loadErrorMessage(loaded.code, "zh-CN"), loadErrorMessage(loaded.code, "en")) };
  }
  const grid = pickSheet(loaded.sheets, sheetName);
  if (!grid) {
    const s = sheetName ?? "";
    return { ok: false, file, code: "sheet-not-found", sheet: s, message: bilingual(sheetErrorMessage("sheet-not-found", s), sheetErrorMessage("sheet-not-found", s, "en")) };
  }
  const r = parseSheet(grid, { framework: rules.framework, placeholders: rules.placeholders });
  if (!r.ok) {
    return { ok: false, file, code: r.code, sheet: r.sheet, message: bilingual(sheetErrorMessage(r.code, r.sheet), sheetErrorMessage(r.code, r.sheet, "en")) };
  }
  return { ok: true, file, parsed: r.value };
}

/** The §11 `parse --json` object. */
export function parseJson(file: string, p: SheetParse, locale: Locale) {
  return {
    file,
    sheet: p.sheet,
    layout: p.layout,
    moneyUnit: p.moneyUnit,
    projects: p.projects,
    indicators: p.indicators,
    findings: p.findings.map((f) => withMessage(f, locale)),
  };
}

/** The §11 `check --json` object. */
export function checkJson(file: string, p: SheetParse, locale: Locale, rules: RuleSet = DEFAULT_RULES) {
  const findings: Finding[] = checkSheet(p, rules);
  return { file, sheet: p.sheet, rules: { name: rules.name, version: rules.version }, findings: findings.map((f) => withMessage(f, locale)), summary: summarize(findings) };
}
