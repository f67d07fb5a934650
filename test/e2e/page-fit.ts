/**
 * What "the page fits" means, measured in the browser: nothing wider than the viewport (the document, the grid,
 * the pane when it is shown), and nothing cut off inside the pane (its content no wider than its box, since the
 * pane hides horizontal overflow and would otherwise clip silently).
 */
import type { Page } from "playwright-core";

export interface Fit {
  viewport: number;
  document: number;
  grid: { left: number; right: number } | null;
  pane: { left: number; right: number; scrollWidth: number; clientWidth: number; shown: boolean } | null;
}

export function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? { left: Math.round(r.left), right: Math.round(r.right) } : null;
    };
    const aside = document.querySelector("aside");
    return {
      viewport: window.innerWidth,
      document: document.documentElement.scrollWidth,
      grid: box(document.querySelector("[role=grid]")),
      pane: aside
        ? { ...box(aside)!, scrollWidth: aside.scrollWidth, clientWidth: aside.clientWidth, shown: getComputedStyle(aside).visibility !== "hidden" }
        : null,
    };
  });
}

/** The sentences of what does not fit (empty when everything does), for one readable failure. */
export function misfits(fit: Fit): string[] {
  const out: string[] = [];
  const w = fit.viewport;
  if (fit.document > w) out.push(`document ${fit.document} px wide in a ${w} px viewport`);
  if (fit.grid && (fit.grid.left < 0 || fit.grid.right > w)) out.push(`grid at ${fit.grid.left}–${fit.grid.right} px`);
  if (fit.pane?.shown) {
    if (fit.pane.left < 0 || fit.pane.right > w) out.push(`pane at ${fit.pane.left}–${fit.pane.right} px`);
    if (fit.pane.scrollWidth > fit.pane.clientWidth) out.push(`pane content ${fit.pane.scrollWidth} px in a ${fit.pane.clientWidth} px pane`);
  }
  return out;
}
