/**
 * WorkbookPort over the WPS 表格 (ET) JS object model. Same semantics as the memory adapter.
 *
 * ET calls are synchronous and applied at once, about 0.2 ms each across the bridge, so every method reads and
 * writes in bulk (one `Value2` per block of rows, one multi-area range per colour list) and keeps an undo step for
 * each write: a failure half-way puts back what that call had changed. Original fills and the product's own sheets
 * are remembered in a very hidden `_perftarget` sheet. The application object is found lazily, at each call.
 */
import { columnLetter } from "../../core";
import { parseA1, parseRange, toA1 } from "../a1";
import type { CellInput, CellWrite, Highlight, NewSheet, Selection, SheetValues, WorkbookPort } from "../workbook.port";
import { PortError } from "../workbook.port";
import { RANGE_ADDRESS_CHARS } from "./et-addresses";
import { BLOCK_ROWS, readUsed, writeBlock } from "./et-block";
import { count, findEtApp, inspect, item, read, transact } from "./et-bridge";
import { Fill, FillReadMode, paintFills, readFills } from "./et-fills";
import { FillRecord, SettingRecord } from "../shared/perftarget-sheet";
import { findRecordSheet, nameOf, readMeta, writeMeta } from "./et-meta";
import { SheetWriteOptions, writeSheet } from "./et-sheets";
import type { EtApplication, EtRange, EtWorksheet } from "./et-types";
import { XL } from "./et-types";
import { cellToEt, grid2D, isFormula, wouldCoerce } from "./et-values";

export interface WpsAdapterOptions {
  /** The ET application, or how to find it; by default `window.Application` or `wps.EtApplication()`. */
  app?: EtApplication | (() => EtApplication | null);
  /** Longest address list in one `Range()` call (ET, like Excel's COM, stops at 255 characters). */
  addressChars?: number;
  /** Rows per `Value2` call. */
  blockRows?: number;
  fillReads?: FillReadMode;
  /** Where to report print settings a build refused (default: the console, seen in the pane's developer tools). */
  log?: (message: string) => void;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const pick = <V>(m: ReadonlyMap<string, V>, cells: readonly string[]) => new Map(cells.map((a) => [a, m.get(a)!] as const));

/** Whole rows `5:7`: `Rows.Item("5:7")`, or `Range("5:7").EntireRow` where Item does not take an address. */
function wholeRows(ws: EtWorksheet, area: string): EtRange {
  try {
    return item<EtRange>(ws.Rows, area);
  } catch {
    return ws.Range(area).EntireRow;
  }
}

function isRange(x: unknown): x is EtRange {
  try {
    return x !== null && typeof x === "object" && (x as { Row?: unknown }).Row !== undefined;
  } catch {
    return false;
  }
}

export class WpsAdapter implements WorkbookPort {
  private readonly addressChars: number;
  private readonly blockRows: number;
  private readonly fillReads: FillReadMode;
  private readonly sheetWrites: SheetWriteOptions;

  constructor(private readonly options: WpsAdapterOptions = {}) {
    this.addressChars = options.addressChars ?? RANGE_ADDRESS_CHARS;
    this.blockRows = options.blockRows ?? BLOCK_ROWS;
    this.fillReads = options.fillReads ?? "bisect";
    this.sheetWrites = { blockRows: this.blockRows, addressChars: this.addressChars, log: options.log ?? ((m) => console.warn(m)) };
  }

  private app(): EtApplication {
    const o = this.options.app;
    const app = typeof o === "function" ? o() : (o ?? findEtApp());
    if (!app) throw new PortError("host-error", "WPS 表格 is not available here (no Application object)");
    return app;
  }

  async readActiveSheet(): Promise<SheetValues> {
    return inspect(this.app(), undefined, (s) => {
      const ws = s.app.ActiveSheet;
      return { name: nameOf(ws), rows: readUsed(ws, this.blockRows) };
    });
  }

