import fc from "fast-check";
import { parseTarget, type Operator, type Target } from "../../../src/core";

type Expect = [label: string | null, operator: Operator | null, value: number, unit: string | null];

/** Quantitative targets as a person reads them: (label, operator, value, unit). */
const QUANTITATIVE: [input: string, expected: Expect][] = [
  ["≥90%", [null, ">=", 90, "%"]],
  [">=30", [null, ">=", 30, null]],
  ["不低于95%", [null, ">=", 95, "%"]],
  ["不少于1次", [null, ">=", 1, "次"]],
  ["大于等于90%", [null, ">=", 90, "%"]],
  ["不超过6次", [null, "<=", 6, "次"]],
  ["不超过3个工作日", [null, "<=", 3, "个工作日"]],
  ["不高于5%", [null, "<=", 5, "%"]],
  ["小于等于2次", [null, "<=", 2, "次"]],
  ["超过80%", [null, ">", 80, "%"]],
  ["高于90%", [null, ">", 90, "%"]],
  ["少于10宗", [null, "<", 10, "宗"]],
  ["低于5%", [null, "<", 5, "%"]],
  ["小于3%", [null, "<", 3, "%"]],
  ["约9人次", [null, "≈", 9, "人次"]],
  ["约为100人", [null, "≈", 100, "人"]],
  ["98%以上", [null, ">=", 98, "%"]],
  ["80%及以上", [null, ">=", 80, "%"]],
  ["3小时内", [null, "<=", 3, "小时"]],
  ["10个以内", [null, "<=", 10, "个"]],
  ["5天以下", [null, "<=", 5, "天"]],
  ["≥40亿条", [null, ">=", 40, "亿条"]],
  ["1.2万人次", [null, null, 1.2, "万人次"]],
  ["100%", [null, null, 100, "%"]],
  ["2套", [null, null, 2, "套"]],
  ["365天", [null, null, 365, "天"]],
  ["≥90.5%", [null, ">=", 90.5, "%"]],
  ["覆盖率=100%", ["覆盖率", "=", 100, "%"]],
  ["满意度≥90%", ["满意度", ">=", 90, "%"]],
  ["建设完成进度100%", ["建设完成进度", null, 100, "%"]],
  ["≥1,000个", [null, ">=", 1000, "个"]],
  ["≥ 1,000,000", [null, ">=", 1000000, null]],
  ["＞92％", [null, ">", 92, "%"]],
  ["１００％", [null, null, 100, "%"]],
  ["＝100%", [null, "=", 100, "%"]],
  ["≦5", [null, "<=", 5, null]],
  ["<5", [null, "<", 5, null]],
  ["= 11 个", [null, "=", 11, "个"]],
  ["≥ 20 场次", [null, ">=", 20, "场次"]],
  ["\\geq 95%", [null, ">=", 95, "%"]],
  ["\\leq 3天", [null, "<=", 3, "天"]],
  ["≥95%。", [null, ">=", 95, "%"]],
  ["不低于90%（含）", [null, ">=", 90, "%"]],
  ["=0起", [null, "=", 0, "起"]],
  ["＝0起", [null, "=", 0, "起"]],
  ["≤0起", [null, "<=", 0, "起"]],
  ["0起", [null, null, 0, "起"]],
  ["≤1起事故", [null, "<=", 1, "起事故"]],
];

const QUALITATIVE = ["合格", "正常开展", "2023.07-2024.01", "同一事项无差别受理、同标准办理", "一级事件≤1小时；二级事件≤2小时", "≥", "N/A"];

describe("parseTarget", () => {
  it.each(QUANTITATIVE)("reads %s as a comparison with a number", (input, [label, operator, value, unit]) => {
    expect(parseTarget(input)).toEqual<Target>({ raw: input.trim(), label, operator, value, unit, qualitative: false });
  });

  it("reads 不超过 as at most, not as 超过's more than", () => {
    expect(parseTarget("不超过6次")?.operator).toBe("<=");
    expect(parseTarget("超过6次")?.operator).toBe(">");
  });

  it("reads 不低于 and 低于 as opposite directions", () => {
    expect(parseTarget("不低于95%")?.operator).toBe(">=");
    expect(parseTarget("低于95%")?.operator).toBe("<");
  });

  it("reads 起 (incidents) as a counting unit like 个, 次 and 件, so a 安全事故 row has its comparator", () => {
    for (const [raw, op] of [["=0起", "="], ["＝0起", "="], ["≤0起", "<="], ["0起", null]] as const) {
      expect(parseTarget(raw)).toMatchObject({ operator: op, value: 0, unit: "起", qualitative: false });
    }
    expect(parseTarget("=0件")).toMatchObject({ operator: "=", value: 0, unit: "件" });
  });

  it("still reads 起 after another unit as that unit's tail, and a sentence with 起 as qualitative", () => {
    expect(parseTarget("2024年起")).toMatchObject({ value: 2024, unit: "年起", qualitative: false });
    expect(parseTarget("自2024年1月1日起")?.qualitative).toBe(true);
    expect(parseTarget("起")?.qualitative).toBe(true);
  });

  it("keeps a Chinese magnitude in the unit instead of scaling the number", () => {
    expect(parseTarget("≥40亿条")).toMatchObject({ value: 40, unit: "亿条" });
    expect(parseTarget("2,000万元")).toMatchObject({ value: 2000, unit: "万元" });
  });

  it.each(QUALITATIVE)("keeps the raw text when the value %s is qualitative", (input) => {
    expect(parseTarget(input)).toEqual<Target>({
      raw: input,
      label: null,
      operator: null,
      value: null,
      unit: null,
      qualitative: true,
    });
  });

  it.each(["", "   ", "\t\n", "\u3000"])("returns null for an empty value %j", (input) => {
    expect(parseTarget(input)).toBeNull();
  });

  it("keeps the raw text trimmed but otherwise as written", () => {
    expect(parseTarget("  ≥90% ")?.raw).toBe("≥90%");
    expect(parseTarget(" \\geq 95% ")?.raw).toBe("\\geq 95%");
    expect(parseTarget("＞92％")?.raw).toBe("＞92％");
  });

  it("reads the sign of a negative number instead of turning the minus into a label", () => {
    // A person reads -5% as minus five percent; the parser returns label "-" and value 5.
    expect(parseTarget("-5%")).toMatchObject({ label: null, value: -5, unit: "%", qualitative: false });
  });

  it("always keeps the trimmed input as raw and returns a consistent shape", () => {
    const pieces = fc.constantFrom("≥", "≤", ">=", "<", "＝", "不低于", "不超过", "约", "以上", "以内", "内", "%", "％", "个", "亿条", "人次", "覆盖率", "合格", " ", "，", "；", "\\geq ", "（含）", "1", "90", "1,000", "3.5", "-", ".");
    const input = fc.oneof(fc.string({ maxLength: 20 }), fc.array(pieces, { maxLength: 8 }).map((a) => a.join("")));
    fc.assert(
      fc.property(input, (s) => {
        const t = parseTarget(s);
        if (s.trim() === "") return t === null;
        if (t === null) return false;
        expect(t.raw).toBe(s.trim());
        expect([">=", ">", "=", "<", "<=", "≈", null]).toContain(t.operator);
        if (t.qualitative) {
          expect(t).toMatchObject({ label: null, operator: null, value: null, unit: null });
        } else {
          expect(typeof t.value).toBe("number");
          expect(Number.isFinite(t.value)).toBe(true);
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
