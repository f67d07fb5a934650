/// <reference types="office-js" />
/**
 * Fake Excel.Range: 2-D values, formulas and number formats with Excel's shape rules and input coercion, insert
 * and delete (whole rows or within columns), clear, select, used range, merging and merged areas.
 */
import { BatchTx, FakeContext, FakeProxy } from "./fake-context";
import {
  FakeSheet, MAX_COLS, MAX_ROWS, Rect, cellCount, coerce, fail, formulaCell, getFormat, getFormula, getValue,
  intersect, isWholeRows, jsonBytes, needApi, parseRect, qualified, rectAddress, setArr, setCell, usedRect, valueOut, valueType,
} from "./fake-model";
import { AreasTarget, FakeRangeAreas, FakeRangeFormat } from "./fake-format";
import { shiftRefsForDelete, shiftRefsForInsert } from "./fake-refs";
import { FakeDataValidation, cutValidations, shiftValidations } from "./fake-validation";
// A cycle with fake-objects, used only inside methods, so module load order does not matter.
import { FakeWorksheet } from "./fake-objects";

export interface RangeTarget {
  sheetId: string;
  rect: Rect;
}

/** Reads of more cells than this fail, as Excel's 5 M-cell read limit does (the fake refuses instead of returning null). */
const MAX_CELLS = 5_000_000;
/** Excel's limit on a cell's text (the error code Excel gives for a longer string is assumed, not verified). */
export const MAX_CELL_CHARS = 32_767;

function matrix<V>(s: FakeSheet, r: Rect, read: (s: FakeSheet, row: number, col: number) => V): V[][] {
  if (cellCount(r) > MAX_CELLS) fail("ResponsePayloadSizeLimitExceeded", `fake Excel: reading ${cellCount(r)} cells`);
  const out: V[][] = [];
  for (let i = r.r0; i <= r.r1; i++) {
    const row: V[] = [];
    for (let j = r.c0; j <= r.c1; j++) row.push(read(s, i, j));
    out.push(row);
  }
  return out;
}

/** Excel accepts an exact-shape 2-D array or a single value (a scalar or [[x]]) applied to every cell. */
function cellsOf(r: Rect, input: unknown): (i: number, j: number) => unknown {
  const rows = r.r1 - r.r0 + 1;
  const cols = r.c1 - r.c0 + 1;
  if (!Array.isArray(input)) return () => input;
  if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) return () => input[0][0];
  if (input.length !== rows || input.some((x) => !Array.isArray(x) || x.length !== cols)) {
    return fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
  }
  return (i, j) => (input as unknown[][])[i][j];
}

type Kind = "values" | "formulas" | "numberFormat";

