/**
 * Writing a whole sheet the product makes (指标明细, 校验结果, 绩效自评表): added after the last sheet and written in
 * bulk, with a form's number formats, merged areas and page breaks (et-layout.ts); a refresh replaces only a sheet we
 * made (recorded in `_perftarget` with its first row) and takes its place.
 */
import { columnLetter } from "../../core";
import { uniqueSheetName } from "../a1";
import type { NewSheet } from "../workbook.port";
import { writeBlock } from "./et-block";
import { addPageBreaks, mergeAreas, sheetLayout } from "./et-layout";
import { applyPrint } from "./et-print";
import { EtSession, count, item } from "./et-bridge";
import { rowSignature, signatureMatches } from "../shared/perftarget-sheet";
import { Meta, nameOf, readMeta, writeMeta } from "./et-meta";
import type { EtRange, EtWorksheet } from "./et-types";
import { XL } from "./et-types";
import { cellFromEt, grid2D } from "./et-values";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A sheet we made under the wanted name (or a numbered one, when a user's sheet holds the name), still as we wrote it. */
function ownedSheet(s: EtSession, meta: Meta, names: string[], wanted: string): { ws: EtWorksheet; name: string } | undefined {
  const pattern = new RegExp(`^${escape(wanted)}( \\(\\d+\\))?$`, "i");
  for (const name of names.filter((n) => pattern.test(n)).sort((a, b) => a.length - b.length)) {
    const record = meta.owned.find((o) => same(o.sheet, name));
    if (!record) continue;
    const ws = s.sheet(name);
    // As many cells as the stored signature covers (trailing tabs included, as earlier versions stored them).
    const width = record.signature.split("\t").length;
    const first = grid2D(ws.Range("A1").Resize(1, width).Value2, 1, width)[0].map(cellFromEt);
    if (signatureMatches(record.signature, first)) return { ws, name };
  }
  return undefined;
}

export interface SheetWriteOptions {
  blockRows: number;
  /** Longest multi-area address (print styles, number formats). */
  addressChars: number;
  /** Hears about print settings and page breaks this build refused (they are skipped; the sheet is written anyway). */
  log: (message: string) => void;
}

/**
 * The new sheet is added after the last one and written; a refreshed sheet takes the old one's place and name, and
 * the old one is deleted as the very last step. Any failure before that deletes the new sheet.
 */
export function writeSheet(s: EtSession, spec: NewSheet, refresh: boolean, options: SheetWriteOptions): string {
  const layout = sheetLayout(spec); // a malformed layout is refused before anything is touched
  const meta = readMeta(s);
  const names = s.names();
  const active = s.app.ActiveSheet;
  const activeName = nameOf(active);
  const old = refresh ? ownedSheet(s, meta, names, spec.name) : undefined;
  const name = old ? old.name : uniqueSheetName(spec.name, names);

  const sheets = s.sheets;
  s.onUndo(() => active.Activate()); // undone last: the user's sheet is active again after a failure
  const ws = sheets.Add(null, item<EtWorksheet>(sheets, count(sheets)));
  let gone = false;
  const drop = () => {
    if (!gone) ws.Delete();
    gone = true;
  };
  s.onUndo(drop);
  if (!old) ws.Name = name;
  ws.Activate(); // freezing panes works on the active window; most builds activate a new sheet anyway
  writeBlock(ws, 0, spec.rows, spec.textColumns, options.blockRows, layout.formats, options.addressChars);
  mergeAreas(ws, layout.merges);
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 1);
  if (spec.header) {
    const win = s.app.ActiveWindow;
    win.SplitColumn = 0;
    win.SplitRow = 1;
    win.FreezePanes = true;
    ws.Range(`A1:${columnLetter(width - 1)}${Math.max(1, spec.rows.length)}`).AutoFilter();
  }
  spec.widths?.forEach((w, i) => (item<EtRange>(ws.Columns, i + 1).ColumnWidth = w));
  // After the widths: rows are fitted to the wrapped text at these widths. Neither throws (see et-print.ts).
  const skipped = spec.print ? applyPrint(ws, spec.rows, width, spec.print, options.addressChars) : [];
  skipped.push(...addPageBreaks(ws, layout.pageBreaks));
  if (skipped.length) options.log(`WPS: print setup of "${name}" skipped (not in this build?): ${skipped.join(", ")}`);
  for (const v of spec.validations ?? []) {
    const col = columnLetter(v.column);
    ws.Range(`${col}2:${col}${Math.max(2, v.lastRow)}`).Validation.Add(XL.validateList, XL.validAlertStop, XL.between, v.list.join(","));
  }
  // Records of sheets that are gone (or the one replaced now) are dropped.
  const owned = meta.owned.filter((o) => names.some((n) => same(n, o.sheet)) && !(old && same(o.sheet, old.name)));
  owned.push({ sheet: name, signature: rowSignature(spec.rows[0] ?? []) });
  writeMeta(s, meta, { ...meta, owned });
  if (old) {
    ws.Move(old.ws); // before the old sheet: its place once it is gone
    const parked = uniqueSheetName("~perftarget", names);
    old.ws.Name = parked; // frees the name; given back (once the new sheet is gone) if anything later fails
    s.onUndo(() => {
      drop();
      old.ws.Name = old.name;
    });
    ws.Name = name;
  }
  if (spec.activate || (old && same(old.name, activeName))) ws.Activate();
  else active.Activate();
  old?.ws.Delete(); // last: the one step that cannot be undone
  return name;
}