  async readSheet(name: string): Promise<SheetValues> {
    return inspect(this.app(), name, (s) => {
      const ws = s.sheet(name);
      return { name: nameOf(ws), rows: readUsed(ws, this.blockRows) };
    });
  }

  async sheetNames(): Promise<string[]> {
    return inspect(this.app(), undefined, (s) => {
      const record = findRecordSheet(s);
      const ours = record && nameOf(record);
      return s.names().filter((n) => n !== ours);
    });
  }

  async addSheet(spec: NewSheet): Promise<string> {
    return transact(this.app(), spec.name, (s) => writeSheet(s, spec, false, this.sheetWrites));
  }

  async refreshOwnedSheet(spec: NewSheet): Promise<string> {
    return transact(this.app(), spec.name, (s) => writeSheet(s, spec, true, this.sheetWrites));
  }

  async highlight(sheet: string, cells: Highlight[]): Promise<void> {
    const colours = new Map<string, string>();
    for (const c of cells) colours.set(toA1(parseA1(c.address)), c.color.toUpperCase());
    if (!colours.size) return;
    transact(this.app(), sheet, (s) => {
      const ws = s.writable(sheet);
      const name = nameOf(ws);
      const meta = readMeta(s);
      const known = new Map(meta.fills.filter((f) => same(f.sheet, name)).map((f) => [f.address, f] as const));
      // Only the first colouring remembers: a re-run must not take our own colour for the user's.
      const originals = readFills(ws, [...colours.keys()].filter((a) => !known.has(a)), this.fillReads);
      const fills: FillRecord[] = meta.fills.map((f) => (same(f.sheet, name) && colours.has(f.address) ? { ...f, applied: colours.get(f.address)! } : f));
      for (const [a, original] of originals) fills.push({ sheet: name, address: a, original, applied: colours.get(a)! });
      // Remember first, colour second: a remembered cell that was never coloured is harmless, the reverse is not.
      writeMeta(s, meta, { ...meta, fills });
      const current = new Map<string, Fill>([...colours.keys()].map((a) => [a, known.get(a)?.applied ?? originals.get(a) ?? null]));
      paintFills(ws, colours, this.addressChars, (done) => s.onUndo(() => paintFills(ws, pick(current, done), this.addressChars)));
    });
  }

  async clearHighlights(sheet?: string): Promise<number> {
    return transact(this.app(), sheet, (s) => {
      const meta = readMeta(s);
      const target = (f: FillRecord) => sheet === undefined || same(f.sheet, sheet);
      const mine = meta.fills.filter(target);
      if (!mine.length) return 0; // nothing remembered: change nothing at all
      const bySheet = new Map<string, FillRecord[]>();
      for (const f of mine) bySheet.set(f.sheet.toLowerCase(), [...(bySheet.get(f.sheet.toLowerCase()) ?? []), f]);
      let restored = 0;
      for (const records of bySheet.values()) {
        const ws = s.find(records[0].sheet);
        if (!ws) continue; // the sheet is gone: its records are simply forgotten
        if (read<boolean>(ws, "ProtectContents") === true) throw new PortError("sheet-protected", records[0].sheet);
        const applied = new Map(records.map((r) => [r.address, r.applied] as const));
        paintFills(ws, new Map(records.map((r) => [r.address, r.original] as const)), this.addressChars, (done) =>
          s.onUndo(() => paintFills(ws, pick(applied, done), this.addressChars)),
        );
        restored += records.length;
      }
      writeMeta(s, meta, { ...meta, fills: meta.fills.filter((f) => !target(f)) });
      return restored;
    });
  }

