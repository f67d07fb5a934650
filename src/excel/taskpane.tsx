/// <reference types="office-js" />
/** The Excel add-in's task pane entry: pick the workbook (Excel, WPS, the demo or none) and render the shared pane. */
import "../taskpane/no-eval";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { OutsideOffice } from "../taskpane/components/OutsideOffice";
import { BootMode, bootMode, demoOptions, wantsDemo } from "./boot";
import { detectHost } from "../hosts/detect-host";
import { demoPort } from "./demo-port";
// Bundled as text (webpack asset/source): the demo's sample table.
import sample from "../../seeds/004_6706784a82fb7692.txt";
import { createExcelPort } from "./excel-port";
import { localeFor, uiStrings } from "../i18n";

function officeGlobal(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  // WPS first: it does not run Office.js, so waiting for Office.onReady would only time out (hosts/detect-host.ts).
  if (!wantsDemo(window.location.search) && detectHost(window).kind === "wps") {
    const { WpsAdapter } = await import(/* webpackMode: "eager" */ "../hosts/wps/wps.adapter");
    root.render(<App port={new WpsAdapter()} templateEnabled initialLocale={localeFor(navigator.language)} />);
    return;
  }
  const mode: BootMode = await bootMode(window.location.search, officeGlobal());
  if (mode === "excel") {
    const port = await createExcelPort();
    root.render(<App port={port} templateEnabled initialLocale={localeFor(Office.context.displayLanguage)} />);
  } else if (mode === "demo") {
    const { run, locale } = demoOptions(window.location.search);
    root.render(<App port={demoPort(sample)} demo templateEnabled autoRun={run} initialLocale={locale} />);
  } else {
    const demoHref = `${window.location.pathname}?demo`;
    root.render(
      <FluentProvider theme={webLightTheme}>
        <OutsideOffice strings={uiStrings("zh-CN")} demoHref={demoHref} />
      </FluentProvider>,
    );
  }
}

void start();
