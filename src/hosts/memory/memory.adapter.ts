/**
 * WorkbookPort over an in-memory workbook (tests, the offline web page). Every operation works on a copy and
 * commits only when it succeeded, so a failure leaves the workbook exactly as it was.
 */
import { columnLetter, withFormulaValues, type CellValue } from "../../core";
import { CellInput, CellWrite, Highlight, NewSheet, PortError, Selection, SheetValues, WorkbookPort } from "../workbook.port";
import { parseA1, parseRange, shiftKeys, toA1, uniqueSheetName } from "../a1";
import { shiftFormulaRows } from "../shared/formula-shift";
import { MemorySheet, MemoryWorkbookData, cloneWorkbook, newSheet } from "./memory.workbook";

/** Where remembered original fills live: in the workbook's settings, so they survive a save and reload. */
export const FILLS_KEY = "perftarget.originalFills";

type FillMemory = Record<string, Record<string, string | null>>;

/** Activating a sheet moves the selection to it, as in Excel (and the xlsx adapter). */
function activate(wb: MemoryWorkbookData, name: string): void {
  wb.active = name;
  wb.selection = { sheet: name, address: "A1" };
}

export class MemoryAdapter implements WorkbookPort {
  constructor(public data: MemoryWorkbookData) {}

  /** Run `change` on a copy; commit only if it returns without throwing. */
  private transact<T>(change: (wb: MemoryWorkbookData) => T): T {
    const draft = cloneWorkbook(this.data);
    const result = change(draft);
    this.data = draft;
    return result;
  }

  private sheet(wb: MemoryWorkbookData, name: string): MemorySheet {
    const s = wb.sheets.find((x) => x.name === name);
    if (!s) throw new PortError("sheet-not-found", name);
    return s;
  }

  private writable(wb: MemoryWorkbookData, name: string): MemorySheet {
    const s = this.sheet(wb, name);
    if (s.protected) throw new PortError("sheet-protected", name);
    return s;
  }

  async readActiveSheet(): Promise<SheetValues> {
    return this.readSheet(this.data.active);
  }

  /** Values as a spreadsheet program shows them: the formulas the product writes read with their values (Excel computes them). */
  async readSheet(name: string): Promise<SheetValues> {
    const s = this.sheet(this.data, name);
    const read = withFormulaValues({ name: s.name, rows: s.values }, s.formulas);
    return { name: read.name, rows: read.rows as CellValue[][] }; // fresh arrays: withFormulaValues copies every row
  }

  async sheetNames(): Promise<string[]> {
    return this.data.sheets.map((s) => s.name);
  }

  async addSheet(spec: NewSheet): Promise<string> {
    return this.transact((wb) => {
      const name = uniqueSheetName(spec.name, wb.sheets.map((s) => s.name));
      wb.sheets.push(writeSheet(newSheet(name), spec));
      if (spec.activate) activate(wb, name);
      return name;
    });
  }

  async refreshOwnedSheet(spec: NewSheet): Promise<string> {
    return this.transact((wb) => {
      // Our own earlier sheet: the exact name, or the `name (n)` we used when a user's sheet held the name.
      const ours = (n: string) => n === spec.name || (n.startsWith(`${spec.name} (`) && /\(\d+\)$/.test(n));
      const idx = wb.sheets.findIndex((s) => s.owned && ours(s.name));
      if (idx >= 0) {
        const keep = wb.sheets[idx].name;
        wb.sheets[idx] = writeSheet(newSheet(keep), spec);
        if (spec.activate) activate(wb, keep);
        return keep;
      }
      const name = uniqueSheetName(spec.name, wb.sheets.map((s) => s.name));
      wb.sheets.push(writeSheet(newSheet(name), spec));
      if (spec.activate) activate(wb, name);
      return name;
    });
  }

  async highlight(sheet: string, cells: Highlight[]): Promise<void> {
    this.transact((wb) => {
      const s = this.writable(wb, sheet);
      const memory: FillMemory = JSON.parse(wb.settings[FILLS_KEY] ?? "{}");
      const remembered = (memory[sheet] ??= {});
      for (const c of cells) {
        const a = toA1(parseA1(c.address));
        // Only the first colouring remembers: a re-run must not take our own amber for the original.
        if (!(a in remembered)) remembered[a] = s.fills[a] ?? null;
        s.fills[a] = c.color.toUpperCase();
      }
      wb.settings[FILLS_KEY] = JSON.stringify(memory);
    });
  }

