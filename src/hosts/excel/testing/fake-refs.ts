/**
 * Excel moves the references of a sheet's formulas when whole rows are inserted or deleted (`=SUM(B12:B16)` becomes
 * `=SUM(B12:B18)` after two rows go in at 14). The fake does the same for unqualified A1 references, so a test of
 * "insert, then SUM" sees what Excel would. Text inside string literals (HYPERLINK targets) is left alone, as Excel
 * leaves it; references qualified with a sheet name are not modelled.
 */
import { FakeSheet, Tx } from "./fake-model";

const REF = /(^|[^A-Za-z0-9_.$!'"])(\$?[A-Z]{1,3}\$?)(\d{1,7})(?::(\$?[A-Z]{1,3}\$?)(\d{1,7}))?(?![A-Za-z0-9_(!])/g;

/** Map every unqualified reference outside string literals; `row` is 1-based, `end` says which end of a range. */
function mapRefs(formula: string, move: (row: number, end: "single" | "start" | "end") => number | null): string {
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(REF, (m, pre: string, c1: string, r1: string, c2?: string, r2?: string) => {
      if (c2 === undefined || r2 === undefined) {
        const r = move(Number(r1), "single");
        return r === null ? `${pre}#REF!` : `${pre}${c1}${r}`;
      }
      const a = move(Number(r1), "start");
      const b = move(Number(r2), "end");
      return a === null || b === null || b < a ? `${pre}#REF!` : `${pre}${c1}${a}:${c2}${b}`;
    });
  }
  return parts.join('"');
}

/** Rewrite the sheet's formulas, copying a row (copy-on-write, so a failed batch leaks nothing) only when one changes. */
function eachFormula(tx: Tx, s: FakeSheet, change: (f: string) => string): void {
  s.rows.forEach((old, r) => {
    if (!old?.f) return;
    const next = old.f.map((f) => (f ? change(f) : f));
    if (next.some((f, c) => f !== old.f![c])) tx.row(s, r).f = next;
  });
}

/** After `n` whole rows went in before 0-based row `at` (the sheet's rows are already copied for writing). */
export function shiftRefsForInsert(tx: Tx, s: FakeSheet, at: number, n: number): void {
  eachFormula(tx, s, (f) => mapRefs(f, (r) => (r - 1 >= at ? r + n : r)));
}

/** After 0-based rows r0…r1 were deleted: references below move up; a range keeps what is left of it. */
export function shiftRefsForDelete(tx: Tx, s: FakeSheet, r0: number, r1: number): void {
  const n = r1 - r0 + 1;
  eachFormula(tx, s, (f) =>
    mapRefs(f, (r, end) => {
      if (r - 1 < r0) return r;
      if (r - 1 > r1) return r - n;
      if (end === "start") return r0 + 1;
      if (end === "end") return r0;
      return null;
    }),
  );
}
