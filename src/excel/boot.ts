/**
 * Which workbook the pane runs over: Excel when Office says so, the bundled demo with `?demo`, otherwise the
 * "open this in Excel" page. Office.js may be missing altogether (offline, plain browser), or loaded but never
 * ready outside Office, hence the timeout.
 */
import type { Locale } from "../i18n";

export type BootMode = "excel" | "demo" | "outside";

export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
}

export function wantsDemo(search: string): boolean {
  return new URLSearchParams(search).has("demo");
}

export async function bootMode(search: string, office: OfficeLike | undefined, timeoutMs = 3000): Promise<BootMode> {
  if (wantsDemo(search)) return "demo";
  if (!office) return "outside";
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const info = await Promise.race([office.onReady().catch(() => null), timeout]);
  // Office.HostType.Excel is the string "Excel"; compared as a string so this file needs no Office global.
  return info && info.host === "Excel" ? "excel" : "outside";
}

/** Demo options from the query string: `?demo&run=check&lang=en`. */
export function demoOptions(search: string): { run?: "check" | "split"; locale: Locale } {
  const q = new URLSearchParams(search);
  const run = q.get("run");
  return { run: run === "check" || run === "split" ? run : undefined, locale: q.get("lang") === "en" ? "en" : "zh-CN" };
}
