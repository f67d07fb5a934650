/**
 * The workbooks of the web page and everything done to them, answering the page's requests (protocol.ts). It runs
 * in a Web Worker (workbook.worker.ts); where a page may not start one (opened from a file:// folder), the page
 * runs it on its own thread instead (workbook-client.ts), with the same answers.
 */
import { detectLayout, pickSheet } from "../../core";
import { runCheck, splitIndicators } from "../../actions/actions";
import { compareSheets } from "../../actions/compare-actions";
import type { ActionStep } from "../../actions/result";
import { writeReviewSheet } from "../../actions/review-actions";
import { makeSelfEvaluation } from "../../actions/selfeval-actions";
import { changeLabel, draftOpinion, findingKinds, findingMessages, type Locale } from "../../i18n";
import { PortError, WRITING_METHODS } from "../../hosts/workbook.port";
import type { XlsxAdapter } from "../../hosts/xlsx/xlsx.adapter";
import { openWorkbook, type OpenResult } from "../../hosts/xlsx/xlsx.open";
import { sheetView, type SheetView } from "../sheet-view";
import { toWire } from "./action-wire";
import type { Answer, Opened, OtherFile, Request, RowBlock, RunnerAction, ShownCell, ViewMeta } from "./protocol";

/** What a running action is given by the page: its cancel signal and where its steps are told. */
export interface ActionControl {
  signal: AbortSignal;
  step: (step: ActionStep) => void;
}



interface Doc {
  adapter: XlsxAdapter;
  version: number;
  views: Map<string, SheetView>;
}

/** The workbook changed: views and row blocks of the old version are dropped. */
function changed(d: Doc): void {
  d.version++;
  d.views.clear();
}

export class WorkbookHost {
  private docs = new Map<number, Doc>();
  private ids = 0;

  /** Answer one request; `transfer` lists buffers to hand over instead of copying. */
  async handle(req: Request, control?: ActionControl): Promise<{ answer: Answer; transfer: ArrayBuffer[] }> {
    try {
      const value = await this.run(req, control);
      const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
      return { answer: { ok: true, value }, transfer };
    } catch (e) {
      const error = e instanceof Error ? { name: e.name, message: e.message, ...(e instanceof PortError ? { code: e.code } : {}) } : { name: "Error", message: String(e) };
      return { answer: { ok: false, error }, transfer: [] };
    }
  }

  private async run(req: Request, control?: ActionControl): Promise<unknown> {
    switch (req.op) {
      case "open":
        return this.open(req.name, req.bytes);
      case "close":
        return this.docs.delete(req.doc);
      case "call":
        return this.call(this.doc(req.doc), req.method, req.args);
      case "meta":
        return this.meta(this.doc(req.doc), req.sheet);
      case "rows":
        return this.rows(this.doc(req.doc), req.sheet, req.version, req.from, req.to);
      case "bytes":
        return this.doc(req.doc).adapter.toBytes();
      case "other":
        return otherVersion(req.name, () => openWorkbook(req.name, req.bytes));
      case "action":
        return this.action(this.doc(req.doc), req.name, req.args, req.locale, control);
    }
  }

  /** The pane's action over this workbook, with the message functions made here in the page's language. */
  private async action(d: Doc, name: RunnerAction, args: unknown[], locale: Locale, control?: ActionControl): Promise<unknown> {
    const port = d.adapter;
    const message = findingMessages(locale);
    const run = { ...(control ? { signal: control.signal, step: control.step } : {}) };
    const opts = { ...(args[name === "reviewSheet" ? 2 : 0] as object), ...run };
    try {
      switch (name) {
        case "split":
          return toWire(name, await splitIndicators(port, { ...opts, message }));
        case "check":
          return toWire(name, await runCheck(port, { ...opts, message, kind: findingKinds() }));
        case "compare":
          return toWire(name, await compareSheets(port, { ...(opts as Parameters<typeof compareSheets>[1]), message, label: changeLabel(locale) }));
        case "selfEval":
          return await makeSelfEvaluation(port, opts as Parameters<typeof makeSelfEvaluation>[1]);
        case "reviewSheet":
          return await writeReviewSheet(port, args[0] as string | undefined, args[1] as { date: string; reviewer?: string }, { ...opts, message, opinion: draftOpinion });
      }
    } finally {
      changed(d);
    }
  }

