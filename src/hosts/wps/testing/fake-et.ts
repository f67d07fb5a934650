/**
 * A strict, counting fake of the WPS 表格 (ET) JS object model, for tests and the call-count benchmark. Test-only:
 * nothing in the add-in bundle imports it.
 *
 * Every object handed out is wrapped as the bridge would: each property read or write and each method call is one
 * counted bridge call; a member the object does not have (a typo, or something WPS lacks) throws; assigning to a
 * member without a setter (`Value`) throws; chosen calls can be made to fail, to prove a failed run leaves the
 * workbook as it was. Builds that expose some properties as methods (and the reverse) are selectable as quirks.
 */
import { isCellError, type Grid } from "../../../core";
import { cvErrCode } from "../et-values";
import type { EtApplication } from "../et-types";
import {
  EtBookData, EtCell, EtDump, EtError, EtSheetData, EtStyle, dumpBook, etFail, fillAt, formatAt, formulaAt, hexOf, newSheetData, parseArea, rowOf, valueAt,
} from "./fake-et-model";
import { AddinServices, FakeApplication, FakeWorksheet } from "./fake-et-objects";
import { EtQuirks, EtWorld } from "./fake-et-range";

export type { EtDump, EtQuirks };

export interface EtCall {
  type: string;
  member: string;
  kind: "get" | "set" | "call";
}

/** Calls that change the workbook or what the user sees. */
const MUTATORS = new Set(["Add", "Delete", "Insert", "ClearContents", "Merge", "Move", "AutoFilter", "AutoFit", "Activate", "Select", "Navigate", "setItem"]);
export const isMutation = (c: EtCall) => c.kind === "set" || (c.kind === "call" && MUTATORS.has(c.member));

type Members = Map<string, { kind: "prop" | "method"; settable: boolean }>;
const memberCache = new Map<object, Members>();

function membersOf(target: object): Members {
  const proto = Object.getPrototypeOf(target) as object;
  let m = memberCache.get(proto);
  if (!m) {
    m = new Map();
    for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
      for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
        if (name === "constructor" || name.startsWith("_") || m.has(name)) continue;
        if (d.get || d.set) m.set(name, { kind: "prop", settable: Boolean(d.set) });
        else if (typeof d.value === "function") m.set(name, { kind: "method", settable: false });
      }
    }
    memberCache.set(proto, m);
  }
  // Plain instance fields (a task pane's Visible) are properties too.
  const own = new Map(m);
  for (const name of Object.keys(target)) if (!name.startsWith("_") && !own.has(name)) own.set(name, { kind: "prop", settable: true });
  return own;
}

export class FakeEt {
  readonly world: EtWorld;
  readonly addin: AddinServices = { panes: [], storage: new Map(), listeners: [] };
  /** Every bridge call so far, in order. */
  readonly log: EtCall[] = [];
  /** Every value DisplayAlerts was set to, in order. */
  readonly alerts: boolean[] = [];
  readonly app: EtApplication;
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly sheetObjects = new WeakMap<EtSheetData, FakeWorksheet>();
  private failure: { left: number; match: (c: EtCall) => boolean; message: string } | null = null;
  private saved: { Application: unknown; wps: unknown } | null = null;

  constructor(sheets: EtSheetData[] = [newSheetData("Sheet1")], quirks: EtQuirks = {}) {
    const book: EtBookData = { sheets, active: sheets[0] };
    this.world = {
      book,
      quirks: { empty: null, ...quirks },
      displayAlerts: true,
      screenUpdating: true,
      seq: sheets.length,
      sheetObject: (s) => {
        let o = this.sheetObjects.get(s);
        if (!o) this.sheetObjects.set(s, (o = new FakeWorksheet(this.world, s)));
        return o;
      },
    };
    this.app = this.wrap(new FakeApplication(this.world, this.addin)) as unknown as EtApplication;
  }

  /** A workbook whose sheets hold the grids' values as they are (text stays text, as pasted from a TSV). */
  static fromGrids(grids: Grid | Grid[], quirks: EtQuirks = {}): FakeEt {
    const sheets = (Array.isArray(grids) ? grids : [grids]).map((g) => {
      const s = newSheetData(g.name);
      g.rows.forEach((r, i) => {
        if (r.length) s.rows[i] = { v: r.map((v): EtCell => (isCellError(v) ? { error: v.error } : v)) };
      });
      return s;
    });
    return new FakeEt(sheets, quirks);
  }

  get calls(): number {
    return this.log.length;
  }

  /** Bridge calls made by `f`, in total and by member. */
  async counted<T>(f: () => Promise<T> | T): Promise<{ value: T; calls: number; writes: number; byMember: Record<string, number> }> {
    const from = this.log.length;
    const value = await f();
    const calls = this.log.slice(from);
    const byMember: Record<string, number> = {};
    for (const c of calls) byMember[`${c.type}.${c.member}`] = (byMember[`${c.type}.${c.member}`] ?? 0) + 1;
    return { value, calls: calls.length, writes: calls.filter(isMutation).length, byMember };
  }

  /** Make the `n`-th call from now that `match`es (by default: the n-th change) throw, before it takes effect. */
  failOn(n: number, match: (c: EtCall) => boolean = isMutation, message = "fake ET: injected failure"): void {
    this.failure = { left: n, match, message };
  }

  private record(call: EtCall): void {
    this.log.push(call);
    const f = this.failure;
    if (f && f.match(call) && --f.left === 0) {
      this.failure = null;
      throw new EtError(`${f.message} (${call.type}.${call.member})`);
    }
  }

