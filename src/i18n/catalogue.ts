/** The one `Locale`, and the shape of the finding catalogues (findings/): one function per finding code, plus sheet-level texts. */
import type { Finding, FindingCode } from "../core";

export type Locale = "zh-CN" | "en";

export type SheetErrorCode = "sheet-empty" | "not-a-target-table" | "sheet-not-found";

export interface Catalogue {
  findings: Record<FindingCode, (f: Finding, p: Record<string, string>) => string>;
  sheet: Record<SheetErrorCode, (sheet: string) => string>;
  /** Added to not-a-target-table when the sheet looks like a performance table: which header words were found. */
  headerWords: (found: readonly string[], missing: readonly string[]) => string;
  category: Record<"output" | "benefit" | "satisfaction" | "cost", string>;
  severity: Record<"error" | "warning" | "info", string>;
  withinRounding: string;
}

/**
 * Amounts in messages: 2 decimals with thousands separators, as the tables print them; up to 4 for a form read in
 * ten-thousandths (10,606.7522), so that a difference of 0.0001 does not print as 0.00.
 * One formatter each for every message: toLocaleString would build one per call (~20 µs, slower still in two threads).
 */
const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const MONEY4 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });

export function money(n: number | undefined): string {
  if (n === undefined) return "";
  return Math.abs(n * 100 - Math.round(n * 100)) < 1e-6 ? MONEY.format(n) : MONEY4.format(n);
}
