/** Plain-text tables that line up in a terminal with Chinese text (CJK characters are two columns wide). */

function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ");
  if (width(flat) <= max) return flat;
  let out = "";
  for (const ch of flat) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return out + "…";
}

/** Padded to `w` columns as measured on the plain text; `shown` is what is printed (the text, maybe coloured). */
function pad(s: string, w: number, right = false, shown = s): string {
  const gap = " ".repeat(Math.max(0, w - width(s)));
  return right ? gap + shown : shown + gap;
}

/** Colours a body cell after it is clipped and measured (row and column are 0-based, the header not counted). */
export type CellPaint = (text: string, row: number, column: number) => string;

/** Render rows under a header; each column clipped to its max width; numeric columns right-aligned. */
export function renderTable(header: string[], rows: string[][], maxWidths: number[] = [], rightAligned: boolean[] = [], paint?: CellPaint): string {
  const cells = [header, ...rows].map((r) => r.map((c, i) => clip(c, maxWidths[i] ?? 40)));
  // A loop, not Math.max(...column): spreading 300,000 findings as arguments overflows the call stack.
  const widths = header.map(() => 0);
  for (const r of cells) header.forEach((_, i) => (widths[i] = Math.max(widths[i], width(r[i] ?? ""))));
  const line = (r: string[], row = -1) =>
    r.map((c, i) => pad(c ?? "", widths[i], rightAligned[i], paint && row >= 0 && c ? paint(c, row, i) : (c ?? ""))).join("  ").trimEnd();
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map((r, i) => line(r, i))].join("\n");
}
