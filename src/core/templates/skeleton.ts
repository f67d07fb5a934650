/**
 * The indicator skeleton of a template (§8): one line per chosen 二级 category, in the canonical grammar, with names
 * and values the placeholder vocabulary recognises, so the checks (§7) flag them as placeholders and nothing else:
 * every name is distinct (no duplicate-name finding) and matches `待…补充`; every value is 待补充.
 * Pure.
 */
import { ComposeItem, ComposeStyle, composeIndicators } from "./composer";
import { DEFAULT_FRAMEWORK, Framework, Level2Def, normalizeLevelName } from "../rules/framework";

/** 产出 数量/质量/时效, 效益 社会效益, 满意度 服务对象满意度, 成本 经济成本 (§8). */
export const DEFAULT_TEMPLATE_CATEGORIES = ["11", "12", "13", "22", "31", "41"];

export const PLACEHOLDER_VALUE = "待补充";

/** `待数量指标补充`: the placeholder vocabulary's `待…补充` allows up to six characters in between. */
export function placeholderName(l2: Level2Def): string {
  const short = normalizeLevelName(l2.name);
  const middle = [`${short}指标`, short, short.slice(-3)].find((m) => m.length <= 6)!;
  return `待${middle}补充`;
}

/** The framework's 二级 entries for `codes`, in the framework's order; unknown codes are dropped. */
export function templateCategories(codes: readonly string[], framework: Framework = DEFAULT_FRAMEWORK): Level2Def[] {
  const wanted = new Set(codes);
  return framework.level2.filter((d) => wanted.has(d.code));
}

/** The skeleton as structured rows (what 指标明细 template rows hold too). */
export function skeletonItems(codes: readonly string[], framework: Framework = DEFAULT_FRAMEWORK, style: ComposeStyle = "canonical"): ComposeItem[] {
  return templateCategories(codes, framework).map((d, i) => {
    const parent = framework.level1.find((l) => l.code === d.parent);
    const value = { raw: PLACEHOLDER_VALUE, label: null, operator: null, value: null, unit: null, qualitative: true };
    return {
      group: 1,
      seq: i + 1,
      level1: parent ? { code: parent.code, name: parent.name } : null,
      // Layout C names only the 一级; the 二级 still shows in the placeholder name.
      level2: style === "annual" && parent ? null : { code: d.code, name: d.name },
      name: placeholderName(d),
      periodTarget: style === "annual" ? null : value,
      annualTarget: value,
    };
  });
}

/** The skeleton cell text. */
export function indicatorSkeleton(codes: readonly string[], framework: Framework = DEFAULT_FRAMEWORK, style: ComposeStyle = "canonical"): string {
  return composeIndicators(skeletonItems(codes, framework, style), { style });
}
