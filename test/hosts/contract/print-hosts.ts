/**
 * Every WorkbookPort host, able to say how a sheet will print, in one normalised shape: the memory adapter from the
 * PrintSetup it keeps, the .xlsx adapter from the saved file's page setup and cell styles, the strict fake Excel and
 * the fake ET from their page layout and cell-style models. Null when the sheet has no print setup at all.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core";
import { ExcelAdapter } from "../../../src/hosts/excel/excel.adapter";
import { MemoryAdapter } from "../../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../../src/hosts/memory/memory.workbook";
import type { WorkbookPort } from "../../../src/hosts/workbook.port";
import { WpsAdapter } from "../../../src/hosts/wps/wps.adapter";
import { FakeEt } from "../../../src/hosts/wps/testing/fake-et";
import { XlsxAdapter } from "../../../src/hosts/xlsx/xlsx.adapter";
import { FakeExcel } from "../../support/fake-excel";

export interface NormPrint {
  paper: string;
  orientation: string;
  /** One page wide, as many pages tall as it takes. */
  oneWide: boolean;
  /** `1:1`, or null. */
  titleRows: string | null;
  /** 0-based columns with wrapped cells. */
  wrapColumns: number[];
  /** 1-based rows whose column A is bold. */
  boldRows: number[];
}

export interface PrintHost {
  port: WorkbookPort;
  print(sheet: string): Promise<NormPrint | null>;
  done(): void;
}

const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);

/** Columns with a wrapped cell and rows with a bold first cell, from per-row style arrays. */
function fromStyles(rows: readonly ({ st?: ({ wrap?: boolean; bold?: boolean } | null)[] } | undefined)[]): Pick<NormPrint, "wrapColumns" | "boldRows"> {
  const wrap: number[] = [];
  const bold: number[] = [];
  rows.forEach((row, r) => {
    row?.st?.forEach((s, c) => s?.wrap && wrap.push(c));
    if (row?.st?.[0]?.bold) bold.push(r + 1);
  });
  return { wrapColumns: sorted(wrap), boldRows: sorted(bold) };
}

function memoryHost(grids: Grid[]): PrintHost {
  const port = new MemoryAdapter(newWorkbook(grids.map((g) => newSheet(g.name, g.rows.map((r) => [...r])))));
  return {
    port,
    print: async (name) => {
      const p = port.data.sheets.find((s) => s.name === name)?.print;
      if (!p) return null;
      const titleRows = p.titleRows ? `${p.titleRows[0]}:${p.titleRows[1]}` : null;
      return { paper: p.paper, orientation: p.orientation, oneWide: p.fitToWidth, titleRows, wrapColumns: sorted(p.wrapColumns), boldRows: sorted(p.boldRows) };
    },
    done: () => undefined,
  };
}

function xlsxHost(grids: Grid[]): PrintHost {
  const port = XlsxAdapter.fromGrid(grids[0]);
  return {
    port,
    print: async (name) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await port.toBytes()) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(name)!;
      const p = ws.pageSetup;
      if (p.paperSize === undefined && !p.fitToPage) return null;
      const wrap: number[] = [];
      const bold: number[] = [];
      ws.eachRow((row, r) => {
        row.eachCell((cell, c) => cell.alignment?.wrapText && wrap.push(c - 1));
        if (row.getCell(1).font?.bold) bold.push(r);
      });
      return {
        paper: p.paperSize === 9 ? "A4" : String(p.paperSize),
        orientation: String(p.orientation),
        oneWide: p.fitToPage === true && p.fitToWidth === 1 && p.fitToHeight === 0,
        titleRows: p.printTitlesRow ?? null,
        wrapColumns: sorted(wrap),
        boldRows: sorted(bold),
      };
    },
    done: () => undefined,
  };
}

function excelHost(grids: Grid[]): PrintHost {
  const fake = FakeExcel.fromGrids(grids).install();
  return {
    port: new ExcelAdapter() as unknown as WorkbookPort,
    print: async (name) => {
      const s = fake.sheet(name);
      if (!s.page) return null;
      const p = s.page;
      const oneWide = p.zoom.horizontalFitToPages === 1 && p.zoom.verticalFitToPages === 0;
      return { paper: p.paperSize, orientation: p.orientation.toLowerCase(), oneWide, titleRows: p.printTitleRows, ...fromStyles(s.rows) };
    },
    done: () => fake.uninstall(),
  };
}

function wpsHost(grids: Grid[]): PrintHost {
  const fake = FakeEt.fromGrids(grids);
  return {
    port: new WpsAdapter({ app: fake.app }),
    print: async (name) => {
      const s = fake.sheet(name);
      const p = s.page;
      if (!Object.keys(p).length) return null;
      return {
        paper: p.PaperSize === 9 ? "A4" : String(p.PaperSize),
        orientation: p.Orientation === 2 ? "landscape" : "portrait",
        oneWide: p.Zoom === false && p.FitToPagesWide === 1 && p.FitToPagesTall === false,
        titleRows: typeof p.PrintTitleRows === "string" && p.PrintTitleRows ? p.PrintTitleRows.replace(/\$/g, "") : null,
        ...fromStyles(s.rows),
      };
    },
    done: () => undefined,
  };
}

export const PRINT_HOSTS: Record<string, (grids: Grid[]) => PrintHost> = {
  memory: memoryHost,
  ".xlsx file": xlsxHost,
  "strict fake Excel": excelHost,
  "fake ET": wpsHost,
};