  async clearHighlights(sheet?: string): Promise<number> {
    const stored: FillMemory = JSON.parse(this.data.settings[FILLS_KEY] ?? "{}");
    // Nothing remembered: change nothing at all (not even the settings), e.g. on a protected sheet.
    if (!Object.keys(stored).some((name) => sheet === undefined || name === sheet)) return 0;
    return this.transact((wb) => {
      const memory: FillMemory = JSON.parse(wb.settings[FILLS_KEY] ?? "{}");
      let n = 0;
      for (const name of Object.keys(memory)) {
        if (sheet !== undefined && name !== sheet) continue;
        const s = wb.sheets.find((x) => x.name === name);
        if (s) {
          if (s.protected) throw new PortError("sheet-protected", name);
          for (const [a, original] of Object.entries(memory[name])) {
            if (original === null) delete s.fills[a];
            else s.fills[a] = original;
            n++;
          }
        }
        delete memory[name];
      }
      wb.settings[FILLS_KEY] = JSON.stringify(memory);
      return n;
    });
  }

  async insertRows(sheet: string, beforeRow: number, rows: CellInput[][]): Promise<void> {
    this.transact((wb) => {
      const s = this.writable(wb, sheet);
      const at = beforeRow - 1;
      const n = rows.length;
      while (s.values.length < at) s.values.push([]);
      // Not splice(at, 0, ...rows): an argument list as long as the rows can overflow the stack.
      s.values = [...s.values.slice(0, at), ...rows.map(() => [] as CellValue[]), ...s.values.slice(at)];
      s.formulas = shiftKeys(s.formulas, at, n);
      // References to the moved rows move too, on every sheet, as Excel does (`=SUM(B5:B9)` grows).
      for (const other of wb.sheets) {
        for (const [a, f] of Object.entries(other.formulas)) other.formulas[a] = shiftFormulaRows(f, other.name, sheet, beforeRow, n);
      }
      s.fills = shiftKeys(s.fills, at, n);
      s.numberFormats = shiftKeys(s.numberFormats, at, n);
      const memory: FillMemory = JSON.parse(wb.settings[FILLS_KEY] ?? "{}");
      if (memory[sheet]) memory[sheet] = shiftKeys(memory[sheet], at, n);
      wb.settings[FILLS_KEY] = JSON.stringify(memory);
      rows.forEach((r, i) => writeRow(s, at + i, r));
    });
  }

  async readFormulas(sheet: string): Promise<Record<string, string>> {
    return { ...this.sheet(this.data, sheet).formulas };
  }

  async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    this.transact((wb) => {
      const s = this.writable(wb, sheet);
      for (const c of cells) {
        const { row, col } = parseA1(c.address);
        writeCellAt(s, row, col, c.value);
      }
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    this.sheet(this.data, sheet);
    parseRange(address);
    this.data.active = sheet;
    this.data.selection = { sheet, address };
  }

  async getSelection(): Promise<Selection> {
    const { sheet, address } = this.data.selection;
    const { start, end } = parseRange(address);
    const s = this.sheet(this.data, sheet);
    const merged = s.merges.some((m) => {
      const r = parseRange(m);
      return start.row >= r.start.row && start.row <= r.end.row && start.col >= r.start.col && start.col <= r.end.col && (r.end.row > r.start.row || r.end.col > r.start.col);
    });
    return { sheet, row: start.row + 1, column: start.col + 1, rowCount: end.row - start.row + 1, columnCount: end.col - start.col + 1, merged };
  }

  async getSetting(key: string): Promise<string | null> {
    return this.data.settings[key] ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.data.settings[key] = value;
  }
}

function writeCellAt(s: MemorySheet, r: number, c: number, v: CellInput): void {
  while (s.values.length <= r) s.values.push([]);
  const row = s.values[r];
  const a = `${columnLetter(c)}${r + 1}`;
  while (row.length <= c) row.push(null);
  if (v !== null && typeof v === "object" && "formula" in v) {
    s.formulas[a] = v.formula;
    row[c] = null;
  } else {
    delete s.formulas[a];
    row[c] = v;
  }
}

function writeRow(s: MemorySheet, r: number, cells: CellInput[]): void {
  cells.forEach((v, c) => writeCellAt(s, r, c, v));
}

function writeSheet(s: MemorySheet, spec: NewSheet): MemorySheet {
  s.owned = true;
  spec.rows.forEach((r, i) => writeRow(s, i, r));
  for (const c of spec.textColumns ?? []) {
    for (let r = 0; r < spec.rows.length; r++) s.numberFormats[`${columnLetter(c)}${r + 1}`] = "@";
  }
  if (spec.header) {
    s.frozenRows = 1;
    // A loop, not Math.max(...rows): spreading a 20,000-row sheet as arguments overflows the call stack.
    let width = 1;
    for (const r of spec.rows) width = Math.max(width, r.length);
    s.autoFilter = `A1:${columnLetter(width - 1)}${Math.max(1, spec.rows.length)}`;
  }
  spec.widths?.forEach((w, i) => (s.widths[i] = w));
  if (spec.print) s.print = structuredClone(spec.print);
  s.merges.push(...(spec.merges ?? []));
  Object.assign(s.numberFormats, spec.numberFormats ?? {});
  for (const v of spec.validations ?? []) s.validations.push({ range: `${columnLetter(v.column)}2:${columnLetter(v.column)}${Math.max(2, v.lastRow)}`, list: [...v.list] });
  return s;
}
