/**
 * The WPS ribbon's callbacks, without the page: ribbon.xml names them and WPS calls them by their global name
 * (main.ts puts them on `window`). They are plain synchronous functions on purpose: async ribbon callbacks broke
 * the ribbon on some WPS builds (12.1.0.23542, pi-for-excel's notes), so the work runs on a queue behind them.
 * 一键校验 and 清除标记 work with no task pane open; a failure is said in a message box, a success speaks for itself
 * (校验结果 is activated, or the marks disappear).
 */
import { RibbonResult, ribbonCheck, ribbonClear } from "../commands/ribbon";
import { read } from "../hosts/wps/et-bridge";
import type { EtApplication } from "../hosts/wps/et-types";
import { WpsAdapter } from "../hosts/wps/wps.adapter";
import type { Locale } from "../i18n";
import type { WorkbookPort } from "../hosts/workbook.port";
import { PortError } from "../hosts/workbook.port";
import { failureFromError, failureText } from "../taskpane/failure";

export const CONTROLS = { open: "PerfTargetOpen", check: "PerfTargetCheck", clear: "PerfTargetClear" } as const;

/** Button images, relative to the add-in's folder (dist/wps/images). */
export const IMAGES: Record<string, string> = {
  [CONTROLS.open]: "images/open.png",
  [CONTROLS.check]: "images/check.png",
  [CONTROLS.clear]: "images/clear.png",
};

/** Where the task pane's id is kept: PluginStorage is shared by every page of the add-in while WPS runs. */
export const PANE_KEY = "perftarget_taskpane_id";

export interface RibbonEnv {
  /** The ET application, looked up at each click. */
  app(): EtApplication | null;
  /** The add-in folder's URL, ending in "/". */
  base(): string;
  alert(text: string): void;
  locale(): Locale;
}

/** WPS passes an IRibbonControl; its id is `Id` in WPS and `id` in Office's spelling. */
function controlId(control: unknown): string {
  const c = (control ?? {}) as { Id?: unknown; id?: unknown };
  return String(c.Id ?? c.id ?? "");
}

/** Show the task pane, creating it once per WPS session. */
export function openTaskPane(app: EtApplication, url: string): void {
  const storage = app.PluginStorage;
  const id = storage?.getItem(PANE_KEY);
  if (id !== null && id !== undefined && id !== "" && typeof app.GetTaskPane === "function") {
    const existing = app.GetTaskPane(id);
    if (existing) {
      existing.Visible = true;
      return;
    }
  }
  const create = app.CreateTaskPane ?? app.CreateTaskpane;
  if (typeof create !== "function") throw new PortError("host-error", "this WPS build has no CreateTaskPane");
  const pane = create.call(app, url);
  storage?.setItem(PANE_KEY, read(pane, "ID"));
  pane.Visible = true;
}

export function createRibbon(env: RibbonEnv) {
  let ui: { InvalidateControl?: (id: string) => unknown } | null = null;
  let queue: Promise<void> = Promise.resolve();
  let busy = false;

  const refresh = () => {
    for (const id of [CONTROLS.check, CONTROLS.clear]) {
      try {
        ui?.InvalidateControl?.(id);
      } catch {
        /* an older build without InvalidateControl: the buttons simply stay enabled */
      }
    }
  };

  const port = (): WorkbookPort => {
    const app = env.app();
    if (!app) throw new PortError("host-error", "WPS 表格 is not available (no Application object)");
    return new WpsAdapter({ app });
  };

  /** Queue one action (a second click waits for the first); never throws, never rejects. */
  const enqueue = (work: (locale: Locale) => Promise<RibbonResult>) => {
    queue = queue.then(async () => {
      const locale = env.locale();
      busy = true;
      refresh();
      try {
        const r = await work(locale);
        if (!r.ok) env.alert(r.text);
      } catch (e) {
        env.alert(failureText(failureFromError(e), locale));
      } finally {
        busy = false;
        refresh();
      }
    });
  };

  return {
    OnAddinLoad(ribbonUI: unknown): boolean {
      ui = (ribbonUI ?? null) as typeof ui;
      return true;
    },
    OnAction(control: unknown): boolean {
      const id = controlId(control);
      if (id === CONTROLS.open) {
        try {
          const app = env.app();
          if (!app) throw new PortError("host-error", "WPS 表格 is not available (no Application object)");
          openTaskPane(app, `${env.base()}taskpane.html`);
        } catch (e) {
          env.alert(failureText(failureFromError(e), env.locale()));
        }
      } else if (id === CONTROLS.check) enqueue((locale) => ribbonCheck(port(), locale));
      else if (id === CONTROLS.clear) enqueue((locale) => ribbonClear(port(), locale));
      return true;
    },
    GetImage(control: unknown): string {
      return IMAGES[controlId(control)] ?? IMAGES[CONTROLS.open];
    },
    OnGetEnabled(control: unknown): boolean {
      return controlId(control) === CONTROLS.open || !busy;
    },
    OnGetVisible(): boolean {
      return true;
    },
    /** Resolves once every queued click has finished (tests, and nothing else, wait on it). */
    idle(): Promise<void> {
      return queue;
    },
  };
}

export type WpsRibbon = ReturnType<typeof createRibbon>;
