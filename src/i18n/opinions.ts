/**
 * 审核意见's paragraph per project (issue 17 item 4): composed from the project's open and accepted findings with
 * fixed template sentences (no free text is generated), for the reviewer to edit in the pane before printing.
 * The sheet is Chinese whatever the pane's language (as 校验结果's 类别 column is), so the front doors compose it
 * in zh-CN; the English catalogue is there for parity and for an English reader of the JSON.
 */
import { dimensionOf, DIMENSIONS, type Dimension, type Finding, type FindingCode, type ProjectReview, type Verdict } from "../core";
import type { Locale } from "./catalogue";
import { uiCatalogues } from "./ui";
import { en as findingsEn } from "./findings/en";
import { zhCN as findingsZh } from "./findings/zh-CN";

interface OpinionStrings {
  dimension: Record<Dimension, string>;
  /** `缺少核心指标类别 2 处` */
  kind: (label: string, count: number) => string;
  which: (names: string[]) => string;
  clean: (project: string) => string;
  problems: (project: string, groups: string[]) => string;
  accepted: (n: number) => string;
  /** What the reviewer asks for, by verdict (null: not yet decided). */
  advice: Record<Verdict | "none", string>;
  cleanApproved: string;
}

const zh: OpinionStrings = {
  dimension: { completeness: "完整性方面", relevance: "相关性方面", appropriateness: "适当性方面", feasibility: "可行性方面" },
  kind: (label, n) => `${label}${n > 1 ? ` ${n} 处` : ""}`,
  which: (names) => `（${names.join("、")}）`,
  clean: (p) => `经审核，“${p}”绩效目标填报完整，指标设置与项目内容相符、数值合理，未发现需要修改的问题。`,
  problems: (p, groups) => `经审核，“${p}”存在以下问题：${groups.join("；")}。`,
  accepted: (n) => `另有 ${n} 项问题经说明后予以接受。`,
  advice: { 通过: "同意通过，上述问题请在执行中加以完善。", 退回: "请按上述意见修改完善后重新报送。", 待定: "请补充说明或修改后再行审核。", none: "请修改完善后重新报送。" },
  cleanApproved: "同意通过。",
};

const enOpinions: OpinionStrings = {
  dimension: { completeness: "Completeness", relevance: "Relevance", appropriateness: "Appropriateness", feasibility: "Feasibility" },
  kind: (label, n) => `${label}${n > 1 ? ` (${n})` : ""}`,
  which: (names) => ` (${names.join(", ")})`,
  clean: (p) => `Reviewed: "${p}" is complete, its indicators fit the project and their values are reasonable; nothing needs changing.`,
  problems: (p, groups) => `Reviewed: "${p}" has these problems — ${groups.join("; ")}. `,
  accepted: (n) => ` ${n} more were explained and accepted.`,
  advice: { 通过: "Approved; please address the points above during the year.", 退回: "Please revise as above and resubmit.", 待定: "Please explain or revise, then it will be reviewed again.", none: "Please revise and resubmit." },
  cleanApproved: " Approved.",
};

export const opinionCatalogues: Record<Locale, OpinionStrings> = { "zh-CN": zh, en: enOpinions };

/**
 * The draft paragraph for one project: its open errors and warnings by dimension, each kind once with its count,
 * then the accepted ones, then the advice for its verdict. Notes (提示) are how the table was read: not opinions.
 */
export function draftOpinion(r: ProjectReview, dimensions?: Partial<Record<FindingCode, Dimension>>, locale: Locale = "zh-CN"): string {
  const t = opinionCatalogues[locale];
  const labels = uiCatalogues[locale].codeLabel;
  const open = r.open.filter((f: Finding) => f.severity !== "info");
  // Which categories are missing is the point of that finding: `缺少核心指标（满意度）`.
  const names = (locale === "en" ? findingsEn : findingsZh).category as Record<string, string>;
  const missing = [...new Set(open.filter((f) => f.code === "missing-core-category").map((f) => names[String(f.params?.category)] ?? String(f.params?.category)))];
  const label = (code: FindingCode) => (code === "missing-core-category" && missing.length ? `${labels[code]}${t.which(missing)}` : labels[code]);
  const groups: string[] = [];
  for (const d of DIMENSIONS) {
    const counts = new Map<FindingCode, number>();
    for (const f of open) if (dimensionOf(f.code, dimensions) === d) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
    if (counts.size) groups.push(`${t.dimension[d]}${locale === "en" ? ": " : "，"}${[...counts].map(([code, n]) => t.kind(label(code), n)).join(locale === "en" ? ", " : "、")}`);
  }
  const head = groups.length ? t.problems(r.project.name, groups) : t.clean(r.project.name);
  const accepted = r.accepted.length ? t.accepted(r.accepted.length) : "";
  const verdict = r.verdict?.verdict;
  // A clean project: approval said once when approved, nothing asked of it otherwise.
  const advice = groups.length || verdict === "退回" || verdict === "待定" ? t.advice[verdict ?? "none"] : verdict === "通过" ? t.cleanApproved : "";
  return `${head}${accepted}${advice}`;
}
