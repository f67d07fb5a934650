/** Pure helpers of the ribbon page, kept apart from main.ts (which defines globals when it is loaded). */

/** The folder of the page: `…/perftarget_0.1.0/index.html?x` → `…/perftarget_0.1.0/`. */
export function folderOf(href: string): string {
  return href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
}
