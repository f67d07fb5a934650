/**
 * The office.js request model the fake enforces: every proxy call queues an operation; nothing reaches the
 * workbook, and no property can be read, until `context.sync()` runs the whole batch (all or nothing).
 */
import { Tx, fail, jsonBytes } from "./fake-model";

/** A batch being executed: the draft workbook plus what to publish to proxies if the batch succeeds. */
export class BatchTx extends Tx {
  readonly bindings = new Map<{ commitBinding(t: unknown): void }, unknown>();
  readonly commits: (() => void)[] = [];
}

export interface Op {
  bytes: number;
  run(tx: BatchTx): void;
}

/** Rough size of one serialized action in a request (ids, action type, object path) besides its arguments. */
export const ACTION_BYTES = 64;

export interface SyncHost {
  execute(ctx: FakeContext): Promise<void>;
}

export class FakeContext {
  private queue: Op[] = [];
  /** Accepted so code written for office.js runs unchanged; the fake needs no tracking. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  // Assigned by the host right after construction (the workbook proxy needs the context first).
  workbook!: unknown;

  constructor(
    private readonly host: SyncHost,
    readonly delayForCellEdit: boolean,
  ) {}

  enqueue(argBytes: number, run: (tx: BatchTx) => void): void {
    this.queue.push({ bytes: ACTION_BYTES + argBytes, run });
  }

  take(): Op[] {
    const q = this.queue;
    this.queue = [];
    return q;
  }

  get pending(): number {
    return this.queue.length;
  }

  sync(): Promise<void> {
    return this.host.execute(this);
  }
}

/**
 * Base of every fake proxy. `T` is what the proxy points at once its creating call has run (a sheet id, a range…);
 * `null` is a null object. Scalar properties throw `PropertyNotLoaded` until loaded and synced.
 */
export abstract class FakeProxy<T> {
  private bound = false;
  private target: T | null = null;
  /** Navigation children (range.format, sheet.protection…) queue nothing: they resolve through their parent. */
  private readonly via?: (tx: BatchTx) => T | null;
  private readonly loaded = new Map<string, unknown>();
  private nullLoaded: boolean | undefined;

  protected constructor(
    readonly context: FakeContext,
    bind: ((tx: BatchTx) => T | null) | { now: T } | { via: (tx: BatchTx) => T | null },
    argBytes = 0,
  ) {
    if ("now" in bind) {
      this.bound = true;
      this.target = bind.now;
    } else if ("via" in bind) {
      this.via = bind.via;
    } else {
      context.enqueue(argBytes, (tx) => tx.bindings.set(this, bind(tx)));
    }
  }

  /** Scalar properties `load` accepts, and how to read each from the batch's workbook. */
  protected abstract readonly props: Record<string, (t: T, tx: BatchTx) => unknown>;

  /** Publish a binding made in a successful batch. */
  commitBinding(t: unknown): void {
    this.bound = true;
    this.target = t as T | null;
  }

  /** The target as of this point in the batch; a null object or a proxy from a failed batch cannot be used. */
  protected resolve(tx: BatchTx): T {
    if (this.via) {
      const v = this.via(tx);
      return v === null ? fail("InvalidObjectPath", `The object path isn't working (${this.constructor.name} of a null object).`) : v;
    }
    const t = tx.bindings.has(this) ? (tx.bindings.get(this) as T | null) : this.bound ? this.target : undefined;
    if (t === undefined) return fail("InvalidObjectPath", `The object path isn't working for what you're trying to do (${this.constructor.name} from a failed batch).`);
    if (t === null) return fail("InvalidObjectPath", `The object path isn't working for what you're trying to do (${this.constructor.name} is a null object).`);
    return t;
  }

  /** Null-object check inside a batch, for children made with `…OrNullObject` chains. */
  protected resolveOrNull(tx: BatchTx): T | null {
    if (this.via) return this.via(tx);
    if (tx.bindings.has(this)) return tx.bindings.get(this) as T | null;
    if (!this.bound) fail("InvalidObjectPath", `The object path isn't working (${this.constructor.name} from a failed batch).`);
    return this.target;
  }

  get isNullObject(): boolean {
    if (this.nullLoaded === undefined) fail("PropertyNotLoaded", `The property 'isNullObject' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.nullLoaded!;
  }

  load(spec?: string | string[] | Record<string, unknown>): this {
    const names = parseLoad(spec, Object.keys(this.props));
    const own: string[] = [];
    for (const n of names) {
      const slash = n.indexOf("/");
      if (slash < 0) {
        if (!(n in this.props)) throw new Error(`fake Excel: ${this.constructor.name} has no loadable property '${n}'`);
        own.push(n);
      } else {
        const child = (this as unknown as Record<string, unknown>)[n.slice(0, slash)];
        if (!(child instanceof FakeProxy)) throw new Error(`fake Excel: ${this.constructor.name}.${n.slice(0, slash)} is not a navigation property`);
        child.load(n.slice(slash + 1));
      }
    }
    this.context.enqueue(jsonBytes(own), (tx) => {
      const t = this.resolveOrNull(tx);
      const snap: Record<string, unknown> = {};
      if (t !== null) for (const n of own) snap[n] = this.props[n](t, tx);
      tx.responseBytes += jsonBytes(snap);
      tx.commits.push(() => {
        this.nullLoaded = t === null;
        for (const n of own) this.loaded.set(n, t === null ? null : snap[n]);
      });
    });
    return this;
  }

  /** Load `names` right now from a running batch (collection loads build their item proxies this way). */
  loadNow(names: string[], tx: BatchTx): void {
    const t = this.resolveOrNull(tx);
    this.nullLoaded = t === null;
    for (const n of names) {
      if (!(n in this.props)) throw new Error(`fake Excel: ${this.constructor.name} has no loadable property '${n}'`);
      this.loaded.set(n, t === null ? null : this.props[n](t, tx));
    }
  }

  /** The target inside a running batch, for fake objects that take another proxy as an argument. */
  targetIn(tx: BatchTx): T {
    return this.resolve(tx);
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) {
      return fail("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(name) as V;
  }

  /** A property assignment: queued like office.js, and readable locally afterwards as office.js allows. */
  protected set(name: string, value: unknown, apply: (t: T, tx: BatchTx) => void, argBytes = jsonBytes(value)): void {
    this.loaded.set(name, value);
    this.context.enqueue(argBytes, (tx) => apply(this.resolve(tx), tx));
  }

  /** A method call with no result proxy. */
  protected call(argBytes: number, apply: (t: T, tx: BatchTx) => void): void {
    this.context.enqueue(argBytes, (tx) => apply(this.resolve(tx), tx));
  }

  /** A target for a child proxy; a child of a null object is itself unusable (InvalidObjectPath), as in Excel. */
  protected child<C>(make: (t: T, tx: BatchTx) => C | null): (tx: BatchTx) => C | null {
    return (tx) => make(this.resolve(tx), tx);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** `"a, b"`, `["a","b"]`, `{select:"a,b"}` or `{a:true}`; no argument loads every scalar property. */
function parseLoad(spec: string | string[] | Record<string, unknown> | undefined, all: string[]): string[] {
  if (spec === undefined) return all;
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoad(s, all));
  if (typeof spec.select === "string") return parseLoad(spec.select, all);
  return Object.entries(spec).filter(([, v]) => v === true).map(([k]) => k);
}