  private unwrap = (x: unknown): unknown => (x !== null && typeof x === "object" ? (this.targets.get(x) ?? x) : x);

  private wrap = (x: unknown): unknown => {
    if (x === null || typeof x !== "object" || Array.isArray(x) || !("_w" in x || "_a" in x || "_r" in x || "_url" in x)) return x;
    const cached = this.proxies.get(x);
    if (cached) return cached;
    const target = x as Record<string, unknown>;
    const type = target.constructor.name.replace(/^Fake/, "");
    const methods = new Set(this.world.quirks.methods ?? []);
    const properties = new Set(this.world.quirks.properties ?? []);
    const missing = new Set(this.world.quirks.missing ?? []);
    const member = (t: object, prop: string) => (missing.has(prop) ? undefined : membersOf(t).get(prop));
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === "symbol") return Reflect.get(t, prop);
        const m = member(t, prop);
        if (!m) {
          if (/^[A-Z]/.test(prop)) etFail(`fake ET: ${type} has no member "${prop}"`);
          return undefined; // lower-case probes (then, toJSON, $$typeof…) are not ET members
        }
        if (m.kind === "method" && !properties.has(prop)) {
          return (...args: unknown[]) => {
            this.record({ type, member: prop, kind: "call" });
            return this.wrap((t[prop] as (...a: unknown[]) => unknown).apply(t, args.map(this.unwrap)));
          };
        }
        if (m.kind === "method" || methods.has(prop)) {
          // A property of this build read as a method, or a method of other builds read as a property.
          const read = () => {
            this.record({ type, member: prop, kind: m.kind === "method" ? "get" : "call" });
            return this.wrap(m.kind === "method" ? (t[prop] as () => unknown).call(t) : t[prop]);
          };
          return m.kind === "method" ? read() : read;
        }
        this.record({ type, member: prop, kind: "get" });
        return this.wrap(t[prop]);
      },
      set: (t, prop, value) => {
        if (typeof prop === "symbol") return false;
        const m = member(t, prop);
        if (!m) etFail(`fake ET: ${type} has no member "${prop}"`);
        if (!m!.settable) throw new TypeError(`fake ET: ${type}.${prop} is read-only`);
        this.record({ type, member: prop, kind: "set" });
        if (type === "Application" && prop === "DisplayAlerts") this.alerts.push(value === true);
        t[prop] = this.unwrap(value);
        return true;
      },
      has: (t, prop) => typeof prop === "string" && member(t, prop) !== undefined,
    });
    this.proxies.set(x, proxy);
    this.targets.set(proxy, x);
    return proxy;
  };

  /** `window.Application` and `wps.EtApplication()`, as WPS provides them to an add-in page. */
  install(g: Record<string, unknown> = globalThis as Record<string, unknown>): this {
    this.saved = { Application: g.Application, wps: g.wps };
    g.Application = this.app;
    g.wps = { EtApplication: () => this.app };
    return this;
  }

  uninstall(g: Record<string, unknown> = globalThis as Record<string, unknown>): void {
    if (!this.saved) return;
    for (const k of ["Application", "wps"] as const) {
      if (this.saved[k] === undefined) delete g[k];
      else g[k] = this.saved[k];
    }
    this.saved = null;
  }

  // ---- direct access for tests (no bridge calls counted) ----

  sheet(name: string): EtSheetData {
    return this.world.book.sheets.find((s) => s.name === name) ?? etFail(`no sheet "${name}"`);
  }

  sheetNames(): string[] {
    return this.world.book.sheets.map((s) => s.name);
  }

  get activeSheet(): string {
    return this.world.book.active.name;
  }

  cell(sheet: string, address: string): { value: EtCell; formula: string | null; format: string; fill: string | null } {
    const s = this.sheet(sheet);
    const { r0, c0 } = parseArea(address);
    const fill = fillAt(s, r0, c0);
    return { value: valueAt(s, r0, c0), formula: formulaAt(s, r0, c0), format: formatAt(s, r0, c0), fill: fill === null ? null : hexOf(fill) };
  }

  /** A cell's value as Value2 would show it (errors as CVErr numbers). */
  raw(sheet: string, address: string): unknown {
    const v = this.cell(sheet, address).value;
    return v !== null && typeof v === "object" ? cvErrCode(v.error) : v;
  }

  setFill(sheet: string, address: string, color: string | null): void {
    const s = this.sheet(sheet);
    const r = parseArea(address);
    const bgr = color === null ? null : parseInt(color.slice(5, 7) + color.slice(3, 5) + color.slice(1, 3), 16);
    for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) (rowOf(s, i).fill ??= [])[j] = bgr;
  }

  protect(sheet: string, on = true): void {
    this.sheet(sheet).protected = on;
  }

  merge(sheet: string, address: string): void {
    this.sheet(sheet).merges.push(parseArea(address));
  }

  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.world.book.active = s;
    s.selection = address;
  }

  /** A cell's style (wrap, bold, alignments; {} when it has none), and whether Rows.AutoFit sized its row. */
  style(sheet: string, address: string): EtStyle & { fitted: boolean } {
    const { r0, c0 } = parseArea(address);
    const row = this.sheet(sheet).rows[r0];
    return { ...row?.st?.[c0], fitted: row?.fit === true };
  }

  dump(): EtDump {
    return dumpBook(this.world.book);
  }
}
