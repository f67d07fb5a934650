/**
 * The pane's long actions for the web page: run inside the workbook host, beside the workbook, so the page's
 * thread only draws. The options travel without their functions (messages, labels, the signal, the step): the
 * host makes the messages again in the page's language, and the signal and the steps go by message.
 */
import type { ActionStep } from "../../actions/result";
import type { ActionRunner } from "../../taskpane/action-runner";
import { fromWire } from "./action-wire";
import type { WorkbookClient } from "./workbook-client";

/** Everything in an options object but functions and the signal: what can be posted to the worker. */
function plain(opts: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => typeof v !== "function" && !(v instanceof AbortSignal)));
}

const control = (opts: { signal?: AbortSignal; step?: (s: ActionStep) => void }) => ({ ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.step ? { step: opts.step } : {}) });

/** `changed` is told after each action: the page reads the workbook back (the grid, the tabs, the selection). */
export function workerActions(client: WorkbookClient, doc: number, changed: () => void): ActionRunner {
  const run = async <T>(name: keyof ActionRunner, args: unknown[], locale: Parameters<ActionRunner["split"]>[2], opts: object): Promise<T> => {
    try {
      return fromWire(name, await client.action(doc, name, args, locale, control(opts))) as T;
    } finally {
      changed();
    }
  };
  return {
    split: (_port, opts, locale) => run("split", [plain(opts)], locale, opts),
    check: (_port, opts, locale) => run("check", [plain(opts)], locale, opts),
    compare: (_port, opts, locale) => run("compare", [plain(opts)], locale, opts),
    selfEval: (_port, opts, locale) => run("selfEval", [plain(opts)], locale, opts),
    reviewSheet: (_port, sheet, meta, opts, locale) => run("reviewSheet", [sheet, meta, plain(opts)], locale, opts),
  };
}
