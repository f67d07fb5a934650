/**
 * 年度对比: what changed between two versions of a table (a resubmission, or next year's), as data. Any layouts,
 * also A against D. Nothing is reported for a project or indicator that did not change — not when rows moved,
 * numbering changed, or separators, spaces and widths differ.
 */
import { columnLetter } from "../grid/grid";
import type { IndicatorOut, MoneyCell, MoneyKey, MoneyRow, ProjectOut, SheetParse } from "../sheet/model";
import { looseName, overlap, pairByKey, similarity } from "./matching";
import { TargetDirection, targetChange } from "./target-diff";
import type { Operator } from "../values/target-parser";
import { perUnit } from "../values/money";

export const CHANGE_KINDS = [
  "project-added", "project-removed", "project-renamed", "amount-changed", "goal-changed",
  "indicator-added", "indicator-removed", "indicator-renamed", "level-changed", "target-changed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  /** The project's name in the new table (in the old one when it was removed). */
  project: string;
  indicator?: string;
  before?: string | number | null;
  after?: string | number | null;
  /** amount-changed: which money column. */
  column?: MoneyKey;
  /** target-changed: which target, and which way the number went. */
  target?: "annual" | "period";
  direction?: TargetDirection;
  /** target-changed: the new target's comparator (a lowered ≥ target is an easier one). */
  operator?: Operator | null;
  oldCell?: string;
  newCell?: string;
  /** The project's row in each version (a project has no single cell: its name column varies by layout). */
  oldRow?: number;
  newRow?: number;
}

export interface Comparison {
  changes: Change[];
  summary: Record<ChangeKind, number>;
  /** Projects matched between the versions (renames included), old row → new row. */
  matched: { oldRow: number; newRow: number }[];
}

/** Similarity of two indicator names above which a reworded indicator is the same one, renamed. */
const RENAMED_INDICATOR = 0.5;
/** Share of shared indicator names above which two projects with different names are one project, renamed. */
const RENAMED_PROJECT = 0.6;
/** Projects looked at per unmatched project when looking for a rename (template names repeat across a table). */
const MAX_RENAME_CANDIDATES = 64;

interface Side {
  parse: SheetParse;
  indicators: Map<number, IndicatorOut[]>;
  money: Map<number, MoneyRow>;
}

function side(parse: SheetParse): Side {
  const indicators = new Map<number, IndicatorOut[]>();
  for (const i of parse.indicators) {
    const list = indicators.get(i.projectRow);
    if (list) list.push(i);
    else indicators.set(i.projectRow, [i]);
  }
  // A project's money row is its own row, or (a form, layout E) the row of the block its amounts came from.
  const money = new Map(parse.money.filter((m) => m.kind === "project").map((m) => [m.project ?? m.row, m] as const));
  return { parse, indicators, money };
}

const cellOf = (i: IndicatorOut) => `${i.column}${i.row}`;
const levelText = (i: IndicatorOut) => [i.level1, i.level2].map((l) => (l ? `${l.code ? `${l.code}-` : ""}${l.name}` : "—")).join(" / ");
const levelKey = (i: IndicatorOut) => [i.level1, i.level2].map((l) => l?.code ?? looseName(l?.name ?? "")).join("/");

/** Projects paired by unit and name, then by name alone, then — for renames — by the indicators they share. */
function pairProjects(a: Side, b: Side): [ProjectOut, ProjectOut][] {
  const full = (p: ProjectOut) => `${looseName(p.unit ?? "")}/${looseName(p.name)}`;
  const first = pairByKey(a.parse.projects, b.parse.projects, full);
  const second = pairByKey(first.oldRest, first.newRest, (p) => looseName(p.name));
  const pairs = [...first.pairs, ...second.pairs];
  // Renames: an unmatched old project and an unmatched new one sharing most indicator names. Candidates come from
  // an index of names, so two tables that share nothing cost one pass, not old × new comparisons.
  const names = (s: Side, p: ProjectOut) => (s.indicators.get(p.row) ?? []).map((i) => looseName(i.name));
  const left = new Set(second.newRest);
  const byIndicator = new Map<string, ProjectOut[]>();
  for (const n of left) for (const k of new Set(names(b, n))) (byIndicator.get(k) ?? byIndicator.set(k, []).get(k)!).push(n);
  for (const o of second.oldRest) {
    const own = names(a, o);
    if (own.length < 2) continue;
    const candidates = new Set<ProjectOut>();
    for (const k of new Set(own)) for (const n of byIndicator.get(k) ?? []) if (candidates.size < MAX_RENAME_CANDIDATES) candidates.add(n);
    let best: ProjectOut | null = null;
    let score = RENAMED_PROJECT;
    for (const n of candidates) {
      if (!left.has(n)) continue;
      const s = overlap(own, names(b, n));
      if (s >= score) [best, score] = [n, s];
    }
    if (best) {
      pairs.push([o, best]);
      left.delete(best);
    }
  }
  return pairs;
}

