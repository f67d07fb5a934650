/**
 * The fake Excel workbook as plain data: everything a user could notice (values, formulas, formats, fills, cell
 * styles, fitted rows, page layout), so two dumps compared prove that nothing changed.
 */
import { columnLetter } from "../../../core";
import type { FakeBook, FakeSheet, FakeStyle, FakeValue } from "./fake-model";

export interface DumpCell {
  v?: FakeValue;
  f?: string;
  nf?: string;
  fill?: string;
  st?: FakeStyle;
}

export interface DumpSheet extends Omit<FakeSheet, "rows"> {
  cells: Record<string, DumpCell>;
  /** 1-based rows `autofitRows` has sized. */
  fitRows: number[];
}

export interface Dump {
  active: string;
  selection: { sheet: string; address: string };
  settings: Record<string, unknown>;
  sheets: DumpSheet[];
}

export function dumpBook(book: FakeBook): Dump {
  const nameOf = (id: string) => book.sheets.find((s) => s.id === id)?.name ?? `?${id}`;
  return {
    active: nameOf(book.activeId),
    selection: { sheet: nameOf(book.selection.sheetId), address: book.selection.address },
    settings: structuredClone(book.settings),
    sheets: book.sheets.map(({ rows, ...meta }) => {
      const cells: Record<string, DumpCell> = {};
      const fitRows: number[] = [];
      rows.forEach((row, r) => {
        if (!row) return;
        if (row.fit) fitRows.push(r + 1);
        const width = Math.max(row.v.length, row.f?.length ?? 0, row.nf?.length ?? 0, row.fill?.length ?? 0, row.st?.length ?? 0);
        for (let c = 0; c < width; c++) {
          const cell: DumpCell = {};
          if (row.v[c] != null) cell.v = row.v[c];
          if (row.f?.[c] != null) cell.f = row.f[c]!;
          if (row.nf?.[c] != null) cell.nf = row.nf[c]!;
          if (row.fill?.[c] != null) cell.fill = row.fill[c]!;
          if (row.st?.[c] != null) cell.st = { ...row.st[c]! };
          if (Object.keys(cell).length) cells[`${columnLetter(c)}${r + 1}`] = cell;
        }
      });
      return { ...structuredClone(meta), cells, fitRows };
    }),
  };
}
