/**
 * Fake ET Range, with ET's quirks: `Value2` a scalar for one cell and row arrays
 * otherwise, CVErr numbers for errors, typed-in coercion of strings, `Value` a read-only method, parameterised
 * members as methods (`Address(false,false)`, `Resize(r,c)`, `Item(i)`), BGR colours with -4142 for "no fill",
 * whole-row Insert/Delete (merged areas and page breaks move with the rows), Merge keeping the upper-left value,
 * Select only on the active sheet, cell text ≤ 32,767 characters, and protected sheets refusing every change.
 */
import {
  EtBookData, EtCell, EtSheetData, MAX_COLS, PROTECTED, Rect, areaAddress, cells, etFail, formatAt, formulaAt,
  inside, intersects, isWholeColumns, isWholeRows, parseArea, rowOf, setCell, typeIn, valueAt, valueOut,
} from "./fake-et-model";
import { FakeFont, FakeInterior, FakeValidation, rangeStyle } from "./fake-et-format";

export interface EtQuirks {
  /** What an empty cell reads as (builds differ: null, "" or undefined). */
  empty?: unknown;
  /** Properties this build exposes as zero-argument methods (e.g. Count, Name, Row). */
  methods?: string[];
  /** Methods this build exposes as properties with default arguments (e.g. Address → "$A$1"). */
  properties?: string[];
  /** false: `Rows.Item("5:7")` is refused, as in builds where Item takes only numbers. */
  itemAddress?: boolean;
  /** false: `Worksheets.Add` leaves the active sheet active. */
  addActivates?: boolean;
  /** true: a one-row read comes back as a flat array. */
  flatRows?: boolean;
  /** Members this build does not have at all (e.g. PageSetup, or FitToPagesTall): using one throws. */
  missing?: string[];
}

/** What the fake objects share: the workbook, the build's quirks, the application's switches. */
export interface EtWorld {
  book: EtBookData;
  quirks: EtQuirks;
  displayAlerts: boolean;
  screenUpdating: boolean;
  seq: number;
  sheetObject(s: EtSheetData): object;
}

export type RangeKind = "cells" | "rows" | "columns";
const MAX_CELLS = 5_000_000;
/** ET, like Excel, refuses a cell text longer than this. */
const MAX_CELL_CHARS = 32_767;

export class FakeRange {
  constructor(
    readonly _w: EtWorld,
    readonly _s: EtSheetData,
    readonly _areas: Rect[],
    readonly _kind: RangeKind = "cells",
  ) {}

  get _a(): Rect {
    if (this._s.deleted) etFail("对象已被删除 (the worksheet was deleted)");
    return this._areas[0];
  }

  _writable(): void {
    void this._a;
    if (this._s.protected) etFail(PROTECTED);
  }

  _matrix(read: (r: number, c: number) => unknown): unknown {
    const a = this._a;
    if (cells(a) > MAX_CELLS) etFail(`fake ET: reading ${cells(a)} cells`);
    if (a.r0 === a.r1 && a.c0 === a.c1) return read(a.r0, a.c0);
    const out: unknown[][] = [];
    for (let r = a.r0; r <= a.r1; r++) {
      const row: unknown[] = [];
      for (let c = a.c0; c <= a.c1; c++) row.push(read(r, c));
      out.push(row);
    }
    return this._w.quirks.flatRows && out.length === 1 ? out[0] : out;
  }

