/// <reference types="office-js" />
/**
 * The cell-level members of the Office.js adapter: readFormulas, writeCells (confirmed writes: SUM formulas for
 * subtotals, 回写指标) and the drop-down lists of a new sheet. Same rules as the rest of the adapter: one
 * `Excel.run`, reads first, writes as undoable steps, nothing half-written when a sync fails.
 *
 * Text stays text without changing a user's number format: a string Excel would re-read as something else gets
 * Excel's `'` mark, except in a text-formatted cell, which keeps what it is given. A formula written into a
 * text-formatted cell would stay text, so that cell (only that one) is switched to General first.
 */
import { parseA1, toA1 } from "../a1";
import { CellInput, CellWrite, ListValidation, PortError } from "../workbook.port";
import { columnLetter, fitText } from "../../core";
import type { Step } from "./batches";
import { wouldCoerce } from "./block-write";
import { FILL_READ_BYTES } from "./excel-session";
import { ExcelSettingsSession } from "./excel-settings";
import { finishFormulaRead, queueFormulaRead } from "./formula-read";
import { isPayloadError } from "./office-errors";
import { ACTION_BYTES, jsonBytes } from "./payload";

/** Excel refuses a typed list source longer than this. */
export const LIST_SOURCE_CHARS = 255;

interface OldCell {
  format: string;
  formula: unknown;
  type: string;
}

type Out = string | number | boolean;

/** What to assign for a value (never null: an empty string clears the cell) and whether it goes in as a formula. */
function output(v: CellInput, textFormat: boolean): { value: Out; formula: boolean } {
  if (v === null) return { value: "", formula: false };
  if (typeof v === "object") return "formula" in v ? { value: v.formula, formula: true } : { value: v.error, formula: false };
  if (typeof v === "string") return { value: textFormat || !wouldCoerce(v) ? fitText(v) : `'${fitText(v)}`, formula: false };
  if (typeof v === "number" && !Number.isFinite(v)) return { value: "", formula: false };
  return { value: v, formula: false };
}

/** The cell's old content as it can be written back: its formula, or its value (text marked as text). */
function restoreValue(old: OldCell): Out {
  const f = old.formula;
  if (typeof f === "string" && old.type === "String" && !f.startsWith("=") && old.format !== "@" && wouldCoerce(f)) return `'${f}`;
  return f as Out;
}

/** Refuse lists Excel cannot hold as a typed source, before anything is written. */
export function checkValidations(list: readonly ListValidation[] | undefined): void {
  for (const v of list ?? []) {
    const source = v.list.join(",");
    if (!v.list.length || v.list.some((x) => x === "" || x.includes(",")) || source.length > LIST_SOURCE_CHARS) {
      throw new PortError("host-error", `drop-down list for column ${columnLetter(v.column)} cannot be written (${source.length} characters)`);
    }
  }
}

/** Queue the drop-downs of a new sheet on its data rows 2…lastRow. */
export function queueValidations(ws: Excel.Worksheet, list: readonly ListValidation[] | undefined): void {
  for (const v of list ?? []) {
    const col = columnLetter(v.column);
    ws.getRange(`${col}2:${col}${Math.max(2, v.lastRow)}`).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
  }
}

export const validationBytes = (list: readonly ListValidation[] | undefined): number => (list ?? []).reduce((n, v) => n + ACTION_BYTES * 2 + jsonBytes(v.list) + 16, 0);

export abstract class ExcelCellSession extends ExcelSettingsSession {
  async readFormulas(sheet: string): Promise<Record<string, string>> {
    return this.run(sheet, async (ctx) => {
      const read = queueFormulaRead(ctx.workbook.worksheets.getItem(sheet), this.firstRows);
      await ctx.sync();
      return finishFormulaRead(ctx, read, this.budget);
    });
  }

  async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    // One write per cell, the last one winning, in a stable order.
    const byCell = new Map<string, CellInput>();
    for (const c of cells) byCell.set(toA1(parseA1(c.address)), c.value);
    if (!byCell.size) return;
    const addresses = [...byCell.keys()];
    await this.run(sheet, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const old = await this.readCells(ctx, ws, addresses);
      await this.commit(ctx, () =>
        addresses.map((a): Step => {
          const was = old.get(a)!;
          const out = output(byCell.get(a)!, was.format === "@");
          const unformat = out.formula && was.format === "@";
          return {
            bytes: ACTION_BYTES * (unformat ? 4 : 2) + jsonBytes(out.value) * 2 + jsonBytes(was.formula),
            queue: () => {
              const range = ws.getRange(a);
              if (unformat) range.numberFormat = [["General"]];
              if (out.formula) range.formulas = [[out.value]];
              else range.values = [[out.value]];
            },
            undo: () => {
              const range = ws.getRange(a);
              if (unformat) range.numberFormat = [[was.format]];
              range.formulas = [[restoreValue(was)]];
            },
          };
        }),
      );
    });
  }

  /** Each cell's number format and content before the write (for text handling and undo), in budget-sized pieces. */
  private async readCells(ctx: Excel.RequestContext, ws: Excel.Worksheet, addresses: readonly string[]): Promise<Map<string, OldCell>> {
    const out = new Map<string, OldCell>();
    let size = Math.max(1, Math.floor(this.budget / FILL_READ_BYTES));
    for (let i = 0; i < addresses.length; ) {
      const piece = addresses.slice(i, i + size).map((a) => {
        const r = ws.getRange(a);
        r.load("numberFormat,formulas,valueTypes");
        return [a, r] as const;
      });
      try {
        await ctx.sync();
      } catch (e) {
        if (!isPayloadError(e) || size === 1) throw e;
        size = Math.ceil(size / 2);
        continue;
      }
      for (const [a, r] of piece) out.set(a, { format: String(r.numberFormat[0][0]), formula: r.formulas[0][0], type: String(r.valueTypes[0][0]) });
      i += piece.length;
    }
    return out;
  }
}
