/**
 * The composer is the parser's inverse: parse(compose(rows)) = rows for random valid rows, and for every seed cell
 * compose(parse(cell)) keeps every name and value, differing only in separators, spacing and §4's normalisations.
 */
import * as fc from "fast-check";
import { COMPARATORS, ComposeItem, ComposeStyle, composeIndicators, composeTarget, styleOf } from "../../../src/core/templates/composer";
import { cellText, DEFAULT_FRAMEWORK, FrameworkIndex, Level2Def, parseIndicatorCell, ParserContext, parseTarget, PlaceholderMatcher, Target } from "../../../src/core";
import { fixOcrArtefacts, nfkc, stripHtml } from "../../../src/core/_lib/text";
import { SEED_FILES, parseSeed, seedGrid } from "../../support/seeds";

const fw = new FrameworkIndex(DEFAULT_FRAMEWORK);
const ctx: ParserContext = { framework: fw, placeholders: new PlaceholderMatcher() };

/** What the composer promises to keep of an item. */
const fields = (i: ComposeItem) => ({ group: i.group ?? 1, seq: i.seq ?? null, level1: i.level1, level2: i.level2, name: i.name, periodTarget: i.periodTarget, annualTarget: i.annualTarget });

describe("composeTarget", () => {
  it.each([
    ["≥95%", "≥95%"],
    [">=95%", "≥95%"],
    ["不少于10个", "≥10个"],
    ["3小时内", "≤3小时"],
    ["10个以上", "≥10个"],
    ["超过80%", "＞80%"],
    ["少于5次", "＜5次"],
    ["覆盖率=100%", "覆盖率＝100%"],
    ["\\geq 110", "≥110"],
    ["≥1,000人次", "≥1,000人次"],
    ["100%", "100%"],
    ["合格", "合格"],
    ["短信数量 \\geq 30%常住人口比例, 约600万人", "短信数量 ≥ 30%常住人口比例, 约600万人"],
    ["约50%", "约50%"],
    ["99%（在线个数/总数*100%）", "99%（在线个数/总数*100%）"],
    ["响应时间≤4小时", "响应时间≤4小时"],
  ])("%s → %s", (raw, out) => {
    expect(composeTarget(parseTarget(raw)!)).toBe(out);
  });
});

describe("composeIndicators", () => {
  const item = (l1: [string, string] | null, l2: [string, string] | null, name: string, period: string | null, annual: string | null): ComposeItem => ({
    level1: l1 && { code: l1[0], name: l1[1] },
    level2: l2 && { code: l2[0], name: l2[1] },
    name,
    periodTarget: period === null ? null : parseTarget(period),
    annualTarget: annual === null ? null : parseTarget(annual),
  });

  it("writes the canonical grammar, numbering from 1", () => {
    const text = composeIndicators([item(["1", "产出指标"], ["11", "数量指标"], "造价审核", "≥30个", "不少于10个"), item(["3", "满意度指标"], ["31", "服务对象满意度指标"], "群众满意率", null, "98%")]);
    expect(text).toBe("1、1-产出指标，11-数量指标，造价审核；实施周期指标值：≥30个，年度指标值：≥10个。2、3-满意度指标，31-服务对象满意度指标，群众满意率；年度指标值：98%。");
  });

  it("writes layout C's style when asked", () => {
    const text = composeIndicators([item(["1", "产出指标"], null, "电子证照用证数量", null, "186个")], { style: "annual" });
    expect(text).toBe("1、产出指标：电子证照用证数量，年度指标值：186个。");
  });

  it("keeps printed numbers and groups, and numbers a lost item after the one before", () => {
    const base = item(["1", "产出指标"], ["11", "数量指标"], "a", null, "1个");
    const text = composeIndicators([
      { ...base, name: "a", seq: 1, group: 1 },
      { ...base, name: "b", seq: null, group: 1 },
      { ...base, name: "c", seq: 1, group: 2 },
    ]);
    expect(text.match(/\d、/g)).toEqual(["1、", "2、", "1、"]);
    expect(parseIndicatorCell(text, ctx).items.map((i) => [i.group, i.seq, i.name])).toEqual([[1, 1, "a"], [1, 2, "b"], [2, 1, "c"]]);
  });

  it("tells layout C's style from the canonical one by the text", () => {
    expect(styleOf("1、产出指标：数量，年度指标值：1个。")).toBe("annual");
    expect(styleOf("1、1-产出指标，11-数量指标，x；实施周期指标值：1；年度指标值：1。")).toBe("canonical");
    expect(styleOf("")).toBe("canonical");
  });
});

