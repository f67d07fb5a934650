/**
 * parseSheet: detect the layout, read it, and return the §11 parse result. Bad input is returned, never thrown.
 */
import { DEFAULT_FRAMEWORK, Framework, FrameworkIndex } from "../rules/framework";
import { Finding, finding, sortFindings } from "../_lib/findings";
import { CELL_CHAR_LIMIT } from "../grid/cell-input";
import { columnLetter, Grid } from "../grid/grid";
import { readLayoutA } from "./layouts/layout-a";
import { readLayoutB } from "./layouts/layout-b";
import { readLayoutC } from "./layouts/layout-c";
import { readLayoutD } from "./layouts/layout-d";
import { readLayoutE } from "./layouts/layout-e";
import { readLayoutS } from "./layouts/layout-s";
import { DEFAULT_SELF_EVALUATION, SelfEvaluationRules } from "../rules/selfeval-rules";
import type { RuleSet } from "../rules/rule-set";
import { detectLayout, headerWordsOf } from "./layouts/detect";
import { SheetParse } from "./model";
import { NormRows } from "./norm-rows";
import { titleYearOf } from "./vocabulary";
import { DEFAULT_PLACEHOLDERS, PlaceholderMatcher } from "../rules/placeholders";
import { parserContext, SheetBuilder } from "./sheet-builder";

export interface ParseOptions {
  framework?: Framework;
  placeholders?: readonly string[];
  /** Self-evaluation scoring (layout S): the expected score each indicator carries. */
  selfEvaluation?: SelfEvaluationRules;
}

/** Header words of a sheet that looks like a performance table but matches no layout: found and missing ones. */
/** The parse options a rule set gives (framework, placeholders, self-evaluation scoring): one place for every front door. */
export function parseOptionsOf(rules: Pick<RuleSet, "framework" | "placeholders" | "selfEvaluation">): ParseOptions {
  return { framework: rules.framework, placeholders: rules.placeholders, selfEvaluation: rules.selfEvaluation ?? DEFAULT_SELF_EVALUATION };
}

export interface HeaderWords {
  found: string[];
  missing: string[];
}

export type SheetParseResult =
  | { ok: true; value: SheetParse }
  | { ok: false; code: "sheet-empty"; sheet: string }
  | { ok: false; code: "not-a-target-table"; sheet: string; headerWords?: HeaderWords };

export function parseSheet(grid: Grid, options: ParseOptions = {}): SheetParseResult {
  if (!grid.rows.some((r) => r.some((v) => v !== null && v !== ""))) return { ok: false, code: "sheet-empty", sheet: grid.name };
  // The normalised rows detection looks at, kept for the readers of layouts D and E, which look at them again.
  const norms = new NormRows(grid);
  const header = detectLayout(grid, norms);
  if (!header) {
    const words = headerWordsOf(grid);
    return words ? { ok: false, code: "not-a-target-table", sheet: grid.name, headerWords: words } : { ok: false, code: "not-a-target-table", sheet: grid.name };
  }
  // Made per parse (a few dozen names): its memo of folded level names is this parse's work, not carried over.
  const framework = new FrameworkIndex(options.framework ?? DEFAULT_FRAMEWORK);
  const placeholders = new PlaceholderMatcher(options.placeholders ?? DEFAULT_PLACEHOLDERS);
  const b = new SheetBuilder(parserContext(framework, placeholders));
  const base = { sheet: grid.name, kind: header.layout === "S" ? ("self-evaluation" as const) : ("target" as const), layout: header.layout, projects: b.projects, indicators: b.indicators, findings: b.findings };
  let value: SheetParse;
  switch (header.layout) {
    case "A": {
      const a = readLayoutA(grid, header.headerRow, b);
      value = { ...base, moneyUnit: a.moneyUnit, department: a.department, money: a.money, moneyKeys: a.moneyKeys };
      break;
    }
    case "B": {
      const r = readLayoutB(grid, header.headerRow, b);
      value = { ...base, moneyUnit: r.moneyUnit, department: r.department, money: [], moneyKeys: [], deptForm: r.deptForm };
      break;
    }
    case "C": {
      const r = readLayoutC(grid, header.headerRow, b);
      value = { ...base, moneyUnit: null, department: r.department, money: [], moneyKeys: [] };
      break;
    }
    case "D": {
      const r = readLayoutD(grid, header.headerRow, b, norms);
      value = { ...base, moneyUnit: r.moneyUnit, department: r.department, money: r.money, moneyKeys: r.money.length ? ["total"] : [] };
      break;
    }
    case "E": {
      const r = readLayoutE(grid, b, norms);
      value = { ...base, moneyUnit: r.moneyUnit, department: r.department, money: r.money, moneyKeys: r.moneyKeys };
      if (r.costTables.length) value.costTables = r.costTables;
      break;
    }
    case "S": {
      const r = readLayoutS(grid, header.headerRow, b, norms, options.selfEvaluation ?? DEFAULT_SELF_EVALUATION);
      value = { ...base, moneyUnit: r.moneyUnit, department: r.department, money: [], moneyKeys: [] };
      break;
    }
  }
  const year = titleYear(norms, header.headerRow);
  if (year !== null) value.year = year;
  // The loader left cells far from the table out of the grid (table-block.ts); the user is told where they are.
  if (grid.stray) {
    const s = grid.stray;
    value.findings.push(finding("stray-cells", s.row, s.column, { params: { range: s.range, count: s.count } }));
  }
  for (const f of overLongCells(grid)) value.findings.push(f);
  sortFindings(value.findings);
  return { ok: true, value };
}

/** The first year a title line above the header names (layout E: above the first form's 项目名称). */
function titleYear(norms: NormRows, headerRow: number): number | null {
  for (let r = 0; r < headerRow; r++) {
    for (const t of norms.row(r)) {
      const y = t === "" ? null : titleYearOf(t);
      if (y !== null) return y;
    }
  }
  return null;
}

/**
 * Cells longer than Excel holds (a CSV, or a file another program wrote): Excel would "repair" such a file, and
 * every file the product writes cuts them (hosts' writers, fitCell), so the user is told which cell and by how much.
 */
function overLongCells(grid: Grid): Finding[] {
  const out: Finding[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && v.length > CELL_CHAR_LIMIT) out.push(finding("cell-too-long", r + 1, columnLetter(c), { params: { length: v.length, limit: CELL_CHAR_LIMIT } }));
    }
  }
  return out;
}

/** The first sheet of a workbook that is a target table (or the named one). */
export function pickSheet(sheets: readonly Grid[], name?: string): Grid | undefined {
  if (name !== undefined) return sheets.find((s) => s.name === name);
  return sheets.find((s) => detectLayout(s) !== null) ?? sheets[0];
}
