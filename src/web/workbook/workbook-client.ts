/**
 * The page's side of the workbook host: requests by id over a Web Worker, so a big workbook is opened, checked,
 * written and saved off the page's thread. A page opened from a file:// folder may not start a worker (Chromium
 * refuses); then the host runs on the page's own thread, loaded on demand, with the same answers — slower to
 * respond, never different.
 */
import { PortError, type PortErrorCode } from "../../hosts/workbook.port";
import type { ActionStep } from "../../actions/result";
import type { Locale } from "../../i18n";
import type { ActionControl } from "./workbook-host";
import type { Answer, Opened, OtherFile, PortMethod, Request, RowBlock, RunnerAction, ViewMeta } from "./protocol";

export interface WorkbookClient {
  /** Where the workbooks live: a worker, or this page when no worker could be started. */
  readonly mode: () => "worker" | "page" | "starting";
  open(name: string, bytes: Uint8Array): Promise<Opened>;
  close(doc: number): void;
  call(doc: number, method: PortMethod, args: unknown[]): Promise<unknown>;
  meta(doc: number, sheet: string): Promise<ViewMeta | null>;
  rows(doc: number, sheet: string, version: number, from: number, to: number): Promise<RowBlock | null>;
  bytes(doc: number): Promise<Uint8Array>;
  other(name: string, bytes: Uint8Array): Promise<OtherFile>;
  /** One of the pane's long actions, run beside the workbook; `control` hears its steps and may cancel it. */
  action(doc: number, name: RunnerAction, args: unknown[], locale: Locale, control?: Partial<ActionControl>): Promise<unknown>;
}

type Send = (req: Request, transfer: ArrayBuffer[], control?: Partial<ActionControl>) => Promise<Answer>;

function unwrap(answer: Answer): unknown {
  if (answer.ok) return answer.value;
  const { name, message, code } = answer.error;
  if (code) {
    // PortError's message is `code: detail`; rebuilt so the pane and the actions see the error they would in-page.
    const detail = message.startsWith(`${code}: `) ? message.slice(code.length + 2) : undefined;
    throw new PortError(code as PortErrorCode, detail);
  }
  const e = new Error(message);
  e.name = name;
  throw e;
}

/** The host on this page's thread, loaded only when it is needed (a separate chunk, as the worker is). */
function inPage(): Send {
  const host = import(/* webpackChunkName: "workbook-page" */ "./workbook-host").then((m) => new m.WorkbookHost());
  let queue: Promise<unknown> = Promise.resolve();
  return (req, _transfer, control) => {
    const run = { signal: control?.signal ?? new AbortController().signal, step: control?.step ?? (() => undefined) };
    const next = queue.then(async () => (await (await host).handle(req, run)).answer);
    queue = next.catch(() => undefined);
    return next;
  };
}

/** A worker that answers `{ready}` first; null when this page may not start one. */
function workerSend(start: () => Worker): Promise<Send | null> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const waiting = new Map<number, (a: Answer) => void>();
    const steps = new Map<number, (s: ActionStep) => void>();
    let ids = 0;
    const send: Send = (req, transfer, control) =>
      new Promise((done) => {
        const id = ++ids;
        waiting.set(id, (a) => {
          steps.delete(id);
          done(a);
        });
        if (control?.step) steps.set(id, control.step);
        control?.signal?.addEventListener("abort", () => worker.postMessage({ id, cancel: true }), { once: true });
        worker.postMessage({ id, req }, transfer);
      });
    worker.onmessage = (e: MessageEvent<{ ready?: true; id?: number; answer?: Answer; step?: ActionStep }>) => {
      if (e.data.ready) return resolve(send);
      if (e.data.step && e.data.id !== undefined) return void steps.get(e.data.id)?.(e.data.step);
      const done = e.data.id !== undefined ? waiting.get(e.data.id) : undefined;
      if (done && e.data.answer) {
        waiting.delete(e.data.id as number);
        done(e.data.answer);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      // Before `ready`: the script could not be loaded here. After it: a bug in the host, answered as one.
      resolve(null);
      for (const [id, done] of waiting) {
        waiting.delete(id);
        done({ ok: false, error: { name: "Error", message: e.message || "workbook worker failed" } });
      }
    };
  });
}

export function connectWorkbooks(start: (() => Worker) | null): WorkbookClient {
  let mode: "worker" | "page" | "starting" = "starting";
  const ready: Promise<Send> = (start ? workerSend(start) : Promise.resolve(null)).then((s) => {
    mode = s ? "worker" : "page";
    return s ?? inPage();
  });
  const request = async (req: Request, transfer: ArrayBuffer[] = [], control?: Partial<ActionControl>) => unwrap(await (await ready)(req, transfer, control));
  // The caller's bytes are copied before they are transferred: a File's buffer may be read again (对比, a retry).
  const own = (b: Uint8Array) => b.slice();
  return {
    mode: () => mode,
    open: async (name, bytes) => {
      const b = own(bytes);
      return (await request({ op: "open", name, bytes: b }, [b.buffer as ArrayBuffer])) as Opened;
    },
    close: (doc) => void request({ op: "close", doc }).catch(() => undefined),
    call: (doc, method, args) => request({ op: "call", doc, method, args }),
    meta: async (doc, sheet) => (await request({ op: "meta", doc, sheet })) as ViewMeta | null,
    rows: async (doc, sheet, version, from, to) => (await request({ op: "rows", doc, sheet, version, from, to })) as RowBlock | null,
    bytes: async (doc) => (await request({ op: "bytes", doc })) as Uint8Array,
    action: (doc, name, args, locale, control) => request({ op: "action", doc, name, args, locale }, [], control),
    other: async (name, bytes) => {
      const b = own(bytes);
      return (await request({ op: "other", name, bytes: b }, [b.buffer as ArrayBuffer])) as OtherFile;
    },
  };
}
