/**
 * WorkbookPort over an ExcelJS workbook: the `perftarget annotate` CLI and the offline web page (ExcelJS runs in
 * both). Same semantics as the memory and Excel adapters. What the product changes is limited to fills (the
 * originals kept in the very hidden `_perftarget` sheet, see xlsx.meta.ts), its own sheets, inserted rows and
 * confirmed cell writes; everything else ExcelJS loaded is written back as it was.
 *
 * All-or-nothing without copying the workbook: each method checks everything that can fail (sheet exists, not
 * protected, addresses and lists valid) before its first change.
 */
import ExcelJS from "exceljs";
import { withFormulaValues, type CellValue, type Grid } from "../../core";
import { parseA1, parseRange, shiftKeys, toA1, uniqueSheetName } from "../a1";
import { CellInput, CellWrite, Highlight, NewSheet, PortError, Selection, SheetValues, WorkbookPort } from "../workbook.port";
import { worksheetToGrid } from "./xlsx.loader";
import {
  checkValidations, escapeForSave, fillFromMemo, fillMemo, safeSheetName, setFill, solidFill, writeNewSheet, writeValue,
} from "./xlsx.cells";
import { DamagedRecord, RememberedFill, rowSignature, signatureMatches } from "../shared/perftarget-sheet";
import { loadWorkbook } from "./xlsx.foreign";
import { Meta, readMeta, recordSheet, writeMeta } from "./xlsx.meta";
import { insertEmptyRows } from "./xlsx.rows";

/** Members ExcelJS has but does not declare. */
type WorksheetInternals = ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } | null; orderNo: number };
const internals = (ws: ExcelJS.Worksheet) => ws as WorksheetInternals;

export class XlsxAdapter implements WorkbookPort {
  private meta: Meta;
  /** Name of the product's record sheet (very hidden), when the workbook has one; a user's `_perftarget` is not it. */
  private recordName: string | undefined;
  private active: string;
  private selection: { sheet: string; address: string };
  /** Whether select() was called, so saving moves the active cell only when someone chose one. */
  private selected = false;

  constructor(readonly workbook: ExcelJS.Workbook) {
    this.meta = readMeta(workbook);
    this.recordName = recordSheet(workbook)?.name;
    if (!workbook.worksheets.some((s) => !this.isOurs(s.name))) workbook.addWorksheet("Sheet1");
    const tab = workbook.worksheets[workbook.views?.[0]?.activeTab ?? 0];
    const user = workbook.worksheets.filter((s) => !this.isOurs(s.name));
    const first = tab && !this.isOurs(tab.name) && tab.state === "visible" ? tab : (user.find((s) => s.state === "visible") ?? user[0]);
    this.active = first.name;
    this.selection = { sheet: first.name, address: "A1" };
  }

  /** Open .xlsx bytes (throws what ExcelJS throws; see xlsx.open.ts for the classified version). */
  static async fromBytes(bytes: ArrayBuffer | Uint8Array): Promise<XlsxAdapter> {
    const wb = new ExcelJS.Workbook();
    await loadWorkbook(wb, bytes);
    return new XlsxAdapter(wb);
  }

  /** A new workbook holding one grid (a .csv/.tsv/.txt input), values written as they are: text stays text. */
  static fromGrid(grid: Grid): XlsxAdapter {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(safeSheetName(grid.name));
    grid.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    return new XlsxAdapter(wb);
  }

  /** The .xlsx bytes, with the active sheet as the workbook's active tab. */
  async toBytes(): Promise<Uint8Array> {
    this.writeViews();
    const restore = escapeForSave(this.workbook);
    try {
      return new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    } finally {
      restore();
    }
  }

  /** Records of the record sheet that could not be read when the workbook was opened (skipped; a caller may warn). */
  get damagedRecords(): readonly DamagedRecord[] {
    return this.meta.damaged;
  }

  /** The record sheet's name as the workbook was opened (or last written); undefined when it has none. */
  get recordSheetName(): string | undefined {
    return this.recordName;
  }

  get activeSheet(): string {
    return this.active;
  }

  /** The ExcelJS sheet behind a port sheet name (the web grid reads fills and widths from it). */
  worksheet(name: string): ExcelJS.Worksheet | undefined {
    return this.isOurs(name) ? undefined : this.workbook.getWorksheet(name);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.worksheet(name);
    if (!ws) throw new PortError("sheet-not-found", name);
    return ws;
  }

