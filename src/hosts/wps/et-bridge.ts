/**
 * Talking to the ET object model safely: the application found lazily, members read whether a build exposes them
 * as properties or as methods, 1-based collections through `.Item()`, WPS failures turned into PortError codes,
 * and a session that undoes its own writes when a later call fails (ET applies every call at once, there is no
 * batch to drop), with DisplayAlerts and ScreenUpdating off for its duration and restored afterwards.
 */
import { PortError } from "../workbook.port";
import type { EtApplication, EtWorksheet, WpsGlobals } from "./et-types";
import { XL } from "./et-types";

type Bag = Record<string, unknown>;

/** A member that is a property in one build and a zero-argument method in another. */
export function read<T = unknown>(obj: unknown, member: string): T {
  const v = (obj as Bag)[member];
  return (typeof v === "function" ? (v as () => unknown).call(obj) : v) as T;
}

export function count(collection: unknown): number {
  return Number(read(collection, "Count"));
}

/** `coll.Item(key)`; some builds let the collection itself be called. */
export function item<T>(collection: unknown, ...key: (number | string)[]): T {
  const c = collection as { Item?: (...k: unknown[]) => T };
  if (typeof c.Item === "function") return c.Item(...key);
  if (typeof collection === "function") return (collection as (...k: unknown[]) => T)(...key);
  throw new Error(`ET: collection without Item (${key.join(",")})`);
}

/**
 * For cosmetic calls a build may lack or refuse (page setup, cell styles): each is tried on its own, and what failed
 * is named in `skipped` instead of thrown. Never for values: their failures must roll the operation back.
 */
export function tolerant(): { attempt(what: string, f: () => void): void; skipped: string[] } {
  const skipped: string[] = [];
  return {
    skipped,
    attempt(what, f) {
      try {
        f();
      } catch {
        if (!skipped.includes(what)) skipped.push(what);
      }
    },
  };
}

const isObject = (x: unknown): x is Bag => x !== null && (typeof x === "object" || typeof x === "function");

/** Does this look like the WPS application (not Office's, not a page's own global of that name)? */
export function looksLikeEt(x: unknown): x is EtApplication {
  if (!isObject(x)) return false;
  try {
    return ["ActiveWorkbook", "Workbooks", "CreateTaskPane", "CreateTaskpane"].some((m) => x[m] !== undefined);
  } catch {
    return false;
  }
}

/** `window.Application`, else `wps.EtApplication()`; null outside WPS. Never throws. */
export function findEtApp(g: WpsGlobals = globalThis as WpsGlobals): EtApplication | null {
  try {
    if (looksLikeEt(g.Application)) return g.Application;
  } catch {
    /* a hostile getter: try the other route */
  }
  try {
    const w = g.wps as { EtApplication?: () => unknown } | undefined;
    const app = isObject(w) && typeof w.EtApplication === "function" ? w.EtApplication() : undefined;
    if (looksLikeEt(app)) return app;
  } catch {
    /* not WPS */
  }
  return null;
}

/** WPS reports failures as exceptions whose text is all we get; the sheet is named in the detail. */
export function toPortError(e: unknown, sheet?: string): PortError {
  if (e instanceof PortError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const detail = [sheet, message].filter(Boolean).join(": ");
  if (/protect|保护/i.test(message)) return new PortError("sheet-protected", detail);
  if (/edit(ing)? mode|编辑(状态|模式)/i.test(message)) return new PortError("cell-edit-mode", detail);
  return new PortError("host-error", detail);
}

/** One adapter operation: sheet lookups, and the undo steps of what it wrote so far. */
export class EtSession {
  private readonly undo: (() => void)[] = [];

  constructor(readonly app: EtApplication) {}

  get sheets() {
    return this.app.ActiveWorkbook.Worksheets;
  }

  /** The sheet of that name (ET compares names case-insensitively), or undefined. */
  find(name: string): EtWorksheet | undefined {
    try {
      return item<EtWorksheet | null | undefined>(this.sheets, name) ?? undefined;
    } catch {
      return undefined; // ET throws for an unknown name
    }
  }

  sheet(name: string): EtWorksheet {
    const ws = this.find(name);
    if (!ws) throw new PortError("sheet-not-found", name);
    return ws;
  }

  /** A sheet we may write to: a protected one is refused before anything is changed. */
  writable(name: string): EtWorksheet {
    const ws = this.sheet(name);
    if (read<boolean>(ws, "ProtectContents") === true) throw new PortError("sheet-protected", name);
    return ws;
  }

  names(): string[] {
    const n = count(this.sheets);
    const out: string[] = [];
    for (let i = 1; i <= n; i++) out.push(String(read(item(this.sheets, i), "Name")));
    return out;
  }

  /** Register how to take back a write that has just succeeded. */
  onUndo(step: () => void): void {
    this.undo.push(step);
  }

  /** Take back every write, newest first; one failing step does not stop the others. */
  rollback(): void {
    while (this.undo.length) {
      try {
        this.undo.pop()!();
      } catch {
        /* best effort: the original failure is the one to report */
      }
    }
  }
}

/**
 * Switch a boolean application property off; returns how to put it back. A build without it is fine. Failing to
 * switch DisplayAlerts off aborts the operation before it changes anything: deleting a sheet would ask the user.
 */
function quiet(app: EtApplication, member: "DisplayAlerts" | "ScreenUpdating"): () => void {
  const bag = app as unknown as Bag;
  let before: unknown;
  try {
    before = bag[member];
    if (before === false || before === undefined) return () => undefined;
    bag[member] = false;
  } catch (e) {
    if (member === "DisplayAlerts") throw e;
    return () => undefined;
  }
  return () => {
    try {
      bag[member] = before;
    } catch {
      /* nothing more we can do */
    }
  };
}

/**
 * Run `work` as one all-or-nothing operation: alerts off (deleting a sheet must not ask the user), screen updates
 * off, every write undone if a later step throws, and the error reported as a PortError.
 */
export function transact<T>(app: EtApplication, sheet: string | undefined, work: (s: EtSession) => T): T {
  const session = new EtSession(app);
  let restoreAlerts = () => undefined as void;
  let restoreScreen = () => undefined as void;
  try {
    restoreAlerts = quiet(app, "DisplayAlerts");
    restoreScreen = quiet(app, "ScreenUpdating");
    return work(session);
  } catch (e) {
    session.rollback();
    throw toPortError(e, sheet);
  } finally {
    restoreScreen();
    restoreAlerts();
  }
}

/** A read-only operation: no undo, errors mapped the same way. */
export function inspect<T>(app: EtApplication, sheet: string | undefined, work: (s: EtSession) => T): T {
  try {
    return work(new EtSession(app));
  } catch (e) {
    throw toPortError(e, sheet);
  }
}

export { XL };
