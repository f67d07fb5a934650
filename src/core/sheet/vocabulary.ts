/**
 * The words of a sheet: normalised cell text, title lines, indicator-looking cells, and looking for header words
 * without normalising every cell (NormWords, below).
 */
import { CellValue, cellText } from "../grid/grid";
import { foldTraditional, nfkc } from "../_lib/text";
import { Operator } from "../values/target-parser";
import type { IndicatorDirection } from "./model";

/** Cell text folded for matching: full-width forms, no spaces. */
export function norm(v: CellValue | undefined): string {
  return foldTraditional(nfkc(cellText(v)).replace(/\s+/g, ""));
}

/** `部门名称：X` → X. */
export function departmentFromTitle(text: string): string | null {
  const t = text.trim();
  // Matched on the folded text (部門名稱：…), returned as written: the fold keeps every character's place.
  const m = /^(?:部门名称|主管部门|单位名称|部门)\s*[:：]\s*(.+)$/.exec(foldTraditional(t));
  return m ? t.slice(t.length - m[1].length).trim() : null;
}

/** `单位：万元` / `金额单位：元` → 万元. */
export function moneyUnitFromTitle(text: string): string | null {
  const m = /(?:^|金额|资金)单位\s*[:：]\s*(万元|千元|百元|元|亿元)/.exec(foldTraditional(text.trim().replace(/\s+/g, "")));
  return m ? m[1] : null;
}

/** An indicator cell is recognisable by numbered items with a level or a value label. */
export function looksLikeIndicators(text: string): boolean {
  return /\d{1,2}\s*、/.test(text) && /(实施周期|年度)?指标值|[1-4]\s*[-－—]\s*(产出|效益|满意|成本)|(产出|效益|满意度|成本)指标/.test(text);
}

const TITLE_CHARS = /[表:：填编]/;

/** Title lines of a form: the table name, 部门名称, 单位. */
export function isTitleText(text: string): boolean {
  // Each test below needs 表, a colon or 填/编 (no fold makes them): most cells are settled here (layout E asks every cell).
  if (!TITLE_CHARS.test(text)) return false;
  const t = foldTraditional(text.replace(/\s+/g, ""));
  return (
    /绩效目标(申报)?表/.test(t) || departmentFromTitle(t) !== null || moneyUnitFromTitle(t) !== null || /^(填报|编制)单位/.test(t)
  );
}

// --- looking for words -------------------------------------------------------------------------------
/*
 * Looking for words (CJK ideographs) in norm(cell) — the NFKC-folded, space-free text — without normalising every
 * cell of every row: layout A asks this of each row to spot repeated headers, and indicator cells run to hundreds
 * of characters. Exact: the shortcuts below rest on facts about NFKC, checked code point by code point against
 * Node 20's ICU.
 */

/**
 * Code points whose NFKC form contains a CJK ideograph lie in these ranges (radicals, circled/parenthesised/squared
 * and compatibility ideographs). A superset; astral ranges are whole lead-surrogate blocks.
 */
