/// <reference types="office-js" />
/**
 * WorkbookPort over Office.js (Excel on Windows, Mac and the web). Same semantics as the memory adapter.
 *
 * Each method is one `Excel.run({delayForCellEdit: true})`: a first sync with every read it needs, then its writes as
 * a few syncs (one per ~4 MB chunk, never one per row), undone if a later sync fails, so a failed run leaves the
 * workbook as it was. Original fills and the product's own sheets are remembered in the very hidden record sheet
 * `_perftarget` (memory-sheet.ts: never a user's sheet of that name).
 * Needs ExcelApi 1.9 (getRanges, fill.pattern, autoFilter; data validation is 1.8); getSelection sees merged cells
 * from ExcelApi 1.13, a sheet meant for paper gets its page setup from 1.9 (print-setup.ts), a form its merged areas
 * and (from 1.9) page breaks in the same syncs as its values (sheet-layout.ts). readFormulas, writeCells and
 * drop-down lists live in excel-cells.ts, settings in excel-settings.ts.
 */
import { columnLetter } from "../../core";
import { parseA1, parseRange, toA1, uniqueSheetName } from "../a1";
import type { CellInput, Highlight, NewSheet, Selection, SheetValues, WorkbookPort } from "../workbook.port";
import type { Step } from "./batches";
import { finishRead, queueRead } from "./block-read";
import { chunkBytes, planChunks, prepareBlock, queueChunk } from "./block-write";
import { ExcelCellSession, checkValidations, queueValidations, validationBytes } from "./excel-cells";
import { FILL_READ_BYTES, room } from "./excel-session";
import { FillPlan, colourSteps, queueFillReads, readFills, restoreSteps } from "./fills";
import { fillCells, fillFromCells, ownedCells, rememberFills } from "../shared/perftarget-sheet";
import { FILLS, MemoryList, OWNED, isBlank, queuePrepend, queueProbe, queueReplace, queueSetRow, queueUnprepend, settledRecordSheet } from "./memory-sheet";
import { toPortError } from "./office-errors";
import { ACTION_BYTES, chunkBySize, jsonBytes } from "./payload";
import { planPrint } from "./print-setup";
import { layoutSteps, sheetLayout } from "./sheet-layout";

export type { ExcelAdapterOptions } from "./excel-session";

/** Column width in Excel's points for a width in characters (Calibri 11: 7 px a character plus 5 px padding). */
export const widthPoints = (chars: number): number => Math.round(chars * 7 + 5) * 0.75;

