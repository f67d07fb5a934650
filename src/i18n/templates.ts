/**
 * Texts of the template features (插入项目模板, SUM offer, 回写指标), zh-CN and en, in one file so the feature's
 * words live together. Refusals the pane already explains (port errors…) use the pane's catalogue (ui/).
 */
import type { Locale } from "./catalogue";
import type { ActionErrorCode } from "../actions/result";
import { uiStrings } from "./ui";

export type TemplateTool = "sums" | "writeback" | "detailTemplate" | "restore";

export interface TemplateStrings {
  tools: { title: string; hint: string } & Record<TemplateTool, string>;
  toolHints: Record<TemplateTool, string>;
  working: Record<TemplateTool, string>;
  insert: {
    title: string;
    where: (sheet: string, row: number, unit: string | null) => string;
    whereTask: (row: number) => string;
    whereIndicator: (row: number) => string;
    count: string;
    categories: string;
    confirm: string;
  };
  detailTemplate: { title: string; where: (row: number) => string; confirm: string };
  sums: {
    title: string;
    offerAfterInsert: string;
    intro: (n: number) => string;
    columns: { cell: string; name: string; now: string; becomes: string; total: string };
    skipped: (address: string, cells: string) => string;
    confirm: string;
  };
  writeBack: { title: string; restoreTitle: string; target: (project: string, cell: string) => string; before: string; after: string; moved: string; confirm: string; restoreConfirm: string };
  cancel: string;
  done: {
    inserted: (n: number, first: number, last: number, sheet: string) => string;
    sumsWritten: (n: number) => string;
    sumsNone: (skipped: number) => string;
    writtenBack: (cell: string) => string;
    unchanged: (cell: string) => string;
    restored: (cell: string) => string;
    detailRows: (first: number, last: number, sheet: string) => string;
  };
  errors: Partial<Record<ActionErrorCode, (detail: string) => string>>;
}

