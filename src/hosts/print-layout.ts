/**
 * What every host writes for a sheet meant for paper (审核意见), in one place so Excel, WPS and .xlsx files print it
 * alike: the margins, the page-number footer, and the runs of rows/columns a style is applied to in one range.
 */

/** Margins in inches: narrow enough for a table, wide enough for a binder's holes. */
export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** Page numbers at the foot of each page (centre section), so loose printed pages can be put back in order. */
export const PAGE_FOOTER = "第 &P 页，共 &N 页";

/** Runs of consecutive numbers, as [first, last]: one range per run instead of one per row or column. */
export function runs(xs: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === x - 1) last[1] = x;
    else out.push([x, x]);
  }
  return out;
}
