/**
 * Task pane and ribbon texts, zh-CN (the default). The finding sentences live in the finding catalogues
 * (zh-CN.ts / en.ts); this file holds only the words around them. `UiStrings` is the shape en must match.
 */
import type { FindingCode, Verdict } from "../core";

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
  | "review-unreadable"
  | "reason-required"
  | "unknown-project"
  | "comment-too-long"
  | "unexpected";

export interface CheckCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export type RuleOriginName = "default" | "workbook" | "legacy-settings";
export type OverrideLevel = "error" | "warning" | "info" | "off";

/** The rule-set editor (§13). */
export interface RuleStrings {
  title: string;
  header: (label: string) => string;
  inForce: (label: string) => string;
  origin: Record<RuleOriginName, string>;
  problem: string;
  choose: string;
  chooseHint: string;
  chooseNone: string;
  name: string;
  version: string;
  satisfactionMin: string;
  satisfactionHint: string;
  rounding: string;
  roundingHint: string;
  costRequired: string;
  requiredCategories: string;
  placeholders: string;
  placeholdersHint: string;
  severities: (overridden: number) => string;
  severityDefault: (level: string) => string;
  levels: Record<OverrideLevel, string>;
  otherErrors: string;
  save: string;
  saved: (label: string) => string;
  invalid: (errors: number) => string;
  import: string;
  importHint: string;
  imported: (label: string, file: string) => string;
  importFailed: (file: string) => string;
  export: string;
  exportHint: string;
}

export type ReviewWork = "accept" | "reopen" | "verdict" | "reviewSheet" | "rules";

