/**
 * A small calculation engine for exactly the formulas the product writes (the 绩效自评表's scores, rates and sums,
 * a template row's 总计, a link): IF AND OR NOT ISNUMBER N ROUND MIN MAX SUM COUNT HYPERLINK over + - * / and the
 * comparisons, with Excel's semantics — a blank is 0 in arithmetic and "" against text, any text compares greater
 * than any number, IF evaluates only the branch taken. Numbers are exact fractions (a cell's number is the decimal
 * it shows), so ROUND(2.675,2) is 2.68 as in Excel and a score equals scoring.ts's to the hundredth. An error
 * (#DIV/0!, #VALUE!) or anything unknown has no value (null). Pure.
 */
import { arithmetic, cmpRat, fromNumber, fromText, ONE, rat, roundRat, toNumber, ZERO, type Rat } from "./formula-number";
import { parseFormula, type Cell, type Node } from "./formula-parse";
import { CellValue, isCellError } from "./grid";

interface Err {
  readonly error: string;
}
/** A scalar value: a number, text, a logical, a blank (null) or an error. */
type Val = Rat | string | boolean | null | Err;

const isErr = (v: Val): v is Err => typeof v === "object" && v !== null && "error" in v;
const isRat = (v: Val): v is Rat => typeof v === "object" && v !== null && "d" in v;
const DIV0: Err = { error: "#DIV/0!" };
const VALUE: Err = { error: "#VALUE!" };
const NUM: Err = { error: "#NUM!" };
/** More cells than a range of the product's ever spans: such a formula is not one of ours. */
const MAX_CELLS = 100_000;

/** A cell's value as a formula sees it: "" is a blank cell (as the in-memory grids hold one). */
function cellVal(v: CellValue): Val {
  if (v === null || v === "") return null;
  if (typeof v === "number") return fromNumber(v) ?? NUM;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return isCellError(v) ? { error: v.error } : VALUE;
}

/** In arithmetic: a blank is 0, a logical 1 or 0; text (even "") is #VALUE!, as Excel gives for `="a"+1`. */
function num(v: Val): Rat | Err {
  if (v === null) return ZERO;
  if (typeof v === "boolean") return v ? ONE : ZERO;
  if (typeof v === "string") return VALUE;
  return v;
}

/** As a condition: a number is true unless 0, a blank is false, text is #VALUE!. */
function truth(v: Val): boolean | Err {
  if (typeof v === "boolean") return v;
  if (v === null) return false;
  if (typeof v === "string") return VALUE;
  return isErr(v) ? v : v.n !== 0n;
}

/** Excel's order of kinds: numbers < text < logicals; a blank is 0 against a number, "" against text, FALSE against a logical. */
function compare(a: Val, b: Val): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : ZERO;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : ZERO;
  const rank = (v: Val) => (typeof v === "boolean" ? 2 : typeof v === "string" ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return cmpRat(a as Rat, b as Rat);
}

const COMPARE: Record<string, (c: number) => boolean> = {
  "=": (c) => c === 0,
  "<>": (c) => c !== 0,
  "<": (c) => c < 0,
  "<=": (c) => c <= 0,
  ">": (c) => c > 0,
  ">=": (c) => c >= 0,
};

class Evaluator {
  constructor(private readonly value: (c: Cell) => CellValue) {}

