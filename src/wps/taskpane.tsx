/**
 * The WPS task pane page (opened by 打开助手 through Application.CreateTaskPane): the same React pane as in Excel,
 * over the WPS adapter. No office.js is loaded: WPS does not run it. Opened anywhere else, it says where it belongs.
 */
import "../taskpane/no-eval";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { localeFor } from "../excel/boot";
import { detectHost } from "../hosts/detect-host";
import { createWpsPort } from "./wps-port";

function start(): void {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  if (detectHost(window).kind === "wps") {
    root.render(<App port={createWpsPort()} templateEnabled initialLocale={localeFor(navigator.language)} />);
  } else {
    root.render(
      <main style={{ padding: 16, fontFamily: "sans-serif" }}>
        <h1 style={{ fontSize: 18 }}>绩效目标表助手</h1>
        <p>请在 WPS 表格中点击“绩效目标表 → 打开助手”打开本页。 / Open this page from WPS 表格: 绩效目标表 → 打开助手.</p>
      </main>,
    );
  }
}

start();
