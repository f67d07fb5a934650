/**
 * The shape of the task pane's and ribbon's texts. Both catalogues (zh-CN.ts, en.ts) implement `UiStrings`, so
 * neither language is the other's type: a key missing from either is a compile error in that file.
 */
import type { FindingCode, Verdict } from "../../core";

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
  | "opinion-too-long"
  | "self-evaluation-sheet"
  | "no-projects"
  | "unexpected";

export interface CheckCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export type RuleOriginName = "default" | "workbook" | "legacy-settings";
export type OverrideLevel = "error" | "warning" | "info" | "off";

/** 从目标表生成自评表 in the pane (issue 15). */
export interface SelfEvalPaneStrings {
  title: string;
  hint: string;
  shape: string;
  run: string;
  working: string;
  done: (sheet: string, projects: number, shape: string) => string;
}

/** The rule-set editor (§13). */
/** Labels and hints of the 绩效自评评分 fields; the single numbers by their rule-set key. */
export interface SelfEvalRuleStrings {
  /** The folded section's header; `errors` counts the problems inside it. */
  title: (errors: number) => string;
  numbers: Record<"budgetShare" | "scoreTolerance" | "overAchievementFactor" | "executionRateMin" | "rateTolerance", { label: string; hint: string }>;
  negativeFormula: string;
  negativeFormulaHint: string;
  formulas: Record<"platform" | "inverse-ratio", string>;
  bandsHint: string;
  bands: Record<"achieved" | "partial" | "notAchieved", string>;
  /** One band's three fields: `band` is its name (达成 …). */
  bandMin: (band: string) => string;
  bandMax: (band: string) => string;
  bandWords: (band: string) => string;
  grades: string;
  gradesHint: string;
}

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
  /** In the checked sheet's money unit (null before a check): what 0.005 rounds to there. */
  roundingHint: (unit: string | null) => string;
  costRequired: string;
  requiredCategories: string;
  placeholders: string;
  placeholdersHint: string;
  /** The rule pack's fields (issue 17). */
  pack: string;
  percentMax: string;
  percentMaxHint: string;
  quantitativeShareMin: string;
  quantitativeShareHint: string;
  packLists: Record<"templateMarks" | "vagueWords" | "percentExemptWords" | "costRateMarks" | "goalUnits", { label: string; hint: string }>;
  /** The rule set's 绩效自评评分 section (issue 15, S3–S9). */
  selfEval: SelfEvalRuleStrings;
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
  /** The downloaded file's name; `name` is already safe for a file system. */
  exportFileName: (name: string) => string;
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
    verdicts: (count: number, verdict: string) => string;
    reviewSheet: (sheet: string, open: number, accepted: number, verdicts: number) => string;
    rulesSaved: (label: string) => string;
    /** Cells listed in a sentence (、 in Chinese, a comma in English). */
    cellList: (cells: readonly string[]) => string;
    /** "accepted" and "not accepted: cells changed" as one status line. */
    acceptedAndChanged: (accepted: string, changed: string) => string;
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
    /** The 审核意见 paragraph (issue 17): drafted from the findings, editable before printing. */
    opinion: string;
    opinionLabel: (project: string) => string;
    opinionHint: string;
    opinionRedraft: string;
    /** Several projects at once (issue 19 item 6). */
    bulk: {
      title: string;
      select: (project: string) => string;
      selectShown: string;
      selected: (n: number) => string;
      verdictLabel: string;
      apply: (n: number) => string;
      pendingAll: (n: number) => string;
    };
  };
}

/** The 对比 panel (年度对比 in the pane): the other version, the changes by project. */
export interface ComparePaneStrings {
  title: string;
  other: string;
  otherHint: string;
  choose: string;
  /** The option for a file opened from disk (the web page), by its name. */
  fromFile: (file: string) => string;
  openFile: string;
  openFileHint: string;
  fileFailed: (file: string) => string;
  run: string;
  runHint: string;
  working: string;
  /** The status line after a comparison. */
  done: (changes: number, projects: number, marked: number, sheet: string, other: string) => string;
  none: string;
  heading: (source: string, other: string) => string;
  /** A project's group: its name and how many changes. */
  group: (project: string, changes: number) => string;
  /** A change's button, for screen readers. */
  goTo: (address: string, change: string) => string;
  /** A removed project has no cell in the new table. */
  noCell: string;
  showMore: (hidden: number) => string;
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
  /** The progress line under a long action: what it is doing now, and 取消 (until it writes). */
  steps: { read: string; work: string; write: string };
  cancel: string;
  done: {
    split: (indicators: number, projects: number, sheet: string) => string;
    /** `rules` is the rule set's label (name and version); `accepted` findings were left out of the counts. */
    check: (c: CheckCounts, highlighted: number, sheet: string, rules: string, accepted: number, rulesFallback: boolean) => string;
    /** Where the marks are, and the first finding the view went to. */
    where: (columns: string[], first: string | null) => string;
    clear: (restored: number) => string;
    cancelled: string;
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
  compare: ComparePaneStrings;
  selfEval: SelfEvalPaneStrings;
  outside: { title: string; body: string; demo: string };
  /** The WPS task pane page opened outside WPS (shown in both languages: there is no host to ask). */
  outsideWps: string;
  demo: { banner: string; sheet: string };
  ribbon: { failedTitle: string; close: string };
}
