import { RangeMemo } from "../../../src/core/_lib/memo";

/** A deterministic stream of short keys, many repeated, some sharing hashes' low bits by sheer number. */
function keys(n: number, seed: number): string[] {
  let a = seed;
  const next = () => ((a = (a * 1103515245 + 12345) & 0x7fffffff), a);
  const pool = ["≥95%", "合格", "1-产出指标，11-数量指标，培训", "", "≤", "100", "满意度", "年度指标值"];
  return Array.from({ length: n }, () => {
    const r = next() % 10;
    return r < 6 ? pool[next() % pool.length] : `${pool[next() % pool.length]}${next() % 5000}`;
  });
}

describe("RangeMemo", () => {
  it("returns compute(key) for every range, across growth and starting over at its limit", () => {
    for (const limit of [3, 50, 1 << 16]) {
      let computed = 0;
      const memo = new RangeMemo<string, string>(limit, (k, ctx) => (computed++, `${ctx}:${k}`), "v");
      const list = keys(20000, limit);
      // Each key is looked up inside a longer text, as the parser does with a cell.
      for (const k of list) {
        const text = `«${k}»`;
        expect(memo.get(text, 1, 1 + k.length)).toBe(`v:${k}`);
      }
      if (limit > 20000) expect(computed).toBe(new Set(list).size);
    }
  });

  it("tells apart keys of the same length and keys that are prefixes of others", () => {
    const memo = new RangeMemo<string, null>(100, (k) => k, null);
    const text = "abcabdab";
    expect(memo.get(text, 0, 3)).toBe("abc");
    expect(memo.get(text, 3, 6)).toBe("abd");
    expect(memo.get(text, 0, 2)).toBe("ab");
    expect(memo.get(text, 6, 8)).toBe("ab");
    expect(memo.get(text, 0, 0)).toBe("");
  });
});
