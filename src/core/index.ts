/**
 * The pure core, in named parts. This file is the only way in from outside src/core (a dependency-cruiser rule):
 * every front door, host adapter and use case imports from here. Inside the core, parts import each other directly.
 */

// _lib/ — shared low-level: findings as data
export { finding, FINDING_CODES, FINDING_SEVERITY, ROUNDED_SUM_CODES, sortFindings, summarize } from "./_lib/findings";
export { DEFAULT_DIMENSION, DIMENSION_ZH, DIMENSIONS, dimensionOf, groupByDimension } from "./_lib/findings";
export type { Dimension } from "./_lib/findings";
export { RULE_PACK_DEFAULTS } from "./rules/rule-pack";
export { targetDate, yearOfText } from "./check/review-rules";
export type { Finding, FindingCode, Severity } from "./_lib/findings";

// grid/ — the sheet as a 2-D array of cell values; CSV/TSV text; formula values; what the product writes
export { a1, cellAt, cellText, columnIndex, columnLetter, isBlankRow, isCellError, lastFilled } from "./grid/grid";
export type { CellError, CellValue, Grid, StrayCells } from "./grid/grid";
export { gridFromCells, STRAY_COLUMN_GAP, STRAY_ROW_GAP } from "./grid/table-block";
export type { SparseCell } from "./grid/table-block";
export { detectCsvDelimiter, gridFromCsv, gridFromTsv } from "./grid/csv";
export { formulaValue, withFormulaValues } from "./grid/formula-values";
export { CELL_CHAR_LIMIT, fitText, linkTo } from "./grid/cell-input";
export type { CellInput } from "./grid/cell-input";

// rules/ — the indicator framework, rule sets (zod), placeholders
export { DEFAULT_FRAMEWORK, FrameworkIndex, normalizeLevelName } from "./rules/framework";
export type { Category, Framework, Level1Def, Level2Def } from "./rules/framework";
export { DEFAULT_RULES, OVERRIDABLE_CODES, RULE_SET_SCHEMA_VERSION, RuleSetFieldsSchema, RuleSetSchema, ruleSetLabel } from "./rules/rule-set";
export type { RuleSet } from "./rules/rule-set";
export { BUILTIN_RULE_SETS, builtinRuleSet, parseRuleSetJson, RULES_BEFORE_2022, RULES_INVERSE_NEGATIVE, ruleSetIssues, ruleSetToJson, validateRuleSet } from "./rules/rule-sets";
export type { RuleSetIssue, RuleSetIssueKind, RuleSetParse } from "./rules/rule-sets";
export { DEFAULT_PLACEHOLDERS, PlaceholderMatcher } from "./rules/placeholders";

// values/ — money in exact hundredths; target values (≥95%, 合格)
export { parseTarget } from "./values/target-parser";
export type { Operator, Target } from "./values/target-parser";
export { formatCents, parseAmount } from "./values/money";

// indicator/ — the indicator-cell parser
export { parseIndicatorCell } from "./indicator/indicator-parser";
export type { CellParse, ParsedItem, ParserContext } from "./indicator/indicator-parser";

// sheet/ — parseSheet: layout detection and the readers A–E; the parse result and its JSON schema
export { parseOptionsOf, parseSheet, pickSheet } from "./sheet/sheet-parser";
export type { HeaderWords, ParseOptions, SheetParseResult } from "./sheet/sheet-parser";
export { MONEY_KEYS } from "./sheet/model";
export type { Amounts, DeptBudgetEntry, DeptForm, IndicatorOut, KeyTask, Layout, MoneyCell, MoneyKey, MoneyRow, MoneyRowKind, ProjectOut, ProjectPeriod, SheetParse } from "./sheet/model";
export { CheckJsonSchema, FindingSchema, IndicatorSchema, ParseJsonSchema, ProjectSchema, TargetSchema } from "./sheet/schema";
export type { CheckJson, FindingJson, ParseJson } from "./sheet/schema";
export { detectLayout } from "./sheet/layouts/detect";
export { BUDGET_COLUMNS } from "./selfeval/model";
export type { BudgetBlock, BudgetColumn, BudgetLine, IndicatorScore, LevelPoints, NumberCell, SelfEvalProject, SheetKind, TextCell } from "./selfeval/model";