function moneyChanges(a: Side, b: Side, o: ProjectOut, n: ProjectOut, out: Change[]): void {
  const ma = a.money.get(o.row);
  const mb = b.money.get(n.row);
  if (!ma || !mb) return;
  for (const k of ["total", "fiscal", "specialAccount", "other"] as const) {
    const x = ma.cells[k];
    const y = mb.cells[k];
    if (!x || !y) continue;
    // In ten-thousandths on both sides, whatever each row was read in (a form with 10606.7522万元).
    const before = (x.cents * 10_000) / perUnit(ma.places);
    const after = (y.cents * 10_000) / perUnit(mb.places);
    if (before === after) continue;
    // A form's cells sit in rows of their own (layout E), a table's in the money row.
    const at = (m: MoneyRow, c: MoneyCell) => (c.col === null ? undefined : `${columnLetter(c.col)}${c.row ?? m.row}`);
    out.push({ kind: "amount-changed", project: n.name, column: k, before: before / 10_000, after: after / 10_000, oldCell: at(ma, x), newCell: at(mb, y) });
  }
}

function indicatorChanges(a: Side, b: Side, o: ProjectOut, n: ProjectOut, out: Change[]): void {
  const olds = a.indicators.get(o.row) ?? [];
  const news = b.indicators.get(n.row) ?? [];
  const byName = pairByKey(olds, news, (i) => looseName(i.name));
  const pairs: [IndicatorOut, IndicatorOut, boolean][] = byName.pairs.map(([x, y]) => [x, y, false]);
  // Reworded indicators: the same 二级, in order, with a similar name.
  const free = new Set(byName.newRest);
  const removed: IndicatorOut[] = [];
  for (const x of byName.oldRest) {
    const y = [...free].find((c) => levelKey(c) === levelKey(x) && similarity(looseName(c.name), looseName(x.name)) >= RENAMED_INDICATOR);
    if (y) {
      pairs.push([x, y, true]);
      free.delete(y);
    } else removed.push(x);
  }
  pairs.sort((p, q) => p[1].row - q[1].row || (p[1].seq ?? 0) - (q[1].seq ?? 0));
  for (const [x, y, renamed] of pairs) {
    const cells = { oldCell: cellOf(x), newCell: cellOf(y) };
    if (renamed) out.push({ kind: "indicator-renamed", project: n.name, indicator: y.name, before: x.name, after: y.name, ...cells });
    if (levelKey(x) !== levelKey(y)) out.push({ kind: "level-changed", project: n.name, indicator: y.name, before: levelText(x), after: levelText(y), ...cells });
    for (const t of ["annual", "period"] as const) {
      const before = t === "annual" ? x.annualTarget : x.periodTarget;
      const after = t === "annual" ? y.annualTarget : y.periodTarget;
      const direction = targetChange(before, after);
      if (direction) out.push({ kind: "target-changed", project: n.name, indicator: y.name, target: t, direction, operator: after?.operator ?? null, before: before?.raw ?? null, after: after?.raw ?? null, ...cells });
    }
  }
  // The project's row in the new table: where a dropped indicator is pointed out.
  for (const x of removed) out.push({ kind: "indicator-removed", project: n.name, indicator: x.name, before: x.annualTarget?.raw ?? null, oldCell: cellOf(x), newRow: n.row });
  for (const y of free) out.push({ kind: "indicator-added", project: n.name, indicator: y.name, after: y.annualTarget?.raw ?? null, newCell: cellOf(y) });
}

const plainGoal = (g: string | null | undefined) => looseName(g ?? "");

export function compareTables(before: SheetParse, after: SheetParse): Comparison {
  const a = side(before);
  const b = side(after);
  const pairs = pairProjects(a, b);
  const byNew = new Map(pairs.map(([o, n]) => [n, o] as const));
  const paired = new Set(pairs.map(([o]) => o));
  const changes: Change[] = [];
  for (const n of after.projects) {
    const o = byNew.get(n);
    if (!o) {
      changes.push({ kind: "project-added", project: n.name, after: n.name, newRow: n.row });
      continue;
    }
    if (looseName(o.name) !== looseName(n.name)) changes.push({ kind: "project-renamed", project: n.name, before: o.name, after: n.name, oldRow: o.row, newRow: n.row });
    moneyChanges(a, b, o, n, changes);
    if (plainGoal(o.goal) !== plainGoal(n.goal)) changes.push({ kind: "goal-changed", project: n.name, before: o.goal ?? null, after: n.goal ?? null, oldRow: o.row, newRow: n.row });
    indicatorChanges(a, b, o, n, changes);
  }
  for (const o of before.projects) if (!paired.has(o)) changes.push({ kind: "project-removed", project: o.name, before: o.name, oldRow: o.row });
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) summary[c.kind]++;
  return { changes, summary, matched: pairs.map(([o, n]) => ({ oldRow: o.row, newRow: n.row })) };
}
