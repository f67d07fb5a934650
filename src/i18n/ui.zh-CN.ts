/**
 * Task pane and ribbon texts, zh-CN (the default). The finding sentences live in the finding catalogues
 * (zh-CN.ts / en.ts); this file holds only the words around them. `UiStrings` is the shape en must match.
 */
import type { FindingCode } from "../core/findings";

export type UiErrorCode =
  | "sheet-empty"
  | "not-a-target-table"
  | "own-sheet"
  | "sheet-protected"
  | "sheet-not-found"
  | "cell-edit-mode"
  | "payload-too-large"
  | "host-error"
  | "selection-outside-table"
  | "unexpected";

export interface CheckCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface UiStrings {
  title: string;
  otherLanguage: string;
  otherLanguageLabel: string;
  intro: string;
  actions: { split: string; check: string; template: string; clear: string };
  hints: { split: string; check: string; template: string; clear: string };
  templateLater: string;
  working: { split: string; check: string; template: string; clear: string };
  done: {
    split: (indicators: number, projects: number, sheet: string) => string;
    check: (c: CheckCounts, highlighted: number, sheet: string) => string;
    clear: (restored: number) => string;
    templateReady: (row: number) => string;
  };
  errorTitle: string;
  errors: Record<UiErrorCode, (detail: string) => string>;
  severity: { error: string; warning: string; info: string };
  findingsTitle: string;
  noFindings: string;
  showMore: (hidden: number) => string;
  goTo: (address: string) => string;
  summary: {
    title: string;
    counts: (projects: number, indicators: number) => string;
    byCode: string;
    byCategory: string;
    categories: { output: string; benefit: string; satisfaction: string; cost: string; none: string };
  };
  codeLabel: Record<FindingCode, string>;
  settings: {
    title: string;
    rounding: string;
    roundingHint: string;
    satisfactionMin: string;
    satisfactionHint: string;
    costRequired: string;
    save: string;
    saved: string;
    notANumber: string;
    roundingRange: string;
    satisfactionRange: string;
    keptPrevious: string;
    storedInvalid: string;
  };
  outside: { title: string; body: string; demo: string };
  demo: { banner: string; sheet: string };
  ribbon: { failedTitle: string; close: string };
}

