/** The task pane's and ribbon's texts by locale. */
import type { Locale } from "../catalogue";
import { uiEn } from "./en";
import type { UiStrings } from "./strings";
import { uiZhCN } from "./zh-CN";

export type * from "./strings";

export const uiCatalogues: Record<Locale, UiStrings> = { "zh-CN": uiZhCN, en: uiEn };

export function uiStrings(locale: Locale): UiStrings {
  return uiCatalogues[locale];
}