  async insertRows(sheet: string, beforeRow: number, rows: CellInput[][]): Promise<void> {
    if (!rows.length) return;
    if (!Number.isInteger(beforeRow) || beforeRow < 1) throw new PortError("host-error", `${sheet}: insertRows before row ${beforeRow}`);
    transact(this.app(), sheet, (s) => {
      const ws = s.writable(sheet);
      const name = nameOf(ws);
      const meta = readMeta(s);
      const area = `${beforeRow}:${beforeRow + rows.length - 1}`;
      wholeRows(ws, area).Insert(XL.shiftDown);
      s.onUndo(() => wholeRows(ws, area).Delete(XL.shiftUp));
      writeBlock(ws, beforeRow - 1, rows, [], this.blockRows);
      // Remembered fills below the insertion move down with their cells.
      let moved = false;
      const fills = meta.fills.map((f) => {
        const a = parseA1(f.address);
        if (!same(f.sheet, name) || a.row + 1 < beforeRow) return f;
        moved = true;
        return { ...f, address: toA1({ row: a.row + rows.length, col: a.col }) };
      });
      if (moved) writeMeta(s, meta, { ...meta, fills });
    });
  }

  async readFormulas(sheet: string): Promise<Record<string, string>> {
    return inspect(this.app(), sheet, (s) => {
      const used = s.sheet(sheet).UsedRange;
      const top = read<number>(used, "Row");
      const left = read<number>(used, "Column");
      const [rows, columns] = [count(used.Rows), count(used.Columns)];
      const formulas = grid2D(used.Formula, rows, columns);
      const values = grid2D(used.Value2, rows, columns);
      const out: Record<string, string> = {};
      // `.Formula` gives constants too, and text that starts with "=" looks like a formula: a real formula's value
      // is never its own text.
      formulas.forEach((row, i) =>
        row.forEach((f, j) => {
          if (typeof f === "string" && f.startsWith("=") && f.length > 1 && f !== values[i]?.[j]) out[`${columnLetter(left - 1 + j)}${top + i}`] = f;
        }),
      );
      return out;
    });
  }

  async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    transact(this.app(), sheet, (s) => {
      const ws = s.writable(sheet);
      for (const c of cells) {
        const range = ws.Range(toA1(parseA1(c.address)));
        const formula = read(range, "Formula");
        const value = range.Value2;
        const text = read(range, "NumberFormat") === "@";
        s.onUndo(() => {
          if (typeof formula === "string" && formula.startsWith("=") && formula !== value) range.Formula = formula;
          else if (value === null || value === undefined || value === "") range.ClearContents();
          else range.Value2 = typeof value === "string" && !text && wouldCoerce(value) ? `'${value}` : value;
        });
        if (isFormula(c.value)) range.Formula = c.value.formula;
        else if (c.value === null) range.ClearContents();
        else range.Value2 = cellToEt(c.value, text);
      }
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    parseRange(address); // a malformed address is a programming error: fail before touching WPS
    inspect(this.app(), sheet, (s) => {
      const ws = s.sheet(sheet);
      ws.Activate();
      ws.Range(address).Select();
    });
  }

  async getSelection(): Promise<Selection> {
    return inspect(this.app(), undefined, (s) => {
      // Selection is a Range unless a shape or chart is selected; then the active cell stands in.
      const selected = s.app.Selection;
      const range = isRange(selected) ? selected : (s.app.ActiveCell as EtRange);
      return {
        sheet: nameOf(range.Worksheet),
        row: read<number>(range, "Row"),
        column: read<number>(range, "Column"),
        rowCount: count(range.Rows),
        columnCount: count(range.Columns),
        // Selecting inside a merged area selects the whole area; its first cell tells.
        merged: read(item(range, 1), "MergeCells") === true,
      };
    });
  }

  async getSetting(key: string): Promise<string | null> {
    return inspect(this.app(), undefined, (s) => {
      return readMeta(s).settings.find((x) => x.key === key)?.value ?? null;
    });
  }

  async setSetting(key: string, value: string): Promise<void> {
    transact(this.app(), undefined, (s) => {
      const meta = readMeta(s);
      // The key keeps its row, as in the Excel adapter (fewer cells change; a new key goes last).
      const settings: SettingRecord[] = meta.settings.some((x) => x.key === key)
        ? meta.settings.map((x) => (x.key === key ? { key, value } : x))
        : [...meta.settings, { key, value }];
      writeMeta(s, meta, { ...meta, settings });
    });
  }
}
