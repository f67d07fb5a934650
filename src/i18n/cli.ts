/**
 * The command line's words, zh-CN and en: usage, refusals of bad arguments, progress and summary lines, the
 * folder summary's headers. Refusals go to stderr in both languages at once (`cliBoth`), Chinese first; the
 * summary lines follow `--lang`. The commands' syntax is the same in both languages, so it is written once.
 */
import type { Locale } from "./catalogue";
import { bilingual } from "./bilingual";

export type CliCommand = "parse" | "check" | "annotate" | "compare" | "template" | "rules" | "review" | "selfeval";

export const CLI_COMMANDS: readonly CliCommand[] = ["parse", "check", "annotate", "compare", "template", "rules", "review", "selfeval"];

/** What an option's value is, named in "-o needs an output path". */
export type CliValue = "output" | "rules" | "sheet" | "lang" | "row" | "count" | "categories" | "review" | "reviewer" | "date" | "name" | "jobs" | "shape" | "year" | "targets";

/** The folder summary `annotate DIR` writes beside the outputs; one name whatever the language. */
export const CLI_SUMMARY_FILE = "校验汇总.xlsx";

/** The commands' syntax: option names and placeholders are the same in every language. */
export const CLI_SYNOPSIS: Record<CliCommand, string> = {
  parse: "perftarget parse FILE [--sheet NAME] [--json] [--no-color] [--lang zh-CN|en]",
  check: "perftarget check FILE|DIR [--rules RULES.json|builtin:NAME] [--sheet NAME] [--targets TARGET_TABLE] [--json] [--jobs N] [-q|--quiet] [--no-color] [--lang zh-CN|en]",
  annotate: "perftarget annotate FILE -o OUT.xlsx | annotate DIR -o OUTDIR [--rules RULES.json|builtin:NAME] [--sheet NAME] [--jobs N] [-q|--quiet] [--lang zh-CN|en]",
  compare: "perftarget compare OLD NEW [-o OUT.xlsx] [--sheet NAME] [--json] [-q|--quiet] [--lang zh-CN|en]",
  template: "perftarget template FILE --after-row N [--count K] [--categories 11,12,…] [--sum] [--sheet NAME] -o OUT.xlsx",
  rules: "perftarget rules --list | rules --export NAME > RULES.json",
  review: "perftarget review FILE -o OUT.xlsx [--review REVIEW.json] [--rules RULES.json|builtin:NAME] [--sheet NAME] [--reviewer NAME] [--date YYYY-MM-DD] [-q|--quiet]",
  selfeval: "perftarget selfeval FILE -o OUT.xlsx [--shape anhui|sichuan] [--sheet NAME] [--rules RULES.json|builtin:NAME] [--year YYYY] [-q|--quiet] [--lang zh-CN|en]",
};

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface CliStrings {
  usage: {
    title: string;
    /** One line under each command's syntax. */
    commands: Record<CliCommand, string>;
    files: string;
    help: string;
    /** --jobs, --quiet, --no-color / NO_COLOR, --version. */
    options: string;
    /** The exit codes, one line. */
    exitCodes: string;
  };
  args: {
    unknownOption: (option: string) => string;
    unknownCommand: (command: string) => string;
    missingValue: (option: string, value: string) => string;
    values: Record<CliValue, string>;
    takesNoValue: (option: string) => string;
    unknownLanguage: (lang: string) => string;
    outputOnlyAnnotate: string;
    rulesOnlyCheck: string;
    dateFormat: (date: string) => string;
    afterRowOrSum: string;
    afterRowNumber: string;
    sameFile: string;
    /** "--quiet is for check, annotate, review and compare only". */
    onlyFor: (option: string, commands: string) => string;
    targetsOneFile: string;
    targetsNeedSelfEval: (sheet: string) => string;
    targetsNotTarget: (file: string) => string;
    jobsNumber: (value: string) => string;
    quietOrJson: string;
    unknownShape: (shape: string) => string;
    yearNumber: (value: string) => string;
  };
  batch: {
    /** After "12/200" on the progress line. */
    files: string;
    /** A file whose check threw or whose worker thread stopped: the others go on. */
    crashed: (detail: string) => string;
  };
  files: {
    noTables: (dir: string) => string;
    cannotReadRules: (file: string) => string;
    invalidRules: (file: string) => string;
    noBuiltinRules: (name: string, available: string) => string;
    cannotReadReview: (file: string) => string;
    invalidReview: (file: string) => string;
    reviewMismatch: (file: string) => string;
  };
  ruleSet: (name: string, version: string) => string;
  /** A table's kind and layout in a listing: `目标表 A`, `自评表 S` (check DIR mixes both). */
  kind: (kind: "target" | "self-evaluation", layout: string) => string;
  parse: {
    layout: string;
    counts: (projects: number, indicators: number) => string;
    header: string[];
  };
  findingsHeader: string[];
  check: {
    summary: (head: string, c: Counts, accepted: string) => string;
    accepted: (n: number) => string;
    dirHeader: string[];
  };
  annotate: {
    summary: (head: string, c: Counts, accepted: number, indicators: number, output: string) => string;
    dirHeader: string[];
    written: (dir: string, summaryFile: string) => string;
    summarySheet: string;
    /** Notes in one cell of the folder summary. */
    notes: (parts: readonly string[]) => string;
    unkept: (parts: string) => string;
    unkeptParts: Record<"charts" | "pivot-tables" | "slicers" | "external-links", string>;
    partList: (parts: readonly string[]) => string;
  };
  template: {
    inserted: (sheet: string, first: number, last: number) => string;
    sumsWritten: (n: number) => string;
    leftAsText: (address: string, cells: readonly string[]) => string;
  };
  review: {
    summary: (head: string, r: { open: number; counts: Counts; accepted: number; verdicts: number; output: string; sheet: string }) => string;
  };
  demo: {
    title: string;
    header: string[];
    withSheet: (sheet: string) => string;
    written: (dir: string) => string;
    failed: string;
  };
  /** `npm run serve`: the web page on this machine. */
  serve: {
    missingBuild: string;
    serving: (url: string) => string;
    localOnly: string;
    portsBusy: (from: number, to: number) => string;
  };
  internalError: string;
}

