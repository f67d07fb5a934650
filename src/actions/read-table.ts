/**
 * The one way an action reads a target table, parsed with the rule set's framework and placeholders; the product's
 * own sheets are refused. Formula cells read with their values: Excel and WPS compute them, and the adapters of
 * workbooks that compute nothing (in-memory, .xlsx) fill the product's formulas in as Excel would (the contract
 * suite asserts it for every adapter) — a subtotal made a SUM still reads as a subtotal. Formulas themselves are
 * read only when asked for (templates, the SUM offer): on Excel that is one more round trip per action.
 */
import { Grid, RuleSet, SheetParse, parseOptionsOf, parseSheet } from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";
import { isOwnSheet } from "./own-sheets";
import type { ActionOptions, ActionResult } from "./result";

export interface Table {
  /** The sheet as read, formula values filled: what findings and review fingerprints are computed from. */
  grid: Grid;
  /** By A1 address; empty unless asked for. */
  formulas: Record<string, string>;
  parsed: SheetParse;
}

/** Read and parse the named sheet, or the active one. */
export async function readTable(port: WorkbookPort, rules: RuleSet, sheet?: string, opts: { formulas?: boolean } & Pick<ActionOptions, "step"> = {}): Promise<ActionResult<Table>> {
  if (sheet !== undefined && isOwnSheet(sheet)) return { ok: false, code: "own-sheet", detail: sheet };
  opts.step?.("read");
  const values = sheet === undefined ? await port.readActiveSheet() : await port.readSheet(sheet);
  if (isOwnSheet(values.name)) return { ok: false, code: "own-sheet", detail: values.name };
  const formulas = opts.formulas ? await port.readFormulas(values.name) : {};
  // Formula cells already carry their values: every adapter's readSheet hands them over (the contract suite checks).
  const grid: Grid = { name: values.name, rows: values.rows, ...(values.stray ? { stray: values.stray } : {}) };
  opts.step?.("work");
  const r = parseTable(grid, rules);
  return r.ok ? { ok: true, value: { grid, formulas, parsed: r.value } } : r;
}

/** Parse a grid with the rule set's framework and placeholders; a refusal names the header words it found. */
export function parseTable(grid: Grid, rules: RuleSet): ActionResult<SheetParse> {
  const r = parseSheet(grid, parseOptionsOf(rules));
  if (r.ok) return r;
  return r.code === "not-a-target-table" && r.headerWords ? { ok: false, code: r.code, detail: r.sheet, headerWords: r.headerWords } : { ok: false, code: r.code, detail: r.sheet };
}
