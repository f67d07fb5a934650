import * as fs from "fs";
import * as path from "path";
import { DEFAULT_FRAMEWORK, FrameworkIndex, parseIndicatorCell, PlaceholderMatcher, type CellParse, type ParserContext } from "../../../src/core";

const ctx: ParserContext = { framework: new FrameworkIndex(DEFAULT_FRAMEWORK), placeholders: new PlaceholderMatcher() };
const parse = (text: string): CellParse => parseIndicatorCell(text, ctx);

/** What a person checks in each item: group, number, level codes, 三级 name and both raw targets. */
function shape(r: CellParse): unknown[] {
  return r.items.map((i) => [i.group, i.seq, i.level1?.code ?? null, i.level2?.code ?? null, i.name, i.periodTarget?.raw ?? null, i.annualTarget?.raw ?? null]);
}
const codes = (r: CellParse): string[] => r.findings.map((f) => f.code);

// A cell in the canonical grammar (seed 000) and the shape a person reads from it.
const CANONICAL =
  "1、1-产出指标，11-数量指标，造价审核；实施周期指标值：≥90%，年度指标值：≥90%。" +
  "2、1-产出指标，11-数量指标，监理服务；实施周期指标值：≥20个，年度指标值：≥20个。" +
  "3、2-效益指标，22-社会效益，信息化规划；实施周期指标值：≥1项，年度指标值：≥1项。";
const CANONICAL_SHAPE = [
  [1, 1, "1", "11", "造价审核", "≥90%", "≥90%"],
  [1, 2, "1", "11", "监理服务", "≥20个", "≥20个"],
  [1, 3, "2", "22", "信息化规划", "≥1项", "≥1项"],
];
const halfWidth = (s: string): string => s.replace(/，/g, ",").replace(/；/g, ";").replace(/：/g, ":").replace(/。/g, ".");