  /** The cells of a reference or range argument; null for any other argument. */
  private cells(node: Node): Val[] | Err | null {
    if (node.k === "ref") return [cellVal(this.value(node.c))];
    if (node.k !== "range") return null;
    const [r0, r1] = [Math.min(node.a.row, node.b.row), Math.max(node.a.row, node.b.row)];
    const [c0, c1] = [Math.min(node.a.col, node.b.col), Math.max(node.a.col, node.b.col)];
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > MAX_CELLS) return VALUE;
    const out: Val[] = [];
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(cellVal(this.value({ row: r, col: c })));
    return out;
  }

  /**
   * The numbers of SUM/MIN/MAX/COUNT's arguments: from references only the numeric cells (text, logicals, blanks
   * skipped), typed arguments converted (a logical, a numeric "text"). `lenient` (COUNT): what is not a number is
   * skipped rather than an error.
   */
  private numbers(args: readonly Node[], lenient: boolean): Rat[] | Err {
    const out: Rat[] = [];
    for (const arg of args) {
      const list = this.cells(arg);
      if (isErrList(list)) return list;
      if (list) {
        for (const v of list) {
          if (isErr(v) && !lenient) return v;
          if (isRat(v)) out.push(v);
        }
        continue;
      }
      const v = this.eval(arg);
      const n = typeof v === "string" ? (fromText(v.trim()) ?? VALUE) : num(v);
      if (isErr(n)) {
        if (lenient) continue;
        return n;
      }
      out.push(n);
    }
    return out;
  }

  private call(name: string, args: readonly Node[]): Val {
    const arity = (lo: number, hi: number) => args.length >= lo && args.length <= hi;
    switch (name) {
      case "IF": {
        if (!arity(2, 3)) return VALUE;
        const c = truth(this.eval(args[0]));
        if (isErr(c)) return c;
        return c ? this.eval(args[1]) : args[2] ? this.eval(args[2]) : false;
      }
      case "AND":
      case "OR": {
        if (args.length === 0) return VALUE;
        const seen: boolean[] = [];
        for (const arg of args) {
          const list = this.cells(arg);
          if (isErrList(list)) return list;
          for (const v of list ?? [this.eval(arg)]) {
            if (isErr(v)) return v;
            if (list && (v === null || typeof v === "string")) continue; // a referenced text or blank is skipped
            const t = truth(v);
            if (isErr(t)) return t;
            seen.push(t);
          }
        }
        if (seen.length === 0) return VALUE;
        return name === "AND" ? seen.every(Boolean) : seen.some(Boolean);
      }
      case "NOT": {
        if (!arity(1, 1)) return VALUE;
        const t = truth(this.eval(args[0]));
        return isErr(t) ? t : !t;
      }
      case "ISNUMBER":
        return arity(1, 1) ? isRat(this.eval(args[0])) : VALUE;
      case "N": {
        if (!arity(1, 1)) return VALUE;
        const v = this.eval(args[0]);
        return typeof v === "string" ? ZERO : num(v);
      }
      case "ROUND": {
        if (!arity(2, 2)) return VALUE;
        const x = num(this.eval(args[0]));
        const d = num(this.eval(args[1]));
        if (isErr(x)) return x;
        if (isErr(d)) return d;
        const digits = Number(d.n / d.d); // truncated toward zero, as Excel takes it
        return Math.abs(digits) > 300 ? NUM : roundRat(x, digits);
      }
      case "SUM":
      case "MIN":
      case "MAX":
      case "COUNT": {
        if (args.length === 0) return VALUE;
        const list = this.numbers(args, name === "COUNT");
        if (!Array.isArray(list)) return list;
        if (name === "COUNT") return rat(BigInt(list.length), 1n);
        if (name === "SUM") return list.reduce<Rat>((s, x) => arithmetic("+", s, x)!, ZERO);
        if (list.length === 0) return ZERO;
        return list.reduce((m, x) => ((name === "MIN" ? cmpRat(x, m) < 0 : cmpRat(x, m) > 0) ? x : m));
      }
      case "HYPERLINK": {
        if (!arity(1, 2)) return VALUE;
        const shown = this.eval(args[args.length - 1]);
        return shown === null ? ZERO : shown;
      }
      default:
        return { error: "#NAME?" };
    }
  }

  eval(node: Node): Val {
    switch (node.k) {
      case "num":
        return fromText(node.text) ?? NUM;
      case "str":
        return node.v;
      case "bool":
        return node.v;
      case "ref":
        return cellVal(this.value(node.c));
      case "range":
        return VALUE;
      case "neg": {
        const x = num(this.eval(node.x));
        return isErr(x) ? x : rat(-x.n, x.d);
      }
      case "call":
        return this.call(node.name, node.args);
      case "bin": {
        const l = this.eval(node.l);
        if (isErr(l)) return l;
        const r = this.eval(node.r);
        if (isErr(r)) return r;
        const test = COMPARE[node.op];
        if (test) return test(compare(l, r));
        const x = num(l);
        if (isErr(x)) return x;
        const y = num(r);
        return isErr(y) ? y : (arithmetic(node.op, x, y) ?? DIV0);
      }
    }
  }
}

const isErrList = (v: Val[] | Err | null): v is Err => v !== null && !Array.isArray(v);

/**
 * The value of a formula (`=…`) from the cells it refers to, as Excel shows it: a number, text, a logical; a formula
 * that is only a blank reference shows 0. null: an error, or a formula outside the set the product writes.
 */
export function evaluateFormula(formula: string, value: (c: Cell) => CellValue): number | string | boolean | null {
  const tree = parseFormula(formula);
  if (!tree) return null;
  const v = new Evaluator(value).eval(tree);
  if (v === null) return 0;
  if (isErr(v)) return null;
  return isRat(v) ? toNumber(v) : v;
}
