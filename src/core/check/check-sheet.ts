/**
 * 一键校验 in the core: money reconciliation plus the indicator checks of §7, over a parse result.
 * Returns every finding (the parser's notes too), sorted by place.
 */
import { Category } from "../rules/framework";
import { Finding, FindingCode, FINDING_SEVERITY, sortFindings } from "../_lib/findings";
import { IndicatorOut, ProjectOut, SheetParse } from "../sheet/model";
import { PlaceholderMatcher } from "../rules/placeholders";
import { reconcile } from "./reconcile";
import { DEFAULT_RULES, RuleSet } from "../rules/rule-set";
import { Memo } from "../_lib/memo";
import { nfkc } from "../_lib/text";
import { PackSettings, packChecks, packSettings, yearOfText } from "./review-rules";
import { selfEvaluationChecks } from "../selfeval/selfeval-checks";

const CORE: Exclude<Category, "cost">[] = ["output", "benefit", "satisfaction"];

/** Items in packed cells are named by group and number; row-per-indicator layouts have no number. */
function itemOf(i: IndicatorOut): { group: number; seq: number | null } {
  return { group: i.group, seq: i.seq };
}

/**
 * finding(code, row, column, { params }) and finding(code, i.row, i.column, { item, params }) spelled out, with the
 * same keys in the same order: the object spreads in finding() dominate when a sheet has tens of thousands.
 */
function projectFinding(code: FindingCode, p: ProjectOut, column: string | null, params: Record<string, string>): Finding {
  return { code, severity: FINDING_SEVERITY[code], row: p.row, column, params };
}

function itemFinding(code: FindingCode, i: IndicatorOut, params: Record<string, string | number>): Finding {
  return { code, severity: FINDING_SEVERITY[code], row: i.row, column: i.column, item: itemOf(i), params };
}

interface CheckContext {
  rules: RuleSet;
  placeholders: PlaceholderMatcher;
  /** Names compared for duplicates, folded once per distinct name. */
  nameKeys: Memo<string>;
  pack: PackSettings;
  /** A 绩效自评表 (layout S). */
  selfEvaluation: boolean;
  out: Finding[];
}

const foldName = (name: string) => nfkc(name).replace(/\s+/g, "");

function projectChecks(p: ProjectOut, list: IndicatorOut[], cx: CheckContext): void {
  const { rules, placeholders, out } = cx;
  const column = list[0]?.column ?? null;
  // A 部门整体 自评表 lists 指标名称 with no 一级/二级 at all: its categories are unknown, not missing.
  const categoriesUnknown = cx.selfEvaluation && list.length > 0 && list.every((i) => i.category === null && i.level1 === null && i.level2 === null);
  if (!categoriesUnknown) {
    for (const c of rules.requiredCategories.length ? rules.requiredCategories : CORE) {
      if (!list.some((i) => i.category === c)) out.push(projectFinding("missing-core-category", p, column, { project: p.name, category: c }));
    }
    if (rules.costRequired && !list.some((i) => i.cost)) out.push(projectFinding("missing-cost", p, column, { project: p.name }));
  }

  const seen = new Map<string, IndicatorOut>();
  for (const i of list) {
    const target = i.annualTarget ?? i.periodTarget;
    if (i.level2?.code === "11" && target?.qualitative && !placeholders.matches(target.raw)) {
      out.push(itemFinding("qualitative-quantity", i, { name: i.name, text: target.raw }));
    }
    const a = i.annualTarget;
    const per = i.periodTarget;
    if (a && per && !a.qualitative && !per.qualitative && a.value !== null && per.value !== null) {
      const countLike = (a.operator === ">=" || a.operator === ">") && a.unit !== "%" && a.unit === per.unit;
      if (countLike && a.value > per.value) out.push(itemFinding("annual-above-period", i, { name: i.name, annual: a.raw, period: per.raw }));
    }
    if (i.category === "satisfaction" && target && !target.qualitative && target.unit === "%" && target.value !== null) {
      const floorLike = target.operator === null || target.operator === ">=" || target.operator === ">" || target.operator === "=" || target.operator === "≈";
      if (floorLike && target.value < rules.satisfactionMin) {
        out.push(itemFinding("low-satisfaction", i, { name: i.name, text: target.raw, min: rules.satisfactionMin }));
      }
    }
    const key = cx.nameKeys.get(i.name);
    if (key) {
      const first = seen.get(key);
      if (first) out.push(itemFinding("duplicate-name", i, first.seq !== null ? { name: i.name, firstSeq: first.seq } : { name: i.name, firstRow: first.row }));
      else seen.set(key, i);
    }
  }
  packChecks(p, list, cx.pack, rules, placeholders, out);
}

/** What a check run may be told beyond the parse: the budget year read from the sheet's title (T3). */
export interface CheckOptions {
  year?: number | null;
}

export function indicatorChecks(parsed: SheetParse, rules: RuleSet = DEFAULT_RULES, options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  const byProject = new Map<number, IndicatorOut[]>();
  for (const i of parsed.indicators) {
    const l = byProject.get(i.projectRow);
    if (l) l.push(i);
    else byProject.set(i.projectRow, [i]);
  }
  // The year the title names (the parse reads it, sheet/vocabulary.ts), else the sheet name or 部门名称 line.
  const year = options.year ?? parsed.year ?? yearOfText(parsed.sheet, parsed.department);
  const cx: CheckContext = { rules, placeholders: new PlaceholderMatcher(rules.placeholders), nameKeys: new Memo(1 << 14, foldName), pack: packSettings(rules, parsed.moneyUnit, year), selfEvaluation: parsed.kind === "self-evaluation", out };
  for (const p of parsed.projects) projectChecks(p, byProject.get(p.row) ?? [], cx);
  return out;
}

/** The rule set's severity overrides; "off" drops a finding. */
export function applySeverities(findings: Finding[], rules: RuleSet): Finding[] {
  const over = rules.severities;
  if (!over || !Object.keys(over).length) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const s = over[f.code];
    if (s === "off") continue;
    out.push(s && s !== f.severity ? { ...f, severity: s } : f);
  }
  return out;
}

export function checkSheet(parsed: SheetParse, rules: RuleSet = DEFAULT_RULES, options: CheckOptions = {}): Finding[] {
  // A 绩效自评表's indicators have categories too, so the target-table checks run on it as well.
  const selfEval = parsed.kind === "self-evaluation" ? selfEvaluationChecks(parsed, rules) : [];
  return sortFindings(applySeverities([...parsed.findings, ...reconcile(parsed, rules.roundingPerAddend), ...indicatorChecks(parsed, rules, options), ...selfEval], rules));
}
