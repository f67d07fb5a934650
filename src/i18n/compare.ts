/** 年度对比's words: the kinds of change, which way a target went, the CLI's table (one catalogue per language). */
import type { Change, ChangeKind, TargetDirection } from "../core";
import type { Locale } from "./catalogue";

export interface CompareStrings {
  kinds: Record<ChangeKind, string>;
  directions: Record<TargetDirection, string>;
  targets: Record<"annual" | "period", string>;
  columns: Record<"total" | "fiscal" | "specialAccount" | "other", string>;
  /** A target's change with which target and which way: 年度指标值降低. */
  targetChange: (target: string, direction: string) => string;
  header: string[];
  summary: (before: string, after: string, changes: number, projects: number) => string;
  none: string;
  /** `compare OLD NEW -o OUT.xlsx`: the new version written with 版本对比 and its marked cells. */
  written: (output: string, sheet: string, marked: number) => string;
}

const zhCN: CompareStrings = {
  kinds: {
    "project-added": "新增项目",
    "project-removed": "删除项目",
    "project-renamed": "项目改名",
    "amount-changed": "金额变化",
    "goal-changed": "绩效目标变化",
    "indicator-added": "新增指标",
    "indicator-removed": "删除指标",
    "indicator-renamed": "指标改名",
    "level-changed": "一级/二级变化",
    "target-changed": "指标值变化",
  },
  directions: { lowered: "降低", raised: "提高", changed: "改变" },
  targets: { annual: "年度", period: "实施周期" },
  columns: { total: "总计", fiscal: "财政拨款", specialAccount: "财政专户拨款", other: "其他资金" },
  targetChange: (target, direction) => `${target}指标值${direction}`,
  header: ["项目", "变化", "内容", "原", "新", "单元格（原 → 新）"],
  summary: (before, after, changes, projects) => `${before} → ${after}：${changes} 处变化，涉及 ${projects} 个项目`,
  none: "两个版本没有差别。",
  written: (o, s, m) => `已写入 ${o}（新版本，变化写在工作表“${s}”，标记了 ${m} 个单元格）`,
};

const en: CompareStrings = {
  kinds: {
    "project-added": "project added",
    "project-removed": "project removed",
    "project-renamed": "project renamed",
    "amount-changed": "amount changed",
    "goal-changed": "goal changed",
    "indicator-added": "indicator added",
    "indicator-removed": "indicator removed",
    "indicator-renamed": "indicator renamed",
    "level-changed": "level changed",
    "target-changed": "target changed",
  },
  directions: { lowered: "lowered", raised: "raised", changed: "changed" },
  targets: { annual: "annual", period: "period" },
  columns: { total: "total", fiscal: "fiscal", specialAccount: "special account", other: "other funds" },
  targetChange: (target, direction) => `${target} target ${direction}`,
  header: ["Project", "Change", "What", "Before", "After", "Cell (old → new)"],
  summary: (before, after, changes, projects) => `${before} → ${after}: ${changes} change(s) in ${projects} project(s)`,
  none: "The two versions do not differ.",
  written: (o, s, m) => `Written to ${o} (the new version, its changes on the sheet “${s}”, ${m} cell(s) marked)`,
};

export const compareCatalogues: Record<Locale, CompareStrings> = { "zh-CN": zhCN, en };

export const compareStrings = (locale: Locale = "zh-CN"): CompareStrings => compareCatalogues[locale];

/**
 * A change's words, as the 版本对比 sheet, the pane and the CLI show them: its kind (a target's says which one and
 * which way it went: 年度指标值降低), and what changed (the money column, or the indicator).
 */
export function changeLabel(locale: Locale = "zh-CN"): (c: Change) => { change: string; what: string } {
  const t = compareStrings(locale);
  return (c) => ({
    change: c.kind === "target-changed" && c.target && c.direction ? t.targetChange(t.targets[c.target], t.directions[c.direction]) : t.kinds[c.kind],
    what: c.kind === "amount-changed" && c.column ? t.columns[c.column] : (c.indicator ?? ""),
  });
}
