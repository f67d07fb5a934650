/// <reference types="office-js" />
/**
 * Fake Excel.Workbook, WorksheetCollection, Worksheet (protection, freeze panes, autofilter, page layout and page
 * breaks) and settings.
 * Worksheets are bound to ids when their creating call runs, as office.js proxies are, so a rename does not lose them.
 */
import { BatchTx, FakeContext, FakeProxy } from "./fake-context";
import { FakeSheet, Visibility, fail, jsonBytes, needApi, newSheetData, parseRect, rectAddress, usedRect } from "./fake-model";
import { FakeRangeAreas } from "./fake-format";
import { FakePageBreakCollection, FakePageLayout } from "./fake-page";
import { FakeRange } from "./fake-range";

/** Excel's own limit on a `getRanges` address list. */
export const MAX_ADDRESS_LIST = 8192;

function checkName(tx: BatchTx, name: string, self?: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) fail("InvalidArgument", `Invalid worksheet name "${name}"`);
  if (tx.book.sheets.some((s) => s.id !== self && s.name.toLowerCase() === name.toLowerCase())) {
    fail("ItemAlreadyExists", `A resource with the same name or identifier already exists ("${name}").`);
  }
}

function byKey(tx: BatchTx, key: string): FakeSheet | undefined {
  return tx.book.sheets.find((s) => s.id === key) ?? tx.book.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
}

/** Excel keeps one visible sheet active: when the active one goes away, the next visible one takes over. */
function reactivate(tx: BatchTx, leaving: string): void {
  if (tx.book.activeId !== leaving) return;
  const i = tx.book.sheets.findIndex((s) => s.id === leaving);
  const next = [...tx.book.sheets.slice(i + 1), ...tx.book.sheets.slice(0, i).reverse()].find((s) => s.visibility === "Visible" && s.id !== leaving);
  if (!next) return fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  tx.book.activeId = next.id;
  tx.book.selection = { sheetId: next.id, address: "A1" };
}

