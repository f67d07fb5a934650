/// <reference types="office-js" />
/** Task pane entry: pick the workbook (Excel, demo or none) and render the pane. */
import "./no-eval";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { OutsideOffice } from "./components/OutsideOffice";
import { BootMode, bootMode, demoOptions, localeFor } from "./boot";
import { demoPort } from "./demo-port";
// Bundled as text (webpack asset/source): the demo's sample table.
import sample from "../../seeds/004_6706784a82fb7692.txt";
import { createExcelPort } from "./excel-port";
import { uiStrings } from "./strings";

function officeGlobal(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const mode: BootMode = await bootMode(window.location.search, officeGlobal());
  if (mode === "excel") {
    const port = await createExcelPort();
    root.render(<App port={port} initialLocale={localeFor(Office.context.displayLanguage)} />);
  } else if (mode === "demo") {
    const { run, locale } = demoOptions(window.location.search);
    root.render(<App port={demoPort(sample)} demo autoRun={run} initialLocale={locale} />);
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