export const uiZhCN: UiStrings = {
  title: "绩效目标表助手",
  otherLanguage: "English",
  otherLanguageLabel: "Switch to English",
  intro: "打开绩效目标表所在的工作表，点击“一键校验”检查金额合计和指标填写，或点击“拆分指标”把每条指标拆成一行。",
  actions: { split: "拆分指标", check: "一键校验", template: "插入项目模板", clear: "清除标记" },
  hints: {
    split: "把当前工作表“绩效指标”单元格里的每条指标拆成一行，写到新的“指标明细”工作表。",
    check: "检查金额合计是否对得上、指标是否符合填报规则，标出有问题的单元格并写出“校验结果”。",
    template: "在选中的单位下插入一个新项目的模板行。",
    clear: "去掉本助手加上的颜色标记，恢复单元格原来的填充颜色。",
  },
  templateLater: "将在后续版本提供",
  working: { split: "正在拆分指标…", check: "正在校验…", template: "正在检查选中位置…", clear: "正在清除标记…" },
  done: {
    split: (n, p, s) => `已拆分 ${p} 个项目的 ${n} 条指标，写入工作表“${s}”。`,
    check: (c, h, s) =>
      `校验完成：错误 ${c.errors} 个，警告 ${c.warnings} 个，提示 ${c.infos} 个。已标记 ${h} 个单元格，结果写入工作表“${s}”。`,
    clear: (n) => (n ? `已清除 ${n} 个单元格的标记，恢复了原来的填充颜色。` : "没有需要清除的标记。"),
    templateReady: (row) => `选中的第 ${row} 行在表格之内。插入项目模板将在后续版本提供。`,
  },
  errorTitle: "操作未完成",
  errors: {
    "sheet-empty": (s) => `当前工作表“${s}”是空的。请切换到绩效目标表所在的工作表后再试。`,
    "not-a-target-table": (s) =>
      `当前工作表“${s}”看起来不是绩效目标表：没有找到“项目名称……绩效指标”或“一级指标/二级指标/三级指标”这样的表头。请切换到绩效目标表后再试。`,
    "own-sheet": (s) => `“${s}”是本助手生成的结果表，不能再对它拆分或校验。请切换回原来的绩效目标表。`,
    "sheet-protected": (s) =>
      `工作表${s ? `“${s}”` : ""}受保护，无法标记或写入。请先在“审阅 → 撤消工作表保护”中取消保护再试。工作簿没有被修改。`,
    "sheet-not-found": (s) => `找不到工作表${s ? `“${s}”` : ""}，它可能已被删除或重命名。请重新选择工作表后再试。`,
    "cell-edit-mode": () => "Excel 正在编辑某个单元格。请先按 Enter 或 Esc 结束编辑，再点击按钮。",
    "payload-too-large": () => "表格太大，Excel 无法一次处理。请把表格分成几个工作表后再试。工作簿没有被修改。",
    "host-error": (d) => `Excel 报告了一个错误，操作没有完成，工作簿没有被修改。${d ? `（${d}）` : ""}`,
    "selection-outside-table": () => "选中的位置不在绩效目标表的数据区域内。请先选中表格中某个单位或项目所在的行。",
    unexpected: (d) => `出现了意外的错误，操作没有完成。${d ? `（${d}）` : ""}`,
  },
  severity: { error: "错误", warning: "警告", info: "提示" },
  findingsTitle: "校验结果",
  noFindings: "没有发现问题。",
  showMore: (n) => `再显示 ${n} 条`,
  goTo: (a) => `定位到 ${a}`,
  summary: {
    title: "概况",
    counts: (p, i) => `共 ${p} 个项目、${i} 条指标`,
    byCode: "问题类型",
    byCategory: "指标按一级类别",
    categories: { output: "产出", benefit: "效益", satisfaction: "满意度", cost: "成本", none: "未识别" },
  },
  codeLabel: {
    "realigned-row": "缺格已对齐",
    "html-debris": "网页标记",
    "ocr-artefact": "识别符号",
    "inferred-level": "推定一级",
    "numbering-restart": "编号重排",
    "amount-not-number": "金额非数字",
    "unrecognized-row": "无法识别的行",
    "numbering-gap": "编号不连续",
    "recovered-item": "缺少编号",
    "unplaced-text": "未归位文字",
    "code-name-mismatch": "代码名称不符",
    "wrong-parent": "层级不符",
    "unknown-level": "未知层级",
    placeholder: "占位文字",
    "missing-core-category": "缺少核心指标",
    "missing-cost": "缺少成本指标",
    "qualitative-quantity": "数量指标定性",
    "annual-above-period": "年度高于周期",
    "low-satisfaction": "满意度偏低",
    "duplicate-name": "指标重复",
    "row-sum": "行合计",
    subtotal: "单位小计",
    "grand-total": "总合计",
    "budget-levels": "预算级次",
    "budget-blank": "金额未填",
    "key-tasks-total": "重点任务资金",
  },
  settings: {
    title: "校验设置",
    rounding: "每个加数允许的舍入误差",
    roundingHint: "单位与表格金额单位相同，默认 0.005（四舍五入到分）。",
    satisfactionMin: "满意度指标最低值（%）",
    satisfactionHint: "满意度目标低于此值时提示，默认 80。",
    costRequired: "要求每个项目有成本指标",
    save: "保存设置",
    saved: "设置已保存在工作簿中。",
    notANumber: "请输入一个数字。",
    roundingRange: "舍入误差应在 0 到 1 之间。",
    satisfactionRange: "满意度最低值应在 0 到 100 之间。",
    keptPrevious: "设置未保存，仍使用原来的值。",
    storedInvalid: "工作簿中保存的设置无法识别，已改用默认值。",
  },
  outside: {
    title: "请在 Excel 中打开",
    body: "这是 Excel 加载项“绩效目标表助手”的任务窗格，需要在 Excel（Windows、Mac 或网页版）中打开。",
    demo: "用示例表格试一试",
  },
  demo: { banner: "演示模式：使用内置的示例表格，不会读取或上传任何文件。", sheet: "当前工作表" },
  ribbon: { failedTitle: "一键校验未完成", close: "关闭" },
};
