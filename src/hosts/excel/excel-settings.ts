/// <reference types="office-js" />
/**
 * getSetting/setSetting of the Office.js adapter. Settings live in `_perftarget` from column I (key | value pieces,
 * src/hosts/shared/perftarget-sheet.ts), the layout the WPS and .xlsx adapters use, so they travel with the file to every host: the
 * add-in's own document settings (`workbook.settings`) are invisible to WPS and to files, and are only read now, for
 * values saved there by earlier versions.
 *
 * Each call is one `Excel.run`: one sync reads the settings (a second only while the memory sheet's id is unknown),
 * and setSetting writes the key's row in one more (a value beyond the request budget takes a sync per budget).
 */
import { columnLetter } from "../../core";
import type { Step } from "./batches";
import { ExcelSession, room } from "./excel-session";
import { SETTINGS, queueProbe } from "./memory-sheet";
import { ACTION_BYTES, chunkBySize, jsonBytes } from "./payload";
import { SETTING_COLUMN, settingCells, settingValue } from "../shared/perftarget-sheet";

/** Cells of a settings row up to its last non-empty one (leftovers beyond the first empty cell included). */
const extent = (row: readonly string[]): number => {
  let n = row.length;
  while (n > 0 && row[n - 1] === "") n--;
  return n;
};

/** `J5:L5`-style address of `count` cells of a 1-based row, starting `from` cells right of I. */
const cells = (row: number, from: number, count: number) => `${columnLetter(SETTING_COLUMN + from)}${row}:${columnLetter(SETTING_COLUMN + from + count - 1)}${row}`;

const blanks = (n: number): string[] => new Array<string>(Math.max(0, n)).fill("");

/**
 * Queue writing `values` into a row, `from` cells right of I, as one assignment (so a row is never left half old,
 * half new): the first `text` are text-formatted first (keys and JSON stay text whatever they look like); the rest
 * are blanks ("" empties a cell) that clear what a longer old value left, formats included.
 */
function queueCells(meta: Excel.Worksheet, row: number, from: number, values: readonly string[], text: number): void {
  if (!values.length) return;
  if (text > 0) meta.getRange(cells(row, from, text)).numberFormat = [["@"]];
  meta.getRange(cells(row, from, values.length)).values = [[...values]];
  if (text < values.length) meta.getRange(cells(row, from + text, values.length - text)).clear(Excel.ClearApplyTo.formats);
}

export abstract class ExcelSettingsSession extends ExcelSession {
  async getSetting(key: string): Promise<string | null> {
    return this.run(undefined, async (ctx) => {
      const q = await this.firstSync(ctx, (hint) => {
        // Loaded in the same sync as the memory, so reading a value saved by an earlier version costs nothing more.
        const legacy = ctx.workbook.settings.getItemOrNullObject(key);
        legacy.load("value");
        return { legacy, probe: queueProbe(ctx, hint, [SETTINGS]) };
      });
      const memory = await this.memory(ctx, q.probe, [SETTINGS]);
      const row = memory.settings.find((r) => r[0] === key);
      if (row) return settingValue(row.slice(1));
      return q.legacy.isNullObject || q.legacy.value === null || q.legacy.value === undefined ? null : String(q.legacy.value);
    });
  }

  /**
   * Replace the key's row (or take the first free one), clearing what a longer old value left; other keys, the
   * remembered fills and owned sheets are other cells and stay as they are. An old `workbook.settings` entry is
   * left for earlier versions; the row shadows it.
   */
  async setSetting(key: string, value: string): Promise<void> {
    const next = settingCells({ key, value });
    await this.run(undefined, async (ctx) => {
      const q = await this.firstSync(ctx, (hint) => ({ probe: queueProbe(ctx, hint, [SETTINGS]) }));
      const memory = await this.memory(ctx, q.probe, [SETTINGS]);
      const rows = memory.settings;
      const same = rows.flatMap((r, i) => (r[0] === key ? [i] : []));
      const free = rows.findIndex((r) => r[0] === "");
      const target = same.length ? same[0] : free >= 0 ? free : rows.length;
      // Rows changed, as [0-based row, before, after]: the key's row, and any duplicate of it (emptied).
      const changes: [number, string[], string[]][] = [[target, rows[target] ?? [], next], ...same.slice(1).map((i): [number, string[], string[]] => [i, rows[i], []])];
      const created = memory.id === null;

      await this.commit(ctx, (budget) => {
        let meta: Excel.Worksheet | undefined;
        const sheet = () => (meta ??= this.metaSheet(ctx, memory));
        // The key's row with blanks over the old value's leftovers, in groups that fit a sync (one, but for huge values).
        const row = [...next, ...blanks(extent(changes[0][1]) - next.length)];
        const groups = chunkBySize(row.map((p) => jsonBytes(p) + 1), room(budget));
        return groups.map(([from, to], g): Step => ({
          bytes: ACTION_BYTES * (4 + (g ? 0 : changes.length * 3)) + jsonBytes(row.slice(from, to)),
          queue: () => {
            queueCells(sheet(), target + 1, from, row.slice(from, to), Math.max(0, Math.min(to, next.length) - from));
            if (g === 0) for (const [i, before] of changes.slice(1)) queueCells(sheet(), i + 1, 0, blanks(extent(before)), 0);
          },
          // The first group's undo puts every changed row back whole (or drops the sheet this write made).
          undo: g
            ? undefined
            : () => {
                if (created) return sheet().delete();
                for (const [i, before, after] of changes) {
                  const old = before.slice(0, extent(before));
                  queueCells(sheet(), i + 1, 0, [...old, ...blanks(after.length - old.length)], old.length);
                }
              },
        }));
      });
    });
  }
}