/** Excel compares sheet names case-insensitively. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class ExcelAdapter extends ExcelCellSession implements WorkbookPort {
  async readActiveSheet(): Promise<SheetValues> {
    return this.readFrom(undefined);
  }

  async readSheet(name: string): Promise<SheetValues> {
    return this.readFrom(name);
  }

  private readFrom(name: string | undefined): Promise<SheetValues> {
    return this.run(name, async (ctx) => {
      const q = await this.firstSync(ctx, () => {
        const sheets = ctx.workbook.worksheets;
        const ws = name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name);
        ws.load("name");
        return { ws, read: queueRead(ws, this.firstRows), probe: queueProbe(ctx, undefined, []) };
      }, false);
      // Learnt in passing for the next method's first sync, never at the cost of a sync of its own.
      const id = settledRecordSheet(q.probe);
      if (id !== undefined) this.metaId = id ?? undefined;
      return { name: q.ws.name, rows: await finishRead(ctx, q.read, this.budget) };
    });
  }

  /** Every sheet but the record sheet (a user's own `_perftarget` is listed). */
  async sheetNames(): Promise<string[]> {
    return this.run(undefined, async (ctx) => {
      const q = await this.firstSync(ctx, (hint) => ({ probe: queueProbe(ctx, hint, []) }));
      const memory = await this.memory(ctx, q.probe, []);
      return q.probe.sheets.items.filter((s) => s.id !== memory.id).map((s) => s.name);
    });
  }

  async addSheet(spec: NewSheet): Promise<string> {
    return this.writeSheet(spec, false);
  }

  async refreshOwnedSheet(spec: NewSheet): Promise<string> {
    return this.writeSheet(spec, true);
  }

  /**
   * The new sheet is added in the first sync under a name Excel picks (so its id is known for the ownership record),
   * filled chunk by chunk (number formats with the values), merged and given its page breaks, and named, recorded,
   * formatted and activated in the last sync; any failure deletes it.
   */
  private writeSheet(spec: NewSheet, refresh: boolean): Promise<string> {
    checkValidations(spec.validations);
    const layout = sheetLayout(spec);
    const lists = refresh ? [OWNED] : [];
    return this.run(spec.name, async (ctx) => {
      const q = await this.firstSync(ctx, (hint) => {
        const probe = queueProbe(ctx, hint, lists, ["position"]); // the sheets, as they were before the add
        const sheets = ctx.workbook.worksheets;
        const active = sheets.getActiveWorksheet();
        active.load("id");
        const ws = sheets.add();
        ws.load("id");
        return { sheets: probe.sheets, active, ws, probe };
      });
      const ws = q.ws;
      try {
        const memory = await this.memory(ctx, q.probe, lists);
        const items = q.sheets.items.filter((s) => s.id !== ws.id).map((s) => ({ id: s.id, name: s.name, position: s.position }));
        // Refresh replaces a sheet we made under the wanted name (or a numbered one, when a user's sheet holds the name).
        const owned = new Set(memory.owned.map((r) => r[0]));
        const pattern = new RegExp(`^${spec.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(\\d+\\))?$`, "i");
        const old = refresh ? items.filter((s) => pattern.test(s.name) && owned.has(s.id)).sort((a, b) => a.name.length - b.name.length)[0] : undefined;
        const oldRecord = old ? memory.owned.findIndex((r) => r[0] === old.id) : -1;
        const name = old ? old.name : uniqueSheetName(spec.name, items.map((s) => s.name));
        const activate = spec.activate === true || (old !== undefined && old.id === q.active.id);
        const block = prepareBlock(spec.rows, spec.textColumns, spec.numberFormats);
        const last = `${columnLetter(block.width - 1)}${Math.max(1, spec.rows.length)}`;
        const print = spec.print ? planPrint(spec.rows, block.width, spec.print, this.listChars) : undefined;

        await this.commit(ctx, (budget) => {
          const chunks = planChunks(block, room(budget)).map((c): Step => ({
            bytes: chunkBytes(block, c) + ACTION_BYTES * (4 + block.textRuns.length),
            queue: () => queueChunk(ws, 0, block, c),
          }));
          const finish: Step = {
            bytes: ACTION_BYTES * (12 + (spec.widths?.length ?? 0) * 2) + jsonBytes([ws.id, name]) * 2 + validationBytes(spec.validations) + (print?.bytes ?? 0),
            queue: () => {
              queueValidations(ws, spec.validations);
              if (spec.header) {
                ws.freezePanes.freezeRows(1);
                ws.autoFilter.apply(ws.getRange(`A1:${last}`));
              }
              spec.widths?.forEach((w, i) => (ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = widthPoints(w)));
              print?.queue(ws); // after the widths: rows are fitted to the wrapped text at these widths
              if (old) {
                ctx.workbook.worksheets.getItem(old.id).delete();
                ws.position = old.position;
              }
              ws.name = name;
              const meta = this.metaSheet(ctx, memory, [name]);
              const record = ownedCells({ sheet: ws.id, signature: name });
              if (oldRecord >= 0) queueSetRow(meta, OWNED, oldRecord, record);
              else queuePrepend(meta, OWNED, [record]);
              if (activate) ws.activate();
            },
          };
          return [...chunks, ...layoutSteps(ws, layout, block.outside, room(budget)), finish];
        });
        return name;
      } catch (e) {
        ws.delete();
        await ctx.sync().catch(() => undefined); // the original failure is the one to report
        throw e;
      }
    });
  }

  async highlight(sheet: string, cells: Highlight[]): Promise<void> {
    const colours = new Map<string, string>();
    for (const c of cells) colours.set(toA1(parseA1(c.address)), c.color.toUpperCase());
    if (!colours.size) return;
    const addresses = [...colours.keys()];
    await this.run(sheet, async (ctx) => {
      const perSync = Math.max(1, Math.floor(this.budget / FILL_READ_BYTES));
      // Through the remembered id, a `_perftarget~N` is known for ours in this sync (by its E1).
      const q = await this.firstSync(ctx, (hint) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.load("id");
        return { ws, fills: queueFillReads(ws, addresses.slice(0, perSync)), probe: queueProbe(ctx, hint, []) };
      });
      const memory = await this.memory(ctx, q.probe, []);
      const originals = await readFills(ctx, q.ws, q.fills, addresses.slice(perSync), perSync);
      const plan: FillPlan = { ws: q.ws, listChars: this.listChars };
      const records = addresses.map((a) => fillCells({ sheet: q.ws.id, address: a, original: originals.get(a) ?? null, applied: colours.get(a)! }));

      // Remember first, colour second: Excel applies a failing batch's earlier actions, and a remembered cell that
      // was never coloured is harmless (restoring it changes nothing), while a coloured cell nobody remembers is not.
      await this.commit(ctx, (budget) => {
        const steps: Step[] = [];
        let meta: Excel.Worksheet | undefined;
        for (const [from, to] of chunkBySize(records.map((r) => jsonBytes(r) + 1), room(budget))) {
          const rows = records.slice(from, to);
          steps.push({
            bytes: ACTION_BYTES * 4 + jsonBytes(rows),
            queue: () => {
              meta ??= this.metaSheet(ctx, memory);
              queuePrepend(meta, FILLS, rows);
            },
            // A memory sheet created by this write goes with the rest of it.
            undo: () => (memory.id || from > 0 ? queueUnprepend(meta!, FILLS, rows.length) : meta!.delete()),
          });
        }
        return [...steps, ...colourSteps(plan, colours, originals)];
      });
    });
  }

  async clearHighlights(sheet?: string): Promise<number> {
    return this.run(sheet, async (ctx) => {
      const q = await this.firstSync(ctx, (hint) => {
        const probe = queueProbe(ctx, hint, [FILLS, OWNED]);
        return { sheets: probe.sheets, probe };
      });
      const memory = await this.memory(ctx, q.probe, [FILLS, OWNED]);
      if (!memory.id) return 0;
      const metaId = memory.id;
      const live = new Set(q.sheets.items.map((s) => s.id));
      const targetId = sheet === undefined ? undefined : q.sheets.items.find((s) => sameName(s.name, sheet))?.id;
      if (sheet !== undefined && !targetId) return 0;
      const targets = [...rememberFills(memory.fills.flatMap((r) => fillFromCells(r) ?? []))].filter(([id]) => live.has(id) && (targetId === undefined || id === targetId));
      // Forget the cleared sheets' fills; when clearing everything, also whatever belongs to sheets that are gone.
      const fills = memory.fills.filter((r) => !isBlank(r) && targetId !== undefined && r[0] !== targetId);
      const owned = targetId === undefined ? memory.owned.filter((r) => !isBlank(r) && live.has(r[0])) : memory.owned;
      const rewrites: [MemoryList, string[][], string[][]][] = [];
      if (fills.length !== memory.fills.length) rewrites.push([FILLS, memory.fills, fills]);
      if (owned.length !== memory.owned.length) rewrites.push([OWNED, memory.owned, owned]);
      if (!rewrites.length) return 0;

      await this.commit(ctx, () => {
        const steps: Step[] = targets.flatMap(([id, remembered]) => restoreSteps({ ws: ctx.workbook.worksheets.getItem(id), listChars: this.listChars }, remembered));
        for (const [list, before, after] of rewrites) {
          const meta = () => ctx.workbook.worksheets.getItem(metaId);
          steps.push({
            bytes: ACTION_BYTES * 4 + jsonBytes(after),
            queue: () => queueReplace(meta(), list, before.length, after),
            undo: () => queueReplace(meta(), list, after.length, before),
          });
        }
        return steps;
      });
      return targets.reduce((n, [, fills]) => n + fills.size, 0);
    });
  }

  async insertRows(sheet: string, beforeRow: number, rows: CellInput[][]): Promise<void> {
    if (!rows.length) return;
    if (!Number.isInteger(beforeRow) || beforeRow < 1) throw toPortError(new Error(`insertRows: row ${beforeRow}`), sheet);
    await this.run(sheet, async (ctx) => {
      const q = await this.firstSync(ctx, (hint) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.load("id");
        return { ws, probe: queueProbe(ctx, hint, [FILLS]) };
      });
      const memory = await this.memory(ctx, q.probe, [FILLS]);
      const n = rows.length;
      const area = `${beforeRow}:${beforeRow + n - 1}`;
      // Remembered fills below the insertion move down with their cells.
      const shifted = memory.fills.map((r): string[] => {
        const f = fillFromCells(r);
        if (f?.sheet !== q.ws.id) return r;
        const a = parseA1(f.address);
        return a.row + 1 >= beforeRow ? fillCells({ ...f, address: toA1({ row: a.row + n, col: a.col }) }) : r;
      });
      const moved = shifted.some((r, i) => r !== memory.fills[i]);
      const block = prepareBlock(rows);

      await this.commit(ctx, (budget) => {
        const steps: Step[] = [
          { bytes: ACTION_BYTES * 2, queue: () => q.ws.getRange(area).insert(Excel.InsertShiftDirection.down), undo: () => q.ws.getRange(area).delete(Excel.DeleteShiftDirection.up) },
          ...planChunks(block, room(budget)).map((c): Step => ({ bytes: chunkBytes(block, c) + ACTION_BYTES * 4, queue: () => queueChunk(q.ws, beforeRow - 1, block, c) })),
        ];
        if (moved) {
          const meta = () => ctx.workbook.worksheets.getItem(memory.id!);
          steps.push({ bytes: ACTION_BYTES * 4 + jsonBytes(shifted), queue: () => queueReplace(meta(), FILLS, memory.fills.length, shifted), undo: () => queueReplace(meta(), FILLS, shifted.length, memory.fills) });
        }
        return steps;
      });
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    parseRange(address); // a malformed address is a programming error: fail before touching Excel
    await this.run(sheet, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  async getSelection(): Promise<Selection> {
    return this.run(undefined, async (ctx) => {
      const range = ctx.workbook.getSelectedRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      const ws = range.worksheet;
      ws.load("name");
      // Merged when the selection's first cell lies in a merged area (Excel selects the whole area then). Hosts
      // before ExcelApi 1.13 cannot tell; they report "not merged" rather than fail.
      const merges = Office.context.requirements.isSetSupported("ExcelApi", "1.13") ? range.getCell(0, 0).getMergedAreasOrNullObject() : null;
      merges?.load("areaCount");
      await ctx.sync();
      return {
        sheet: ws.name,
        row: range.rowIndex + 1,
        column: range.columnIndex + 1,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
        merged: merges !== null && !merges.isNullObject,
      };
    });
  }
}