// check/ — 一键校验: reconciliation, indicator checks, subtotal formulas, 校验结果 rows and highlights
export { checkSheet, indicatorChecks } from "./check/check-sheet";
export type { CheckOptions } from "./check/check-sheet";
export { reconcile } from "./check/reconcile";
export { planSums, sameFormula, sumRanges } from "./check/subtotals";
export type { SumEntry, SumPlan, SumSkip } from "./check/subtotals";
export { HIGHLIGHT_COLORS, highlightsFor, RESULT_SHEET, RESULT_TEXT_COLUMNS, RESULT_WIDTHS, resultRows } from "./check/result-rows";

// detail/ — 指标明细: the writer and the reader of the same sheet
export { DETAIL_HEADER, DETAIL_SHEET, DETAIL_TEXT_COLUMNS, DETAIL_WIDTHS, detailSheetRows } from "./detail/detail-writer";
export { isDetailHeader, itemOfRow, readDetailRows, seqOfText, sourceKey } from "./detail/detail-reader";
export type { DetailRow, SourceRef } from "./detail/detail-reader";

// review/ — the supervisor's review: state, review files, 审核意见
export { acceptFinding, applyReview, clearVerdict, emptySheetReview, findingFingerprint, parseReviewState, projectKey, projectReviews, reopenFinding, REVIEW_SETTING_KEY, reviewKey, reviewToJson, setVerdict, shiftReview, VERDICTS } from "./review/review";
export type { Acceptance, ProjectReview, ReviewedFinding, Reviewer, ReviewSplit, ReviewState, SheetReview, Verdict } from "./review/review";
export { REVIEW_SHEET, reviewSheet } from "./review/review-sheet";
export type { PrintSetup } from "./review/review-sheet";
export { applyReviewInput, parseReviewInput } from "./review/review-input";
export type { ReviewInput } from "./review/review-input";

// templates/ — 插入项目模板: the planner, the indicator skeleton, the composer (rows → canonical text)
export { COMPARATOR_LIST, composeIndicators, composeTarget, styleOf } from "./templates/composer";
export type { ComposeItem, ComposeOptions, ComposeStyle } from "./templates/composer";
export { GOAL_PLACEHOLDER, MAX_TEMPLATE_COUNT, NAME_PLACEHOLDER, planTemplate } from "./templates/templates";
export type { TemplateKind, TemplateOptions, TemplatePlan, TemplatePlanResult, TemplateRefusal } from "./templates/templates";
export { DEFAULT_TEMPLATE_CATEGORIES, indicatorSkeleton, skeletonItems } from "./templates/skeleton";

// compare/ — 年度对比: what changed between two versions of a table, and the checks that need the old one
export { CHANGE_KINDS, compareTables } from "./compare/compare";
export type { Change, ChangeKind, Comparison } from "./compare/compare";
export type { TargetDirection } from "./compare/target-diff";
export { historyFindings } from "./compare/history-checks";
export { ChangeSchema, CompareJsonSchema } from "./compare/compare-schema";
export type { CompareJson } from "./compare/compare-schema";

// selfeval/ — 绩效自评表 (issue 15): exact decimals, the scoring formulas, the checks S1–S11 and S10, and the writer
// that makes one from an approved target table
export { DEFAULT_SELF_EVALUATION, SelfEvaluationRulesSchema } from "./rules/selfeval-rules";
export type { SelfEvaluationRules } from "./rules/selfeval-rules";
export { dec, toNum, toStr } from "./_lib/exact";
export type { Dec } from "./_lib/exact";
export { bandOf, bandRange, budgetScore, gradeOf, quantitativeScore, scoreDirection } from "./selfeval/scoring";
export type { BandName, BudgetScore, FormulaName, QuantScore, ScoreDirection } from "./selfeval/scoring";
export { selfEvaluationChecks } from "./selfeval/selfeval-checks";
export { approvedTargetChecks } from "./selfeval/approved-targets";
export { selfEvaluationSheet } from "./selfeval/selfeval-writer";
export { budgetScoreFormula, rateFormula, scoreFormula } from "./selfeval/score-formulas";
export type { IndicatorCells, SelfEvalBlock, SelfEvaluationOptions, SelfEvaluationSheet } from "./selfeval/selfeval-writer";
export { SELF_EVAL_SHAPES, SELF_EVALUATION_SHEET } from "./selfeval/selfeval-texts";
export type { SelfEvalShape } from "./selfeval/selfeval-texts";