const zhCN: TemplateStrings = {
  tools: {
    title: "模板与回写",
    hint: "插入模板后可把单位小计和合计改为求和公式；在“指标明细”中修改指标后可回写到原单元格。",
    sums: "小计改为公式",
    writeback: "回写指标",
    detailTemplate: "插入指标模板行",
    restore: "恢复原指标",
  },
  toolHints: {
    sums: "列出要改为求和公式的单位小计和合计单元格，确认后才写入。",
    writeback: "在“指标明细”中选中某个项目的一行，把它的各行指标合成规范文字，确认后写回原单元格。",
    detailTemplate: "在“指标明细”中选中的项目下插入指标模板行，一级、二级指标和比较符可从下拉列表中选。",
    restore: "把回写前的原文字写回单元格（选中原单元格或“指标明细”中的一行）。",
  },
  working: { sums: "正在计算求和公式…", writeback: "正在合成指标文字…", detailTemplate: "正在插入指标模板行…", restore: "正在查找原指标…" },
  insert: {
    title: "插入项目模板",
    where: (s, r, u) => `将在工作表“${s}”第 ${r} 行之前插入整行${u ? `，属于“${u}”` : ""}。下方的行会下移，不会被覆盖。`,
    whereTask: (r) => `将在第 ${r} 行之前插入年度重点工作任务行。`,
    whereIndicator: (r) => `将在指标区末尾（第 ${r} 行之前）插入指标行，每个所选类别一行。`,
    count: "插入几个项目",
    categories: "指标类别（每类一行占位指标）",
    confirm: "插入",
  },
  detailTemplate: { title: "插入指标模板行", where: (r) => `将在该项目最后一行之后（第 ${r} 行）插入指标模板行。`, confirm: "插入" },
  sums: {
    title: "把小计和合计改为求和公式",
    offerAfterInsert: "模板已插入。要把单位小计和合计改为求和公式，让表格保持平衡吗？",
    intro: (n) => `以下 ${n} 个单元格将被改为求和公式（确认后才写入）：`,
    columns: { cell: "单元格", name: "单位", now: "现在", becomes: "改为", total: "合计值" },
    skipped: (a, c) => `${a} 未提供公式：${c} 中的金额是文本格式，求和公式会把它们当作 0。`,
    confirm: "改为公式",
  },
  writeBack: {
    title: "回写指标",
    restoreTitle: "恢复原指标",
    target: (p, c) => `项目“${p}”，单元格 ${c}`,
    before: "现在",
    after: "写入后",
    moved: "自拆分指标以来该项目所在的行有变动，已按项目名称找到它。",
    confirm: "写入",
    restoreConfirm: "恢复",
  },
  cancel: "取消",
  done: {
    inserted: (n, a, b, s) => `已在工作表“${s}”第 ${a}${b > a ? `–${b}` : ""} 行插入 ${n} 行模板。请填写【】中的内容和“待补充”的指标。`,
    sumsWritten: (n) => `已把 ${n} 个单元格改为求和公式。`,
    sumsNone: (k) => (k ? `没有可改为求和公式的单元格（${k} 个因金额为文本格式未提供）。` : "单位小计和合计已经是求和公式，无需修改。"),
    writtenBack: (c) => `已把指标写回 ${c}，原文字已保存，可用“恢复原指标”找回。`,
    unchanged: (c) => `${c} 的文字与合成结果相同，无需写入。`,
    restored: (c) => `已恢复 ${c} 的原文字。`,
    detailRows: (a, b, s) => `已在“${s}”第 ${a}–${b} 行插入指标模板行。`,
  },
  errors: {
    "selection-on-grand-total": () => "选中的是合计行。请选中某个单位行（插入到该单位末尾）或项目行（插入到该项目之后）。",
    "selection-merged": () => "选中的是合并单元格。请选中一个普通单元格后再试。工作簿没有被修改。",
    "layout-unsupported": (s) => `工作表“${s}”的版式不支持这个操作（按列排列的指标表没有项目行可插入，也没有小计）。`,
    "bad-template-options": () => "请至少选择一个指标类别，项目个数应在 1 到 50 之间。",
    "sheet-changed": (d) => `${d} 在显示确认框之后被修改了，为避免覆盖，没有写入。请重新操作。`,
    "not-detail-sheet": (s) => `“${s}”不是“指标明细”工作表。请先点击“拆分指标”，再在“指标明细”中选中一行。`,
    "no-source": () => "这一行没有指向原单元格的链接，无法回写。",
    "source-moved": (d) => `找不到 ${d} 对应的项目（可能已改名或删除），没有写入。请重新拆分指标。`,
    "nothing-to-restore": (d) => `${d} 没有保存过回写前的文字。`,
  },
};

