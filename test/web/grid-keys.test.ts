/** The keys that move the web grid's selection, as in Excel. */
import { GridBounds, keyTarget } from "../../src/web/grid-keys";

// A 100 × 10 sheet whose data fills A1:D20, with a gap at rows 6–9 of column A.
const bounds: GridBounds = {
  rowCount: 100,
  colCount: 10,
  usedRows: 20,
  usedCols: 4,
  pageRows: 12,
  empty: (r, c) => r >= 20 || c >= 4 || (c === 0 && r >= 5 && r <= 8),
};
const at = { row: 3, col: 2 };
const go = (key: string, mods: Partial<Record<"shiftKey" | "ctrlKey" | "altKey", boolean>> = {}, from = at) => keyTarget({ key, ...mods }, from, bounds);

it("moves one cell with the arrows, Tab, Shift+Tab, Enter and Shift+Enter, within the sheet", () => {
  expect([go("ArrowUp"), go("ArrowDown"), go("ArrowLeft"), go("ArrowRight")]).toEqual([{ row: 2, col: 2 }, { row: 4, col: 2 }, { row: 3, col: 1 }, { row: 3, col: 3 }]);
  expect([go("Tab"), go("Tab", { shiftKey: true }), go("Enter"), go("Enter", { shiftKey: true })]).toEqual([{ row: 3, col: 3 }, { row: 3, col: 1 }, { row: 4, col: 2 }, { row: 2, col: 2 }]);
  expect(go("ArrowUp", {}, { row: 0, col: 0 })).toEqual({ row: 0, col: 0 });
});

it("lets Tab leave the grid at its edges, and ignores keys that are no move", () => {
  expect(go("Tab", { shiftKey: true }, { row: 3, col: 0 })).toBeNull();
  expect(go("Tab", {}, { row: 3, col: 9 })).toBeNull();
  expect([go("a"), go("ArrowDown", { altKey: true })]).toEqual([null, null]);
});

it("moves a page with PageUp and PageDown, and to the edges with Home, End, Ctrl+Home and Ctrl+End", () => {
  expect([go("PageDown"), go("PageUp"), go("PageDown", {}, { row: 95, col: 0 })]).toEqual([{ row: 15, col: 2 }, { row: 0, col: 2 }, { row: 99, col: 0 }]);
  expect([go("Home"), go("Home", { ctrlKey: true }), go("End"), go("End", { ctrlKey: true })]).toEqual([{ row: 3, col: 0 }, { row: 0, col: 0 }, { row: 3, col: 3 }, { row: 19, col: 3 }]);
});

it("jumps to the edge of the data with Ctrl+arrow, as Excel does", () => {
  expect(go("ArrowDown", { ctrlKey: true }, { row: 0, col: 0 })).toEqual({ row: 4, col: 0 }); // the last cell before the gap
  expect(go("ArrowDown", { ctrlKey: true }, { row: 4, col: 0 })).toEqual({ row: 9, col: 0 }); // over the gap
  expect(go("ArrowDown", { ctrlKey: true }, { row: 9, col: 0 })).toEqual({ row: 19, col: 0 });
  expect(go("ArrowRight", { ctrlKey: true }, { row: 0, col: 0 })).toEqual({ row: 0, col: 3 });
  expect(go("ArrowUp", { ctrlKey: true }, { row: 19, col: 1 })).toEqual({ row: 0, col: 1 });
});