/** The review workflow (§13): open / accepted findings, verdicts, 审核意见. */
export interface ReviewStrings {
  tabs: { label: string; open: (n: number) => string; accepted: (n: number) => string; projects: (n: number) => string };
  reviewer: string;
  reviewerHint: string;
  problem: string;
  select: (address: string, kind: string) => string;
  selectAll: (group: string) => string;
  selected: (n: number) => string;
  clearSelection: string;
  reason: string;
  reasonHint: string;
  reasonRequired: string;
  accept: string;
  reopenedBadge: string;
  oldReason: (reason: string, who: string, when: string) => string;
  acceptedBy: (reason: string, who: string, when: string) => string;
  reopen: string;
  reopenLabel: (address: string) => string;
  noOpen: string;
  noAccepted: string;
  generate: string;
  generateHint: string;
  working: Record<ReviewWork, string>;
  done: {
    accepted: (n: number) => string;
    changed: (n: number, cells: string) => string;
    reopened: (n: number) => string;
    verdict: (project: string, verdict: string) => string;
    reviewSheet: (sheet: string, open: number, accepted: number, verdicts: number) => string;
    rulesSaved: (label: string) => string;
  };
  projects: {
    title: string;
    filter: string;
    filters: { all: string; none: string; open: string };
    counts: (open: number, accepted: number) => string;
    goToRow: (row: number) => string;
    verdict: string;
    verdictLabel: (project: string) => string;
    verdictNone: string;
    verdictNames: Record<Verdict, string>;
    comment: string;
    commentLabel: (project: string) => string;
    save: string;
    saveLabel: (project: string) => string;
    savedBy: (who: string, when: string) => string;
    none: string;
    more: (n: number) => string;
  };
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
    /** `rules` is the rule set's label (name and version); `accepted` findings were left out of the counts. */
    check: (c: CheckCounts, highlighted: number, sheet: string, rules: string, accepted: number, rulesFallback: boolean) => string;
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
  rules: RuleStrings;
  review: ReviewStrings;
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
    check: (c, h, s, rules, accepted, fallback) =>
      `校验完成（规则集 ${rules}）：错误 ${c.errors} 个，警告 ${c.warnings} 个，提示 ${c.infos} 个。` +
      (accepted ? `另有 ${accepted} 个已接受的问题未计入。` : "") +
      `已标记 ${h} 个单元格，结果写入工作表“${s}”。` +
      (fallback ? "工作簿中保存的规则集无法使用，本次使用了内置默认规则集。" : ""),
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
    "review-unreadable": () =>
      "工作簿中保存的审核记录无法读取（可能被手工改动或来自更新的版本）。为避免覆盖他人的审核意见，本次没有保存任何改动。",
    "reason-required": () => "接受问题时必须填写理由。没有保存任何改动。",
    "unknown-project": (p) => `表中找不到项目“${p}”，它可能已被改名或删除。请重新校验后再试。`,
    "comment-too-long": () => "审核意见不能超过 2000 个字。没有保存任何改动。",
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
  rules: {
    title: "规则集",
    header: (l) => `规则集：${l}`,
    inForce: (l) => `当前使用：${l}`,
    origin: { default: "内置默认规则集", workbook: "保存在本工作簿中", "legacy-settings": "由旧版“校验设置”调整而来" },
    problem: "工作簿中保存的规则集无法使用，已改用内置默认规则集：",
    choose: "从内置规则集开始",
    chooseHint: "选择后可以修改，点击“保存规则集”才会生效。",
    chooseNone: "（当前内容）",
    name: "名称",
    version: "版本",
    satisfactionMin: "满意度指标最低值（%）",
    satisfactionHint: "满意度目标低于此值时提示。",
    rounding: "每个加数允许的舍入误差",
    roundingHint: "单位与表格金额单位相同，0.005 即四舍五入到分。",
    costRequired: "要求每个项目有成本指标",
    requiredCategories: "每个项目必须有的指标类别",
    placeholders: "占位文字（每行一个）",
    placeholdersHint: "指标名称或指标值是这些文字时提示。",
    severities: (n) => (n ? `问题级别调整（已调整 ${n} 项）` : "问题级别调整"),
    severityDefault: (l) => `默认（${l}）`,
    levels: { error: "错误", warning: "警告", info: "提示", off: "不报告" },
    otherErrors: "其他问题：",
    save: "保存规则集",
    saved: (l) => `规则集“${l}”已保存在工作簿中。`,
    invalid: (n) => `规则集有 ${n} 处错误，没有保存，仍使用原来的规则集。`,
    import: "导入 JSON…",
    importHint: "从 JSON 文件导入规则集；文件有错误时不会生效。",
    imported: (l, f) => `已从“${f}”导入规则集“${l}”并保存在工作簿中。`,
    importFailed: (f) => `“${f}”不能作为规则集导入，仍使用原来的规则集：`,
    export: "导出 JSON",
    exportHint: "把当前使用的规则集下载为 JSON 文件。",
  },
  review: {
    tabs: { label: "校验结果分类", open: (n) => `未解决 (${n})`, accepted: (n) => `已接受 (${n})`, projects: (n) => `项目 (${n})` },
    reviewer: "审核人",
    reviewerHint: "记录在接受理由和审核结论中，只保存在本机。",
    problem: "工作簿中保存的审核记录无法读取（可能被手工改动或来自更新的版本），所有问题都按未解决列出。为避免覆盖他人的审核意见，本次不会保存任何审核改动。",
    select: (a, k) => `选择 ${a} ${k}`,
    selectAll: (g) => `全选${g}`,
    selected: (n) => `已选 ${n} 个问题`,
    clearSelection: "取消选择",
    reason: "接受理由",
    reasonHint: "说明为什么这个问题可以不改，例如“按市统一口径”。",
    reasonRequired: "请填写接受理由。",
    accept: "接受所选问题",
    reopenedBadge: "数值已变化，需重新审核",
    oldReason: (r, w, t) => `原接受理由：${r}${w ? `（${w}，${t}）` : `（${t}）`}`,
    acceptedBy: (r, w, t) => `理由：${r}${w ? `（${w}，${t}）` : `（${t}）`}`,
    reopen: "撤销接受",
    reopenLabel: (a) => `撤销接受 ${a}`,
    noOpen: "没有未解决的问题。",
    noAccepted: "还没有接受任何问题。",
    generate: "生成审核意见",
    generateHint: "写出可打印的“审核意见”工作表：未解决的问题、已接受的问题及理由、各项目的审核结论。",
    working: { accept: "正在接受问题…", reopen: "正在撤销接受…", verdict: "正在保存审核结论…", reviewSheet: "正在生成审核意见…", rules: "正在保存规则集…" },
    done: {
      accepted: (n) => `已接受 ${n} 个问题，之后的校验不再把${n === 1 ? "它" : "它们"}列为未解决。`,
      changed: (n, c) => `${n} 个问题所在的单元格（${c}）在校验后被修改过，没有接受。已重新校验，请再看一遍。`,
      reopened: (n) => `已撤销接受 ${n} 个问题，${n === 1 ? "它" : "它们"}重新列为未解决。`,
      verdict: (p, v) => `已保存项目“${p}”的审核结论：${v}。`,
      reviewSheet: (s, o, a, v) => `已生成工作表“${s}”：未解决问题 ${o} 个，已接受 ${a} 个，项目审核结论 ${v} 个。`,
      rulesSaved: (l) => `规则集“${l}”已保存，已按新规则重新校验。`,
    },
    projects: {
      title: "项目审核",
      filter: "显示",
      filters: { all: "全部项目", none: "未审", open: "有未解决问题" },
      counts: (o, a) => `未解决 ${o} · 已接受 ${a}`,
      goToRow: (r) => `定位到第 ${r} 行`,
      verdict: "结论",
      verdictLabel: (p) => `“${p}”的审核结论`,
      verdictNone: "未审",
      verdictNames: { 通过: "通过", 退回: "退回", 待定: "待定" },
      comment: "意见",
      commentLabel: (p) => `“${p}”的审核意见`,
      save: "保存",
      saveLabel: (p) => `保存“${p}”的审核结论`,
      savedBy: (w, t) => (w ? `${w}，${t}` : t),
      none: "没有符合条件的项目。",
      more: (n) => `再显示 ${n} 个项目`,
    },
  },
  outside: {
    title: "请在 Excel 中打开",
    body: "这是 Excel 加载项“绩效目标表助手”的任务窗格，需要在 Excel（Windows、Mac 或网页版）中打开。",
    demo: "用示例表格试一试",
  },
  demo: { banner: "演示模式：使用内置的示例表格，不会读取或上传任何文件。", sheet: "当前工作表" },
  ribbon: { failedTitle: "一键校验未完成", close: "关闭" },
};
