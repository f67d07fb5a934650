/**
 * The WPS task pane page (opened by 打开助手 through Application.CreateTaskPane): the same React pane as in Excel,
 * over the WPS adapter. No office.js is loaded: WPS does not run it. Opened anywhere else, it says where it belongs.
 */
import "../taskpane/no-eval";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { bilingual, localeFor, uiStrings } from "../i18n";
import { detectHost } from "../hosts/detect-host";
import { createWpsPort } from "./wps-port";

function start(): void {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  if (detectHost(window).kind === "wps") {
    root.render(<App port={createWpsPort()} templateEnabled initialLocale={localeFor(navigator.language)} />);
  } else {
    root.render(
      <main style={{ padding: 16, fontFamily: "sans-serif" }}>
        <h1 style={{ fontSize: 18 }}>{uiStrings("zh-CN").title}</h1>
        <p>{bilingual(uiStrings("zh-CN").outsideWps, uiStrings("en").outsideWps)}</p>
      </main>,
    );
  }
}

start();
