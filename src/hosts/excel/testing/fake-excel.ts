/// <reference types="office-js" />
/**
 * A strict in-memory fake of the Excel JavaScript API subset the Office.js adapter uses, for tests and the sync-count
 * benchmark. Test-only: nothing in the add-in bundle imports it (src/taskpane and src/commands must not).
 *
 * What it enforces, as office.js and Excel do: properties throw PropertyNotLoaded until loaded and synced; writes are
 * queued and applied at sync, in order, all or nothing; getItem fails with ItemNotFound at sync; null objects;
 * Excel's input coercion (`=x` typed into a General cell becomes a formula); getRanges address lists ≤ 8,192
 * characters; a cell's text ≤ 32,767 characters; request and response payloads ≤ 5 MB; protected sheets refuse
 * writes (AccessDenied); cell-edit mode; members of a later ExcelApi requirement set than the host's fail with ApiNotFound;
 * merging keeps an area's upper-left value only; manual page breaks sit above a row and move with it.
 * It counts syncs and bytes, and can fail any chosen sync to prove a failed run leaves nothing half-written.
 */
import { CellValue, Grid, isCellError } from "../../../core";
import { BatchTx, FakeContext } from "./fake-context";
import { Dump, dumpBook } from "./fake-dump";
import {
  FakeBook, FakeSheet, FakeStyle, FakeValue, LATEST_EXCEL_API, NO_FILL, fail, getFill, getFormat, getFormula, getValue, newSheetData, parseRect,
} from "./fake-model";
import { FakeWorkbook } from "./fake-objects";
import { FakePage, defaultPage } from "./fake-page";

export { FakeOfficeError } from "./fake-model";
export type { Dump } from "./fake-dump";
export type { FakePage } from "./fake-page";

export const MB = 1024 * 1024;

export interface FakeExcelOptions {
  /** Request payload limit per sync, in bytes of JSON (Excel on the web: 5 MB). */
  requestLimit?: number;
  /** Response payload limit per sync (Excel on the web: 5 MB). */
  responseLimit?: number;
  /** The ExcelApi requirement set the host supports, e.g. "1.8" (default: all of them). */
  excelApi?: string;
}

