/**
 * The WPS add-in's main page (index.html): WPS loads it when ET starts, then reads ribbon.xml and calls the
 * callbacks named there as globals. Nothing here touches the workbook at load time: the application is looked up
 * at each click (window.Application, or wps.EtApplication()).
 */
import "../taskpane/no-eval";
import { findEtApp } from "../hosts/wps/et-bridge";
import type { WpsGlobals } from "../hosts/wps/et-types";
import { localeFor } from "../excel/boot";
import { folderOf } from "./main-helpers";
import { createRibbon } from "./ribbon-callbacks";

const ribbon = createRibbon({
  app: () => findEtApp(window as unknown as WpsGlobals),
  base: () => folderOf(window.location.href),
  alert: (text) => window.alert(text),
  locale: () => localeFor(typeof navigator === "undefined" ? undefined : navigator.language),
});

const g = window as unknown as Record<string, unknown>;
// The names ribbon.xml uses, plus `ribbon.*` (the spelling of the wpsjs templates) for the same functions.
g.OnAddinLoad = ribbon.OnAddinLoad;
g.OnAction = ribbon.OnAction;
g.GetImage = ribbon.GetImage;
g.OnGetEnabled = ribbon.OnGetEnabled;
g.OnGetVisible = ribbon.OnGetVisible;
g.ribbon = ribbon;
g.PerfTargetWps = { idle: ribbon.idle };
