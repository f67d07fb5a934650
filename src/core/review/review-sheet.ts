/**
 * 审核意见 (§13): the review as a sheet meant for paper — one A4 portrait page wide, Chinese, plain values.
 * Pure: the date, the messages and the reviewer are passed in.
 *
 * Layout (6 columns, widths 5/32/8/8/28/16 ≈ 97 characters, which fits A4 portrait at ~100%):
 *   审核意见                                              ← title (bold, repeated on every printed page)
 *   主管部门/单位：… · 来源工作表：… · 审核日期：… · 规则集：名称（版本） · 审核人：…（if given）
 *   项目：共 N 个，通过 a、退回 b、待定 c、未审 d
 *   问题：未解决 x 条（错误 e、警告 w），已接受 y 条，另有提示 i 条
 *   (notes — 提示 — are counted but not listed: they say how the table was read; 校验结果 lists them)
 *   一、项目审核结论   序号 | 项目名称 | 结论 | 未解决 | 意见 | 审核人·时间
 *   二、未解决的问题   序号 | 说明 | 单元格 | 级别 | 所属项目 |
 *   三、已接受的问题   序号 | 说明 | 单元格 | 级别 | 接受理由 | 接受人·时间
 *   四、项目审核意见   序号 | 项目名称, then the project's paragraph on the row below it (wrapped in the wide column B)
 * 二 and 三 are grouped by the reviewers' dimensions (完整性, 相关性, 适当性, 可行性), each under a sub-heading with its
 * count (`完整性（3 条）`), then by place; numbering runs on across the groups.
 * The summary is two lines, not one: as one line it is wider than the page and would be cut off when printed.
 * The header lines are single cells in column A that spill over the empty cells to their right. Each section's
 * long text sits in the wide columns B and E (wrapped), the short codes in the narrow C and D, so one set of
 * widths serves all three tables. An empty section says 无.
 */
import { ruleSetLabel } from "../rules/rule-set";
import { CellInput, fitText } from "../grid/cell-input";
import { Dimension, DIMENSION_ZH, DIMENSIONS, dimensionOf, Finding, FindingCode, ROUNDED_SUM_CODES, Severity } from "../_lib/findings";
import { Acceptance, ProjectReview, VERDICTS, reviewKey } from "./review";

export const REVIEW_SHEET = "审核意见";

/** Page setup for a sheet meant for paper. */
export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  fitToWidth: true;
  /** 1-based rows repeated at the top of each printed page */
  titleRows?: [number, number];
  /** 0-based columns whose cells wrap */
  wrapColumns: number[];
  /** 1-based rows printed bold */
  boldRows: number[];
}

export interface ReviewSheetInput {
  /** Source sheet name. */
  sheet: string;
  department: string | null;
  /** YYYY-MM-DD, passed in (the core is pure). */
  date: string;
  rules: { name: string; version: string; dimensions?: Partial<Record<FindingCode, Dimension>> };
  reviewer?: string;
  open: { finding: Finding; message: string }[];
  accepted: { finding: Finding; acceptance: Acceptance; message: string }[];
  /** Open findings accepted once on values that have changed since (ReviewSplit.reopened): said so under 二. */
  reopened?: { finding: Finding; acceptance: Acceptance }[];
  /** From projectReviews(); a null verdict is shown as 未审. */
  projects: ProjectReview[];
  /**
   * 四、项目审核意见: one paragraph per project, parallel to `projects` — the reviewer's edited one, else the draft the
   * front door composed from the findings (src/i18n/opinions.ts). Absent: the section is left out.
   */
  opinions?: string[];
}

export interface ReviewSheetLayout {
  rows: CellInput[][];
  widths: number[];
  textColumns: number[];
  print: PrintSetup;
}

const REVIEW_WIDTHS = [5, 32, 8, 8, 28, 16];
/** Names, messages, addresses, comments and times: text, so `001`, `=…` or `2025-06-01` stay as written. */
const REVIEW_TEXT_COLUMNS = [1, 2, 4, 5];
const WRAP_COLUMNS = [1, 2, 4, 5];

