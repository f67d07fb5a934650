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
import { Locale, bilingual, cliBoth, cliStrings, templateErrorText } from "../i18n";
import { OptionSpecs, Stop, isStop, langOption, parseCommand, refuse, stopWith, usageError } from "./args";
import { loadFailureText, openWorkbookFile, writeWorkbookFile } from "./workbook-file";

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

const TEMPLATE_OPTIONS = {
  "after-row": { type: "string", value: "row" },
  count: { type: "string", value: "count" },
  categories: { type: "string", value: "categories" },
  sum: { type: "boolean" },
  sheet: { type: "string", value: "sheet" },
  output: { type: "string", short: "o", value: "output" },
  lang: { type: "string", value: "lang" },
} satisfies OptionSpecs;

function templateArgs(argv: string[]): TemplateArgs | Stop {
  const p = parseCommand("template", argv, TEMPLATE_OPTIONS);
  if (isStop(p)) return p;
  const v = p.values;
  const lang = langOption(v.lang);
  if (isStop(lang)) return lang;
  if (p.positionals.length !== 1 || !v.output) return usageError("template");
  const afterRow = v["after-row"] === undefined ? undefined : Number(v["after-row"]);
  const sum = v.sum ?? false;
  if (afterRow === undefined && !sum) return refuse(cliBoth((s) => s.args.afterRowOrSum));
  if (afterRow !== undefined && (!Number.isInteger(afterRow) || afterRow < 1)) return refuse(cliBoth((s) => s.args.afterRowNumber));
  if (path.resolve(p.positionals[0]) === path.resolve(v.output)) return refuse(cliBoth((s) => s.args.sameFile));
  const categories = v.categories === undefined ? DEFAULT_TEMPLATE_CATEGORIES : v.categories.split(/[,，]/).filter(Boolean);
  return { file: p.positionals[0], output: v.output, afterRow, count: v.count === undefined ? 1 : Number(v.count), categories, sum, sheet: v.sheet, lang };
}

const refusal = (code: ActionErrorCode, detail = "") => bilingual(templateErrorText(code, detail, "zh-CN"), templateErrorText(code, detail, "en"));

export async function runTemplate(argv: string[], io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const a = templateArgs(argv);
  if (isStop(a)) return stopWith(a, io);
  const t = cliStrings(a.lang).template;
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
    io.out(t.inserted(grid.name, firstRow, lastRow));
  }
  if (a.sum) {
    const plan = await planSubtotalFormulas(port, { sheet: grid.name });
    if (!plan.ok) {
      io.err(refusal(plan.code, plan.detail));
      return 2;
    }
    for (const e of plan.value.entries) io.out(`${e.address}  ${e.currentFormula ?? (e.current === null ? "" : String(e.current))} → ${e.formula}`);
    for (const s of plan.value.skipped) io.out(t.leftAsText(s.address, s.cells));
    const applied = await applySubtotalFormulas(port, plan.value);
    if (!applied.ok) {
      io.err(refusal(applied.code, applied.detail));
      return 2;
    }
    io.out(t.sumsWritten(applied.value.written));
  }
  await writeWorkbookFile(a.output, port);
  io.out(`→ ${a.output}`);
  return 0;
}
