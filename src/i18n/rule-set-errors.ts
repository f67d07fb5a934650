/** Sentences for rule-set problems (the core gives data: path, kind, values). zh-CN first, then English. */
import type { RuleSetIssue, RuleSetIssueKind } from "../core";
import { bilingual } from "./bilingual";
import type { Locale } from "./catalogue";

type P = Record<string, string>;

export interface RuleSetErrorStrings {
  issues: Record<RuleSetIssueKind, (p: P) => string>;
  /** Where the problem is: a field's path, or the file as a whole (JSON syntax, a top-level problem). */
  field: (path: string) => string;
  wholeFile: string;
}

const TYPE_ZH: Record<string, string> = { string: "文字", number: "数字", boolean: "true/false", array: "列表", object: "对象", null: "null" };
const typeZh = (t: string) => TYPE_ZH[t] ?? t;

const ISSUES_ZH: RuleSetErrorStrings["issues"] = {
  "json-syntax": (p) => `JSON 格式错误：第 ${p.line} 行第 ${p.column} 列（第 ${p.offset} 个字符处）`,
  missing: (p) => `缺少此字段（应为${typeZh(p.expected)}）`,
  "wrong-type": (p) => `类型错误：应为${typeZh(p.expected)}，实际为${typeZh(p.received)}`,
  "too-small": (p) => (p.origin === "array" || p.origin === "string" ? `长度至少为 ${p.minimum}` : `应不小于 ${p.minimum}（实际为 ${p.received}）`),
  "too-big": (p) => (p.origin === "array" || p.origin === "string" ? `长度至多为 ${p.maximum}` : `应不大于 ${p.maximum}（实际为 ${p.received}）`),
  "not-allowed": (p) => `不认识的值 ${p.received}，应为以下之一：${p.allowed}`,
  "unknown-key": (p) => `不认识的字段或代码“${p.key}”`,
  "bad-format": (p) => `格式不对：${p.received} 不符合 ${p.pattern}`,
  "duplicate-code": (p) => `代码“${p.code}”重复`,
  "unknown-parent": (p) => `二级指标“${p.code}”的上级一级指标“${p.parent}”不存在`,
  "duplicate-value": (p) => `“${p.value}”重复`,
  "category-without-level1": (p) => `必需类别“${p.value}”没有对应的一级指标`,
  "band-min-above-max": (p) => `分值区间下限 ${p.min} 大于上限 ${p.max}`,
  "no-such-finding": (p) => `本次校验在 ${p.cell} 没有“${p.code}”问题（可能已修正，或单元格已移动）`,
  "ambiguous-finding": (p) => `${p.cell} 有 ${p.count} 条“${p.code}”问题，请用 item 指明是哪一条（${p.items}）`,
  "unknown-project": (p) => `表中没有项目“${p.project}”`,
  "ambiguous-project": (p) => `有 ${p.count} 个项目名为“${p.project}”，请写成“单位/项目名称”`,
  other: (p) => `无效：${p.detail}`,
};

const ISSUES_EN: RuleSetErrorStrings["issues"] = {
  "json-syntax": (p) => `malformed JSON at line ${p.line}, column ${p.column} (character ${p.offset})`,
  missing: (p) => `this field is missing (expected: ${p.expected})`,
  "wrong-type": (p) => `wrong type: expected ${p.expected}, found ${p.received}`,
  "too-small": (p) => (p.origin === "array" || p.origin === "string" ? `must have at least ${p.minimum} item(s)/character(s)` : `must be at least ${p.minimum} (found ${p.received})`),
  "too-big": (p) => (p.origin === "array" || p.origin === "string" ? `must have at most ${p.maximum} item(s)/character(s)` : `must be at most ${p.maximum} (found ${p.received})`),
  "not-allowed": (p) => `unknown value ${p.received}; expected one of: ${p.allowed}`,
  "unknown-key": (p) => `unknown field or code "${p.key}"`,
  "bad-format": (p) => `bad format: ${p.received} does not match ${p.pattern}`,
  "duplicate-code": (p) => `code "${p.code}" appears more than once`,
  "unknown-parent": (p) => `the parent 一级 "${p.parent}" of 二级 "${p.code}" does not exist`,
  "duplicate-value": (p) => `"${p.value}" appears more than once`,
  "category-without-level1": (p) => `required category "${p.value}" has no 一级 indicator`,
  "band-min-above-max": (p) => `the band's lowest share ${p.min} is above its highest ${p.max}`,
  "no-such-finding": (p) => `this check raises no "${p.code}" at ${p.cell} (fixed, or the cell moved)`,
  "ambiguous-finding": (p) => `${p.cell} has ${p.count} "${p.code}" findings; say which with item (${p.items})`,
  "unknown-project": (p) => `the table has no project "${p.project}"`,
  "ambiguous-project": (p) => `${p.count} projects are named "${p.project}"; write it as "unit/name"`,
  other: (p) => `invalid: ${p.detail}`,
};

export const ruleSetErrorCatalogues: Record<Locale, RuleSetErrorStrings> = {
  "zh-CN": { issues: ISSUES_ZH, field: (w) => `字段 ${w}`, wholeFile: "整个文件" },
  en: { issues: ISSUES_EN, field: (w) => `field ${w}`, wholeFile: "whole file" },
};

export interface RuleSetError {
  path: string;
  message_zh: string;
  message_en: string;
}

function strings(params: Record<string, string | number>): P {
  const p: P = {};
  for (const [k, v] of Object.entries(params)) p[k] = String(v);
  return p;
}

/** One message per issue, each naming the field (or “整个文件 / whole file” for the top level). */
export function ruleSetErrors(issues: readonly RuleSetIssue[]): RuleSetError[] {
  return issues.map((i) => {
    const p = strings(i.params);
    const where = i.kind === "json-syntax" ? "" : i.path;
    const say = (c: RuleSetErrorStrings) => [where ? c.field(where) : c.wholeFile, c.issues[i.kind](p)] as const;
    const [zhWhere, zh] = say(ruleSetErrorCatalogues["zh-CN"]);
    const [enWhere, en] = say(ruleSetErrorCatalogues.en);
    return { path: i.path, message_zh: `${zhWhere}：${zh}`, message_en: `${enWhere}: ${en}` };
  });
}

/** One line per error for the CLI's stderr. */
export function ruleSetErrorLines(issues: readonly RuleSetIssue[]): string[] {
  return ruleSetErrors(issues).map((e) => bilingual(e.message_zh, e.message_en));
}
