/** A stated 执行率 read as a percentage however it was written. */
import { dec, toStr } from "../../../src/core";
import { statedRate } from "../../../src/core/selfeval/cells";
import { num } from "../../support/selfeval";

const read = (v: number | string, computed: string | null) => {
  const r = statedRate(num(4, "F", v), computed === null ? null : dec(computed));
  return r && [toStr(r.percent), r.places];
};

describe("statedRate", () => {
  it("reads a percent sign as it is, whatever the rate", () => {
    expect(read("99.97%", "10")).toEqual(["99.97", 2]);
    expect(read("100％", "99.97")).toEqual(["100", 0]);
  });
  it("reads a bare number as x% or 100x%, whichever is nearer the amounts' rate", () => {
    expect(read(0.9997, "99.971111")).toEqual(["99.97", 2]);
    expect(read(99.97, "99.971111")).toEqual(["99.97", 2]);
    expect(read(0.76, "76")).toEqual(["76", 0]);
    expect(read(0.5, "0.5")).toEqual(["0.5", 1]);
    // A wrong rate stays wrong: 1 for a true 80% is 100%, and 0 is 0%.
    expect(read(1, "80")).toEqual(["100", 0]);
    expect(read(0, "99.97")).toEqual(["0", 0]);
  });
  it("with no amounts to go by, reads |x| ≤ 1 as a fraction and more as a percentage", () => {
    expect(read(0.8, null)).toEqual(["80", 0]);
    expect(read(80, null)).toEqual(["80", 0]);
  });
  it("reads nothing from a blank or a word", () => {
    expect(read("", "99")).toBeNull();
    expect(read("较高", "99")).toBeNull();
  });
});
