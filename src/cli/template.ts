/**
 * `perftarget template FILE.xlsx --after-row N [--count K] [--categories 11,12,…] [--sum] [--sheet NAME] -o OUT.xlsx`:
 * 插入项目模板 on a file, through the same actions as the pane over the .xlsx adapter. `--after-row N` is the row
 * the user would select (a project: after it; a unit row: at the end of its block). `--sum` accepts the SUM offer
 * (the cells it changes are printed); with `--sum` alone nothing is inserted. The input is never overwritten.
 * Exit codes: 0 done, 2 bad usage, unreadable input or a refusal (nothing written).
 */
import * as path from "path";
import { applySubtotalFormulas, insertProjectTemplate, planSubtotalFormulas } from "../actions/template-actions";
import type { ActionErrorCode } from "../actions/result";
import { DEFAULT_TEMPLATE_CATEGORIES, pickSheet } from "../core";
import { Locale, bilingual } from "../i18n";
import { loadFailureText, openWorkbookFile, writeWorkbookFile } from "./workbook-file";
import { templateErrorText } from "../taskpane/template-strings";

export const TEMPLATE_USAGE = "  perftarget template FILE --after-row N [--count K] [--categories 11,12,…] [--sum] [--sheet NAME] -o OUT.xlsx";

interface TemplateArgs {
  file: string;
  output: string;
  afterRow?: number;
  count: number;
  categories: string[];
  sum: boolean;
  sheet?: string;
  lang: Locale;
}

function parse(argv: string[]): TemplateArgs | string {
  const a: Partial<TemplateArgs> & { rest: string[] } = { rest: [], count: 1, categories: DEFAULT_TEMPLATE_CATEGORIES, sum: false, lang: "zh-CN" };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const value = () => argv[++i] ?? "";
    if (x === "--after-row") a.afterRow = Number(value());
    else if (x === "--count") a.count = Number(value());
    else if (x === "--categories") a.categories = value().split(/[,，]/).filter(Boolean);
    else if (x === "--sum") a.sum = true;
    else if (x === "--sheet") a.sheet = value();
    else if (x === "-o" || x === "--output") a.output = value();
    else if (x === "--lang") {
      const l = value();
      if (l !== "zh-CN" && l !== "en") return `未知语言 / unknown language: ${l}`;
      a.lang = l;
    } else if (x.startsWith("-")) return `未知选项 / unknown option: ${x}`;
    else a.rest.push(x);
  }
  if (a.rest.length !== 1 || !a.output) return `用法 / Usage:\n${TEMPLATE_USAGE}`;
  if (a.afterRow === undefined && !a.sum) return "需要 --after-row N 或 --sum / --after-row N or --sum is needed";
  if (a.afterRow !== undefined && (!Number.isInteger(a.afterRow) || a.afterRow < 1)) return "--after-row 需要行号 / --after-row needs a row number";
  if (path.resolve(a.rest[0]) === path.resolve(a.output)) return "输出文件不能与输入文件相同 / the output must not overwrite the input";
  return { file: a.rest[0], output: a.output, afterRow: a.afterRow, count: a.count!, categories: a.categories!, sum: a.sum!, sheet: a.sheet, lang: a.lang! };
}

const refusal = (code: ActionErrorCode, detail = "") => bilingual(templateErrorText(code, detail, "zh-CN"), templateErrorText(code, detail, "en"));

export async function runTemplate(argv: string[], io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const a = parse(argv);
  if (typeof a === "string") {
    io.err(a);
    return 2;
  }
  const zh = a.lang === "zh-CN";
  const opened = await openWorkbookFile(a.file);
  if (!opened.ok) {
    io.err(loadFailureText(opened.code));
    return 2;
  }
  const port = opened.adapter;
  const grid = pickSheet(await Promise.all((await port.sheetNames()).map((n) => port.readSheet(n))), a.sheet);
  if (!grid) {
    io.err(refusal("sheet-not-found", a.sheet ?? ""));
    return 2;
  }
  if (a.afterRow !== undefined) {
    await port.select(grid.name, `A${a.afterRow}`);
    const r = await insertProjectTemplate(port, { count: a.count, categories: a.categories });
    if (!r.ok) {
      io.err(refusal(r.code, r.detail));
      return 2;
    }
    const { firstRow, lastRow } = r.value;
    io.out(zh ? `已在“${grid.name}”第 ${firstRow}–${lastRow} 行插入 ${lastRow - firstRow + 1} 行模板` : `Inserted template rows ${firstRow}–${lastRow} on "${grid.name}"`);
  }
  if (a.sum) {
    const plan = await planSubtotalFormulas(port, { sheet: grid.name });
    if (!plan.ok) {
      io.err(refusal(plan.code, plan.detail));
      return 2;
    }
    for (const e of plan.value.entries) io.out(`${e.address}  ${e.currentFormula ?? (e.current === null ? "" : String(e.current))} → ${e.formula}`);
    for (const s of plan.value.skipped) io.out(refusalNote(s.address, s.cells, zh));
    const applied = await applySubtotalFormulas(port, plan.value);
    if (!applied.ok) {
      io.err(refusal(applied.code, applied.detail));
      return 2;
    }
    io.out(zh ? `已把 ${applied.value.written} 个单元格改为求和公式` : `${applied.value.written} cells now hold SUM formulas`);
  }
  await writeWorkbookFile(a.output, port);
  io.out(`→ ${a.output}`);
  return 0;
}

function refusalNote(address: string, cells: string[], zh: boolean): string {
  const list = cells.slice(0, 6).join(",") + (cells.length > 6 ? "…" : "");
  return zh ? `${address} 未改：${list} 中的金额是文本格式，求和公式会当作 0` : `${address} left as is: ${list} hold amounts as text, which SUM would count as 0`;
}
