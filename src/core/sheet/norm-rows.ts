/**
 * norm() of a sheet's rows, made once per parse and only for the rows asked for: detection and the reader of
 * layouts D and E look at the same rows, and their short cells (levels, comparators, units, weights) repeat.
 */
import { CellValue, Grid } from "../grid/grid";
import { norm } from "./vocabulary";

/** Cells up to this length are memoised: the repeated words of a table; long texts are seldom repeated. */
const MEMO_LENGTH = 40;
const MEMO_SIZE = 1 << 16;

export class NormRows {
  private readonly rows: (string[] | undefined)[];
  private readonly memo = new Map<string, string>();

  constructor(readonly grid: Grid) {
    this.rows = new Array<string[] | undefined>(grid.rows.length);
  }

  /** norm() of every cell of row r (0-based), computed the first time it is asked for. */
  row(r: number): string[] {
    let out = this.rows[r];
    if (out === undefined) {
      const raw = this.grid.rows[r];
      out = new Array<string>(raw.length);
      for (let c = 0; c < raw.length; c++) out[c] = this.cell(raw[c]);
      this.rows[r] = out;
    }
    return out;
  }

  cell(v: CellValue | undefined): string {
    if (v === null || v === undefined || v === "") return "";
    if (typeof v !== "string" || v.length > MEMO_LENGTH) return norm(v);
    let n = this.memo.get(v);
    if (n === undefined) {
      n = norm(v);
      if (this.memo.size < MEMO_SIZE) this.memo.set(v, n);
    }
    return n;
  }
}
