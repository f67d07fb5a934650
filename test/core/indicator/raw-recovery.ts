/**
 * Exact recovery of an indicator cell from what the parse keeps: the cell's text (HTML stripped) must be exactly
 * its pieces in order — the cell's unplaced text, quoted by its unplaced-text findings, then each item's `raw` —
 * with nothing between them but what the data cannot hold: separators trimmed off a piece's ends (SEPARATOR_CHARS)
 * and, before a numbered item, its number written `N、` (digits, optional spaces, 、). Anything else between two
 * pieces, a piece out of order, or a piece not found is text the parse lost.
 */
import { SEPARATOR_CHARS } from "../../../src/core/_lib/text";
import type { CellParse } from "../../../src/core/indicator/indicator-parser";

const SEP = `[${SEPARATOR_CHARS.replace(/[\\\]^-]/g, "\\$&")}]*`;
const plainGap = new RegExp(SEP, "y");
const numberGap = (seq: number) => new RegExp(`${SEP}0*${seq}\\s*、${SEP}`, "y");

/** "" when the text is recovered exactly, else where recovery stopped and what was there. */
export function recoveryGap(text: string, r: CellParse): string {
  const quoted = r.findings.filter((f) => f.code === "unplaced-text" && !f.item).map((f) => String(f.params?.text));
  if (JSON.stringify(quoted) !== JSON.stringify(r.unplaced)) return `unplaced text ${JSON.stringify(r.unplaced)} not quoted by its findings ${JSON.stringify(quoted)}`;
  const pieces: { text: string; seq: number | null }[] = [...r.unplaced.map((u) => ({ text: u, seq: null })), ...r.items.map((i) => ({ text: i.raw, seq: i.seq }))];
  let cursor = 0;
  for (const p of pieces) {
    const gaps = p.seq === null ? [plainGap] : [numberGap(p.seq), plainGap];
    let next = -1;
    for (const g of gaps) {
      g.lastIndex = cursor;
      const m = g.exec(text);
      if (m && text.startsWith(p.text, cursor + m[0].length)) {
        next = cursor + m[0].length + p.text.length;
        break;
      }
    }
    if (next < 0) return `at ${cursor}: ${JSON.stringify(text.slice(cursor, cursor + 40))} is not ${p.seq === null ? "" : `${p.seq}、 then `}${JSON.stringify(p.text.slice(0, 40))}`;
    cursor = next;
  }
  plainGap.lastIndex = cursor;
  const tail = plainGap.exec(text);
  return cursor + (tail?.[0].length ?? 0) === text.length ? "" : `after the last piece: ${JSON.stringify(text.slice(cursor, cursor + 40))}`;
}
