/**
 * Inserting whole rows into an ExcelJS worksheet the way Excel does. ExcelJS's own spliceRows moves values,
 * styles and heights but leaves merges indexed at their old place, notes, hidden/outline flags and validations
 * behind, shared formulas pointing at moved masters, and every formula's references unshifted; this fills in
 * those gaps around it.
 */
import ExcelJS from "exceljs";
import { shiftFormulaRows, shiftRange } from "../shared/formula-shift";

interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface FormulaLike {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  shareType?: string;
  ref?: string;
}

const formulaOf = (v: ExcelJS.CellValue): FormulaLike | null =>
  v !== null && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v) ? (v as FormulaLike) : null;

/** ExcelJS keeps merges in a private index (master address → range); reading it is the only way to list them. */
function mergesOf(ws: ExcelJS.Worksheet): MergeBox[] {
  const index = (ws as unknown as { _merges: Record<string, MergeBox | undefined> })._merges;
  return Object.values(index).filter((m): m is MergeBox => Boolean(m));
}

const boxAddress = (m: MergeBox) => [m.top, m.left, m.bottom, m.right] as const;

/** Shared formulas become one formula per cell (same meaning), so moving cells cannot orphan a dependent. */
function unshare(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const f = formulaOf(cell.value);
      if (!f || (f.shareType !== "shared" && f.sharedFormula === undefined)) return;
      cell.value = { formula: cell.formula, result: f.result } as ExcelJS.CellFormulaValue;
    }),
  );
}

/** Shift every formula (and array-formula range) that refers to `target`'s rows at or below `at`. */
function shiftFormulas(workbook: ExcelJS.Workbook, target: string, at: number, count: number): void {
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const f = formulaOf(cell.value);
        if (!f || f.formula === undefined) return;
        const formula = shiftFormulaRows(f.formula, ws.name, target, at, count);
        const ref = f.ref && ws.name === target ? shiftRange(f.ref, at, count) : f.ref;
        if (formula !== f.formula || ref !== f.ref) cell.value = { ...f, formula, ...(ref ? { ref } : {}) } as ExcelJS.CellValue;
      }),
    );
  }
}

/**
 * Insert `count` empty rows before 1-based `at`. Styles of the new rows come from the row above (as in Excel),
 * with `styleAbove(cell)` deciding each cell's style (so a highlight of ours is not copied).
 */
export function insertEmptyRows(
  workbook: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  at: number,
  count: number,
  styleAbove: (cell: ExcelJS.Cell) => Partial<ExcelJS.Style>,
): void {
  if (count <= 0) return;
  unshare(ws);
  shiftFormulas(workbook, ws.name, at, count);

  // Merges at or below the insertion point are taken apart and put back shifted (a merge spanning it grows).
  const moved = mergesOf(ws).filter((m) => m.bottom >= at);
  const slaveStyles = moved.map((m) => {
    const styles: Partial<ExcelJS.Style>[][] = [];
    for (let r = m.top; r <= m.bottom; r++) {
      const line: Partial<ExcelJS.Style>[] = [];
      for (let c = m.left; c <= m.right; c++) line.push(ws.getCell(r, c).style);
      styles.push(line);
    }
    return styles;
  });
  for (const m of moved) ws.unMergeCells(...boxAddress(m));

  // What spliceRows does not carry: notes and the row flags.
  const notes: { r: number; c: number; note: ExcelJS.Comment | string }[] = [];
  const flags: { r: number; hidden: boolean; outlineLevel: number }[] = [];
  // includeEmpty: a row without values can still be hidden, grouped or carry a note.
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (r < at) return;
    flags.push({ r, hidden: row.hidden, outlineLevel: row.outlineLevel ?? 0 });
    row.eachCell((cell, c) => {
      if (cell.note !== undefined) notes.push({ r, c, note: cell.note });
    });
  });

  ws.spliceRows(at, 0, ...Array.from({ length: count }, () => []));

  for (const f of flags) {
    const row = ws.getRow(f.r + count);
    row.hidden = f.hidden;
    row.outlineLevel = f.outlineLevel;
  }
  // spliceRows rebuilt every moved row from its values, so the old positions hold no note any more.
  for (const n of notes) ws.getCell(n.r + count, n.c).note = n.note;

  const above = at > 1 ? ws.findRow(at - 1) : undefined;
  for (let i = 0; i < count; i++) {
    const row = ws.getRow(at + i);
    // The row object that sat here keeps its old height and flags through spliceRows: reset them.
    row.height = undefined as unknown as number;
    row.hidden = false;
    row.outlineLevel = 0;
    if (above) {
      above.eachCell({ includeEmpty: true }, (cell, c) => {
        row.getCell(c).style = styleAbove(cell);
      });
    }
  }

  moved.forEach((m, k) => {
    const grows = m.top < at;
    const box: MergeBox = { top: grows ? m.top : m.top + count, left: m.left, bottom: m.bottom + count, right: m.right };
    ws.mergeCellsWithoutStyle(...boxAddress(box));
    // Put the styles back where the cells went (rows of a grown merge added in between keep the new rows' style).
    slaveStyles[k].forEach((line, dr) => {
      const r = m.top + dr;
      const to = r >= at ? r + count : r;
      line.forEach((style, dc) => {
        ws.getCell(to, m.left + dc).style = style;
      });
    });
  });

  shiftSheetRanges(ws, at, count);
}

/** Data validations, conditional formats and a range auto filter follow their cells down. */
function shiftSheetRanges(ws: ExcelJS.Worksheet, at: number, count: number): void {
  // Neither member is in ExcelJS's typings.
  const inner = ws as unknown as { dataValidations: { model: Record<string, unknown> }; conditionalFormattings?: { ref: string }[] };
  const shifted: Record<string, unknown> = {};
  for (const [address, rule] of Object.entries(inner.dataValidations.model)) if (rule !== undefined) shifted[shiftRange(address, at, count)] = rule;
  inner.dataValidations.model = shifted;
  for (const cf of inner.conditionalFormattings ?? []) cf.ref = shiftRange(cf.ref, at, count);
  if (typeof ws.autoFilter === "string") ws.autoFilter = shiftRange(ws.autoFilter, at, count);
}