const PROJECT_HEADER = ["序号", "项目名称", "结论", "未解决", "意见", "审核人·时间"];
const OPEN_HEADER = ["序号", "说明", "单元格", "级别", "所属项目"];
const ACCEPTED_HEADER = ["序号", "说明", "单元格", "级别", "接受理由", "接受人·时间"];

const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const UNREVIEWED = "未审";
/** Findings about amounts: their expected and actual values belong in the sentence a reader sees. */
const MONEY_CODES = new Set<Finding["code"]>([...ROUNDED_SUM_CODES, "budget-levels", "key-tasks-total"]);
/** Excel's limit for the text of one cell. */
const clip = (s: string): string => fitText(s);

/** 1234.5 → "1,234.50", as the tables print amounts (no locale lookup, so every host prints the same). */
function moneyText(n: number): string {
  const [whole, cents] = Math.abs(n).toFixed(2).split(".");
  return `${n < 0 ? "-" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/** The message, with 应为/实际 added for a money finding whose message does not already say them. */
function explanation(f: Finding, message: string): string {
  if (!MONEY_CODES.has(f.code) || f.expected === undefined || f.actual === undefined || message.includes("应为")) return clip(message);
  return clip(`${message}（应为 ${moneyText(f.expected)}，实际 ${moneyText(f.actual)}）`);
}

/** `G12`, or `第 25 行` for a finding about a whole row. */
const placeText = (f: Finding): string => (f.column ? `${f.column}${f.row}` : `第 ${f.row} 行`);

/** ISO time → `2025-06-02 10:30` (the stored text, not converted: the core knows no time zone). */
function timeText(when: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(when);
  return m ? (m[2] ? `${m[1]} ${m[2]}` : m[1]) : when;
}

const byLine = (who: string, when: string): string => clip([who.trim() || "—", timeText(when)].join("\n"));

export function reviewSheet(input: ReviewSheetInput): ReviewSheetLayout {
  const rows: CellInput[][] = [];
  const bold: number[] = [];
  const push = (row: CellInput[], strong = false): void => {
    rows.push(row.map((v) => (typeof v === "string" ? clip(v) : v)));
    if (strong) bold.push(rows.length);
  };

  push([REVIEW_SHEET], true);
  push([`主管部门/单位：${input.department?.trim() || "—"}`]);
  push([`来源工作表：${input.sheet}`]);
  push([`审核日期：${input.date}`]);
  push([`规则集：${ruleSetLabel(input.rules)}`]);
  if (input.reviewer?.trim()) push([`审核人：${input.reviewer.trim()}`]);
  push([`项目：${projectSummary(input.projects)}`]);
  push([`问题：${findingSummary(input)}`]);

  // Which project each finding belongs to, for 所属项目 (findings outside every project leave it blank). By key,
  // not object identity, so a caller that copied the findings (e.g. to add messages) still gets the names.
  const owner = new Map<string, string>();
  for (const p of input.projects) for (const f of [...p.open, ...p.accepted.map((a) => a.finding)]) owner.set(reviewKey(f), p.project.name);
  const units = new Set(input.projects.map((p) => p.project.unit ?? ""));
  const reopened = new Map((input.reopened ?? []).map((r) => [reviewKey(r.finding), r.acceptance] as const));

  const dim = (f: Finding) => dimensionOf(f.code, input.rules.dimensions);
  /** Lines of findings under one sub-heading per dimension that has any, with its count. */
  const byDimension = <T>(list: readonly T[], finding: (t: T) => Finding, line: (t: T) => CellInput[]): (CellInput[] | { heading: string })[] => {
    const out: (CellInput[] | { heading: string })[] = [];
    for (const d of DIMENSIONS) {
      const group = list.filter((t) => dim(finding(t)) === d);
      if (group.length) out.push({ heading: `${DIMENSION_ZH[d]}（${group.length} 条）` }, ...group.map(line));
    }
    return out;
  };

  /** A numbered table; a `{ heading }` line is an unnumbered sub-heading (a unit's name) inside it. */
  const section = (title: string, header: string[], lines: (CellInput[] | { heading: string })[]): void => {
    push([]);
    push([title], true);
    if (!lines.length) {
      push(["无"]);
      return;
    }
    push(header, true);
    let n = 0;
    for (const l of lines) {
      if (Array.isArray(l)) push([++n, ...l]);
      else push([l.heading], true);
    }
  };

  section(
    "一、项目审核结论",
    PROJECT_HEADER,
    input.projects.flatMap((p, i) => {
      const v = p.verdict;
      const line = [p.project.name, v?.verdict ?? UNREVIEWED, p.open.filter(notInfo).length, v?.comment ?? "", v ? byLine(v.who, v.when) : ""];
      // With more than one unit on the sheet, each unit's projects under its name (as the source table has them).
      const unit = p.project.unit ?? "";
      const newUnit = units.size > 1 && unit !== "" && unit !== (input.projects[i - 1]?.project.unit ?? "");
      return newUnit ? [{ heading: `单位：${unit}` }, line] : [line];
    }),
  );
  // Notes (提示: realigned rows, inferred levels) tell how the table was read, not what is wrong with it: on paper
  // they are counted, and listed in 校验结果.
  section(
    "二、未解决的问题",
    OPEN_HEADER,
    byDimension(input.open.filter((o) => notInfo(o.finding)), (o) => o.finding, ({ finding: f, message }) => {
      const earlier = reopened.get(reviewKey(f));
      const text = explanation(f, message);
      const note = earlier ? clip(`${text}（曾被接受，理由“${earlier.reason}”；所依据的数值已变化，需重新审核）`) : text;
      return [note, placeText(f), SEVERITY_ZH[f.severity], owner.get(reviewKey(f)) ?? ""];
    }),
  );
  const notes = input.open.length - input.open.filter((o) => notInfo(o.finding)).length;
  if (notes) push([`另有提示 ${notes} 条（读表说明，如行已重新对齐、一级指标已推定；以及供参考的建议，如缺少计量单位），见“校验结果”工作表。`]);
  section(
    "三、已接受的问题",
    ACCEPTED_HEADER,
    byDimension(input.accepted, (a) => a.finding, ({ finding: f, acceptance: a, message }) => [explanation(f, message), placeText(f), SEVERITY_ZH[f.severity], a.reason, byLine(a.who, a.when)]),
  );
  if (input.opinions) {
    const opinions = input.opinions;
    push([]);
    push(["四、项目审核意见"], true);
    if (!input.projects.length) push(["无"]);
    input.projects.forEach((p, i) => {
      push([i + 1, p.project.name], true);
      push(["", opinions[i] ?? ""]);
    });
  }

  return {
    rows,
    widths: [...REVIEW_WIDTHS],
    textColumns: [...REVIEW_TEXT_COLUMNS],
    print: { paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: [1, 1], wrapColumns: [...WRAP_COLUMNS], boldRows: bold },
  };
}

function projectSummary(projects: readonly ProjectReview[]): string {
  const count = (v: string) => projects.filter((p) => (p.verdict?.verdict ?? UNREVIEWED) === v).length;
  const parts = [...VERDICTS, UNREVIEWED].map((v) => `${v} ${count(v)}`);
  return `共 ${projects.length} 个，${parts.join("、")}`;
}

const notInfo = (f: Finding): boolean => f.severity !== "info";

function findingSummary(input: ReviewSheetInput): string {
  const n = (s: Severity) => input.open.filter((o) => o.finding.severity === s).length;
  return `未解决 ${n("error") + n("warning")} 条（错误 ${n("error")}、警告 ${n("warning")}），已接受 ${input.accepted.length} 条，另有提示 ${n("info")} 条`;
}