const en: TemplateStrings = {
  tools: {
    title: "Templates and write-back",
    hint: "After inserting templates, turn unit subtotals and the grand total into SUM formulas; after editing indicators on 指标明细, write them back.",
    sums: "Subtotals to formulas",
    writeback: "Write indicators back",
    detailTemplate: "Insert indicator rows",
    restore: "Restore indicators",
  },
  toolHints: {
    sums: "List the unit subtotals and grand total that would become SUM formulas; nothing is written until you confirm.",
    writeback: "Select a row of a project on 指标明细: its rows are composed into canonical text and, once you confirm, written to the source cell.",
    detailTemplate: "Insert template indicator rows under the selected project on 指标明细, with drop-down lists for the levels and the comparator.",
    restore: "Put back the text a write-back replaced (select the source cell or a row on 指标明细).",
  },
  working: { sums: "Working out SUM formulas…", writeback: "Composing the indicator text…", detailTemplate: "Inserting indicator rows…", restore: "Looking up the original text…" },
  insert: {
    title: "Insert project template",
    where: (s, r, u) => `Whole rows go in before row ${r} of "${s}"${u ? `, under "${u}"` : ""}. The rows below move down; nothing is overwritten.`,
    whereTask: (r) => `Key-task rows go in before row ${r}.`,
    whereIndicator: (r) => `Indicator rows go in at the end of the indicator block (before row ${r}), one per category.`,
    count: "Number of projects",
    categories: "Indicator categories (one placeholder line each)",
    confirm: "Insert",
  },
  detailTemplate: { title: "Insert indicator rows", where: (r) => `Template rows go in after the project's last row (at row ${r}).`, confirm: "Insert" },
  sums: {
    title: "Subtotals and grand total as SUM formulas",
    offerAfterInsert: "The template is in. Turn the unit subtotals and the grand total into SUM formulas so the table stays reconciled?",
    intro: (n) => `These ${n} cells would become SUM formulas (written only when you confirm):`,
    columns: { cell: "Cell", name: "Unit", now: "Now", becomes: "Becomes", total: "Sum" },
    skipped: (a, c) => `${a} is not offered a formula: ${c} hold amounts as text, which SUM would count as 0.`,
    confirm: "Use formulas",
  },
  writeBack: {
    title: "Write indicators back",
    restoreTitle: "Restore indicators",
    target: (p, c) => `Project "${p}", cell ${c}`,
    before: "Now",
    after: "After writing",
    moved: "The project's row has moved since the split; it was found by its name.",
    confirm: "Write",
    restoreConfirm: "Restore",
  },
  cancel: "Cancel",
  done: {
    inserted: (n, a, b, s) => `Inserted ${n} template row${n === 1 ? "" : "s"} at row${b > a ? `s ${a}–${b}` : ` ${a}`} of "${s}". Fill in the 【】 fields and the 待补充 indicators.`,
    sumsWritten: (n) => `Turned ${n} cell${n === 1 ? "" : "s"} into SUM formulas.`,
    sumsNone: (k) => (k ? `No cell can be given a SUM formula (${k} skipped: amounts stored as text).` : "The subtotals and grand total already are SUM formulas."),
    writtenBack: (c) => `Wrote the indicators back to ${c}; the old text is kept (Restore indicators brings it back).`,
    unchanged: (c) => `${c} already holds the composed text; nothing to write.`,
    restored: (c) => `Restored the original text of ${c}.`,
    detailRows: (a, b, s) => `Inserted indicator template rows ${a}–${b} on "${s}".`,
  },
  errors: {
    "selection-on-grand-total": () => "The grand total row is selected. Select a unit row (to add at the end of its block) or a project row (to add after it).",
    "selection-merged": () => "The selection is a merged cell. Select a single cell and try again. The workbook was not changed.",
    "layout-unsupported": (s) => `The layout of "${s}" does not support this (a columnar indicator table has no project rows or subtotals).`,
    "bad-template-options": () => "Choose at least one category, and between 1 and 50 projects.",
    "sheet-changed": (d) => `${d} changed after the dialog showed it; nothing was written so as not to overwrite it. Please try again.`,
    "not-detail-sheet": (s) => `"${s}" is not a 指标明细 sheet. Split the indicators first, then select a row on 指标明细.`,
    "no-source": () => "This row has no link to its source cell, so it cannot be written back.",
    "source-moved": (d) => `The project of ${d} cannot be found (renamed or deleted?); nothing was written. Split the indicators again.`,
    "nothing-to-restore": (d) => `No earlier text of ${d} was kept.`,
  },
};

export const templateCatalogues: Record<Locale, TemplateStrings> = { "zh-CN": zhCN, en };

export function templateStrings(locale: Locale): TemplateStrings {
  return templateCatalogues[locale];
}

/** A refusal in words: the feature's own codes here, the rest (port errors…) from the pane's catalogue. */
export function templateErrorText(code: ActionErrorCode, detail: string, locale: Locale): string {
  const own = templateStrings(locale).errors[code];
  if (own) return own(detail);
  const pane = uiStrings(locale).errors as Record<string, ((d: string) => string) | undefined>;
  const d = detail.startsWith(`${code}: `) ? detail.slice(code.length + 2) : detail === code ? "" : detail;
  return (pane[code] ?? pane.unexpected!)(d);
}
