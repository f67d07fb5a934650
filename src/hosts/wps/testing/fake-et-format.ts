/**
 * Fake ET Interior, Font, cell styles and Validation of a range: BGR colours, -4142 for "no fill" (ColorIndex and
 * Pattern), null for a range whose cells differ (fills and styles alike), wrap / alignment / bold with ET's
 * constants, and list validation that refuses to be added twice (ET wants Delete first).
 */
import { EtStyle, MAX_COLS, MAX_ROWS, WHITE, etFail, fillAt, intersects, rowOf } from "./fake-et-model";
import type { FakeRange } from "./fake-et-range";

/** xlTop, xlCenter, xlBottom, xlJustify, xlDistributed. */
const VERTICAL = new Set([-4160, -4108, -4107, -4130, -4117]);
/** xlGeneral, xlLeft, xlCenter, xlRight, xlFill, xlJustify, xlCenterAcrossSelection, xlDistributed. */
const HORIZONTAL = new Set([1, -4131, -4108, -4152, 5, -4130, 7, -4117]);
const DEFAULTS: Required<EtStyle> = { wrap: false, bold: false, vertical: -4107, horizontal: 1 };

/** Set one style property on every cell; row and column formats (whole rows or columns) are not modelled. */
function setStyle<K extends keyof EtStyle>(r: FakeRange, key: K, value: EtStyle[K]): void {
  r._writable();
  for (const a of r._areas) if ((a.c0 === 0 && a.c1 === MAX_COLS - 1) || (a.r0 === 0 && a.r1 === MAX_ROWS - 1)) etFail("fake ET: row and column formats are not modelled");
  r._eachCell((row, c) => {
    const cells = (rowOf(r._s, row).st ??= []);
    cells[c] = { ...cells[c], [key]: value };
  });
}

const styleAt = <K extends keyof EtStyle>(r: FakeRange, key: K): Required<EtStyle>[K] | null =>
  r._common((row, c) => r._s.rows[row]?.st?.[c]?.[key] ?? DEFAULTS[key]) as Required<EtStyle>[K] | null;

/** The cell-style members of a range, kept here so fake-et-range.ts stays about values. */
export const rangeStyle = {
  wrap: (r: FakeRange) => styleAt(r, "wrap"),
  setWrap(r: FakeRange, x: unknown): void {
    if (typeof x !== "boolean") etFail(`WrapText 无效: ${String(x)}`);
    setStyle(r, "wrap", x as boolean);
  },
  vertical: (r: FakeRange) => styleAt(r, "vertical"),
  setVertical(r: FakeRange, x: unknown): void {
    if (!VERTICAL.has(x as number)) etFail(`VerticalAlignment 无效: ${String(x)}`);
    setStyle(r, "vertical", x as number);
  },
  horizontal: (r: FakeRange) => styleAt(r, "horizontal"),
  setHorizontal(r: FakeRange, x: unknown): void {
    if (!HORIZONTAL.has(x as number)) etFail(`HorizontalAlignment 无效: ${String(x)}`);
    setStyle(r, "horizontal", x as number);
  },
  /** `Range.Rows.AutoFit()`: ET sizes each row to its tallest cell; the fake records the fit. Columns are not modelled. */
  autoFit(r: FakeRange): boolean {
    r._writable();
    if (r._kind !== "rows") etFail(r._kind === "columns" ? "fake ET: column AutoFit is not modelled" : "Range 类的 AutoFit 方法无效 (use .Rows or .Columns)");
    for (const a of r._areas) for (let row = a.r0; row <= Math.min(a.r1, r._s.rows.length - 1); row++) rowOf(r._s, row).fit = true;
    return true;
  },
};

export class FakeFont {
  constructor(readonly _r: FakeRange) {}

  get Bold(): boolean | null {
    return styleAt(this._r, "bold");
  }
  set Bold(x: unknown) {
    if (typeof x !== "boolean") etFail(`Bold 无效: ${String(x)}`);
    setStyle(this._r, "bold", x as boolean);
  }
}

/** A pseudo palette index: the real one is the nearest of 56 colours; what matters is -4142 and "differs". */
const paletteIndex = (bgr: number) => (bgr === WHITE ? 2 : bgr === 0 ? 1 : 3 + (bgr % 53));

export class FakeInterior {
  constructor(readonly _r: FakeRange) {}

  _set(fill: number | null): void {
    this._r._writable();
    this._r._eachCell((r, c) => {
      const row = rowOf(this._r._s, r);
      if (fill === null && !row.fill) return;
      (row.fill ??= [])[c] = fill;
    });
  }
  get Color(): number | null {
    return this._r._common((r, c) => fillAt(this._r._s, r, c) ?? WHITE);
  }
  set Color(x: unknown) {
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x > WHITE) etFail(`Color 无效: ${String(x)}`);
    this._set(x as number);
  }
  get ColorIndex(): number | null {
    return this._r._common((r, c) => {
      const f = fillAt(this._r._s, r, c);
      return f === null ? -4142 : paletteIndex(f);
    });
  }
  set ColorIndex(x: unknown) {
    if (x !== -4142) etFail("fake ET: only ColorIndex = -4142 (no fill) is modelled");
    this._set(null);
  }
  get Pattern(): number | null {
    return this._r._common((r, c) => (fillAt(this._r._s, r, c) === null ? -4142 : 1));
  }
  set Pattern(x: unknown) {
    if (x === -4142) this._set(null);
    else etFail("fake ET: only Pattern = -4142 (none) is modelled");
  }
}

export class FakeValidation {
  constructor(readonly _r: FakeRange) {}

  Add(type: number, _alert?: number, _operator?: number, formula1?: string): boolean {
    this._r._writable();
    if (type !== 3) etFail("fake ET: only list validation (3) is modelled");
    const a = this._r._a;
    if (this._r._s.validations.some((v) => intersects(v.rect, a))) etFail("添加有效性失败：区域已有数据有效性 (Delete first)");
    this._r._s.validations.push({ rect: a, list: String(formula1 ?? "").split(",") });
    return true;
  }
  Delete(): boolean {
    this._r._writable();
    const a = this._r._a;
    this._r._s.validations = this._r._s.validations.filter((v) => !intersects(v.rect, a));
    return true;
  }
}

