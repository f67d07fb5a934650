/**
 * Reading the 指标明细 sheet (§5) back as structured rows, for 回写指标 and for its template rows: each row's source
 * cell (from its HYPERLINK), project, number, levels, name and targets. When a row was edited, the annual target is
 * taken from whichever the user changed: the 年度指标值 text or the 年度比较符/年度数值/计量单位 columns. Pure.
 */
import { COMPARATORS, ComposeItem } from "../templates/composer";
import { CellValue, cellText } from "../grid/grid";
import type { LevelRef } from "../indicator/level-resolver";
import { DETAIL_HEADER } from "./detail-writer";
import { Operator, Target, parseTarget } from "../values/target-parser";

export const DETAIL_COLUMNS = {
  source: 0, department: 1, unit: 2, project: 3, seq: 4, level1: 5, level2: 6, name: 7,
  period: 8, annual: 9, comparator: 10, value: 11, measure: 12, nature: 13, problems: 14,
} as const;

export interface SourceRef {
  sheet: string;
  address: string;
}

export interface DetailRow {
  /** 1-based row on the detail sheet. */
  row: number;
  source: SourceRef | null;
  cells: CellValue[];
}

/** `=HYPERLINK("#'项目表'!G12","G12")` (as linkTo writes it) → 项目表, G12. */
export function sourceOfLink(formula: string | undefined): SourceRef | null {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(formula ?? "");
  if (!m) return null;
  const target = m[1].replace(/""/g, '"').replace(/^#/, "");
  const bang = target.lastIndexOf("!");
  if (bang < 0) return null;
  const rawSheet = target.slice(0, bang);
  const address = target.slice(bang + 1).replace(/\$/g, "");
  if (!/^[A-Z]{1,3}\d+$/.test(address)) return null;
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address };
}

export const sourceKey = (s: SourceRef) => `${s.sheet}!${s.address}`;

/** Is this sheet a 指标明细 by its header (a user may rename the sheet; the header is ours)? */
export function isDetailHeader(row: readonly CellValue[] | undefined): boolean {
  return !!row && DETAIL_HEADER.every((h, i) => cellText(row[i]) === h);
}

/** The detail sheet's data rows, with sources from the link formulas in column A. */
export function readDetailRows(rows: readonly (readonly CellValue[])[], formulas: Readonly<Record<string, string>>): DetailRow[] {
  const out: DetailRow[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = [...(rows[r] ?? [])];
    if (cells.every((v) => cellText(v) === "")) continue;
    out.push({ row: r + 1, source: sourceOfLink(formulas[`A${r + 1}`]), cells });
  }
  return out;
}

const text = (row: DetailRow, key: keyof typeof DETAIL_COLUMNS) => cellText(row.cells[DETAIL_COLUMNS[key]]);

/** `1-产出指标` → {1, 产出指标}; a bare name keeps a null code; blank is no level. */
export function levelOfText(t: string): LevelRef | null {
  const s = t.trim();
  if (!s) return null;
  const m = /^(\d{1,2})\s*[-－—–]\s*(.+)$/.exec(s);
  return m ? { code: m[1], name: m[2].trim() } : { code: null, name: s };
}

/** `3` → group 1, seq 3; `2.3` → group 2, seq 3; blank → no number. */
export function seqOfText(t: string): { group: number; seq: number | null } {
  const m = /^(?:(\d+)\.)?(\d+)$/.exec(t.trim());
  return m ? { group: m[1] ? Number(m[1]) : 1, seq: Number(m[2]) } : { group: 1, seq: null };
}

const OPERATOR_OF: Record<string, Operator> = {
  "≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", "＞": ">", ">": ">", "＜": "<", "<": "<", "＝": "=", "=": "=", "≈": "≈",
};

interface Structured {
  operator: Operator | null;
  value: number | null;
  unit: string;
}

function structuredOf(row: DetailRow): Structured {
  const v = row.cells[DETAIL_COLUMNS.value];
  const n = typeof v === "number" ? v : /^-?\d+(\.\d+)?$/.test(cellText(v)) ? Number(cellText(v)) : null;
  return { operator: OPERATOR_OF[text(row, "comparator")] ?? null, value: n, unit: text(row, "measure") };
}

const structuredOfTarget = (t: Target | null): Structured => ({ operator: t?.operator ?? null, value: t && !t.qualitative ? t.value : null, unit: t?.unit ?? "" });
const sameStructured = (a: Structured, b: Structured) => a.operator === b.operator && a.value === b.value && a.unit === b.unit;

/** A target made from the structured columns, keeping the label of the text it replaces. */
function fromStructured(s: Structured, label: string | null): Target {
  const sym = s.operator === null ? "" : s.operator === "≈" ? "约" : COMPARATORS[s.operator];
  return { raw: `${label ?? ""}${sym}${s.value}${s.unit}`, label, operator: s.operator, value: s.value, unit: s.unit || null, qualitative: false };
}

/**
 * The annual target of a row. `original` is the item as the source cell holds it now (null for a new row): the
 * structured columns win only when they changed and the text did not (or the text is missing or not a number).
 */
export function annualTargetOf(row: DetailRow, original: Target | null, isPlaceholder: (s: string) => boolean): Target | null {
  const raw = text(row, "annual");
  const t = raw ? parseTarget(raw) : null;
  const s = structuredOf(row);
  if (s.value === null) return t;
  const textUsable = t !== null && !t.qualitative && !isPlaceholder(t.raw);
  const useStructured = original
    ? !sameStructured(s, structuredOfTarget(original)) && (raw === original.raw.trim() || !textUsable)
    : !textUsable || !sameStructured(s, structuredOfTarget(t));
  if (!useStructured) return t;
  return fromStructured(s, t && !t.qualitative ? t.label : null);
}

/** A detail row as the composer's item; `original` is the source cell's item it came from, if any. */
export function itemOfRow(row: DetailRow, original: ComposeItem | null, isPlaceholder: (s: string) => boolean): ComposeItem {
  const period = text(row, "period");
  return {
    ...seqOfText(text(row, "seq")),
    level1: levelOfText(text(row, "level1")),
    level2: levelOfText(text(row, "level2")),
    name: text(row, "name"),
    periodTarget: period ? parseTarget(period) : null,
    annualTarget: annualTargetOf(row, original?.annualTarget ?? null, isPlaceholder),
    unplaced: original?.unplaced,
  };
}
