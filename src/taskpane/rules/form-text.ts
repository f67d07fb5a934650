/** How the rule-set form reads what was typed: lists one per line, numbers leniently; the schema judges the rest. */

/** One entry per non-blank line, trimmed. */
export const lines = (text: string): string[] => text.split(/\r?\n/).map((w) => w.trim()).filter((w) => w !== "");

/** Typed text → a number when it is one (`80`, `80%`, `０.５`); otherwise the text, which the schema reports as the wrong type. */
export function numberOrText(text: string): number | string {
  const t = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[%％]$/, "").trim();
  const n = t === "" ? NaN : Number(t);
  return Number.isFinite(n) ? n : text;
}
