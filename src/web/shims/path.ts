/**
 * The few `path` functions file.loader uses, for the browser build (webpack aliases `path` here), so the page
 * opens text files with exactly the CLI's code. File names from a browser have no directories.
 */
export function basename(p: string, ext?: string): string {
  const base = p.slice(Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1);
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function extname(p: string): string {
  const base = basename(p);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot);
}