// ---- random valid rows ----

const LEVEL2 = DEFAULT_FRAMEWORK.level2;
const FRAGMENTS = ["系统运行", "正常率", "设备采购", "办件", "及时率", "完成", "审核项目", "培训人次", "平台", "英文网站", "（部门）", "建设", "“一网通办”", "覆盖面", "响应"];
const LABELS = ["覆盖率", "响应时间", "系统对接数", "完成率"];
const UNITS = ["%", "个", "次", "台", "小时", "天", "万元", "亿条", "人次", "套"];
const QUALITATIVE = ["合格", "正常开展", "同一事项无差别受理、同标准办理", "有效提升，群众满意", "优", "按计划推进；无重大事故"];

const levelName = (s: string) => s.split(/[，,；;：:]/).some((p) => fw.isLevelName(p));

const arbName = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 })
  .chain((parts) => fc.constantFrom("", "，").map((sep) => parts.join(sep)))
  .filter((n) => !levelName(n));

const arbQuantity = fc.record({
  label: fc.option(fc.constantFrom(...LABELS), { nil: null }),
  op: fc.option(fc.constantFrom(">=", "<=", ">", "<", "=") as fc.Arbitrary<keyof typeof COMPARATORS>, { nil: null }),
  value: fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 9999 }).map((n) => n / 10)),
  unit: fc.option(fc.constantFrom(...UNITS), { nil: null }),
}).map((q) => `${q.label ?? ""}${q.op ? COMPARATORS[q.op] : ""}${q.value}${q.unit ?? ""}`);

const arbTarget: fc.Arbitrary<Target | null> = fc.option(fc.oneof(arbQuantity, fc.constantFrom(...QUALITATIVE)).map((raw) => parseTarget(raw)!), { nil: null });

const arbLevels = fc.oneof(
  fc.constantFrom(...LEVEL2).map((d: Level2Def) => {
    const p = fw.parentOf(d)!;
    return { level1: { code: p.code, name: p.name }, level2: { code: d.code, name: d.name } };
  }),
  fc.constantFrom(...DEFAULT_FRAMEWORK.level1).map((p) => ({ level1: { code: p.code, name: p.name }, level2: null })),
);

const arbRows = fc.array(fc.record({ levels: arbLevels, name: arbName, periodTarget: arbTarget, annualTarget: arbTarget }), { minLength: 1, maxLength: 8 }).map((rows) =>
  rows.map((r, i): ComposeItem => ({ group: 1, seq: i + 1, ...r.levels, name: r.name, periodTarget: r.periodTarget, annualTarget: r.annualTarget })),
);

describe("parse(compose(rows)) = rows", () => {
  it.each(["canonical", "annual"] as ComposeStyle[])("for random valid rows (%s style)", (style) => {
    fc.assert(
      fc.property(arbRows, (rows) => {
        const text = composeIndicators(rows, { style });
        const back = parseIndicatorCell(text, ctx);
        expect(back.unplaced).toEqual([]);
        expect(back.items.map(fields)).toEqual(rows.map(fields));
      }),
      { numRuns: 400 },
    );
  });
});

// ---- every seed cell ----

/** Level names and aliases (with and without 指标), longest first. */
const LEVEL_WORDS = [...DEFAULT_FRAMEWORK.level1, ...DEFAULT_FRAMEWORK.level2]
  .flatMap((d) => [d.name, ...(d.aliases ?? [])])
  .flatMap((n) => [n, n.replace(/指标$/, "")])
  .sort((a, b) => b.length - a.length);