/** The first few cells of a list, for a line that must stay short. */
const few = (cells: readonly string[], sep: string) => cells.slice(0, 6).join(sep) + (cells.length > 6 ? "…" : "");

const zhCN: CliStrings = {
  usage: {
    title: "用法：",
    commands: {
      parse: "读取绩效目标表，列出项目、指标和解析时发现的问题。",
      check: "校验金额合计和指标填写；有错误时退出码为 1。DIR 为文件夹时逐个文件校验。",
      annotate: "生成标注后的工作簿：指标明细、问题单元格标色、校验结果。",
      template: "插入项目模板行，--sum 把单位小计和合计改为求和公式。",
      rules: "列出内置规则集，或导出一个规则集为 JSON。",
      review: "按审核文件接受问题、填写项目结论，并写出可打印的“审核意见”工作表。",
      compare: "年度对比：列出两个版本之间的变化（项目、金额、指标、指标值），并提示预算增加但目标降低等情况。",
      selfeval: "从已批复的绩效目标表生成绩效自评表（每个项目一页，安徽或四川样式，默认安徽）：指标值和分值已填好，得分由公式计算。",
    },
    files: "FILE：.xlsx、.csv、.tsv、.txt（制表符分隔）",
    help: "perftarget help、--help、-h 显示本说明；perftarget 命令 --help 显示该命令的说明；perftarget --version、-V 显示版本号。",
    options:
      "--targets 目标表：检查绩效自评表时，把自评表的年度指标值与批复的绩效目标表逐项核对（不一致、缺少的指标为警告）。--jobs N：文件夹中的文件分给 N 个线程同时处理（默认每个 CPU 核一个，--jobs 1 逐个处理），输出顺序不变。-q、--quiet：标准输出不打印任何内容，不显示进度，标准错误只打印错误（无法读取的文件及原因），结果看退出码。--no-color 或环境变量 NO_COLOR：不用颜色（颜色只在终端中、只用于“错误”“警告”级别，--json 和管道输出从不带颜色）。",
    exitCodes: "退出码：0 正常；1 有错误级别的问题；2 有文件无法读取或用法错误；3 内部错误（程序缺陷，请报告）。",
  },
  args: {
    unknownOption: (o) => `未知选项：${o}`,
    unknownCommand: (c) => `未知命令：${c}`,
    missingValue: (o, v) => `${o} 需要${v}`,
    values: {
      output: "输出路径",
      rules: "规则集文件或 builtin:名称",
      sheet: "工作表名称",
      lang: "语言（zh-CN 或 en）",
      row: "行号",
      count: "项目个数",
      categories: "指标类别代码",
      review: "审核文件",
      reviewer: "审核人姓名",
      date: "日期（YYYY-MM-DD）",
      name: "规则集名称",
      jobs: "并行数（正整数）",
      shape: "样式（anhui 或 sichuan）",
      year: "年度（如 2024）",
      targets: "批复的绩效目标表文件",
    },
    takesNoValue: (o) => `${o} 不带值`,
    unknownLanguage: (l) => `未知语言：${l}`,
    outputOnlyAnnotate: "-o 只用于 annotate",
    rulesOnlyCheck: "--rules 只用于 check、annotate",
    dateFormat: (d) => `--date 应为 YYYY-MM-DD：${d}`,
    afterRowOrSum: "需要 --after-row N 或 --sum",
    afterRowNumber: "--after-row 需要行号",
    sameFile: "输出文件不能与输入文件相同",
    onlyFor: (o, c) => `${o} 只用于 ${c}`,
    targetsOneFile: "--targets 只用于检查单个自评表文件，不能用于文件夹",
    targetsNeedSelfEval: (s) => `“${s}”不是绩效自评表：--targets 用于把自评表的年度指标值与批复的目标表核对`,
    targetsNotTarget: (f) => `--targets 给出的“${f}”不是绩效目标表`,
    jobsNumber: (v) => `--jobs 需要正整数：${v}`,
    quietOrJson: "--quiet 与 --json 不能同时使用",
    unknownShape: (v) => `未知样式：${v}（可用：anhui、sichuan）`,
    yearNumber: (v) => `--year 需要四位年份：${v}`,
  },
  batch: {
    files: "文件",
    crashed: (d) => `处理此文件时出错（其他文件照常处理）：${d}`,
  },
  files: {
    noTables: () => "文件夹中没有可读取的表格文件",
    cannotReadRules: (f) => `无法读取规则集文件：${f}`,
    invalidRules: (f) => `规则集文件无效：${f}`,
    noBuiltinRules: (n, a) => `没有名为“${n}”的内置规则集（可用：${a}）`,
    cannotReadReview: (f) => `无法读取审核文件：${f}`,
    invalidReview: (f) => `审核文件无效：${f}`,
    reviewMismatch: (f) => `审核文件与表格不符：${f}`,
  },
  ruleSet: (n, v) => `规则集 ${n}（${v}）`,
  kind: (k, l) => `${k === "self-evaluation" ? "自评表" : "目标表"} ${l}`,
  parse: {
    layout: "类型",
    counts: (p, i) => `${p} 个项目，${i} 条指标`,
    header: ["单元格", "项目", "序号", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
  },
  findingsHeader: ["单元格", "级别", "说明"],
  check: {
    summary: (h, c, a) => `${h}：错误 ${c.errors}，警告 ${c.warnings}，提示 ${c.infos}${a}`,
    accepted: (n) => `（另有已接受 ${n} 条）`,
    dirHeader: ["文件", "类型", "错误", "警告", "提示", "说明"],
  },
  annotate: {
    summary: (h, c, a, i, o) => `${h}：错误 ${c.errors}，警告 ${c.warnings}，提示 ${c.infos}${a ? `，已接受 ${a}` : ""}，${i} 条指标 → ${o}`,
    dirHeader: ["文件", "工作表", "类型", "项目", "指标", "错误", "警告", "提示", "输出文件", "说明"],
    written: (d, f) => `\n已写入 ${d}/（每个文件一份，汇总见 ${f}）`,
    summarySheet: "汇总",
    notes: (p) => p.join("；"),
    unkept: (p) => `注意：输出文件不含原文件中的${p}（其余内容不变）`,
    unkeptParts: { charts: "图表", "pivot-tables": "数据透视表", slicers: "切片器", "external-links": "外部链接" },
    partList: (p) => p.join("、"),
  },
  template: {
    inserted: (s, a, b) => `已在“${s}”第 ${a}–${b} 行插入 ${b - a + 1} 行模板`,
    sumsWritten: (n) => `已把 ${n} 个单元格改为求和公式`,
    leftAsText: (a, c) => `${a} 未改：${few(c, ",")} 中的金额是文本格式，求和公式会当作 0`,
  },
  review: {
    summary: (h, r) =>
      `${h}：未解决 ${r.open}（错误 ${r.counts.errors}，警告 ${r.counts.warnings}，提示 ${r.counts.infos}），已接受 ${r.accepted}，项目结论 ${r.verdicts} 个 → ${r.output}（${r.sheet}）`,
  },
  demo: {
    title: "绩效目标表助手 PerfTarget — 示例 / demo",
    header: ["文件 file", "类型", "项目", "指标", "错误", "警告", "提示", "说明"],
    withSheet: (s) => `（含${s}）`,
    written: (d) => `结果已写入 ${d}/（*.parse.json、*.check.json、*.xlsx）`,
    failed: "示例运行失败",
  },
  serve: {
    missingBuild: "找不到 dist/web/index.html，请先运行 npm run build",
    serving: (u) => `绩效目标表助手网页版：${u}`,
    localOnly: "只在本机提供，按 Ctrl+C 停止",
    portsBusy: (a, b) => `端口 ${a}–${b} 都被占用，请设置 PORT`,
  },
  internalError: "内部错误，请报告此问题",
};

const en: CliStrings = {
  usage: {
    title: "Usage:",
    commands: {
      parse: "Read a performance target table; list its projects, indicators and what parsing noticed.",
      check: "Reconcile the money totals and check the indicators; exit 1 on an error finding. A DIR is checked file by file.",
      annotate: "Write the annotated workbook: 指标明细, marked cells, 校验结果.",
      template: "Insert project template rows; --sum turns unit subtotals and the grand total into SUM formulas.",
      rules: "List the built-in rule sets, or export one as JSON.",
      review: "Apply a review file (accepted findings, project verdicts) and write the printable 审核意见 sheet.",
      compare: "What changed between two versions of a table (projects, amounts, indicators, targets), with the checks that need the old one.",
      selfeval: "Make a self-evaluation sheet (绩效自评表) from an approved target table: one page per project, Anhui (default) or Sichuan style, targets and points filled in, scores as formulas.",
    },
    files: "FILE: .xlsx, .csv, .tsv, .txt (tab-separated)",
    help: "perftarget help, --help or -h shows this text; perftarget COMMAND --help shows that command's; perftarget --version or -V the version.",
    options:
      "--targets TARGET_TABLE: when checking a self-evaluation, hold its annual targets to the approved target table (a differing or missing indicator is a warning). --jobs N: the files of a DIR are shared among N threads (default one per CPU core; --jobs 1 one after another); the output order stays the same. -q, --quiet: nothing on stdout, no progress, only errors on stderr (unreadable files and why); the exit code tells the result. --no-color or the NO_COLOR environment variable: no colours (colours only on a terminal, only for the error and warning labels; never with --json or in piped output).",
    exitCodes: "Exit codes: 0 fine; 1 an error finding; 2 an unreadable input or bad usage; 3 an internal error (a bug, please report it).",
  },
  args: {
    unknownOption: (o) => `unknown option: ${o}`,
    unknownCommand: (c) => `unknown command: ${c}`,
    missingValue: (o, v) => `${o} needs ${v}`,
    values: {
      output: "an output path",
      rules: "a rule-set file or builtin:NAME",
      sheet: "a sheet name",
      lang: "a language (zh-CN or en)",
      row: "a row number",
      count: "a number of projects",
      categories: "category codes",
      review: "a review file",
      reviewer: "a reviewer's name",
      date: "a date (YYYY-MM-DD)",
      name: "a rule-set name",
      jobs: "a number of jobs (a positive whole number)",
      shape: "a shape (anhui or sichuan)",
      year: "a year (such as 2024)",
      targets: "the approved target table's file",
    },
    takesNoValue: (o) => `${o} takes no value`,
    unknownLanguage: (l) => `unknown language: ${l}`,
    outputOnlyAnnotate: "-o is for annotate only",
    rulesOnlyCheck: "--rules is for check and annotate only",
    dateFormat: (d) => `--date must be YYYY-MM-DD: ${d}`,
    afterRowOrSum: "--after-row N or --sum is needed",
    afterRowNumber: "--after-row needs a row number",
    sameFile: "the output must not overwrite the input",
    onlyFor: (o, c) => `${o} is for ${c} only`,
    targetsOneFile: "--targets checks one self-evaluation file, not a folder",
    targetsNeedSelfEval: (s) => `"${s}" is not a self-evaluation table: --targets holds a self-evaluation's annual targets to the approved target table`,
    targetsNotTarget: (f) => `"${f}" given to --targets is not a performance target table`,
    jobsNumber: (v) => `--jobs needs a positive whole number: ${v}`,
    quietOrJson: "--quiet and --json cannot be used together",
    unknownShape: (v) => `unknown shape: ${v} (available: anhui, sichuan)`,
    yearNumber: (v) => `--year needs a four-digit year: ${v}`,
  },
  batch: {
    files: "files",
    crashed: (d) => `this file could not be processed (the others were): ${d}`,
  },
  files: {
    noTables: (d) => `no .xlsx/.csv/.tsv/.txt files in ${d}`,
    cannotReadRules: (f) => `cannot read the rule-set file: ${f}`,
    invalidRules: (f) => `invalid rule-set file: ${f}`,
    noBuiltinRules: (n, a) => `no built-in rule set named "${n}" (available: ${a})`,
    cannotReadReview: (f) => `cannot read the review file: ${f}`,
    invalidReview: (f) => `invalid review file: ${f}`,
    reviewMismatch: (f) => `the review file does not match the table: ${f}`,
  },
  ruleSet: (n, v) => `rule set ${n} (${v})`,
  kind: (k, l) => `${k === "self-evaluation" ? "self-evaluation" : "target"} ${l}`,
  parse: {
    layout: "kind",
    counts: (p, i) => `${p} projects, ${i} indicators`,
    header: ["cell", "project", "no.", "level 1", "level 2", "indicator", "period target", "annual target"],
  },
  findingsHeader: ["cell", "severity", "message"],
  check: {
    summary: (h, c, a) => `${h}: ${c.errors} errors, ${c.warnings} warnings, ${c.infos} notes${a}`,
    accepted: (n) => ` (and ${n} accepted)`,
    dirHeader: ["file", "kind", "errors", "warnings", "notes", "message"],
  },
  annotate: {
    summary: (h, c, a, i, o) => `${h}: ${c.errors} errors, ${c.warnings} warnings, ${c.infos} notes${a ? `; ${a} accepted` : ""}; ${i} indicators → ${o}`,
    dirHeader: ["file", "sheet", "kind", "projects", "indicators", "errors", "warnings", "notes", "output", "message"],
    written: (d, f) => `\nWritten to ${d}/ (one file per input; summary in ${f})`,
    summarySheet: "Summary",
    notes: (p) => p.join("; "),
    unkept: (p) => `note: the output does not keep the input's ${p} (everything else is kept)`,
    unkeptParts: { charts: "charts", "pivot-tables": "pivot tables", slicers: "slicers", "external-links": "external links" },
    partList: (p) => p.join(", "),
  },
  template: {
    inserted: (s, a, b) => `Inserted template rows ${a}–${b} on "${s}"`,
    sumsWritten: (n) => `${n} cells now hold SUM formulas`,
    leftAsText: (a, c) => `${a} left as is: ${few(c, ",")} hold amounts as text, which SUM would count as 0`,
  },
  review: {
    summary: (h, r) =>
      `${h}: ${r.open} open (${r.counts.errors} errors, ${r.counts.warnings} warnings, ${r.counts.infos} notes), ${r.accepted} accepted, ${r.verdicts} verdicts → ${r.output} (${r.sheet})`,
  },
  demo: {
    title: "PerfTarget — demo",
    header: ["file", "kind", "projects", "indicators", "errors", "warnings", "notes", "message"],
    withSheet: (s) => ` (with ${s})`,
    written: (d) => `results written to ${d}/ (*.parse.json, *.check.json, *.xlsx)`,
    failed: "demo failed",
  },
  serve: {
    missingBuild: "dist/web/index.html is missing: run npm run build first",
    serving: (u) => `PerfTarget web page: ${u}`,
    localOnly: "served on this machine only; Ctrl+C to stop",
    portsBusy: (a, b) => `ports ${a}–${b} are all in use; set PORT`,
  },
  internalError: "internal error, please report it",
};

export const cliCatalogues: Record<Locale, CliStrings> = { "zh-CN": zhCN, en };

export function cliStrings(locale: Locale): CliStrings {
  return cliCatalogues[locale];
}

/** A refusal for stderr: the same sentence in Chinese, then English, on one line. */
export function cliBoth(pick: (s: CliStrings) => string): string {
  return bilingual(pick(zhCN), pick(en));
}

/** Usage of some commands (all by default): the Chinese text, then the English one. */
export function cliUsage(commands: readonly CliCommand[] = CLI_COMMANDS): string {
  const block = (s: CliStrings) =>
    [s.usage.title, ...commands.flatMap((c) => [`  ${CLI_SYNOPSIS[c]}`, `      ${s.usage.commands[c]}`]), s.usage.files, s.usage.help, s.usage.options, s.usage.exitCodes].join("\n");
  return `${block(zhCN)}\n\n${block(en)}`;
}