/** "1.9" → 9. */
const apiMinor = (version: string): number => Number(/^1\.(\d+)$/.exec(version)?.[1] ?? fail("InvalidArgument", `ExcelApi version ${version}`));

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class FakeExcel {
  book: FakeBook;
  readonly requestLimit: number;
  readonly responseLimit: number;
  readonly excelApi: number;
  /** Every sync so far, in order (failed ones included). */
  readonly syncs: SyncRecord[] = [];
  runCount = 0;
  /** While true, a batch run without `delayForCellEdit` fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  private readonly failures = new Map<number, string>();
  private saved: { Excel: unknown; Office: unknown } | null = null;

  constructor(sheets: FakeSheet[] = [newSheetData("{FAKE-0001}", "Sheet1")], options: FakeExcelOptions = {}) {
    this.book = { sheets, activeId: sheets[0].id, selection: { sheetId: sheets[0].id, address: "A1" }, settings: {}, seq: sheets.length };
    this.requestLimit = options.requestLimit ?? 5 * MB;
    this.responseLimit = options.responseLimit ?? 5 * MB;
    this.excelApi = options.excelApi === undefined ? LATEST_EXCEL_API : apiMinor(options.excelApi);
  }

  /** A workbook whose sheets hold the grids' values as they are (text stays text, as pasted from a TSV). */
  static fromGrids(grids: Grid | Grid[], options: FakeExcelOptions = {}): FakeExcel {
    const list = Array.isArray(grids) ? grids : [grids];
    const sheets = list.map((g, i) => {
      const s = newSheetData(`{FAKE-${String(i + 1).padStart(4, "0")}}`, g.name);
      s.rows = g.rows.map((r) => ({ v: r.map((v): FakeValue => (isCellError(v) ? { error: v.error } : v)) }));
      return s;
    });
    return new FakeExcel(sheets, options);
  }

  get syncCount(): number {
    return this.syncs.length;
  }
  get bytesPerSync(): number[] {
    return this.syncs.map((s) => s.requestBytes);
  }
  get responseBytesPerSync(): number[] {
    return this.syncs.map((s) => s.responseBytes);
  }

  /** Make the `n`-th sync from now (1 = the next one) throw `code` and apply nothing of its batch. */
  failNextSync(n = 1, code = "GeneralException"): void {
    this.failures.set(this.syncCount + n, code);
  }

  /** `Excel.run(batch)` and `Excel.run(options, batch)`; `delayForCellEdit` waits out cell-edit mode. */
  run = async <T>(a: Batch<T> | Excel.RunOptions, b?: Batch<T>): Promise<T> => {
    const [options, batch] = typeof a === "function" ? [{} as Excel.RunOptions, a] : [a, b!];
    const ctx = new FakeContext(this, options.delayForCellEdit === true);
    ctx.workbook = new FakeWorkbook(ctx);
    this.runCount++;
    const result = await batch(ctx as unknown as Excel.RequestContext);
    // Strict: work queued after the last sync would be silently lost by a real host that does not flush it.
    if (ctx.pending > 0) throw new Error(`fake Excel: ${ctx.pending} queued operation(s) were never synced`);
    return result;
  };

  async execute(ctx: FakeContext): Promise<void> {
    await Promise.resolve();
    const ops = ctx.take();
    const record: SyncRecord = { requestBytes: ops.reduce((n, o) => n + o.bytes, 0), responseBytes: 0 };
    this.syncs.push(record);
    try {
      if (this.cellEditMode && !ctx.delayForCellEdit) fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      const injected = this.failures.get(this.syncCount);
      if (injected) {
        this.failures.delete(this.syncCount);
        fail(injected, `Injected failure at sync ${this.syncCount}`);
      }
      if (record.requestBytes > this.requestLimit) fail("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${record.requestBytes} bytes).`);
      const tx = new BatchTx(this.book);
      tx.excelApi = this.excelApi;
      for (const op of ops) op.run(tx);
      record.responseBytes = tx.responseBytes;
      if (tx.responseBytes > this.responseLimit) fail("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${tx.responseBytes} bytes).`);
      this.book = tx.book;
      for (const [proxy, target] of tx.bindings) proxy.commitBinding(target);
      for (const c of tx.commits) c();
    } catch (e) {
      record.error = (e as { code?: string }).code ?? String(e);
      throw e;
    }
  }

  /** The `Excel` namespace the adapter sees: `run` plus the enums it uses. */
  get api(): Record<string, unknown> {
    return {
      run: this.run,
      InsertShiftDirection: { down: "Down", right: "Right" },
      DeleteShiftDirection: { up: "Up", left: "Left" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks" },
      ErrorCodes: { accessDenied: "AccessDenied", itemNotFound: "ItemNotFound", invalidOperationInCellEditMode: "InvalidOperationInCellEditMode", apiNotFound: "ApiNotFound" },
      PaperType: { letter: "Letter", a3: "A3", a4: "A4", a5: "A5" },
      PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
      PrintMarginUnit: { points: "Points", inches: "Inches", centimeters: "Centimeters" },
      VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" },
      HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
    };
  }

  install(): this {
    const g = globalThis as Record<string, unknown>;
    this.saved = { Excel: g.Excel, Office: g.Office };
    g.Excel = this.api;
    const isSetSupported = (name: string, version = "1.1") => name !== "ExcelApi" || apiMinor(version) <= this.excelApi;
    g.Office = { context: { requirements: { isSetSupported } }, onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }) };
    return this;
  }

  uninstall(): void {
    if (!this.saved) return;
    const g = globalThis as Record<string, unknown>;
    for (const k of ["Excel", "Office"] as const) {
      if (this.saved[k] === undefined) delete g[k];
      else g[k] = this.saved[k];
    }
    this.saved = null;
  }

  // ---- direct access for tests (outside any batch, no sync counted) ----

  sheet(name: string): FakeSheet {
    return this.book.sheets.find((s) => s.name === name) ?? fail("ItemNotFound", `no sheet "${name}"`);
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  get activeSheet(): string {
    return this.book.sheets.find((s) => s.id === this.book.activeId)!.name;
  }

  /** A cell as Excel holds it: value, formula, number format, and fill as `format.fill.color` reads it. */
  cell(sheet: string, address: string): { value: CellValue; formula: string | null; format: string; fill: string; filled: boolean } {
    const s = this.sheet(sheet);
    const { r0, c0 } = parseRect(address);
    const v = getValue(s, r0, c0);
    const fill = getFill(s, r0, c0);
    return { value: v, formula: getFormula(s, r0, c0), format: getFormat(s, r0, c0), fill: fill ?? NO_FILL, filled: fill !== null };
  }

  /** A cell's style (wrap, bold, alignment; {} when it has none), and whether autofitRows sized its row. */
  style(sheet: string, address: string): FakeStyle & { fitted: boolean } {
    const { r0, c0 } = parseRect(address);
    const row = this.sheet(sheet).rows[r0];
    return { ...row?.st?.[c0], fitted: row?.fit === true };
  }

  /** The sheet's page layout as Excel would report it (its defaults when never changed). */
  page(sheet: string): FakePage {
    return structuredClone(this.sheet(sheet).page ?? defaultPage());
  }

  /** Values anchored at A1 (errors as `{error}`), trailing empties kept as the rows hold them. */
  values(sheet: string): CellValue[][] {
    return this.sheet(sheet).rows.map((r) => (r ? r.v.map((v) => v ?? null) : []));
  }

  /** Plant state as a user would have made it (fills, protection, merges, selection): not counted as syncs. */
  edit(change: (book: FakeBook, tx: BatchTx) => void): void {
    const tx = new BatchTx(this.book);
    change(tx.book, tx);
    this.book = tx.book;
  }

  setFill(sheet: string, address: string, color: string | null): void {
    this.edit((_b, tx) => {
      const s = tx.mut(this.sheet(sheet).id, false);
      const { r0, c0, r1, c1 } = parseRect(address);
      for (let r = r0; r <= r1; r++) {
        const row = tx.row(s, r);
        for (let c = c0; c <= c1; c++) (row.fill ??= [])[c] = color === null ? null : color.toUpperCase();
      }
    });
  }

  protect(sheet: string, on = true): void {
    this.edit((_b, tx) => (tx.mut(this.sheet(sheet).id, false).protected = on));
  }

  merge(sheet: string, address: string): void {
    this.edit((_b, tx) => tx.mut(this.sheet(sheet).id, false).merges.push(address));
  }

  select(sheet: string, address: string): void {
    this.edit((b) => {
      b.activeId = this.sheet(sheet).id;
      b.selection = { sheetId: b.activeId, address };
    });
  }

  dump(): Dump {
    return dumpBook(this.book);
  }
}
