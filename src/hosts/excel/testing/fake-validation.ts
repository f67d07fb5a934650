/// <reference types="office-js" />
/**
 * Fake `range.dataValidation` (ExcelApi 1.8), list rules only: what the adapter writes for 指标明细 drop-downs.
 * Strict where Excel is: a list source of more than 255 characters, an empty source, or a rule with no kind or
 * two kinds is refused; a protected sheet refuses the write. Kinds the product never writes are not modelled.
 */
import { BatchTx, FakeContext, FakeProxy } from "./fake-context";
import { FakeSheet, FakeValidation, MAX_ROWS, Rect, fail, intersect, parseRect, rectAddress } from "./fake-model";

export interface ValidationTarget {
  sheetId: string;
  rect: Rect;
}

/** Excel's limit on a typed list source (the formula of a list validation). */
export const MAX_LIST_SOURCE = 255;

const contains = (outer: Rect, inner: Rect) => inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;

/** Drop the validations inside `rect`; one that only partly overlaps it would need splitting, which is not modelled. */
function removeWithin(s: FakeSheet, rect: Rect): void {
  s.validations = s.validations.filter((v) => {
    const r = parseRect(v.range);
    if (!intersect(r, rect)) return true;
    if (!contains(rect, r)) fail("UnmodelledInFake", `fake Excel: a validation (${v.range}) only partly covered by ${rectAddress(rect)}`);
    return false;
  });
}

function checkRule(rule: unknown): { source: string; inCellDropDown: boolean } {
  const kinds = rule && typeof rule === "object" ? Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined) : [];
  if (kinds.length !== 1) return fail("InvalidArgument", `A data validation rule needs exactly one kind (got ${JSON.stringify(rule)}).`);
  if (kinds[0] !== "list") return fail("UnmodelledInFake", `fake Excel: only list validations are modelled (got ${kinds[0]})`);
  const list = (rule as { list: Excel.ListDataValidation }).list;
  if (typeof list.source !== "string") return fail("UnmodelledInFake", "fake Excel: only a typed list source is modelled");
  if (list.source === "" || list.source.length > MAX_LIST_SOURCE) fail("InvalidArgument", `The list source must have 1 to ${MAX_LIST_SOURCE} characters (got ${list.source.length}).`);
  if (list.inCellDropDown !== undefined && typeof list.inCellDropDown !== "boolean") fail("InvalidArgument", "inCellDropDown must be a boolean");
  return { source: list.source, inCellDropDown: list.inCellDropDown ?? true };
}

export class FakeDataValidation extends FakeProxy<ValidationTarget> {
  protected readonly props = {
    /** The rule of the one validation covering the whole range, or an empty rule (as Excel reports for none). */
    rule: (t: ValidationTarget, tx: BatchTx) => {
      const v = tx.sheet(t.sheetId).validations.find((x) => contains(parseRect(x.range), t.rect));
      return v ? { list: { source: v.source, inCellDropDown: v.inCellDropDown } } : {};
    },
  };
  constructor(ctx: FakeContext, via: (tx: BatchTx) => ValidationTarget | null) {
    super(ctx, { via });
  }
  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.set("rule", rule, (t, tx) => {
      const checked = checkRule(rule);
      const s = tx.mut(t.sheetId);
      removeWithin(s, t.rect);
      const v: FakeValidation = { range: rectAddress(t.rect), ...checked };
      s.validations.push(v);
    });
  }
  clear(): void {
    this.call(0, (t, tx) => removeWithin(tx.mut(t.sheetId), t.rect));
  }
}

/** Validations after inserting `n` whole rows before 0-based row `at` (Excel grows a validation the rows land in). */
export function shiftValidations(list: readonly FakeValidation[], at: number, n: number): FakeValidation[] {
  return list.map((v) => {
    const r = parseRect(v.range);
    if (r.r0 >= at) return { ...v, range: rectAddress({ ...r, r0: r.r0 + n, r1: Math.min(MAX_ROWS - 1, r.r1 + n) }) };
    if (r.r1 >= at) return { ...v, range: rectAddress({ ...r, r1: Math.min(MAX_ROWS - 1, r.r1 + n) }) };
    return v;
  });
}

/** Validations after deleting whole rows r0…r1: those rows leave each validation; one left with no rows goes. */
export function cutValidations(list: readonly FakeValidation[], r0: number, r1: number): FakeValidation[] {
  const n = r1 - r0 + 1;
  const out: FakeValidation[] = [];
  for (const v of list) {
    const r = parseRect(v.range);
    if (r.r1 < r0) out.push(v);
    else if (r.r0 > r1) out.push({ ...v, range: rectAddress({ ...r, r0: r.r0 - n, r1: r.r1 - n }) });
    else {
      const kept = r.r1 - r.r0 + 1 - (Math.min(r.r1, r1) - Math.max(r.r0, r0) + 1);
      if (kept > 0) {
        const top = Math.min(r.r0, r0);
        out.push({ ...v, range: rectAddress({ ...r, r0: top, r1: top + kept - 1 }) });
      }
    }
  }
  return out;
}
