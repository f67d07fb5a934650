/**
 * Shared by the fake Excel and the fake ET model: a cell's value as the host shows it. The hosts recalculate, so the
 * product's own formulas (a template row's 总计, a confirmed SUM) read with their value from the cells as they are
 * now; a formula the fakes cannot compute keeps the value stored when it was typed (see typed-cell.ts).
 */
import { formulaValue, type CellValue } from "../../core";

export function recalculating<S extends object, V>(
  stored: (s: S, r: number, c: number) => V,
  formula: (s: S, r: number, c: number) => string | null | undefined,
): (s: S, r: number, c: number) => V {
  const busy = new WeakMap<S, Set<number>>();
  const read = (s: S, r: number, c: number): V => {
    const v = stored(s, r, c);
    const f = formula(s, r, c);
    if (!f || /^=HYPERLINK/i.test(f)) return v;
    let cells = busy.get(s);
    if (!cells) busy.set(s, (cells = new Set()));
    const key = r * 16_384 + c;
    if (cells.has(key)) return v; // a circular reference keeps its stored value
    cells.add(key);
    try {
      return (formulaValue(f, (row, col) => read(s, row, col) as CellValue) ?? v) as V;
    } finally {
      cells.delete(key);
    }
  };
  return read;
}
