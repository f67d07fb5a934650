/**
 * @jest-environment jsdom
 */
// The grid renders only what is on screen: a 20,000-row sheet puts a few dozen rows in the DOM.
import * as React from "react";
import { act, fireEvent, render } from "@testing-library/react";
import { SheetGrid } from "../../src/web/SheetGrid";
import type { SheetView } from "../../src/web/grid-view";
import { installDomShims } from "../taskpane/pane-fixture";

beforeAll(() => {
  installDomShims();
  (globalThis as Record<string, unknown>).requestAnimationFrame ??= (f: () => void) => setTimeout(f, 0);
  (globalThis as Record<string, unknown>).cancelAnimationFrame ??= (id: number) => clearTimeout(id);
  Element.prototype.scrollTo ??= function (this: Element, o: ScrollToOptions | number) {
    if (typeof o === "object") {
      this.scrollTop = o.top ?? this.scrollTop;
      this.scrollLeft = o.left ?? this.scrollLeft;
    }
  } as Element["scrollTo"];
});

function bigView(rows = 20_000, cols = 40): SheetView {
  const widths = Array.from({ length: cols }, () => 80);
  const offsets = [0];
  for (const w of widths) offsets.push(offsets[offsets.length - 1] + w);
  return {
    name: "大表", rowCount: rows, colCount: cols, widths, offsets, frozenRows: 1, usedRows: rows, usedCols: cols,
    text: (r, c) => `${r + 1}:${c + 1}`,
    input: (r, c) => `${r + 1}:${c + 1}`,
    fill: (r) => (r === 5 ? "#FFEB9C" : null),
    link: () => null,
    bold: (r) => r === 0,
    numeric: () => false,
    span: () => 1,
  };
}

it("renders a window of rows and columns, follows the scroll position, and reports clicks by cell", async () => {
  const clicks: string[] = [];
  const { container } = render(<SheetGrid view={bigView()} version={0} selected={null} scrollKey={0} label="grid" onSelectCell={(r, c, follow) => clicks.push(`${r},${c},${follow}`)} />);
  const grid = container.querySelector("[role=grid]") as HTMLElement;
  // jsdom has no layout: give the scroller a size and a scroll position that sticks.
  let top = 0;
  Object.defineProperty(grid, "scrollTop", { get: () => top, set: (v: number) => (top = v), configurable: true });
  Object.defineProperty(grid, "clientHeight", { value: 600, configurable: true });
  Object.defineProperty(grid, "clientWidth", { value: 1000, configurable: true });
  expect(container.querySelectorAll("[data-row]").length).toBeLessThan(80);
  expect(container.querySelectorAll("[data-address]").length).toBeLessThan(80 * 20);
  expect(container.querySelector('[data-address="B6"]')?.getAttribute("data-fill")).toBe("#FFEB9C");
  await act(async () => {
    grid.scrollTop = 24 * 15_000;
    fireEvent.scroll(grid);
    await new Promise((r) => setTimeout(r, 60)); // past the next animation frame
  });
  expect(container.querySelector('[data-address="A15001"]')?.textContent).toBe("15001:1");
  expect(container.querySelector('[data-address="A1"]')?.textContent).toBe("1:1"); // the frozen header stays
  expect(container.querySelector('[data-address="A100"]')).toBeNull();
  fireEvent.click(container.querySelector('[data-address="C15002"]') as Element);
  expect(clicks).toEqual(["15001,2,true"]);
});

it("moves the selection with the keys (never following a link) and marks the selected cell for screen readers", () => {
  const moves: string[] = [];
  const { container } = render(<SheetGrid view={bigView()} version={0} selected={{ row: 3, col: 0 }} scrollKey={0} label="grid" onSelectCell={(r, c, follow) => moves.push(`${r},${c},${follow}`)} />);
  const grid = container.querySelector("[role=grid]") as HTMLElement;
  Object.defineProperty(grid, "clientHeight", { value: 600, configurable: true });
  Object.defineProperty(grid, "clientWidth", { value: 1000, configurable: true });
  fireEvent.keyDown(grid, { key: "ArrowDown" });
  // Keys can outrun the workbook's selection: the next one moves on from where the last one went.
  fireEvent.keyDown(grid, { key: "Tab" });
  fireEvent.keyDown(grid, { key: "Home", ctrlKey: true });
  fireEvent.keyDown(grid, { key: "x" });
  expect(moves).toEqual(["4,0,false", "4,1,false", "0,0,false"]);
  const active = grid.getAttribute("aria-activedescendant");
  expect(container.querySelector(`[id="${active}"]`)?.getAttribute("data-address")).toBe("A4");
});

it("lets text spill over empty cells to its right, and stops at the next value", () => {
  const view = { ...bigView(10, 6), text: (r: number, c: number) => (r === 1 && c === 0 ? "一段很长很长很长很长的说明文字" : r === 2 && c === 0 ? "左边很长很长很长的文字" : r === 2 && c === 1 ? "有值" : "") };
  const { container } = render(<SheetGrid view={view} version={0} selected={null} scrollKey={0} label="grid" onSelectCell={() => undefined} />);
  expect(container.querySelector('[data-address="A2"]')?.getAttribute("data-spill")).toBe("C");
  expect(container.querySelector('[data-address="A3"]')?.getAttribute("data-spill")).toBeNull();
});