  private writable(name: string): ExcelJS.Worksheet {
    const ws = this.sheet(name);
    if (internals(ws).sheetProtection?.sheet) throw new PortError("sheet-protected", name);
    return ws;
  }

  async readActiveSheet(): Promise<SheetValues> {
    return this.readSheet(this.active);
  }

  /** Values as Excel would show them: formulas written without a cached result (ours) read with their value. */
  async readSheet(name: string): Promise<SheetValues> {
    const grid = withFormulaValues(worksheetToGrid(this.sheet(name)), await this.readFormulas(name));
    return { name: grid.name, rows: grid.rows as CellValue[][], ...(grid.stray ? { stray: grid.stray } : {}) };
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((s) => s.name).filter((n) => !this.isOurs(n));
  }

  async addSheet(spec: NewSheet): Promise<string> {
    checkValidations(spec.validations);
    const name = uniqueSheetName(safeSheetName(spec.name), this.workbook.worksheets.map((s) => s.name));
    this.writeOrRemove(this.workbook.addWorksheet(name), spec);
    this.meta.owned.set(name, rowSignature(spec.rows[0] ?? []));
    this.saveMeta();
    if (spec.activate) this.activate(name);
    return name;
  }

  async refreshOwnedSheet(spec: NewSheet): Promise<string> {
    const old = this.workbook.getWorksheet(spec.name);
    if (!old || !this.isOwn(old)) return this.addSheet(spec);
    checkValidations(spec.validations);
    const { orderNo, name } = internals(old);
    // The new sheet is written under a spare name first: if writing fails, the old one is still there, untouched.
    const ws = this.workbook.addWorksheet(uniqueSheetName(safeSheetName(`${name}~`), this.workbook.worksheets.map((s) => s.name)));
    this.writeOrRemove(ws, spec);
    this.workbook.removeWorksheet(old.id);
    ws.name = name;
    // Back into the old sheet's place among the tabs.
    internals(ws).orderNo = orderNo;
    this.meta.owned.set(name, rowSignature(spec.rows[0] ?? []));
    this.saveMeta();
    if (spec.activate) this.activate(name);
    return name;
  }

  /** Fill a sheet just added; when that fails (a bug, or memory), the half-written sheet goes before the error does. */
  private writeOrRemove(ws: ExcelJS.Worksheet, spec: NewSheet): void {
    try {
      writeNewSheet(ws, spec);
    } catch (e) {
      this.workbook.removeWorksheet(ws.id);
      throw e;
    }
  }

  async highlight(sheet: string, cells: Highlight[]): Promise<void> {
    const ws = this.writable(sheet);
    const marks = cells.map((c) => ({ address: toA1(parseA1(c.address)), color: c.color.toUpperCase() }));
    const remembered = this.meta.fills.get(sheet) ?? new Map<string, RememberedFill>();
    for (const m of marks) {
      const cell = ws.getCell(m.address);
      const seen = remembered.get(m.address);
      // Only the first colouring remembers: a re-run must not take our own amber for the original.
      remembered.set(m.address, { original: seen ? seen.original : fillMemo(cell), applied: m.color });
      setFill(cell, solidFill(m.color));
    }
    if (remembered.size) this.meta.fills.set(sheet, remembered);
    this.saveMeta();
  }

  async clearHighlights(sheet?: string): Promise<number> {
    const names = [...this.meta.fills.keys()].filter((n) => sheet === undefined || n === sheet);
    if (!names.length) return 0;
    // Check every sheet before restoring any, so a protected one leaves all of them as they were.
    for (const n of names) if (this.worksheet(n)) this.writable(n);
    let restored = 0;
    for (const n of names) {
      const ws = this.worksheet(n);
      for (const [address, f] of this.meta.fills.get(n) ?? []) {
        if (!ws) continue;
        setFill(ws.getCell(address), fillFromMemo(f.original));
        restored++;
      }
      this.meta.fills.delete(n);
    }
    this.saveMeta();
    return restored;
  }

