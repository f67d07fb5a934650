/**
 * The syntax of the formulas the product writes (formula-eval.ts computes them): numbers, "text", TRUE/FALSE, A1
 * references (with $) and ranges, + - * / and unary minus, the comparisons = <> < <= > >=, and function calls.
 * Anything else (another sheet's cell, &, ^, %, a name, an empty argument) does not parse: such a formula has no value
 * here and is left as it is. Pure.
 */
import { columnIndex } from "./grid";

/** 0-based row and column. */
export type Cell = { row: number; col: number };

export type Node =
  | { k: "num"; text: string }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "ref"; c: Cell }
  | { k: "range"; a: Cell; b: Cell }
  | { k: "neg"; x: Node }
  | { k: "bin"; op: string; l: Node; r: Node }
  | { k: "call"; name: string; args: Node[] };

const REF = /^\$?([A-Z]{1,3})\$?(\d+)$/;
/** Excel's last row and column (XFD1048576). */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** Deeper nesting than any formula the product writes, and far from the stack's limit. */
const MAX_DEPTH = 100;

export function cellRef(s: string): Cell | null {
  const m = REF.exec(s.trim().toUpperCase());
  if (!m) return null;
  const row = Number(m[2]);
  const col = columnIndex(m[1]);
  return row >= 1 && row <= MAX_ROW && col < MAX_COL ? { row: row - 1, col } : null;
}

type Token = { t: "num" | "str" | "name" | "op"; v: string };

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Za-z_][A-Za-z0-9_.]*\$?\d*)|(<>|<=|>=|[-+*/=<>(),:]))/y;

function tokens(body: string): Token[] | null {
  const out: Token[] = [];
  let at = 0;
  const text = body.trimEnd();
  while (at < text.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return null;
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ t: "num", v: m[1] });
    else if (m[2] !== undefined) out.push({ t: "str", v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ t: "name", v: m[3] });
    else out.push({ t: "op", v: m[4] });
  }
  return out;
}

class Fail extends Error {}

/** The syntax tree of `=…` (the leading `=` optional); null when it is not one the evaluator knows. */
export function parseFormula(formula: string): Node | null {
  const list = tokens(formula.replace(/^\s*=/, ""));
  if (!list || list.length === 0) return null;
  let i = 0;
  let depth = 0;
  const peek = (): Token | undefined => list[i];
  const isOp = (v: string): boolean => peek()?.t === "op" && peek()?.v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Fail();
    i++;
  };
  /** One level of left-associative binary operators over the next tighter level (comparison > + - > * /). */
  const level =
    (ops: readonly string[], next: () => Node) =>
    (): Node => {
      let l = next();
      while (ops.some(isOp)) {
        const op = list[i++].v;
        l = { k: "bin", op, l, r: next() };
      }
      return l;
    };
  const multiplicative = level(["*", "/"], () => unary());
  const additive = level(["+", "-"], multiplicative);
  const comparison = level(["=", "<>", "<", "<=", ">", ">="], additive);
  const unary = (): Node => {
    if (++depth > MAX_DEPTH) throw new Fail();
    try {
      if (isOp("-")) {
        i++;
        return { k: "neg", x: unary() };
      }
      if (isOp("+")) {
        i++;
        return unary();
      }
      return primary();
    } finally {
      depth--;
    }
  };
  const primary = (): Node => {
    const tok = list[i++];
    if (!tok) throw new Fail();
    if (tok.t === "num") return { k: "num", text: tok.v };
    if (tok.t === "str") return { k: "str", v: tok.v };
    if (tok.t === "op") {
      if (tok.v !== "(") throw new Fail();
      const x = comparison();
      expect(")");
      return x;
    }
    if (isOp("(")) {
      i++;
      const args: Node[] = [];
      if (!isOp(")")) {
        args.push(comparison());
        while (isOp(",")) {
          i++;
          args.push(comparison());
        }
      }
      expect(")");
      return { k: "call", name: tok.v.toUpperCase(), args };
    }
    const name = tok.v.toUpperCase();
    if (name === "TRUE" || name === "FALSE") return { k: "bool", v: name === "TRUE" };
    const a = cellRef(tok.v);
    if (!a) throw new Fail();
    if (!isOp(":")) return { k: "ref", c: a };
    i++;
    const next = list[i++];
    const b = next?.t === "name" ? cellRef(next.v) : null;
    if (!b) throw new Fail();
    return { k: "range", a, b };
  };
  try {
    const tree = comparison();
    return i === list.length ? tree : null;
  } catch (e) {
    if (e instanceof Fail) return null;
    throw e;
  }
}
