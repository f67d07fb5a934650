/** What the product writes fits in a cell: text cut to Excel's 32,767 characters with "…", never half a character. */
import { CELL_CHAR_LIMIT, fitText } from "../../../src/core";

it("keeps text that fits and cuts longer text to the limit, ending in …", () => {
  expect(fitText("a".repeat(CELL_CHAR_LIMIT))).toHaveLength(CELL_CHAR_LIMIT);
  const cut = fitText("a".repeat(CELL_CHAR_LIMIT + 1));
  expect([cut.length, cut.endsWith("…")]).toEqual([CELL_CHAR_LIMIT, true]);
  expect(fitText("一二三四五", 3)).toBe("一二…");
});

it("never cuts a surrogate pair in half", () => {
  expect(fitText("a😀bc", 3)).toBe("a…");
});