describe("indicator cell variants", () => {
  it("reads the canonical cell as three numbered items", () => {
    const r = parse(CANONICAL);
    expect(shape(r)).toEqual(CANONICAL_SHAPE);
    expect(r.findings).toEqual([]);
    expect(r.unplaced).toEqual([]);
  });

  it("reads half-width punctuation the same as full-width", () => {
    const r = parse(halfWidth(CANONICAL));
    expect(shape(r)).toEqual(CANONICAL_SHAPE);
    expect(r.findings).toEqual([]);
  });

  it("reads separators padded with spaces the same as tight ones", () => {
    const spaced = CANONICAL.replace(/([，；：。])/g, " $1 ").replace(/-/g, " - ");
    expect(shape(parse(spaced))).toEqual(CANONICAL_SHAPE);
  });

  it.each([
    ["a line break after the full stop", "。\n"],
    ["a Windows line break after the full stop", "。\r\n"],
    ["a line break instead of the full stop", "\n"],
    ["a semicolon instead of the full stop", "；"],
    ["nothing at all", ""],
  ])("splits items separated by %s", (_label, sep) => {
    const text = CANONICAL.replace(/。(?=\d、)/g, sep);
    expect(shape(parse(text))).toEqual(CANONICAL_SHAPE);
  });

  it("splits items when a bare number value runs into the next item number", () => {
    const r = parse("1、1-产出指标，12-质量指标，合格率；实施周期指标值：100，年度指标值：1002、1-产出指标，13-时效指标，及时率；实施周期指标值：≥95%，年度指标值：≥95%");
    expect(shape(r)).toEqual([
      [1, 1, "1", "12", "合格率", "100", "100"],
      [1, 2, "1", "13", "及时率", "≥95%", "≥95%"],
    ]);
  });

  it("splits items when a one-digit value runs into the next item number", () => {
    // `年度指标值：12、1-产出…` after item 1 is the value 1 followed by item 2; the parser reads item 12 and drops the value.
    const r = parse("1、1-产出指标，11-数量指标，培训次数；实施周期指标值：≥2，年度指标值：12、1-产出指标，12-质量指标，合格率；实施周期指标值：100%，年度指标值：100%。");
    expect(shape(r)).toEqual([
      [1, 1, "1", "11", "培训次数", "≥2", "1"],
      [1, 2, "1", "12", "合格率", "100%", "100%"],
    ]);
    expect(codes(r)).not.toContain("numbering-gap");
  });

  it("keeps a value that itself enumerates with 1、 inside the item", () => {
    // `实施周期指标值：1、2期建设` is phases 1 and 2; the parser starts a new group at `1、`, leaves item 1 without a period
    // value and makes a levelless item named `2期建设` that takes item 1's annual value.
    const r = parse("1、1-产出指标，11-数量指标，建设内容；实施周期指标值：1、2期建设，年度指标值：完成。2、1-产出指标，12-质量指标，合格率；实施周期指标值：100%，年度指标值：100%。");
    expect(shape(r)).toEqual([
      [1, 1, "1", "11", "建设内容", "1、2期建设", "完成"],
      [1, 2, "1", "12", "合格率", "100%", "100%"],
    ]);
  });

  it("never numbers an item 0", () => {
    // `0、` is read as seq 0, which the §11 contract (and src/core/schema.ts) rule out: seq is null or ≥ 1.
    for (const text of ["0、1-产出指标，11-数量指标，甲；年度指标值：1个。", "1、产出指标：甲，年度指标值：≥1%。0、产出指标：乙，年度指标值：100%。"]) {
      const r = parse(text);
      expect(r.items.length).toBeGreaterThan(0);
      for (const i of r.items) expect(i.seq === null || i.seq >= 1).toBe(true);
      for (const f of r.findings) expect(f.item === undefined || f.item.seq === null || f.item.seq >= 1).toBe(true);
    }
  });

  it("reads \\geq and \\leq as comparison signs and reports an OCR artefact", () => {
    const r = parse("1、1-产出指标, 11-数量指标, 电话通知; 实施周期指标值: \\geq 100万次, 年度指标值: \\leq 5天。");
    const [item] = r.items;
    expect(item.periodTarget).toMatchObject({ raw: "\\geq 100万次", operator: ">=", value: 100, unit: "万次" });
    expect(item.annualTarget).toMatchObject({ raw: "\\leq 5天", operator: "<=", value: 5, unit: "天" });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "ocr-artefact", item: { group: 1, seq: 1 } }));
  });

  it("keeps values that contain ，；。 whole", () => {
    const r = parse(
      "1、1-产出指标，13-时效指标，响应时间；实施周期指标值：一级事件≤1小时；二级事件≤2小时，年度指标值：一级事件≤1小时；二级事件≤2小时。" +
        "2、1-产出指标，13-时效指标，上线时间；实施周期指标值：完成系统上线。通过验收，年度指标值：短信数量≥30%常住人口比例，约600万人。" +
        "3、1-产出指标，12-质量指标，合格率；实施周期指标值：100%，年度指标值：100%。",
    );
    expect(shape(r)).toEqual([
      [1, 1, "1", "13", "响应时间", "一级事件≤1小时；二级事件≤2小时", "一级事件≤1小时；二级事件≤2小时"],
      [1, 2, "1", "13", "上线时间", "完成系统上线。通过验收", "短信数量≥30%常住人口比例，约600万人"],
      [1, 3, "1", "12", "合格率", "100%", "100%"],
    ]);
    expect(r.items[0].periodTarget?.qualitative).toBe(true);
  });

  it("parses the comparison words and labels inside a cell", () => {
    const r = parse(
      "1、1-产出指标，11-数量指标，培训场次；实施周期指标值：>=4场，年度指标值：约2场。2、1-产出指标，12-质量指标，验收合格率；实施周期指标值：不低于95%，年度指标值：98%以上。" +
        "3、1-产出指标，11-数量指标，设备数量；实施周期指标值：2套，年度指标值：覆盖率=100%。",
    );
    const t = r.items.flatMap((i) => [i.periodTarget, i.annualTarget]).map((x) => [x?.label, x?.operator, x?.value, x?.unit]);
    expect(t).toEqual([
      [null, ">=", 4, "场"], [null, "≈", 2, "场"],
      [null, ">=", 95, "%"], [null, ">=", 98, "%"],
      [null, null, 2, "套"], ["覆盖率", "=", 100, "%"],
    ]);
  });

  it("assigns values by their label, not by their position", () => {
    const [item] = parse("1、1-产出指标，11-数量指标，名称；年度指标值：≥90%，实施周期指标值：≥80%。").items;
    expect(item.periodTarget?.raw).toBe("≥80%");
    expect(item.annualTarget?.raw).toBe("≥90%");
  });

  it("reads a layout-C item with a bare 一级 name and only an annual value", () => {
    const r = parse("1、产出指标：名称，年度指标值：100%。2、满意度指标：通过第三方验收测评，年度指标值：100%。");
    expect(r.items[0]).toMatchObject({ seq: 1, level1: { code: "1", name: "产出指标" }, level2: null, name: "名称", periodTarget: null });
    expect(r.items[0].annualTarget).toMatchObject({ value: 100, unit: "%" });
    expect(r.items[1]).toMatchObject({ level1: { code: "3" }, category: "satisfaction" });
    expect(r.unplaced).toEqual([]);
  });

  it("starts a new group when the numbering restarts", () => {
    const r = parse("1、1-产出指标，11-数量指标，甲；年度指标值：1个。2、1-产出指标，11-数量指标，乙；年度指标值：1个。1、2-效益指标，22-社会效益，丙；年度指标值：1个。");
    expect(r.items.map((i) => [i.group, i.seq])).toEqual([[1, 1], [1, 2], [2, 1]]);
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "numbering-restart", item: { group: 2, seq: 1 } }));
    expect(codes(r)).not.toContain("numbering-gap");
  });

  it("reports a gap in the numbering with the expected and actual numbers", () => {
    const r = parse("1、1-产出指标，11-数量指标，甲；年度指标值：1个。3、1-产出指标，11-数量指标，乙；年度指标值：1个。");
    expect(r.items.map((i) => [i.group, i.seq])).toEqual([[1, 1], [1, 3]]);
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "numbering-gap", expected: 2, actual: 3 }));
  });

  it("recovers an item whose number and 一级 prefix are gone", () => {
    const r = parse(
      "1、2-效益指标；22-社会效益；运行水平；实施周期指标值:优秀档次；年度指标值:优秀档次；31-服务对象满意度；问题答复率；实施周期指标值:100%；年度指标值:100%。",
    );
    expect(shape(r)).toEqual([
      [1, 1, "2", "22", "运行水平", "优秀档次", "优秀档次"],
      [1, null, "3", "31", "问题答复率", "100%", "100%"],
    ]);
    expect(r.items[1].category).toBe("satisfaction");
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "recovered-item", item: { group: 1, seq: null } }));
  });

  it("recovers the sixth item of seed 004 row 26", () => {
    const line = fs.readFileSync(path.join(__dirname, "../../../seeds/004_6706784a82fb7692.txt"), "utf8").split(/\r?\n/)[25];
    const r = parse(line.split("\t").pop() ?? "");
    expect(r.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, null, 7]);
    expect(r.items[5]).toMatchObject({ name: "国办“政府找错”平台问题答复率", level2: { code: "31" }, category: "satisfaction" });
    expect(r.items[5].annualTarget?.raw).toBe("100%");
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "recovered-item", item: { group: 1, seq: null } }));
  });

  it("infers the 一级 when a 二级 is repeated in its place", () => {
    const r = parse("1、21-经济效益，21-经济效益，集约建设统一平台；实施周期指标值：100%，年度指标值：100%。");
    expect(r.items[0]).toMatchObject({ level1: { code: "2", name: "效益指标" }, level2: { code: "21" }, name: "集约建设统一平台", category: "benefit" });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "inferred-level", item: { group: 1, seq: 1 } }));
  });

  it("counts a 二级 under the wrong 一级 by the 二级's parent and reports it", () => {
    const r = parse("1、2-效益指标，31-服务对象满意度，职员满意度；实施周期指标值：≥95%，年度指标值：≥95%。");
    expect(r.items[0]).toMatchObject({ level1: { code: "2" }, level2: { code: "31" }, category: "satisfaction" });
    expect(codes(r)).toContain("wrong-parent");
  });

  it("reports a 二级 whose code and name disagree", () => {
    const r = parse("1、1-产出指标，12-数量指标，采购数量；实施周期指标值：≥2套，年度指标值：≥2套。");
    expect(r.items[0].name).toBe("采购数量");
    expect(codes(r)).toContain("code-name-mismatch");
  });

  it("counts 4-成本指标 and the legacy 14-成本指标 as cost indicators", () => {
    const r = parse("1、4-成本指标，41-经济成本指标，服务成本；年度指标值：≤15万元。2、1-产出指标，14-成本指标，单价；年度指标值：≤5万元。");
    expect(r.items.map((i) => [i.category, i.cost])).toEqual([["cost", true], ["output", true]]);
  });

  it("strips <p> wrapping, reads the same items and reports HTML debris", () => {
    const wrapped = CANONICAL.split(/(?<=。)/).map((s) => `<p>${s}</p>`).join("");
    const r = parse(wrapped);
    expect(shape(r)).toEqual(CANONICAL_SHAPE);
    expect(codes(r)).toEqual(["html-debris"]);
  });

  it("flags placeholder names and values", () => {
    const r = parse("1、1-产出指标；11-数量指标；待单位补充...；实施周期指标值:涉密；年度指标值:涉密。");
    expect(r.items).toHaveLength(1);
    const f = r.findings.find((x) => x.code === "placeholder");
    expect(f).toMatchObject({ item: { group: 1, seq: 1 } });
    expect(String(f?.params?.fields).split(",").sort()).toEqual(["annualTarget", "name", "periodTarget"]);
  });

  it("does not swallow a following numbered placeholder item into the previous value", () => {
    // The parser returns one item whose annual value is `≥90%。2、待单位补充` (qualitative) and no placeholder finding.
    const r = parse("1、1-产出指标，11-数量指标，名称；实施周期指标值：≥90%，年度指标值：≥90%。2、待单位补充...");
    expect(r.items[0].annualTarget).toMatchObject({ raw: "≥90%", value: 90 });
    expect(codes(r)).toContain("placeholder");
  });

  it("flags a cell that is only a placeholder word", () => {
    for (const text of ["涉密", "待单位补充..."]) {
      expect(codes(parse(text)).some((c) => c === "placeholder" || c === "unplaced-text")).toBe(true);
    }
  });

  it("keeps free text with no structure as unplaced and finds no items", () => {
    const r = parse("详见附件");
    expect(r.items).toEqual([]);
    expect(r.unplaced).toEqual(["详见附件"]);
    expect(codes(r)).toEqual(["unplaced-text"]);
  });

  it("keeps a preamble before the first item as unplaced text", () => {
    const r = parse(`本项目绩效指标如下：${CANONICAL}`);
    expect(shape(r)).toEqual(CANONICAL_SHAPE);
    expect(r.unplaced).toEqual(["本项目绩效指标如下"]);
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "unplaced-text" }));
  });

  it("returns nothing for an empty cell", () => {
    expect(parse("")).toEqual({ items: [], findings: [], unplaced: [] });
  });
});