  private doc(id: number): Doc {
    const d = this.docs.get(id);
    if (!d) throw new Error(`no workbook ${id}`);
    return d;
  }

  private async open(name: string, bytes: Uint8Array): Promise<Opened> {
    let r: OpenResult;
    try {
      r = await openWorkbook(name, bytes);
    } catch {
      // ExcelJS can still throw on a workbook it half understands: to the user that is a damaged file.
      return { ok: false, code: "xlsx-corrupt" };
    }
    if (!r.ok) return { ok: false, code: r.code };
    const adapter = r.adapter;
    const grids = await Promise.all((await adapter.sheetNames()).map((n) => adapter.readSheet(n)));
    const table = grids.find((g) => detectLayout(g) !== null);
    // Open on the table, as the CLI picks it, when the workbook's active sheet is something else.
    if (table && table.name !== adapter.activeSheet) await adapter.select(table.name, "A1");
    const doc = ++this.ids;
    this.docs.set(doc, { adapter, version: 0, views: new Map() });
    return { ok: true, doc, unkept: r.unkept, noTable: table ? null : adapter.activeSheet };
  }

  private async call(d: Doc, method: string, args: unknown[]): Promise<unknown> {
    const f = (d.adapter as unknown as Record<string, unknown>)[method];
    if (typeof f !== "function") throw new Error(`not a port method: ${method}`);
    try {
      return await (f as (...a: unknown[]) => Promise<unknown>).apply(d.adapter, args);
    } finally {
      // Also after a failure: the grid should show what is there.
      // A cached view is stale after any write.
      if (WRITING_METHODS.has(method)) changed(d);
    }
  }

  private view(d: Doc, sheet: string): SheetView | null {
    let v = d.views.get(sheet);
    if (!v) {
      const ws = d.adapter.worksheet(sheet);
      if (!ws) return null;
      v = sheetView(ws);
      d.views.set(sheet, v);
    }
    return v;
  }

  private meta(d: Doc, sheet: string): ViewMeta | null {
    const v = this.view(d, sheet);
    if (!v) return null;
    return { name: v.name, version: d.version, rowCount: v.rowCount, colCount: v.colCount, widths: v.widths, frozenRows: v.frozenRows, usedRows: v.usedRows, usedCols: v.usedCols };
  }

  private rows(d: Doc, sheet: string, version: number, from: number, to: number): RowBlock | null {
    // A block asked for by a view of an older version would mix two states of the sheet.
    if (version !== d.version) return null;
    const v = this.view(d, sheet);
    if (!v) return null;
    const rows: (ShownCell | null)[][] = [];
    for (let r = from; r < Math.min(to, v.rowCount); r++) rows.push(shownRow(v, r));
    return { from, version, rows };
  }
}

function shownRow(v: SheetView, r: number): (ShownCell | null)[] {
  const row: (ShownCell | null)[] = [];
  let last = -1;
  for (let c = 0; c < v.colCount; c++) {
    const cell: ShownCell = {};
    const text = v.text(r, c);
    if (text) cell.text = text;
    const input = v.input(r, c);
    if (input !== text) cell.input = input;
    const fill = v.fill(r, c);
    if (fill) cell.fill = fill;
    if (v.bold(r, c)) cell.bold = true;
    if (v.numeric(r, c)) cell.numeric = true;
    const span = v.span(r, c);
    if (span !== 1) cell.span = span;
    const link = v.link(r, c);
    if (link) cell.link = link;
    const empty = Object.keys(cell).length === 0;
    row.push(empty ? null : cell);
    if (!empty) last = c;
  }
  return row.slice(0, last + 1);
}

/** 对比's other version from a file: opened as any file is, its table sheet picked as the CLI picks it. */
export async function otherVersion(name: string, open: () => Promise<OpenResult>): Promise<OtherFile> {
  try {
    const r = await open();
    if (!r.ok) return { ok: false, name, code: r.code };
    const grids = await Promise.all((await r.adapter.sheetNames()).map((n) => r.adapter.readSheet(n)));
    const grid = pickSheet(grids);
    return grid ? { ok: true, name, grid } : { ok: false, name, code: "file-empty" };
  } catch {
    // ExcelJS can still throw on a workbook it half understands: to the user that is a damaged file.
    return { ok: false, name, code: "xlsx-corrupt" };
  }
}
