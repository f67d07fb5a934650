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
    "workbook-too-large": "工作簿的单元格太多（超过 150 万个），无法一次读取；请只保留绩效目标表所在的工作表，或把表格拆成几个文件后再试。",
    "too-many-columns": "文件的列数超过了 Excel 允许的上限（16,384 列，即到 XFD 列），无法读取；请检查分隔符，或删去多余的列后再试。",
    "too-many-rows": "文件的行数超过了 Excel 允许的上限（1,048,576 行），无法读取；请把表格拆成几个文件后再试。",
  },
  en: {
    "file-unreadable": "The file cannot be opened; check that the path is correct and no other program is locking it.",
    "file-empty": "The file is empty: there is nothing to read.",
    "file-binary":
      "This is not a spreadsheet or text file that can be read; if it is an .xls or password-protected workbook, save it as .xlsx in Excel or WPS and try again.",
    "file-type": "This file type is not supported; use an .xlsx, .csv, .tsv or .txt file.",
    "xlsx-corrupt": "This Excel file is damaged or incomplete and cannot be opened; re-save it in Excel or WPS and try again.",
    "workbook-empty": "The workbook has no worksheet with any content.",
    "workbook-too-large": "The workbook has too many cells (over 1.5 million) to be read at once; keep only the sheet with the target table, or split the table into several files, and try again.",
    "too-many-columns": "The file has more columns than Excel allows (16,384, up to column XFD) and cannot be read; check the delimiter or remove the extra columns and try again.",
    "too-many-rows": "The file has more rows than Excel allows (1,048,576) and cannot be read; split the table into several files and try again.",
  },
};
