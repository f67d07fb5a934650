/**
 * The words of the web page around the task pane (the pane has its own catalogue in ui/). File errors reuse
 * the CLI's sentences (load-messages.ts) and are always shown in both languages.
 */
import type { Locale } from "./catalogue";

export interface WebStrings {
  title: string;
  subtitle: string;
  open: string;
  seeds: string;
  download: string;
  /** While the annotated workbook is written (seconds on a big table); the page stays usable meanwhile. */
  saving: string;
  dropTitle: string;
  dropBody: string;
  dropHere: string;
  privacy: string;
  loading: (file: string) => string;
  loadFailed: (file: string) => string;
  dismiss: string;
  sheetTabs: string;
  grid: (sheet: string) => string;
  noCell: string;
  /** The task pane's landmark, and its drawer's buttons on a narrow screen. */
  pane: string;
  /** The bar above the grid: the selected cell's address and its formula or full text. */
  cellBar: string;
  openPane: string;
  closePane: string;
  otherLanguage: string;
  /** Parts of the opened .xlsx the download cannot keep (ExcelJS does not write them back). */
  unkept: (parts: string) => string;
  unkeptParts: Record<"charts" | "pivot-tables" | "slicers" | "external-links", string>;
}

const zhCN: WebStrings = {
  title: "绩效目标表助手",
  subtitle: "网页版 · 离线使用",
  open: "打开文件…",
  seeds: "示例表格",
  download: "下载标注后的 .xlsx",
  saving: "正在生成 .xlsx…",
  dropTitle: "打开一张绩效目标表",
  dropBody: "把 .xlsx、.csv、.tsv 或 .txt（从表格复制出来的制表符分隔文本）文件拖到这里，或点击“打开文件”；也可以先用一张示例表格试试。打开后可在右侧一键校验、拆分指标，再下载标注后的工作簿。",
  dropHere: "松开鼠标即可打开文件",
  privacy: "文件只在本机浏览器中处理，不会上传，也不会联网。",
  loading: (f) => `正在读取 ${f}…`,
  loadFailed: (f) => `无法打开“${f}”`,
  dismiss: "关闭",
  sheetTabs: "工作表",
  grid: (s) => `工作表“${s}”的单元格`,
  noCell: "点击单元格查看完整内容",
  pane: "任务窗格",
  cellBar: "编辑栏：所选单元格的内容",
  openPane: "校验与审核",
  closePane: "收起 ✕",
  otherLanguage: "English",
  unkept: (p) => `注意：下载的文件不会包含原文件中的${p}，其余内容不变。`,
  unkeptParts: { charts: "图表", "pivot-tables": "数据透视表", slicers: "切片器", "external-links": "外部链接" },
};

const en: WebStrings = {
  title: "PerfTarget",
  subtitle: "Web edition · works offline",
  open: "Open file…",
  seeds: "Sample tables",
  download: "Download annotated .xlsx",
  saving: "Writing the .xlsx…",
  dropTitle: "Open a performance target table",
  dropBody:
    "Drop an .xlsx, .csv, .tsv or .txt (tab-separated text copied from a sheet) file here, or choose Open file; or try a sample table first. Then check it or split its indicators in the pane on the right, and download the annotated workbook.",
  dropHere: "Release to open the file",
  privacy: "Files are processed in this browser only: nothing is uploaded and no network is used.",
  loading: (f) => `Reading ${f}…`,
  loadFailed: (f) => `Cannot open “${f}”`,
  dismiss: "Dismiss",
  sheetTabs: "Sheets",
  grid: (s) => `Cells of sheet “${s}”`,
  noCell: "Click a cell to see all of its text",
  pane: "Task pane",
  cellBar: "Formula bar: the selected cell's contents",
  openPane: "Check & review",
  closePane: "Close ✕",
  otherLanguage: "中文",
  unkept: (p) => `Note: the downloaded file will not contain this file's ${p}; everything else is kept.`,
  unkeptParts: { charts: "charts", "pivot-tables": "pivot tables", slicers: "slicers", "external-links": "external links" },
};

export const webCatalogues: Record<Locale, WebStrings> = { "zh-CN": zhCN, en };

export function webStrings(locale: Locale): WebStrings {
  return webCatalogues[locale];
}