  async insertRows(sheet: string, beforeRow: number, rows: CellInput[][]): Promise<void> {
    const ws = this.writable(sheet);
    if (!Number.isInteger(beforeRow) || beforeRow < 1) throw new RangeError(`insertRows: bad row ${beforeRow}`);
    if (!rows.length) return;
    const remembered = this.meta.fills.get(sheet);
    insertEmptyRows(this.workbook, ws, beforeRow, rows.length, (cell) => {
      // A new row takes the style of the row above, but never one of our highlights.
      const f = remembered?.get(cell.address);
      if (!f) return cell.style;
      const style = { ...cell.style };
      const original = fillFromMemo(f.original);
      if (original) style.fill = original;
      else delete style.fill;
      return style;
    });
    rows.forEach((row, i) =>
      row.forEach((v, c) => {
        if (v !== null) writeValue(ws.getCell(beforeRow + i, c + 1), v);
      }),
    );
    if (remembered) {
      const shifted = shiftKeys(Object.fromEntries(remembered), beforeRow - 1, rows.length);
      this.meta.fills.set(sheet, new Map(Object.entries(shifted)));
      this.saveMeta();
    }
  }

  async readFormulas(sheet: string): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    this.sheet(sheet).eachRow((row) =>
      row.eachCell((cell) => {
        // `cell.formula` translates a shared formula's dependents from their master.
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula) out[cell.address] = `=${cell.formula}`;
      }),
    );
    return out;
  }

  async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    const ws = this.writable(sheet);
    // One write per cell, the last one winning; addresses checked before the first write.
    const byCell = new Map<string, CellInput>();
    for (const c of cells) byCell.set(toA1(parseA1(c.address)), c.value);
    for (const [address, value] of byCell) writeValue(ws.getCell(address), value);
  }

  async select(sheet: string, address: string): Promise<void> {
    this.sheet(sheet);
    parseRange(address);
    this.active = sheet;
    this.selection = { sheet, address };
    this.selected = true;
  }

  async getSelection(): Promise<Selection> {
    const { sheet, address } = this.selection;
    const { start, end } = parseRange(address);
    const ws = this.sheet(sheet);
    const merged = ws.findCell(start.row + 1, start.col + 1)?.isMerged ?? false;
    return { sheet, row: start.row + 1, column: start.col + 1, rowCount: end.row - start.row + 1, columnCount: end.col - start.col + 1, merged };
  }

  async getSetting(key: string): Promise<string | null> {
    return this.meta.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.meta.settings.set(key, value);
    this.saveMeta();
  }

  /** A sheet we made: recorded, and still starting with the row we wrote (not a user's sheet that took the name). */
  private isOwn(ws: ExcelJS.Worksheet): boolean {
    const recorded = this.meta.owned.get(ws.name);
    if (recorded === undefined) return false;
    const first = ws.getRow(1);
    // A merged title reads as its master's value in every cell of the area (ExcelJS); as written, only the first.
    const values = Array.from({ length: first.cellCount }, (_, i) => {
      const cell = first.getCell(i + 1);
      return cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
    });
    return signatureMatches(recorded, values);
  }

  private activate(name: string): void {
    this.active = name;
    this.selection = { sheet: name, address: "A1" };
  }

  private saveMeta(): void {
    // Forget sheets that are gone (deleted by the user between runs), except ids the Excel add-in keys by.
    for (const key of this.meta.owned.keys()) if (!this.workbook.getWorksheet(key) && !key.startsWith("{")) this.meta.owned.delete(key);
    this.recordName = writeMeta(this.workbook, this.meta);
  }

  private isOurs(name: string): boolean {
    return name === this.recordName;
  }

  /** Active tab and selected tab flags (two selected tabs would be a sheet group in Excel). */
  private writeViews(): void {
    const sheets = this.workbook.worksheets;
    const activeTab = Math.max(0, sheets.findIndex((s) => s.name === this.active));
    const view = this.workbook.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, firstSheet: 0, visibility: "visible" };
    this.workbook.views = [{ ...view, activeTab, firstSheet: Math.min(view.firstSheet ?? 0, activeTab) }, ...(this.workbook.views ?? []).slice(1)];
    for (const ws of sheets) {
      if (!ws.views?.length && ws.name === this.active) ws.views = [{ state: "normal" }];
      const v = ws.views?.[0] as (Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean }) | undefined;
      if (!v) continue;
      v.tabSelected = ws.name === this.active;
      if (this.selected && ws.name === this.selection.sheet) v.activeCell = this.selection.address.split(":")[0];
    }
  }
}
