// Level names as forms outside Guangzhou print them: points and ranges after the 一级, Traditional characters.
import { DEFAULT_FRAMEWORK, FrameworkIndex, normalizeLevelName } from "../../../src/core";

const fw = new FrameworkIndex(DEFAULT_FRAMEWORK);

describe("level names", () => {
  it.each(["产出指标(50分)", "成本指标(0-20)分", "效益指标（30分）", "产出指标（40-50分）", "滿意度指標(10分)"])("reads %s as its 一级", (written) => {
    expect(fw.level1ByName(written)).toBeDefined();
  });

  it("folds Traditional characters of the vocabulary, and only those", () => {
    expect(normalizeLevelName("經濟效益指標")).toBe(normalizeLevelName("经济效益指标"));
    expect(fw.level1ByName("產出指標")?.code).toBe("1");
    expect(normalizeLevelName("产出指标(第一期)")).toBe("产出指标第一期"); // not points: only the brackets go, as before
  });
});
