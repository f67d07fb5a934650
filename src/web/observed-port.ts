/**
 * The task pane talks to a WorkbookPort and knows nothing of the page around it. Wrapping the port lets the page
 * hear about every change the pane makes (a new sheet, highlights, a selected finding) and redraw the grid.
 */
import { WRITING_METHODS, type WorkbookPort } from "../hosts/workbook.port";

export type PortEvent = "changed" | "selected";


export function observePort<T extends WorkbookPort>(port: T, listener: (event: PortEvent) => void): WorkbookPort {
  return new Proxy(port, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      const name = String(prop);
      const event: PortEvent | null = name === "select" ? "selected" : WRITING_METHODS.has(name) ? "changed" : null;
      if (!event) return (value as (...a: unknown[]) => unknown).bind(target);
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          // Also after a failure: a half-step is impossible, but the grid should show what is there.
          listener(event);
        }
      };
    },
  });
}
