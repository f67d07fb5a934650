/**
 * Which host a page runs in: WPS, Office or a plain browser. Evaluated when called, never at import.
 * WPS members are probed first: WPS does not run Office.js, but a page that loads office.js from a script tag has an
 * `Office` global in any browser (even inside WPS), so the presence of `Office` alone proves nothing; the Office
 * answer still has to be confirmed by `Office.onReady` (taskpane/boot.ts).
 */
import { findEtApp } from "./wps/et-bridge";
import type { EtApplication, WpsGlobals } from "./wps/et-types";

export type HostKind = "wps" | "office" | "browser";

export interface DetectedHost {
  kind: HostKind;
  /** The WPS application, when kind is "wps". */
  app?: EtApplication;
}

export function detectHost(g: object = globalThis): DetectedHost {
  const app = findEtApp(g as WpsGlobals);
  if (app) return { kind: "wps", app };
  const office = (g as { Office?: { onReady?: unknown } }).Office;
  if (office && typeof office.onReady === "function") return { kind: "office" };
  return { kind: "browser" };
}
