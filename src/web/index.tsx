/** The offline web page's entry: seeds bundled at build time; Chinese, or English with `?lang=en`. */
import "../taskpane/no-eval";
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Locale } from "../i18n";
import { WebApp } from "./WebApp";

function pageLocale(): Locale {
  return new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "zh-CN";
}

createRoot(document.getElementById("root") as HTMLElement).render(<WebApp seeds={PERFTARGET_SEEDS} locale={pageLocale()} />);
