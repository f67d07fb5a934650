/**
 * Fake ET Interior and Validation of a range: BGR colours, -4142 for "no fill" (ColorIndex and Pattern), null for a
 * range whose cells differ, and list validation that refuses to be added twice (ET wants Delete first).
 */
import { WHITE, etFail, fillAt, intersects, rowOf } from "./fake-et-model";
import type { FakeRange } from "./fake-et-range";

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