const OPERATOR_WORDS = ["大于或等于", "小于或等于", "大于等于", "小于等于", "不低于", "不少于", "不小于", "不超过", "不高于", "不多于", "不大于", "及以上", "或以上", "及以下", "至少", "最多", "超过", "大于", "高于", "多于", "少于", "小于", "低于", "等于", "达到", "以上", "以下", "以内", "之内", "超", "内", "前"];

/**
 * A cell reduced to what the composer must keep in order: no HTML, OCR signs fixed, full-width folded; then with
 * everything §4 lets it change taken out of both sides alike — separators and spaces, item numbers, level codes and
 * names (inferred levels are written out), value labels, operator signs and words.
 */
function skeleton(text: string): string {
  let t = nfkc(fixOcrArtefacts(stripHtml(text).text));
  t = t.replace(/(?:实施周?期|年度)?(?:指标|目标)值/g, "");
  t = t.replace(/\d{1,2}\s*、/g, "").replace(/\d{1,2}\s*[-－—–]\s*(?=\D)/g, "");
  for (const w of [...LEVEL_WORDS, ...OPERATOR_WORDS]) t = t.split(w).join("");
  return t.replace(/[≥≤≧≦=<>＞＜＝]/g, "").replace(/(\d),(?=\d{3})/g, "$1").replace(/[，,；;：:。.．、\s]/g, "");
}

const kept = (t: Target | null) => (t === null ? null : t.qualitative || t.operator === null ? { raw: fixOcrArtefacts(t.raw) } : { label: t.label, operator: t.operator, value: t.value, unit: t.unit });

describe("compose(parse(cell)) for every seed cell", () => {
  const cells: { where: string; text: string }[] = [];
  for (const file of SEED_FILES) {
    const prefix = file.slice(0, 3);
    const p = parseSeed(prefix);
    if (p.layout !== "A" && p.layout !== "C") continue;
    const grid = seedGrid(prefix);
    const seen = new Set<string>();
    for (const i of p.indicators) {
      const key = `${i.column}${i.row}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const col = i.column.charCodeAt(0) - 65;
      cells.push({ where: `${prefix} ${key}`, text: cellText(grid.rows[i.row - 1][col]) });
    }
  }

  it("covers the packed cells of seeds 000, 001, 003 and 004", () => {
    expect(new Set(cells.map((c) => c.where.slice(0, 3)))).toEqual(new Set(["000", "001", "003", "004"]));
    expect(cells.length).toBeGreaterThan(80);
  });

  it("keeps every name and value, and differs only in separators, spacing and §4's normalisations", () => {
    const failures: string[] = [];
    for (const { where, text } of cells) {
      const first = parseIndicatorCell(text, ctx);
      const composed = composeIndicators(first.items, { style: styleOf(text), preamble: first.unplaced });
      const again = parseIndicatorCell(composed, ctx);
      const a = first.items.map((i) => ({ group: i.group, level1: i.level1, level2: i.level2, name: i.name, period: kept(i.periodTarget), annual: kept(i.annualTarget), unplaced: i.unplaced }));
      const b = again.items.map((i) => ({ group: i.group, level1: i.level1, level2: i.level2, name: i.name, period: kept(i.periodTarget), annual: kept(i.annualTarget), unplaced: i.unplaced }));
      if (JSON.stringify(a) !== JSON.stringify(b)) failures.push(`${where}: items differ\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
      else if (JSON.stringify(again.unplaced) !== JSON.stringify(first.unplaced)) failures.push(`${where}: cell text outside items differs`);
      else if (skeleton(text) !== skeleton(composed)) failures.push(`${where}: text differs beyond normalisation\n${skeleton(text)}\n${skeleton(composed)}`);
    }
    expect(failures).toEqual([]);
  });
});
