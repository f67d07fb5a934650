/** The platform's scoring formulas (S3–S5, S9) at their edges, and S4 against the formula in plain integers. */
import fc from "fast-check";
import { dec, Dec, DEFAULT_SELF_EVALUATION, parseTarget, RULES_INVERSE_NEGATIVE, toStr } from "../../../src/core";
import { bandOf, bandRange, budgetScore, gradeOf, quantitativeScore, scoreDirection, type ScoreDirection } from "../../../src/core/selfeval/scoring";
import type { SelfEvaluationRules } from "../../../src/core/rules/selfeval-rules";

const d = (v: number | string): Dec => dec(v)!;
const score = (direction: ScoreDirection, a: number, b: number, w: number, formula: SelfEvaluationRules["negativeFormula"] = "platform") => {
  const q = quantitativeScore(direction, d(a), d(b), d(w), formula);
  return { score: toStr(q.score), formula: q.formula };
};

describe("scoreDirection", () => {
  it("scores ≥, ＞ and a bare number upward, ≤ and ＜ downward, ＝ as 等于, and ≈ not at all", () => {
    expect(["≥90%", ">5个", "100%", "≤2%", "<3天", "=0次", "约5次"].map((t) => scoreDirection(parseTarget(t)!))).toEqual(["positive", "positive", "positive", "negative", "negative", "equal", null]);
  });
});

describe("正向 (≥): B/A × W, full marks from B = A", () => {
  it("gives full marks at B = A and above (B = 2A too)", () => {
    expect(score("positive", 90, 90, 10)).toEqual({ score: "10", formula: "full" });
    expect(score("positive", 90, 180, 10)).toEqual({ score: "10", formula: "full" });
  });
  it("gives B/A × W below A, rounded to hundredths", () => {
    expect(score("positive", 90, 85, 10)).toEqual({ score: "9.44", formula: "ratio" });
  });
  it("gives full marks when A = 0 (any result reaches a floor of 0) and zero for a result of 0 or less", () => {
    expect(score("positive", 0, 0, 10).score).toBe("10");
    expect(score("positive", 5, 0, 10)).toEqual({ score: "0", formula: "zero" });
    expect(score("positive", 5, -1, 10)).toEqual({ score: "0", formula: "zero" });
  });
  it("gives no ratio of negative numbers: a negative A not reached scores zero", () => {
    expect(score("positive", -5, -10, 10)).toEqual({ score: "0", formula: "zero" });
    expect(score("positive", -5, -2, 10).score).toBe("10");
  });
});

describe("反向 (≤), the platform's (1 − (B−A)/A) × W", () => {
  it("gives full marks at B = A and below", () => {
    expect(score("negative", 2, 2, 10)).toEqual({ score: "10", formula: "full" });
    expect(score("negative", 2, 1, 10).score).toBe("10");
  });
  it("gives (1 − (B−A)/A) × W between A and 2A, and zero from B = 2A", () => {
    expect(score("negative", 2, 2.5, 10)).toEqual({ score: "7.5", formula: "platform-negative" });
    expect(score("negative", 2, 3, 10).score).toBe("5");
    expect(score("negative", 2, 4, 10)).toEqual({ score: "0", formula: "zero" });
    expect(score("negative", 2, 5, 10).score).toBe("0");
  });
  it("gives zero above a ceiling of 0 (or below)", () => {
    expect(score("negative", 0, 1, 10)).toEqual({ score: "0", formula: "zero" });
    expect(score("negative", -1, 0, 10).score).toBe("0");
    expect(score("negative", 0, 0, 10).score).toBe("10");
  });
});

describe("反向 as A/B × W (RULES_INVERSE_NEGATIVE)", () => {
  const formula = RULES_INVERSE_NEGATIVE.selfEvaluation!.negativeFormula;
  it("is the variant rule set's formula", () => expect(formula).toBe("inverse-ratio"));
  it("gives A/B × W above A, full marks at B = A, and half at B = 2A (where the platform gives zero)", () => {
    expect(score("negative", 2, 2.5, 10, formula)).toEqual({ score: "8", formula: "inverse-ratio" });
    expect(score("negative", 2, 2, 10, formula).score).toBe("10");
    expect(score("negative", 2, 4, 10, formula).score).toBe("5");
    expect(score("negative", 0, 1, 10, formula).score).toBe("0");
  });
});

describe("等于 (＝)", () => {
  it("with A = 0 gives full marks for B ≤ 0 and zero otherwise (`安全事故 = 0次`)", () => {
    expect(score("equal", 0, 0, 10).score).toBe("10");
    expect(score("equal", 0, -1, 10).score).toBe("10");
    expect(score("equal", 0, 0.01, 10)).toEqual({ score: "0", formula: "zero" });
  });
  it("with A ≠ 0 is scored as 正向", () => {
    expect(score("equal", 100, 99, 10)).toEqual({ score: "9.9", formula: "ratio" });
    expect(score("equal", 100, 101, 10).score).toBe("10");
  });
});