export class FakeWorksheetProtection extends FakeProxy<string> implements Pick<Excel.WorksheetProtection, "protected"> {
  protected readonly props = { protected: (id: string, tx: BatchTx) => tx.sheet(id).protected };
  constructor(ctx: FakeContext, via: (tx: BatchTx) => string | null) {
    super(ctx, { via });
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheetFreezePanes extends FakeProxy<string> {
  protected readonly props = {};
  constructor(ctx: FakeContext, via: (tx: BatchTx) => string | null) {
    super(ctx, { via });
  }
  freezeRows(count = 1): void {
    this.call(8, (id, tx) => (tx.mut(id).frozenRows = count));
  }
}

export class FakeAutoFilter extends FakeProxy<string> {
  protected readonly props = {};
  constructor(ctx: FakeContext, via: (tx: BatchTx) => string | null) {
    super(ctx, { via });
  }
  apply(range: FakeRange | string): void {
    const address = typeof range === "string" ? range : null;
    this.call(address ? jsonBytes(address) : 0, (id, tx) => {
      const rect = address ? parseRect(address) : (range as FakeRange).targetIn(tx).rect;
      tx.mut(id).autoFilter = rectAddress(rect);
    });
  }
}

export class FakeWorksheet extends FakeProxy<string> implements Pick<Excel.Worksheet, "id" | "name" | "position" | "visibility"> {
  protected readonly props = {
    id: (id: string) => id,
    name: (id: string, tx: BatchTx) => tx.sheet(id).name,
    position: (id: string, tx: BatchTx) => tx.book.sheets.findIndex((s) => s.id === id),
    visibility: (id: string, tx: BatchTx) => tx.sheet(id).visibility,
  };
  constructor(ctx: FakeContext, bind: ((tx: BatchTx) => string | null) | { now: string } | { via: (tx: BatchTx) => string | null }, argBytes = 0) {
    super(ctx, bind, argBytes);
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(n: string) {
    this.set("name", n, (id, tx) => {
      checkName(tx, n, id);
      tx.mut(id, false).name = n;
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(p: number) {
    this.set("position", p, (id, tx) => {
      const i = tx.book.sheets.findIndex((s) => s.id === id);
      const [s] = tx.book.sheets.splice(i, 1);
      tx.book.sheets.splice(Math.max(0, Math.min(p, tx.book.sheets.length)), 0, s);
    });
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(v: Visibility) {
    this.set("visibility", v, (id, tx) => {
      if (v !== "Visible") reactivate(tx, id);
      tx.mut(id, false).visibility = v;
      if (!tx.book.sheets.some((s) => s.visibility === "Visible")) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    });
  }
  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.context, (tx) => this.resolve(tx));
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    return new FakeWorksheetFreezePanes(this.context, (tx) => this.resolve(tx));
  }
  get autoFilter(): FakeAutoFilter {
    return new FakeAutoFilter(this.context, (tx) => {
      needApi(tx, 9, "autoFilter");
      return this.resolve(tx);
    });
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, (tx) => {
      needApi(tx, 9, "pageLayout");
      return this.resolve(tx);
    });
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return new FakePageBreakCollection(this.context, (tx) => {
      needApi(tx, 9, "horizontalPageBreaks");
      return this.resolve(tx);
    });
  }

  getRange(address = "A1:XFD1048576"): FakeRange {
    return new FakeRange(this.context, this.child((id, tx) => ({ sheetId: tx.sheet(id).id, rect: parseRect(address) })), jsonBytes(address));
  }

  /** `A1,C5:C9,…`; Excel rejects lists over 8,192 characters (when the batch runs). */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.child((id, tx) => {
      needApi(tx, 9, "getRanges");
      if (address.length > MAX_ADDRESS_LIST) fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format (address list of ${address.length} characters).`);
      return { sheetId: tx.sheet(id).id, rects: address.split(",").map(parseRect) };
    }), jsonBytes(address));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this.child((id, tx) => {
      const r = usedRect(tx.sheet(id), valuesOnly);
      return r ? { sheetId: id, rect: r } : null;
    }));
  }

  activate(): void {
    this.call(0, (id, tx) => {
      const s = tx.mut(id, false);
      if (s.visibility !== "Visible") fail("InvalidOperation", "cannot activate a hidden sheet");
      if (tx.book.activeId !== id) tx.book.selection = { sheetId: id, address: "A1" };
      tx.book.activeId = id;
    });
  }

  delete(): void {
    this.call(0, (id, tx) => {
      tx.sheet(id);
      reactivate(tx, id);
      tx.book.sheets = tx.book.sheets.filter((s) => s.id !== id);
      if (!tx.book.sheets.some((s) => s.visibility === "Visible")) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    });
  }
}

export class FakeWorksheetCollection extends FakeProxy<true> {
  protected readonly props = {};
  private list?: FakeWorksheet[];
  constructor(ctx: FakeContext) {
    super(ctx, { now: true });
  }

  get items(): FakeWorksheet[] {
    return this.list ?? fail("PropertyNotLoaded", `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }

  /** `"items/name,items/id"` (or `"name,id"`): one proxy per sheet, in tab order, with those properties loaded. */
  override load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec.join(",") : spec ?? "items/id,items/name,items/position,items/visibility")
      .split(",").map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
    this.context.enqueue(jsonBytes(names), (tx) => {
      const ids = tx.book.sheets.map((s) => s.id);
      const made = ids.map((id) => new FakeWorksheet(this.context, { now: id }));
      // Snapshot now (as of this point in the batch); the list is published only if the batch succeeds.
      made.forEach((w) => w.loadNow(names, tx));
      tx.responseBytes += jsonBytes(made.map((w) => w.toJSON()));
      tx.commits.push(() => (this.list = made));
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, (tx) => byKey(tx, key)?.id ?? fail("ItemNotFound", `The requested resource doesn't exist (worksheet "${key}").`), jsonBytes(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, (tx) => byKey(tx, key)?.id ?? null, jsonBytes(key));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, (tx) => tx.book.activeId);
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, (tx) => {
      const id = `{FAKE-${String(++tx.book.seq).padStart(4, "0")}}`;
      let n = name;
      if (n === undefined) for (let k = tx.book.sheets.length + 1; !n || byKey(tx, n); k++) n = `Sheet${k}`;
      checkName(tx, n);
      tx.addSheet(newSheetData(id, n));
      return id;
    }, jsonBytes(name ?? ""));
  }
}

export class FakeSetting extends FakeProxy<string> implements Pick<Excel.Setting, "key" | "value"> {
  protected readonly props = {
    key: (k: string) => k,
    value: (k: string, tx: BatchTx) => structuredClone(tx.book.settings[k]),
  };
  constructor(ctx: FakeContext, bind: (tx: BatchTx) => string | null, argBytes: number) {
    super(ctx, bind, argBytes);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.call(0, (k, tx) => delete tx.book.settings[k]);
  }
}

export class FakeSettingCollection extends FakeProxy<true> {
  protected readonly props = {};
  constructor(ctx: FakeContext) {
    super(ctx, { now: true });
  }
  add(key: string, value: unknown): FakeSetting {
    this.call(jsonBytes([key, value]), (_t, tx) => (tx.book.settings[key] = structuredClone(value)));
    return new FakeSetting(this.context, () => key, 0);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, (tx) => (key in tx.book.settings ? key : null), jsonBytes(key));
  }
}

export class FakeWorkbook extends FakeProxy<true> {
  protected readonly props = {};
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  constructor(ctx: FakeContext) {
    super(ctx, { now: true });
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, (tx) => ({ sheetId: tx.book.selection.sheetId, rect: parseRect(tx.book.selection.address) }));
  }
}