const FOLD_RANGES: readonly [number, number][] = [
  [0x2e80, 0x2fff],
  [0x3038, 0x303a],
  [0x3190, 0x319f],
  [0x3200, 0x33ff],
  [0xf900, 0xfaff],
  [0x1f000, 0x1f3ff],
  [0x2f800, 0x2fbff],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
const lead = (cp: number) => 0xd800 + ((cp - 0x10000) >> 10);

/** Any code unit of a FOLD_RANGES character (astral ones by their lead surrogate). */
const MAY_FOLD_TO_IDEOGRAPH = new RegExp(
  `[${FOLD_RANGES.map(([lo, hi]) => (hi < 0x10000 ? `${hex(lo)}-${hex(hi)}` : `${hex(lead(lo))}-${hex(lead(hi))}`)).join("")}]`,
);

let foldSources: Map<string, string[]> | null = null;

/** The characters other than `ideograph` itself whose NFKC form contains it (`⾦` and `㊎` for 金). */
function sourcesOf(ideograph: string): readonly string[] {
  if (!foldSources) {
    const map = new Map<string, string[]>();
    for (const [lo, hi] of FOLD_RANGES) {
      for (let cp = lo; cp <= hi; cp++) {
        const ch = String.fromCodePoint(cp);
        const folded = ch.normalize("NFKC");
        if (folded === ch) continue;
        for (const target of new Set(folded)) map.set(target, [...(map.get(target) ?? []), ch]);
      }
    }
    foldSources = map;
  }
  return foldSources.get(ideograph) ?? [];
}

/** A character of a word and everything that folds to it: the raw text must hold one of them. */
type Anchor = readonly string[];

/**
 * The words in norm(cell), answered without normalising the cell where NFKC cannot make an ideograph from it:
 * NFKC then keeps every ideograph in place, maps whitespace to whitespace and nothing else to whitespace alone, so
 * a word is in norm(cell) exactly when the raw text has it with only whitespace between its characters.
 */
export class NormWords {
  private readonly folded: RegExp;
  /** One pass: a word spelled out (spaces allowed between its characters) or a character that may fold to one. */
  private readonly scan: RegExp;
  /** Per word, its characters last to first (the last is often the rarest), each with its fold sources. */
  private readonly anchors: Anchor[][];

  constructor(words: readonly string[]) {
    if (!words.every((w) => /^[\u4e00-\u9fff]+$/.test(w))) throw new Error("NormWords takes CJK ideographs only");
    this.folded = new RegExp(words.join("|"));
    this.scan = new RegExp(`${MAY_FOLD_TO_IDEOGRAPH.source}|${words.map((w) => Array.from(w).join("\\s*")).join("|")}`);
    this.anchors = words.map((w) => Array.from(w).reverse().map((c) => [c, ...sourcesOf(c)]));
  }

  /**
   * Does norm(v) contain one of the words for some cell v of the row? A cell can only if it holds a word's last
   * character (or what folds to it), so most rows are settled by one search per cell before any cell is tested.
   */
  testRow(row: readonly CellValue[]): boolean {
    for (const v of row) if (this.mayHoldLast(v)) return row.some((x) => this.test(x));
    return false;
  }

  /** Trimming takes only whitespace, which no anchor is: the raw text of a string cell does. */
  private mayHoldLast(v: CellValue | undefined): boolean {
    const t = typeof v === "string" ? v : cellText(v);
    for (const word of this.anchors) if (holdsAny(t, word[0])) return true;
    return false;
  }

  /** Does norm(v) contain one of the words? */
  test(v: CellValue | undefined): boolean {
    const t = cellText(v);
    if (!this.mayContain(t)) return false;
    const m = this.scan.exec(t);
    if (!m) return false;
    // A word found before any folding character is in norm(cell) too: NFKC keeps it and the spaces fold away.
    return MAY_FOLD_TO_IDEOGRAPH.test(m[0]) ? this.folded.test(norm(t)) : true;
  }

  /**
   * A word can be in norm(t) only if t holds each of its characters or something that folds to it: NFKC never
   * builds an ideograph out of anything else. One `includes` (a fast scan) usually settles it.
   */
  private mayContain(t: string): boolean {
    for (const word of this.anchors) if (holdsAll(t, word)) return true;
    return false;
  }
}

function holdsAll(t: string, word: readonly Anchor[]): boolean {
  for (const anchor of word) if (!holdsAny(t, anchor)) return false;
  return true;
}

function holdsAny(t: string, anchor: Anchor): boolean {
  for (const c of anchor) if (t.includes(c)) return true;
  return false;
}

// --- layout E: the national single-project form ----------------------------------------------------------------
/*
 * Every word the single-project form is read by (SHAPES.md of issue 14). Labels are compared whole, on norm()'d
 * text without a trailing colon or a leading ★/*: `财政资金科目代码` is not `财政资金`, `主管部门审核意见` is not
 * `主管部门`.
 */

/** A label cell's key: norm()'d text without a leading ★/* and a trailing colon (`年度资金总额：` → 年度资金总额). */
export function labelKey(normed: string): string {
  // Most cells have neither: no regex for them (every cell of a form is asked).
  const first = normed.charCodeAt(0);
  if (first !== 0x2a && first !== 0x2605 && first !== 0x2606 && normed.charCodeAt(normed.length - 1) !== 0x3a) return normed;
  return normed.replace(/^[*★☆]+/, "").replace(/[:]+$/, "");
}

export type FormField = "name" | "department" | "unit" | "kind" | "leader" | "period";

const FORM_FIELDS: [FormField, readonly string[]][] = [
  ["name", ["项目名称", "项目支出名称", "专项名称"]],
  ["department", ["主管部门", "部门(单位)名称", "主管部门及编码", "主管部门及代码", "主管部门名称", "业务主管部门", "项目主管单位", "主管单位"]],
  // In order of preference: the 实施单位 is the project's unit, a 预算单位 only when the form names no other.
  ["unit", ["实施单位", "项目实施单位", "项目单位", "预算单位", "单位名称"]],
  ["kind", ["项目分类", "项目属性", "项目类别", "项目性质"]],
  ["leader", ["项目负责人", "项目负责人及电话", "负责人"]],
  ["period", ["实施期", "项目实施期", "建设周期", "项目期", "项目期限", "项目起止时间", "实施时间", "项目实施时间"]],
];
const FORM_FIELD_OF = new Map<string, FormField>(FORM_FIELDS.flatMap(([f, words]) => words.map((w) => [w, f] as [string, FormField])));

/** The form field a label cell names (`主管部门及编码` → department), or null. */
export function formFieldOf(normed: string): FormField | null {
  return FORM_FIELD_OF.get(labelKey(normed)) ?? null;
}

/** Preference among the labels of one field (lower first): `实施单位` before `预算单位`. */
export function formFieldRank(normed: string): number {
  const key = labelKey(normed);
  for (const [, words] of FORM_FIELDS) {
    const i = words.indexOf(key);
    if (i >= 0) return i;
  }
  return Number.MAX_SAFE_INTEGER;
}

/** `负责人：某某`, `预算单位: X`: a label and its value in one cell. */
export function inCellField(text: string): { field: FormField; value: string } | null {
  const t = text.trim();
  const m = /^([^:：]{2,12})\s*[:：]\s*(.+)$/s.exec(t);
  if (!m) return null;
  const field = formFieldOf(norm(m[1]));
  return field ? { field, value: m[2].trim() } : null;
}

/** Words that head a column: a cell right of `项目名称` holding one of these makes a header row, not a label. */
const COLUMN_HEADER_WORD = /^(预算数|预算金额|预算资金|项目金额|资金总额|金额|年度目标|绩效目标|一级指标|二级指标|三级指标|指标值|单位名称|预算单位|主管部门|实施单位|绩效指标|总计|合计|财政拨款|项目编码|项目类型|项目类别|序号)/;

export function isColumnHeaderWord(normed: string): boolean {
  return COLUMN_HEADER_WORD.test(normed);
}

/** The goals: 中长期 / 实施期 (period) and 年度 (annual) headers; 总体目标 / 项目绩效目标 only hold them. */
const GOAL_PERIOD = new Set(["中长期目标", "中期目标", "长期目标", "实施期目标", "实施期绩效目标", "中期绩效目标", "长期绩效目标", "实施期总体目标"]);
const GOAL_ANNUAL = new Set(["年度目标", "年度绩效目标", "本年度绩效目标", "年度主要目标和成果", "年度总体目标", "当年绩效目标", "项目年度绩效目标"]);
const GOAL_HOLDER = new Set(["总体目标", "项目绩效目标", "绩效目标", "项目总体绩效目标"]);

export function goalKindOf(normed: string): "period" | "annual" | "holder" | null {
  const key = labelKey(normed);
  if (GOAL_PERIOD.has(key)) return "period";
  if (GOAL_ANNUAL.has(key)) return "annual";
  if (GOAL_HOLDER.has(key)) return "holder";
  return null;
}

export type MoneyLabel =
  | { role: "total"; annual: boolean }
  | { role: "fiscal" | "specialAccount" | "other"; sub: boolean };

const MONEY_TOTAL_ANNUAL = new Set(["下达中央预算内投资", "中央预算内投资", "下达资金", "年度资金总额", "当年资金总额", "本年度资金总额", "当年年度预算", "年度预算", "年度本级预算金额", "当年预算"]);
const MONEY_TOTAL = new Set(["资金总额", "总额", "项目总预算", "实施期资金总额", "项目资金总额", "项目总金额"]);
const MONEY_FISCAL = new Set(["财政拨款", "当年财政拨款", "财政资金", "当年财政资金", "财政拨款资金"]);
/** Parts of 财政拨款 a form may list instead of (or under) it. */
const MONEY_FISCAL_SUB = new Set(["中央财政资金", "省级财政资金", "市县(区)财政资金", "市县财政资金", "上级资金", "上级财政资金", "本级财政", "本级财政资金", "本级资金"]);
const MONEY_SPECIAL = new Set(["财政专户", "财政专户拨款", "财政专户资金"]);
const MONEY_OTHER = new Set(["其他资金", "其它资金", "当年其他资金", "其他"]);
/** Parts of 其他资金 a form may list beside it. */
const MONEY_OTHER_SUB = new Set(["单位自筹", "自筹资金", "自有资金", "上年结转资金", "上年结转"]);

/** A money label of a form (`其中：财政拨款` → fiscal), or null (`财政资金科目代码`, `年度预算执行率` are no money). */
export function moneyLabelOf(normed: string): MoneyLabel | null {
  // `下达中央预算内投资(万元)`, `年度资金总额（万元）`: the unit in brackets names no other label.
  const key = labelKey(normed).replace(/^其中[:]?/, "").replace(/\((万元|千元|百元|元|亿元)\)$/, "");
  if (MONEY_TOTAL_ANNUAL.has(key)) return { role: "total", annual: true };
  if (MONEY_TOTAL.has(key)) return { role: "total", annual: false };
  if (MONEY_FISCAL.has(key)) return { role: "fiscal", sub: false };
  if (MONEY_FISCAL_SUB.has(key)) return { role: "fiscal", sub: true };
  if (MONEY_SPECIAL.has(key)) return { role: "specialAccount", sub: false };
  if (MONEY_OTHER.has(key)) return { role: "other", sub: false };
  if (MONEY_OTHER_SUB.has(key)) return { role: "other", sub: true };
  return null;
}

/** `资金情况(万元)`, `项目资金（元）`: the unit a money block's label names. */
export function moneyUnitOfLabel(normed: string): string | null {
  const m = /(?:资金|金额|预算)[^()]*\((万元|千元|百元|元|亿元)\)$/.exec(normed);
  return m ? m[1] : null;
}

/** Money written in a sentence (`总额10606.7522万元 财政拨款:…`): a cell with a money word and an amount in it. */
export function isMoneyProse(normed: string): boolean {
  return /(资金总额|总额|财政拨款|其他资金|自有资金)[:]?\d/.test(normed) && normed.length > 12;
}

/**
 * A form's cost table (S-Ezhou: `项目预算成本构成 | 金额 | 测算(公式)依据 | 2020年实际执行数 | 2021年实际执行数`, then its
 * lines and a 合计): the head cell, its money columns (the budget, or what was spent in a year) and its total line.
 */
export function isCostTableHead(normed: string): boolean {
  // Every cell of a form is asked: most are no head by their length or their last character, with no regex run.
  if (normed.length < 4 || normed.length > 14 || !"成算细表况:".includes(normed[normed.length - 1])) return false;
  return /^(项目)?(预算)?(成本|支出|经费|资金)(构成|测算|明细)(表|情况|明细)?$/.test(labelKey(normed));
}

export function costColumnOf(normed: string): "budget" | "spent" | null {
  const t = labelKey(normed).replace(/\((万元|千元|百元|元|亿元)\)$/, "");
  if (/^(\d{4}年度?)?(实际)?(执行数|执行金额|支出数|决算数)$/.test(t) || /^\d{4}年度?实际/.test(t)) return "spent";
  if (/^(\d{4}年度?)?(金额|预算数|预算金额|预算资金|申请金额|申报金额|测算金额)$/.test(t)) return "budget";
  return null;
}

export function isCostTotalLabel(normed: string): boolean {
  return /^(合计|总计|小计)$/.test(labelKey(normed));
}

/**
 * A heading above the 一级 in the 一级 column (中央预算内投资 tables: `实施效果指标 | 产出指标 | 建设项目个数`): no
 * level; the 一级 names then stand in the 二级 column.
 */
export function isLevelHeading(normed: string): boolean {
  return /^(实施效果指标|绩效指标|项目绩效指标)$/.test(normed);
}

/** Indicator block columns of a form (a header row holds 一级指标 and 二级指标…). */
export type FormColumn = "l1" | "l2" | "l3" | "value" | "nature" | "measure" | "weight" | "direction";

export function formColumnOf(normed: string): FormColumn | null {
  const t = normed;
  if (t === "一级指标") return "l1";
  if (t.startsWith("二级指标")) return "l2";
  if (t.startsWith("三级指标") || t === "指标内容" || t === "指标名称") return "l3";
  if (/^(指标值|实施期指标值|实施周期指标值|长期指标值|中期指标值|年度指标值|本年度指标值|当年指标值|目标值|绩效目标值|年度目标值|当年预期实现值)/.test(t)) return "value";
  if (t.includes("指标性质") || t.includes("指标值类型") || t.includes("比较符") || t === "符号") return "nature";
  if (t.includes("计量单位") || t.includes("度量单位")) return "measure";
  if (t.includes("权重") || t === "分值") return "weight";
  if (t.includes("指标方向")) return "direction";
  return null;
}

/** Which side a header cell or a block label names: `指标值(长期)`, `实施期指标值`, `长期绩效指标` → period. */
export function sideOf(normed: string): "period" | "annual" | null {
  if (/长期|中期|实施期|实施周期/.test(normed)) return "period";
  if (/年度|当年/.test(normed)) return "annual";
  return null;
}

/** The header row of a form's indicator block: 一级指标 and 二级指标… (三级 may be 指标内容, or missing). */
export function isFormIndicatorHeader(cells: readonly string[]): boolean {
  return cells.includes("一级指标") && cells.some((t) => t.startsWith("二级指标"));
}

/** Rows that end a form's indicator block: footnotes, approvals, signatures. */
export function isFormFooter(normed: string): boolean {
  return /^(注[:]|附件|备注[:]|填表说明|说明[:])/.test(normed) || /审核意见|审批意见|盖章|填报日期|经办人[:]|联系电话[:]|负责人[:]/.test(normed);
}

/**
 * A form's section heading (SHAPES.md: 项目概况, 项目实施进度计划, 保证项目实施的制度、措施 …), which may follow the
 * indicator block: with the block's merged cells lost, `其他说明 | 无` looks like `流转土地 | >=60亩`, and is none.
 */
export function isFormSection(normed: string): boolean {
  const key = labelKey(normed);
  return /^(项目(总体)?概况|项目实施(进度)?计划|项目实施内容|项目设立必要性|保证项目实施|保障措施|单位职能概述)/.test(key) || /^(其他说明|说明|备注)$/.test(key);
}

/** `…`, `……`, `...`: a template's "more rows here", no indicator. */
export function isEllipsisMark(normed: string): boolean {
  return /^(…+|\.{3,}|—+|-+)$/.test(normed);
}

/** Header words named when a sheet looks like a performance table but no layout fits (issue 14 item 4). */
export const SIGNATURE_WORDS = ["项目名称", "绩效目标", "绩效指标", "一级指标", "二级指标", "三级指标", "指标值"] as const;
/** A sheet with any of these (in a title or a header) looks like a performance table. */
export const LOOKS_LIKE_TABLE = /绩效目标|绩效指标|一级指标/;

/** `2023年4月-2024年2月`, `202001-202012`, `2021年度`, `2023.01-2023.12`: the ends as YYYY or YYYY-MM. */
export function periodOf(raw: string): { start: string | null; end: string | null } {
  const t = nfkc(raw).replace(/\s+/g, "");
  const ym = (y: string, m: string | undefined) => (m ? `${y}-${m.padStart(2, "0")}` : y);
  let m = /^(\d{4})(\d{2})[-~至到—](\d{4})(\d{2})$/.exec(t);
  if (m) return { start: `${m[1]}-${m[2]}`, end: `${m[3]}-${m[4]}` };
  m = /^(\d{4})(?:年|[.\-/])(?:(\d{1,2})(?:月|[.\-/]\d{1,2}日?)?)?[^\d]*?[-~至到—]+(\d{4})(?:年|[.\-/])?(?:(\d{1,2})月?)?/.exec(t);
  if (m) return { start: ym(m[1], m[2]), end: ym(m[3], m[4]) };
  m = /^(\d{4})年度?$/.exec(t);
  if (m) return { start: m[1], end: m[1] };
  return { start: null, end: null };
}

// --- columnar tables (layouts D and E): 指标性质, 指标方向性, the title's year -----------------------------------

/** 指标性质 / 比较符 cells that are a comparator (`≥`, `不低于` …), after NFKC. */
const NATURE_OPERATORS: [RegExp, Operator][] = [
  [/^(≥|>=|大于等于|不低于|不少于)$/, ">="],
  [/^(≤|<=|小于等于|不高于|不超过)$/, "<="],
  [/^(=|＝|等于)$/, "="],
  [/^(>|大于|高于)$/, ">"],
  [/^(<|小于|低于)$/, "<"],
];

/** The comparator a 指标性质 cell names, or null (定量, 定性, blank). */
export function natureOperator(text: string): Operator | null {
  const t = text.normalize("NFKC");
  return NATURE_OPERATORS.find(([re]) => re.test(t))?.[1] ?? null;
}

/** A 指标性质 cell: a comparator, 定量 or 定性 (what a realigned row must hold in that column). */
export function isNatureWord(normed: string): boolean {
  return normed === "定性" || normed === "定量" || natureOperator(normed) !== null;
}

/** 指标方向性: `正向` / `正向指标` → positive (more is better), `反向` / `反向指标` → negative; anything else null. */
export function directionOf(normed: string): IndicatorDirection | null {
  if (/^正向(指标)?$/.test(normed)) return "positive";
  if (/^反向(指标)?$/.test(normed)) return "negative";
  return null;
}

/**
 * The year a title line names (a norm()'d cell above the table's header): a title with 绩效目标/绩效指标 in it
 * (`部门预算项目绩效目标申报表(2023年度)`, `鄂州市2022年市直部门预算项目支出绩效目标表`) or a line that is only the
 * year (`（2024年度）`, `2020年度)`). A 4-digit year 2000–2099 followed by 年; null for any other cell (a project
 * name `2018年市级专项…`, a date `填报日期：2024-01-15`).
 */
export function titleYearOf(normed: string): number | null {
  const yearLine = /^\(?20\d{2}年度?\)?$/.test(normed);
  if (!yearLine && !(normed.length <= 60 && /绩效目标|绩效指标/.test(normed))) return null;
  const m = /(?:^|[^\d])(20\d{2})年/.exec(normed);
  return m ? Number(m[1]) : null;
}
