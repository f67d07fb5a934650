/**
 * The one left-shift rule of the row tables (src/core/sheet/realign.ts, layouts D, E and S): how many cells a row
 * lost on its left when a table was copied from a web page and its merged cells were dropped.
 */
import { DEFAULT_FRAMEWORK, FrameworkIndex } from "../../../src/core";
import { leftShiftOf, shifted } from "../../../src/core/sheet/realign";

const fw = new FrameworkIndex(DEFAULT_FRAMEWORK);
// 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注
const COLS = { l1: 1, l2: 2, l3: 3 };
const WIDTH = 6;
const row = (...cells: string[]) => [...cells, ...new Array<string>(WIDTH - cells.length).fill("")];
const always = () => true;

describe("the left-shift rule", () => {
  it("moves a row whose 一级 name sits left of the 一级 column into that column", () => {
    expect(leftShiftOf(row("产出指标", "数量指标", "完成项目数", ">=5个"), COLS, fw, WIDTH)).toBe(1);
    expect(leftShiftOf(row("", "产出指标", "数量指标", "完成项目数", ">=5个"), COLS, fw, WIDTH)).toBe(0);
  });

  it("moves a row whose 二级 name sits left of the 二级 column, but not for a 二级 name in the 一级 column", () => {
    expect(leftShiftOf(row("质量指标", "验收合格率", "100%"), COLS, fw, WIDTH)).toBe(2);
    // A lone 二级 in the 一级 column is how some forms write it: only a proof moves such a row (as a name left of 三级).
    expect(leftShiftOf(row("", "数量指标", "完成项目数", ">=5个"), COLS, fw, WIDTH)).toBe(0);
    expect(leftShiftOf(row("", "数量指标", "完成项目数", ">=5个"), COLS, fw, WIDTH, always)).toBe(1);
  });

  it("takes 成本指标 (a 一级 and a 二级 name) as the 一级 only when a level name follows it", () => {
    expect(leftShiftOf(row("成本指标", "流转土地补助标准", "<=475元/亩"), COLS, fw, WIDTH)).toBe(2);
    expect(leftShiftOf(row("成本指标", "经济成本指标", "人均成本", "<=475元"), COLS, fw, WIDTH)).toBe(1);
  });

  it("moves a row found only by a name left of 三级 when the layout proves the shift, and never without a proof", () => {
    const cells = row("完成项目数", ">=5个");
    expect(leftShiftOf(cells, COLS, fw, WIDTH)).toBe(0);
    expect(leftShiftOf(cells, COLS, fw, WIDTH, (by) => by === 3)).toBe(3);
    expect(leftShiftOf(cells, COLS, fw, WIDTH, () => false)).toBe(0);
    // The block's label is no name.
    expect(leftShiftOf(row("绩效指标", "产出指标", "数量指标", "完成项目数", ">=5个"), COLS, fw, WIDTH, always)).toBe(0);
  });

  it("never pushes a row past its header, nor anything but a 指标性质 word (or nothing) under 指标性质", () => {
    expect(leftShiftOf(row("质量指标", "验收合格率", "100%", "备注", "说明", "又一格"), COLS, fw, WIDTH)).toBe(0);
    const withNature = { ...COLS, nature: 4 };
    expect(leftShiftOf(row("质量指标", "验收合格率", "≥", "95%"), withNature, fw, WIDTH)).toBe(2);
    expect(leftShiftOf(row("质量指标", "验收合格率", "很高", "95%"), withNature, fw, WIDTH)).toBe(0);
  });

  it("says nothing about a blank row", () => {
    expect(leftShiftOf(row(), COLS, fw, WIDTH, always)).toBe(0);
  });

  it("puts the blanks in front of the row, or where a layout says the cells were lost", () => {
    expect(shifted(["a", "b"], 0, 2, "")).toEqual(["", "", "a", "b"]);
    expect(shifted(["a", "b"], 1, 1, null)).toEqual(["a", null, "b"]);
  });
});