  _eachCell(f: (r: number, c: number) => void): void {
    for (const a of this._areas) {
      if (cells(a) > MAX_CELLS) etFail(`fake ET: ${cells(a)} cells at once`);
      for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) f(r, c);
    }
  }

  /** Every cell's answer, or null when they differ (as ET answers for a mixed range). */
  _common<T>(read: (r: number, c: number) => T): T | null {
    let first: T | undefined;
    let mixed = false;
    this._eachCell((r, c) => {
      const v = read(r, c);
      if (first === undefined) first = v;
      else if (v !== first) mixed = true;
    });
    return mixed || first === undefined ? null : first;
  }

  _write(input: unknown, formula: boolean): void {
    this._writable();
    const a = this._a;
    const rows = a.r1 - a.r0 + 1;
    const cols = a.c1 - a.c0 + 1;
    let at: (i: number, j: number) => unknown;
    if (!Array.isArray(input)) at = () => input;
    else if (input.every((x) => Array.isArray(x)) && input.length === rows && input.every((x: unknown[]) => x.length === cols)) at = (i, j) => input[i][j];
    else if (rows === 1 && input.length === cols && !input.some((x) => Array.isArray(x))) at = (_i, j) => input[j];
    else return etFail(`类型不匹配: a ${rows}×${cols} range given a differently shaped array (real ET fills the rest with #N/A)`);
    // Checked before any cell changes (the fake does not model a write ET would refuse half-way).
    for (let r = a.r0; r <= a.r1; r++) {
      for (let c = a.c0; c <= a.c1; c++) {
        const x = at(r - a.r0, c - a.c0);
        if (typeof x === "string" && x.length > MAX_CELL_CHARS) etFail(`文本过长: a cell of ${x.length} characters (at most ${MAX_CELL_CHARS})`);
      }
    }
    for (let r = a.r0; r <= a.r1; r++) {
      for (let c = a.c0; c <= a.c1; c++) {
        const x = at(r - a.r0, c - a.c0);
        if (x === null || x === undefined || x === "") setCell(this._s, r, c, { v: null });
        else if (typeof x === "string") setCell(this._s, r, c, formatAt(this._s, r, c) === "@" ? { v: x } : typeIn(x));
        else if (typeof x === "boolean" || (typeof x === "number" && Number.isFinite(x))) setCell(this._s, r, c, { v: x });
        else etFail(`类型不匹配: ${JSON.stringify(x)}${formula ? " (Formula)" : ""}`);
      }
    }
  }

  get Value2(): unknown {
    return this._matrix((r, c) => valueOut(valueAt(this._s, r, c), this._w.quirks.empty));
  }
  set Value2(x: unknown) {
    this._write(x, false);
  }
  /** A read-only method in ET: `range.Value = x` fails (no setter), read with Value2. */
  Value(): unknown {
    return this.Value2;
  }
  get Formula(): unknown {
    return this._matrix((r, c) => formulaAt(this._s, r, c) ?? constantText(valueAt(this._s, r, c)));
  }
  set Formula(x: unknown) {
    this._write(x, true);
  }
  get Text(): string {
    return constantText(valueAt(this._s, this._a.r0, this._a.c0));
  }
  get HasFormula(): boolean | null {
    return this._common((r, c) => formulaAt(this._s, r, c) !== null);
  }
  get NumberFormat(): string | null {
    return this._common((r, c) => formatAt(this._s, r, c));
  }
  set NumberFormat(x: unknown) {
    this._writable();
    if (typeof x !== "string") etFail("类型不匹配 (NumberFormat)");
    this._eachCell((r, c) => {
      const row = rowOf(this._s, r);
      (row.nf ??= [])[c] = x === "General" ? null : (x as string);
    });
  }
  get Interior(): FakeInterior {
    return new FakeInterior(this);
  }
  get Validation(): FakeValidation {
    return new FakeValidation(this);
  }
  get Font(): FakeFont {
    return new FakeFont(this);
  }
  get WrapText(): boolean | null {
    return rangeStyle.wrap(this);
  }
  set WrapText(x: unknown) {
    rangeStyle.setWrap(this, x);
  }
  get VerticalAlignment(): number | null {
    return rangeStyle.vertical(this);
  }
  set VerticalAlignment(x: unknown) {
    rangeStyle.setVertical(this, x);
  }
  get HorizontalAlignment(): number | null {
    return rangeStyle.horizontal(this);
  }
  set HorizontalAlignment(x: unknown) {
    rangeStyle.setHorizontal(this, x);
  }
  AutoFit(): boolean {
    return rangeStyle.autoFit(this);
  }
  get Row(): number {
    return this._a.r0 + 1;
  }
  get Column(): number {
    return this._a.c0 + 1;
  }
  get Count(): number {
    const a = this._a;
    if (this._kind === "rows") return a.r1 - a.r0 + 1;
    if (this._kind === "columns") return a.c1 - a.c0 + 1;
    return this._areas.reduce((n, x) => n + cells(x), 0);
  }
  get Rows(): FakeRange {
    return new FakeRange(this._w, this._s, [this._a], "rows");
  }
  get Columns(): FakeRange {
    return new FakeRange(this._w, this._s, [this._a], "columns");
  }
  get EntireRow(): FakeRange {
    const a = this._a;
    return new FakeRange(this._w, this._s, [{ r0: a.r0, r1: a.r1, c0: 0, c1: MAX_COLS - 1 }], "rows");
  }
  get Worksheet(): object {
    void this._a;
    return this._w.sheetObject(this._s);
  }
  get MergeCells(): boolean | null {
    return this._common((r, c) => this._s.merges.some((m) => cells(m) > 1 && inside(m, r, c)));
  }
  get ColumnWidth(): number {
    return this._s.widths[this._a.c0] ?? 8.38;
  }
  set ColumnWidth(w: unknown) {
    this._writable();
    if (typeof w !== "number" || !(w >= 0 && w <= 255)) etFail("ColumnWidth 无效");
    for (let c = this._a.c0; c <= this._a.c1; c++) this._s.widths[c] = w as number;
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    void this._a;
    return this._areas.map((a) => areaAddress(a, rowAbsolute, columnAbsolute)).join(",");
  }
  Resize(rows: number, columns: number): FakeRange {
    const a = this._a;
    if (!(rows >= 1 && columns >= 1)) etFail(`Resize(${rows}, ${columns}) 参数无效`);
    return new FakeRange(this._w, this._s, [{ r0: a.r0, c0: a.c0, r1: a.r0 + rows - 1, c1: a.c0 + columns - 1 }]);
  }
  Item(i: number | string, j?: number): FakeRange {
    const a = this._a;
    if (typeof i === "string") {
      if (this._w.quirks.itemAddress === false) etFail("类型不匹配 (Item takes numbers in this build)");
      return new FakeRange(this._w, this._s, [parseArea(i)], this._kind);
    }
    if (!Number.isInteger(i) || i < 1) etFail(`下标越界 (Item(${i}))`);
    if (this._kind === "rows") return new FakeRange(this._w, this._s, [{ ...a, r0: a.r0 + i - 1, r1: a.r0 + i - 1 }], "rows");
    if (this._kind === "columns") return new FakeRange(this._w, this._s, [{ ...a, c0: a.c0 + i - 1, c1: a.c0 + i - 1 }], "columns");
    const width = a.c1 - a.c0 + 1;
    const [r, c] = j === undefined ? [a.r0 + Math.floor((i - 1) / width), a.c0 + ((i - 1) % width)] : [a.r0 + i - 1, a.c0 + j - 1];
    return new FakeRange(this._w, this._s, [{ r0: r, c0: c, r1: r, c1: c }]);
  }
  Insert(_shift?: number): boolean {
    this._writable();
    const a = this._a;
    if (!isWholeRows(a)) etFail("fake ET: only whole rows are inserted");
    const n = a.r1 - a.r0 + 1;
    this._s.rows.splice(a.r0, 0, ...new Array<undefined>(n).fill(undefined));
    const move = (r: Rect) => (r.r0 >= a.r0 ? { ...r, r0: r.r0 + n, r1: r.r1 + n } : r.r1 >= a.r0 ? { ...r, r1: r.r1 + n } : r);
    this._s.merges = this._s.merges.map(move);
    // A break sits above its row (break b is above 0-based row b) and moves down with it.
    this._s.pageBreaks = this._s.pageBreaks.map((b) => (b >= a.r0 ? b + n : b));
    this._s.validations = this._s.validations.map((v) => ({ ...v, rect: move(v.rect) }));
    return true;
  }
  Delete(_shift?: number): boolean {
    this._writable();
    const a = this._a;
    if (!isWholeRows(a)) etFail("fake ET: only whole rows are deleted");
    const n = a.r1 - a.r0 + 1;
    this._s.rows.splice(a.r0, n);
    const move = (r: Rect) => (r.r0 > a.r1 ? { ...r, r0: r.r0 - n, r1: r.r1 - n } : r);
    this._s.merges = this._s.merges.filter((m) => !intersects(m, a)).map(move);
    // The break above a deleted row goes with it; the ones below move up.
    this._s.pageBreaks = this._s.pageBreaks.filter((b) => b < a.r0 || b > a.r1).map((b) => (b > a.r1 ? b - n : b));
    this._s.validations = this._s.validations.filter((v) => !intersects(v.rect, a)).map((v) => ({ ...v, rect: move(v.rect) }));
    return true;
  }
  /**
   * One merged area (or, `across`, one per row), keeping the upper-left value as ET does. With DisplayAlerts on, ET
   * would ask before dropping the other cells' data (the fake refuses); with it off they are dropped. A one-cell range
   * stays as it is; merging a multi-area range, whole rows or columns, or over a merged area is not modelled.
   */
  Merge(across?: boolean): boolean {
    this._writable();
    if (this._areas.length > 1) etFail("fake ET: Merge of a multi-area range is not modelled");
    const r = this._a;
    if (isWholeRows(r) || isWholeColumns(r)) etFail("fake ET: merging whole rows or columns is not modelled");
    const areas = across === true ? Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) => ({ ...r, r0: r.r0 + i, r1: r.r0 + i })) : [r];
    for (const a of areas) {
      if (cells(a) === 1) continue;
      if (this._s.merges.some((m) => intersects(m, a))) etFail(`fake ET: merging ${areaAddress(a, false, false)} over a merged area is not modelled`);
      const others: [number, number][] = [];
      for (let row = a.r0; row <= a.r1; row++) {
        for (let c = a.c0; c <= a.c1; c++) if ((row !== a.r0 || c !== a.c0) && (valueAt(this._s, row, c) !== null || formulaAt(this._s, row, c) !== null)) others.push([row, c]);
      }
      if (others.length && this._w.displayAlerts) etFail("fake ET: merging cells that hold data with DisplayAlerts on would ask the user to confirm");
      for (const [row, c] of others) setCell(this._s, row, c, { v: null });
      this._s.merges.push(a);
    }
    return true;
  }
  ClearContents(): boolean {
    this._writable();
    this._eachCell((r, c) => {
      if (this._s.rows[r]) setCell(this._s, r, c, { v: null });
    });
    return true;
  }
  Select(): boolean {
    if (this._w.book.active !== this._s) etFail("Range 类的 Select 方法无效 (select on the active sheet only)");
    this._s.selection = this.Address(false, false);
    return true;
  }
  Activate(): boolean {
    return this.Select();
  }
  AutoFilter(): boolean {
    this._writable();
    this._s.autoFilter = this._s.autoFilter ? null : areaAddress(this._a, false, false); // no arguments: a toggle
    return true;
  }
}

function constantText(v: EtCell): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
