/** Failures (action results or thrown errors) as data, and turned into sentences from the pane's catalogue. */
import type { HeaderWords } from "../core";
import { Locale, UiErrorCode, catalogues, uiCatalogues, uiStrings } from "../i18n";
import { PortError } from "../hosts/workbook.port";

/** A failure as data, so its sentence follows a language switch. */
export interface Failure {
  code: UiErrorCode;
  detail: string;
  /** A sheet that looks like a performance table but fits no layout: which header words were there. */
  words?: HeaderWords;
}

const PORT_CODES: ReadonlySet<string> = new Set(["sheet-protected", "sheet-not-found", "cell-edit-mode", "payload-too-large", "host-error"]);

/**
 * Port errors carry `code: detail` as their message (see PortError); only the detail is worth showing.
 * For sheet-level codes the detail is the sheet name.
 */
export function failureFromResult(code: string, detail: string | undefined, words?: HeaderWords): Failure {
  const known = (uiCatalogues["zh-CN"].errors as Record<string, unknown>)[code] ? (code as UiErrorCode) : "unexpected";
  let d = detail ?? "";
  if (PORT_CODES.has(code) && d.startsWith(`${code}: `)) d = d.slice(code.length + 2);
  else if (PORT_CODES.has(code) && d === code) d = "";
  return words ? { code: known, detail: d, words } : { code: known, detail: d };
}

/** Actions return bad input as data but let bugs and unknown host errors throw; the pane still explains them. */
export function failureFromError(e: unknown): Failure {
  if (e instanceof PortError) return failureFromResult(e.code, e.message);
  const message = e instanceof Error ? e.message : String(e);
  return { code: "unexpected", detail: message };
}

export function failureText(f: Failure, locale: Locale): string {
  const text = uiStrings(locale).errors[f.code](f.detail);
  return f.words ? `${text}${locale === "en" ? " " : ""}${catalogues[locale].headerWords(f.words.found, f.words.missing)}` : text;
}
