/**
 * 一键校验 in the core: money reconciliation plus the indicator checks of §7, over a parse result.
 * Returns every finding (the parser's notes too), sorted by place.
 */
import { Category } from "./framework";
import { Finding, finding, sortFindings } from "./findings";
import { IndicatorOut, ProjectOut, SheetParse } from "./model";
import { PlaceholderMatcher } from "./placeholders";
import { reconcile } from "./reconcile";
import { DEFAULT_RULES, RuleSet } from "./rules";

const CORE: Exclude<Category, "cost">[] = ["output", "benefit", "satisfaction"];

/** Items in packed cells are named by group and number; row-per-indicator layouts have no number. */
function itemOf(i: IndicatorOut): { group: number; seq: number | null } {
  return { group: i.group, seq: i.seq };
}

function projectChecks(p: ProjectOut, list: IndicatorOut[], rules: RuleSet, placeholders: PlaceholderMatcher, out: Finding[]): void {
  const column = list[0]?.column ?? null;
  for (const c of rules.requiredCategories.length ? rules.requiredCategories : CORE) {
    if (!list.some((i) => i.category === c)) out.push(finding("missing-core-category", p.row, column, { params: { project: p.name, category: c } }));
  }
  if (rules.costRequired && !list.some((i) => i.cost)) out.push(finding("missing-cost", p.row, column, { params: { project: p.name } }));

  const seen = new Map<string, IndicatorOut>();
  for (const i of list) {
    const at = (code: Parameters<typeof finding>[0], params: Record<string, string | number>) =>
      out.push(finding(code, i.row, i.column, { item: itemOf(i), params: { name: i.name, ...params } }));
    const target = i.annualTarget ?? i.periodTarget;
    if (i.level2?.code === "11" && target?.qualitative && !placeholders.matches(target.raw)) at("qualitative-quantity", { text: target.raw });
    const a = i.annualTarget;
    const per = i.periodTarget;
    if (a && per && !a.qualitative && !per.qualitative && a.value !== null && per.value !== null) {
      const countLike = (a.operator === ">=" || a.operator === ">") && a.unit !== "%" && a.unit === per.unit;
      if (countLike && a.value > per.value) at("annual-above-period", { annual: a.raw, period: per.raw });
    }
    if (i.category === "satisfaction" && target && !target.qualitative && target.unit === "%" && target.value !== null) {
      const floorLike = target.operator === null || target.operator === ">=" || target.operator === ">" || target.operator === "=" || target.operator === "≈";
      if (floorLike && target.value < rules.satisfactionMin) at("low-satisfaction", { text: target.raw, min: rules.satisfactionMin });
    }
    const key = i.name.normalize("NFKC").replace(/\s+/g, "");
    if (key) {
      const first = seen.get(key);
      if (first) at("duplicate-name", first.seq !== null ? { firstSeq: first.seq } : { firstRow: first.row });
      else seen.set(key, i);
    }
  }
}

export function indicatorChecks(parsed: SheetParse, rules: RuleSet = DEFAULT_RULES): Finding[] {
  const out: Finding[] = [];
  const byProject = new Map<number, IndicatorOut[]>();
  for (const i of parsed.indicators) {
    const l = byProject.get(i.projectRow);
    if (l) l.push(i);
    else byProject.set(i.projectRow, [i]);
  }
  const placeholders = new PlaceholderMatcher(rules.placeholders);
  for (const p of parsed.projects) projectChecks(p, byProject.get(p.row) ?? [], rules, placeholders, out);
  return out;
}

export function checkSheet(parsed: SheetParse, rules: RuleSet = DEFAULT_RULES): Finding[] {
  return sortFindings([...parsed.findings, ...reconcile(parsed, rules.roundingPerAddend), ...indicatorChecks(parsed, rules)]);
}
