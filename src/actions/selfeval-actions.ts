/**
 * 从目标表生成自评表 over any WorkbookPort: read the approved target table, write one `绩效自评表` sheet with a block
 * per project (core selfeval-writer.ts). Host-agnostic like the other actions: the CLI calls it today, the pane and
 * the web page can call the same. A sheet that is not a target table — a 自评表 itself, a 部门整体 form with no
 * projects — is refused with a code and nothing is written.
 */
import { DEFAULT_RULES, DEFAULT_SELF_EVALUATION, selfEvaluationSheet, type SelfEvalBlock, type SelfEvalShape } from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";
import { readTable } from "./read-table";
import { ActionOptions, ActionResult, CANCELLED, guard, startWriting } from "./result";

export interface SelfEvaluationActionOptions extends ActionOptions {
  /** The target table's sheet; the active sheet when absent. */
  sheet?: string;
  shape: SelfEvalShape;
  /** The evaluated year for the titles; default the table's own. */
  year?: number;
}

export interface MadeSelfEvaluation {
  /** The target table read. */
  source: string;
  /** The new sheet's name (`绩效自评表`, or `绩效自评表 (2)` beside an earlier one). */
  sheet: string;
  blocks: SelfEvalBlock[];
}

/** Landscape A4, one page wide, one project per page: officers print, sign and stamp each project's form. */
const PRINT = { paper: "A4", orientation: "landscape", fitToWidth: true } as const;

export async function makeSelfEvaluation(port: WorkbookPort, opts: SelfEvaluationActionOptions): Promise<ActionResult<MadeSelfEvaluation>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const table = await readTable(port, rules, opts.sheet, opts);
    if (!table.ok) return table;
    const parsed = table.value.parsed;
    if (parsed.kind !== "target") return { ok: false, code: "self-evaluation-sheet", detail: parsed.sheet };
    if (!parsed.projects.length) return { ok: false, code: "no-projects", detail: parsed.sheet };
    const made = selfEvaluationSheet(parsed, { shape: opts.shape, rules: rules.selfEvaluation ?? DEFAULT_SELF_EVALUATION, ...(opts.year === undefined ? {} : { year: opts.year }) });
    if (!(await startWriting(opts))) return CANCELLED;
    // A new sheet every time, never over an earlier one: officers may have typed completions into it.
    const sheet = await port.addSheet({
      name: made.name,
      rows: made.rows,
      widths: made.widths,
      merges: made.merges,
      numberFormats: made.numberFormats,
      pageBreaks: made.pageBreaks,
      print: { ...PRINT, wrapColumns: made.wrapColumns, boldRows: made.boldRows },
      activate: true,
    });
    return { ok: true, value: { source: parsed.sheet, sheet, blocks: made.blocks } };
  });
}
