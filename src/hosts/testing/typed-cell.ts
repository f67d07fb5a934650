/**
 * Shared by the fake Excel and the fake ET model: what a spreadsheet stores when a string is written to a General
 * cell, as if typed. `=…` becomes a formula, `+x`/`-x`/`@x` that are not numbers become (broken) formulas, numbers
 * and TRUE/FALSE are converted, a leading `'` forces text — exactly what must never happen to the product's text.
 */
export type TypedValue = string | number | boolean | { error: string } | null;

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;

/** A formula's value, for the one function the product writes (HYPERLINK shows its friendly name). */
function formulaValue(formula: string): TypedValue {
  const m = /^=HYPERLINK\("((?:[^"]|"")*)"(?:,\s*"((?:[^"]|"")*)")?\)$/i.exec(formula);
  return m ? (m[2] ?? m[1]).replace(/""/g, '"') : 0;
}

/** `errors`: the error literals this host recognises when typed (Excel knows #SPILL!, ET does not). */
export function typeIntoGeneralCell(s: string, errors: ReadonlySet<string>): { v: TypedValue; f?: string } {
  if (s === "") return { v: null };
  if (s.startsWith("'")) return { v: s.slice(1) };
  const t = s.trim();
  if (NUMBER.test(t) && /\d/.test(t)) {
    const n = Number(t.replace(/,/g, "").replace(/%$/, ""));
    if (Number.isFinite(n)) return { v: t.endsWith("%") ? n / 100 : n };
  }
  if (s.startsWith("=") && s.length > 1) return { v: formulaValue(s), f: s };
  if (/^[+\-@]/.test(s) && s.length > 1) return { v: { error: "#NAME?" }, f: `=${s}` };
  if (/^(true|false)$/i.test(t)) return { v: t.toLowerCase() === "true" };
  if (errors.has(t.toUpperCase())) return { v: { error: t.toUpperCase() } };
  return { v: s };
}