function write(tx: BatchTx, t: RangeTarget, input: unknown, kind: Kind): void {
  const s = tx.mut(t.sheetId);
  const r = t.rect;
  if (cellCount(r) > MAX_CELLS) fail("InvalidArgument", "fake Excel: writing too many cells at once");
  const at = cellsOf(r, input);
  for (let i = r.r0; i <= r.r1; i++) {
    let row = null;
    for (let j = r.c0; j <= r.c1; j++) {
      const x = at(i - r.r0, j - r.c0);
      if (x === null || x === undefined) continue; // office.js: null leaves the cell as it is
      row ??= tx.row(s, i);
      if (kind === "numberFormat") {
        setArr(row, "nf", j, x === "General" ? null : String(x));
      } else if (typeof x === "string") {
        if (x.length > MAX_CELL_CHARS) fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format (a cell of ${x.length} characters).`);
        const text = getFormat(s, i, j) === "@";
        // A text-formatted cell keeps what it is given, formulas included; otherwise Excel parses it as typed.
        setCell(row, j, text ? { v: x === "" ? null : x } : kind === "formulas" ? formulaCell(x) : coerce(x));
      } else if (typeof x === "boolean" || (typeof x === "number" && Number.isFinite(x))) {
        setCell(row, j, { v: x });
      } else {
        fail("InvalidArgument", `Invalid cell input ${JSON.stringify(x)}`);
      }
    }
  }
}

const asAreas = (t: RangeTarget): AreasTarget => ({ sheetId: t.sheetId, rects: [t.rect] });

type RangeScalars = "address" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "values" | "valueTypes" | "formulas" | "numberFormat";

/** Typed against @types/office-js for the scalar properties, so a misspelt or mistyped property fails to compile. */
export class FakeRange extends FakeProxy<RangeTarget> implements Pick<Excel.Range, RangeScalars> {
  protected readonly props = {
    address: (t: RangeTarget, tx: BatchTx) => qualified(tx.sheet(t.sheetId).name, t.rect),
    rowIndex: (t: RangeTarget) => t.rect.r0,
    columnIndex: (t: RangeTarget) => t.rect.c0,
    rowCount: (t: RangeTarget) => t.rect.r1 - t.rect.r0 + 1,
    columnCount: (t: RangeTarget) => t.rect.c1 - t.rect.c0 + 1,
    values: (t: RangeTarget, tx: BatchTx) => matrix(tx.sheet(t.sheetId), t.rect, (s, i, j) => valueOut(getValue(s, i, j))),
    valueTypes: (t: RangeTarget, tx: BatchTx) => matrix(tx.sheet(t.sheetId), t.rect, (s, i, j) => valueType(getValue(s, i, j))),
    formulas: (t: RangeTarget, tx: BatchTx) => matrix(tx.sheet(t.sheetId), t.rect, (s, i, j) => getFormula(s, i, j) ?? valueOut(getValue(s, i, j))),
    numberFormat: (t: RangeTarget, tx: BatchTx) => matrix(tx.sheet(t.sheetId), t.rect, getFormat),
  };
  private formatProxy?: FakeRangeFormat;

  constructor(ctx: FakeContext, bind: ((tx: BatchTx) => RangeTarget | null) | { now: RangeTarget }, argBytes = 0) {
    super(ctx, bind, argBytes);
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, (tx) => asAreas(this.resolve(tx))));
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, (tx) => {
      needApi(tx, 8, "dataValidation");
      return this.resolve(tx);
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, { via: (tx) => this.resolve(tx).sheetId });
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.set("values", v, (t, tx) => write(tx, t, v, "values"));
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.set("formulas", v, (t, tx) => write(tx, t, v, "formulas"));
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.set("numberFormat", v, (t, tx) => write(tx, t, v, "numberFormat"));
  }

  /** Shift down (whole rows, or the cells of the range's columns): cells, formulas, formats and fills move with them. */
  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): FakeRange {
    this.call(jsonBytes(shift), (t, tx) => {
      if (shift !== "Down") fail("UnmodelledInFake", "fake Excel: only insert Down is modelled");
      const s = tx.mut(t.sheetId);
      const n = t.rect.r1 - t.rect.r0 + 1;
      const tail = { ...t.rect, r0: MAX_ROWS - n, r1: MAX_ROWS - 1 };
      if (s.rows.length > MAX_ROWS - n && usedRect(s, false, tail)) fail("InsertDeleteConflict", "would push cells off the sheet");
      if (!isWholeRows(t.rect)) {
        if (s.merges.some((m) => intersect(parseRect(m), { ...t.rect, r1: MAX_ROWS - 1 }))) fail("UnmodelledInFake", "fake Excel: partial insert across merges");
        if (s.validations.some((v) => intersect(parseRect(v.range), { ...t.rect, r1: MAX_ROWS - 1 }))) fail("UnmodelledInFake", "fake Excel: partial insert across validations");
        for (let r = s.rows.length - 1; r >= t.rect.r0; r--) moveCells(tx, s, r, r + n, t.rect.c0, t.rect.c1);
        for (let r = t.rect.r0; r <= t.rect.r1; r++) clearCells(tx, s, r, t.rect.c0, t.rect.c1);
        return;
      }
      if (t.rect.r0 < s.rows.length) s.rows = [...s.rows.slice(0, t.rect.r0), ...new Array<undefined>(n), ...s.rows.slice(t.rect.r0)];
      s.merges = s.merges.map((m) => shiftRect(m, t.rect.r0, n));
      // A break sits above its row (break b is above 0-based row b) and moves down with it.
      s.pageBreaks = s.pageBreaks.map((b) => (b >= t.rect.r0 ? b + n : b));
      s.validations = shiftValidations(s.validations, t.rect.r0, n);
      shiftRefsForInsert(tx, s, t.rect.r0, n);
    });
    return new FakeRange(this.context, (tx) => this.resolve(tx));
  }

  /** Shift up (whole rows, or the cells of the range's columns). */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.call(jsonBytes(shift), (t, tx) => {
      if (shift !== "Up") fail("UnmodelledInFake", "fake Excel: only delete Up is modelled");
      const s = tx.mut(t.sheetId);
      const n = t.rect.r1 - t.rect.r0 + 1;
      if (!isWholeRows(t.rect)) {
        if (s.merges.some((m) => intersect(parseRect(m), { ...t.rect, r1: MAX_ROWS - 1 }))) fail("UnmodelledInFake", "fake Excel: partial delete across merges");
        if (s.validations.some((v) => intersect(parseRect(v.range), { ...t.rect, r1: MAX_ROWS - 1 }))) fail("UnmodelledInFake", "fake Excel: partial delete across validations");
        const last = s.rows.length - 1;
        for (let r = t.rect.r0; r <= last; r++) {
          if (r + n <= last) moveCells(tx, s, r + n, r, t.rect.c0, t.rect.c1);
          else clearCells(tx, s, r, t.rect.c0, t.rect.c1);
        }
        return;
      }
      s.rows = [...s.rows.slice(0, t.rect.r0), ...s.rows.slice(t.rect.r1 + 1)];
      s.merges = s.merges.filter((m) => !intersect(parseRect(m), t.rect)).map((m) => shiftRect(m, t.rect.r0, -n));
      // The break above a deleted row goes with it; the ones below move up.
      s.pageBreaks = s.pageBreaks.filter((b) => b < t.rect.r0 || b > t.rect.r1).map((b) => (b > t.rect.r1 ? b - n : b));
      s.validations = cutValidations(s.validations, t.rect.r0, t.rect.r1);
      shiftRefsForDelete(tx, s, t.rect.r0, t.rect.r1);
    });
  }

  clear(applyTo: Excel.ClearApplyTo | "All" | "Formats" | "Contents" = "All"): void {
    this.call(jsonBytes(applyTo), (t, tx) => {
      const s = tx.mut(t.sheetId);
      const r = intersect(t.rect, { r0: 0, c0: 0, r1: s.rows.length - 1, c1: t.rect.c1 });
      if (!r) return;
      for (let i = r.r0; i <= r.r1; i++) {
        const old = s.rows[i];
        if (!old) continue;
        const width = Math.max(old.v.length, old.f?.length ?? 0, old.nf?.length ?? 0, old.fill?.length ?? 0, old.st?.length ?? 0);
        const row = tx.row(s, i);
        for (let j = r.c0; j <= Math.min(r.c1, width - 1); j++) {
          if (applyTo !== "Formats") setCell(row, j, { v: null });
          if (applyTo !== "Contents") {
            setArr(row, "nf", j, null);
            setArr(row, "fill", j, null);
            if (row.st) row.st[j] = null;
          }
        }
      }
    });
  }

  /**
   * One merged area (or, `across`, one per row), keeping the upper-left cell's value as Excel does: the other cells'
   * values and formulas are dropped. A one-cell range stays as it is. Merging over an existing merged area, or whole
   * rows or columns, is not modelled and fails.
   */
  merge(across = false): void {
    this.call(jsonBytes(across), (t, tx) => {
      needApi(tx, 2, "merge");
      const s = tx.mut(t.sheetId);
      const r = t.rect;
      if (isWholeRows(r) || (r.r0 === 0 && r.r1 === MAX_ROWS - 1)) fail("UnmodelledInFake", "fake Excel: merging whole rows or columns");
      const areas = across ? Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) => ({ ...r, r0: r.r0 + i, r1: r.r0 + i })) : [r];
      for (const a of areas) {
        if (cellCount(a) === 1) continue;
        if (s.merges.some((m) => intersect(parseRect(m), a))) fail("UnmodelledInFake", `fake Excel: merging ${rectAddress(a)} over a merged area`);
        for (let i = a.r0; i <= Math.min(a.r1, s.rows.length - 1); i++) {
          if (!s.rows[i]) continue;
          const row = tx.row(s, i);
          for (let j = a.c0; j <= a.c1; j++) if (i !== a.r0 || j !== a.c0) setCell(row, j, { v: null });
        }
        s.merges.push(rectAddress(a));
      }
    });
  }

  select(): void {
    this.call(0, (t, tx) => {
      const s = tx.mut(t.sheetId, false);
      if (s.visibility !== "Visible") fail("InvalidOperation", "cannot select on a hidden sheet");
      tx.book.activeId = s.id;
      tx.book.selection = { sheetId: s.id, address: rectAddress(t.rect) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.child((t) => {
      const r = t.rect.r0 + row;
      const c = t.rect.c0 + column;
      if (r >= MAX_ROWS || c >= MAX_COLS) fail("InvalidArgument", "cell outside the sheet");
      return { sheetId: t.sheetId, rect: { r0: r, r1: r, c0: c, c1: c } };
    }), 16);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this.child((t, tx) => {
      const u = usedRect(tx.sheet(t.sheetId), valuesOnly, t.rect);
      return u ? { sheetId: t.sheetId, rect: u } : null;
    }));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.child((t, tx) => {
      needApi(tx, 13, "getMergedAreasOrNullObject");
      const rects = tx.sheet(t.sheetId).merges.map(parseRect).filter((m) => intersect(m, t.rect));
      return rects.length ? { sheetId: t.sheetId, rects } : null;
    }));
  }
}

const KEYS = ["nf", "fill"] as const;

/** Copy the cells of columns c0…c1 from row `from` to row `to` (replacing what was there). */
function moveCells(tx: BatchTx, s: FakeSheet, from: number, to: number, c0: number, c1: number): void {
  const src = s.rows[from];
  if (!src && !s.rows[to]) return;
  const dst = tx.row(s, to);
  for (let c = c0; c <= c1; c++) {
    setCell(dst, c, { v: src?.v[c] ?? null, f: src?.f?.[c] ?? undefined });
    for (const k of KEYS) setArr(dst, k, c, src?.[k]?.[c] ?? null);
    if (src?.st?.[c] || dst.st) (dst.st ??= [])[c] = src?.st?.[c] ?? null;
  }
}

function clearCells(tx: BatchTx, s: FakeSheet, r: number, c0: number, c1: number): void {
  if (!s.rows[r]) return;
  const row = tx.row(s, r);
  for (let c = c0; c <= c1; c++) {
    setCell(row, c, { v: null });
    for (const k of KEYS) setArr(row, k, c, null);
    if (row.st) row.st[c] = null;
  }
}

function shiftRect(address: string, at: number, n: number): string {
  const r = parseRect(address);
  if (r.r0 >= at) return rectAddress({ ...r, r0: r.r0 + n, r1: r.r1 + n });
  if (r.r1 >= at) return rectAddress({ ...r, r1: r.r1 + n });
  return address;
}
