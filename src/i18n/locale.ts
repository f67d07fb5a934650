/** Which language to speak: one place for the rule every host (Excel, WPS, ribbon commands) follows. */
import type { Locale } from "./catalogue";

/** A host's display language → ours: English for English, Chinese otherwise (the product's default). */
export function localeFor(displayLanguage: string | undefined): Locale {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "zh-CN";
}

/** The language the switch button offers. */
export function otherLocale(locale: Locale): Locale {
  return locale === "zh-CN" ? "en" : "zh-CN";
}
