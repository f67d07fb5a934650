/** One sentence per load error code, shown when a file cannot be turned into sheets. */
import type { LoadErrorCode } from "../hosts/load-result";
import type { Locale } from "./catalogue";

export type LoadMessages = Record<LoadErrorCode, string>;

export const loadMessages: Record<Locale, LoadMessages> = {
  "zh-CN": {
    "file-unreadable": "无法打开该文件，请确认路径正确且文件没有被其他程序占用。",
    "file-empty": "文件是空的，没有可读取的内容。",
    "file-binary": "这不是可读取的表格或文本文件；如果是 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx 后再试。",
    "file-type": "不支持这种文件类型，请使用 .xlsx、.csv、.tsv 或 .txt 文件。",
    "xlsx-corrupt": "这个 Excel 文件已损坏或不完整，无法打开，请在 Excel/WPS 中重新保存后再试。",
    "workbook-empty": "工作簿中没有包含内容的工作表。",
  },
  en: {
    "file-unreadable": "The file cannot be opened; check that the path is correct and no other program is locking it.",
    "file-empty": "The file is empty: there is nothing to read.",
    "file-binary":
      "This is not a spreadsheet or text file that can be read; if it is an .xls or password-protected workbook, save it as .xlsx in Excel or WPS and try again.",
    "file-type": "This file type is not supported; use an .xlsx, .csv, .tsv or .txt file.",
    "xlsx-corrupt": "This Excel file is damaged or incomplete and cannot be opened; re-save it in Excel or WPS and try again.",
    "workbook-empty": "The workbook has no worksheet with any content.",
  },
};