describe("rounding", () => {
  it("rounds half up at .005, as round(…, 2) does: 1/8 × 1 = 0.125 → 0.13", () => {
    expect(score("positive", 8, 1, 1).score).toBe("0.13");
    expect(score("positive", 8, 3, 1).score).toBe("0.38");
    // 0.124999… would not round up: 2/16.0001 × 1
    expect(score("positive", 16.0001, 2, 1).score).toBe("0.12");
  });
});

describe("budgetScore (S3)", () => {
  it("gives 执行率 = 执行数/预算数 in percent and the score min(rate, 100%) × share", () => {
    expect(budgetScore(d(89.974), d(90), d(10))).toEqual({ ratePercent: d("99.97"), score: d("10.00") });
    expect(budgetScore(d(76), d(100), d(10))).toEqual({ ratePercent: d("76.00"), score: d("7.60") });
    expect(budgetScore(d(95), d(90), d(10))).toEqual({ ratePercent: d("105.56"), score: d("10.00") });
    expect(budgetScore(d(90), d(100), d(20))?.score).toEqual(d("18.00"));
  });
  it("gives nothing for a budget of 0 or less", () => {
    expect(budgetScore(d(5), d(0), d(10))).toBeNull();
    expect(budgetScore(d(5), d(-1), d(10))).toBeNull();
  });
});

describe("bands (S5) and grades (S9)", () => {
  const rules = DEFAULT_SELF_EVALUATION;
  it("reads not-achieved and partial before achieved, which both contain", () => {
    expect(bandOf("达成年度指标", rules)).toBe("achieved");
    expect(bandOf("部分达成年度指标并具有一定效果", rules)).toBe("partial");
    expect(bandOf("未达成年度指标且效果较差", rules)).toBe("notAchieved");
    expect(bandOf("效果明显", rules)).toBeNull();
  });
  it("gives a band's range in points", () => {
    expect(bandRange("partial", d(15), rules).map(toStr)).toEqual(["9", "12"]);
    expect(bandRange("achieved", d(8), rules).map(toStr)).toEqual(["6.4", "8"]);
  });
  it("grades a total at each edge, whatever order the grades are listed in", () => {
    expect([90, 89.99, 80, 60, 59.99, 0].map((t) => gradeOf(d(t), rules))).toEqual(["优", "良", "良", "中", "差", "差"]);
    expect(gradeOf(d(85), { ...rules, grades: [...rules.grades].reverse() })).toBe("良");
  });
});

/** S4 done again in plain integers (hundredths), for the property below. */
function byIntegers(direction: ScoreDirection, a: bigint, b: bigint, w: bigint, formula: SelfEvaluationRules["negativeFormula"]): bigint {
  // num/den for num ≥ 0, den > 0, half up.
  const half = (num: bigint, den: bigint) => (2n * num + den) / (2n * den);
  if (direction === "equal" && a === 0n) return b <= 0n ? w : 0n;
  if (direction === "negative") {
    if (b <= a) return w;
    if (a <= 0n) return 0n;
    if (formula === "inverse-ratio") return half(a * w, b);
    if (b >= 2n * a) return 0n;
    return half((2n * a - b) * w, a);
  }
  if (b >= a || a === 0n) return w;
  if (a < 0n || b <= 0n) return 0n;
  return half(b * w, a);
}

describe("quantitativeScore as a property", () => {
  /** A number with up to two decimals, as a sheet holds it, and the same in hundredths. */
  const amount = (min: number, max: number) =>
    fc.tuple(fc.integer({ min, max }), fc.constantFrom(1, 10, 100)).map(([n, scale]) => {
      const hundredths = n * (100 / scale);
      return { value: n / scale, hundredths: BigInt(hundredths) };
    });
  const direction = fc.constantFrom<ScoreDirection>("positive", "negative", "equal");
  const formula = fc.constantFrom<SelfEvaluationRules["negativeFormula"]>("platform", "inverse-ratio");

  it("equals the formula computed in integers for any A, B, W with at most two decimals", () => {
    fc.assert(
      fc.property(direction, amount(-100_000, 100_000), amount(-100_000, 100_000), amount(0, 10_000), formula, (dir, a, b, w, f) => {
        const q = quantitativeScore(dir, d(a.value), d(b.value), d(w.value), f);
        expect(q.score.s).toBe(2);
        expect(q.score.n).toBe(byIntegers(dir, a.hundredths, b.hundredths, w.hundredths, f));
      }),
      { numRuns: 2000 },
    );
  });

  it("never gives more than W nor less than 0", () => {
    fc.assert(
      fc.property(direction, amount(-1000, 1000), amount(-1000, 1000), amount(0, 1000), formula, (dir, a, b, w, f) => {
        const s = quantitativeScore(dir, d(a.value), d(b.value), d(w.value), f).score;
        expect(s.n >= 0n && s.n <= w.hundredths).toBe(true);
      }),
    );
  });
});
