/**
 * Every WorkbookPort host, able to say how a form (绩效自评表) is laid out, in one normalised shape: merged areas,
 * number formats by cell (General left out, a text column's `@` included; cells hidden under a merged area left out,
 * as hosts differ there: ExcelJS gives them the first cell's style) and manual page breaks. The memory adapter
 * from what it keeps (it keeps no page breaks: `pageBreaks` is left out for it), the .xlsx adapter from the saved file
 * (ExcelJS reads merges and formats back; page breaks are read from the sheet's XML, which ExcelJS does not parse), the
 * strict fake Excel and the fake ET from their models.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnIndex, type Grid } from "../../../src/core";
import { ExcelAdapter } from "../../../src/hosts/excel/excel.adapter";
import { MemoryAdapter } from "../../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../../src/hosts/memory/memory.workbook";
import type { NewSheet, WorkbookPort } from "../../../src/hosts/workbook.port";
import { WpsAdapter } from "../../../src/hosts/wps/wps.adapter";
import { FakeEt } from "../../../src/hosts/wps/testing/fake-et";
import { XlsxAdapter } from "../../../src/hosts/xlsx/xlsx.adapter";
import { FakeExcel } from "../../support/fake-excel";

/** A small form: a merged title, a merged label column, a text column of codes and a rate column. */
export const SMALL_FORM: NewSheet = {
  name: "表",
  rows: [
    ["项目支出绩效自评表", null, null, null],
    ["编码", "指标", "完成率", "得分"],
    ["001", "产出", 0.8523, 4.5],
    [null, "效益", 1, 5],
    ["002", "满意度", 0.9, 3],
  ],
  textColumns: [0],
  merges: ["A1:D1", "A3:A4"],
  numberFormats: { C3: "0.00%", C4: "0.00%", C5: "0.00%", D5: "0.0", A5: "0" },
  pageBreaks: [4],
};

export interface NormLayout {
  /** Sorted. */
  merges: string[];
  numberFormats: Record<string, string>;
  /** 1-based rows a printed page ends after; absent for a host that keeps none. */
  pageBreaks?: number[];
}

export interface LayoutHost {
  port: WorkbookPort;
  layout(sheet: string): Promise<NormLayout>;
  done(): void;
}

const sortedMerges = (xs: Iterable<string>) => [...xs].sort();

/** Leave out the formats of cells under a merged area but its first. */
function visible(layout: NormLayout): NormLayout {
  const areas = layout.merges.map((m) => {
    const [a, b] = m.split(":").map((x) => /^([A-Z]+)(\d+)$/.exec(x)!);
    return { c0: columnIndex(a[1]), r0: Number(a[2]), c1: columnIndex(b[1]), r1: Number(b[2]) };
  });
  const hidden = (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const [c, r] = [columnIndex(m[1]), Number(m[2])];
    return areas.some((x) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1 && (r !== x.r0 || c !== x.c0));
  };
  return { ...layout, numberFormats: Object.fromEntries(Object.entries(layout.numberFormats).filter(([a]) => !hidden(a))) };
}
const formatsOf = (cells: Record<string, { nf?: string | null }>) =>
  Object.fromEntries(Object.entries(cells).flatMap(([a, c]) => (c.nf && c.nf !== "General" ? [[a, c.nf]] : [])));

function memoryHost(grids: Grid[]): LayoutHost {
  const port = new MemoryAdapter(newWorkbook(grids.map((g) => newSheet(g.name, g.rows.map((r) => [...r])))));
  return {
    port,
    layout: async (name) => {
      const s = port.data.sheets.find((x) => x.name === name)!;
      return { merges: sortedMerges(s.merges), numberFormats: { ...s.numberFormats } };
    },
    done: () => undefined,
  };
}

/** The sheet's XML part in a saved workbook: workbook.xml names it, its relationships say which part it is. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"');
  const sheet = [...book.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"/g)].find((m) => unescape(m[1]) === name)!;
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[2]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[2]}"`).exec(rels);
  return zip.file(`xl/${target![1].replace(/^\/?xl\//, "")}`)!.async("string");
}

function xlsxHost(grids: Grid[]): LayoutHost {
  const port = XlsxAdapter.fromGrid(grids[0]);
  return {
    port,
    layout: async (name) => {
      const bytes = await port.toBytes();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(name)!;
      const numberFormats: Record<string, string> = {};
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.numFmt && cell.numFmt !== "General") numberFormats[cell.address] = cell.numFmt;
        }),
      );
      const xml = await sheetXml(bytes, name);
      // `<brk id="r">`: a manual break after 1-based row r.
      const pageBreaks = [...(/<rowBreaks[^>]*>(.*?)<\/rowBreaks>/s.exec(xml)?.[1] ?? "").matchAll(/<brk [^>]*id="(\d+)"/g)].map((m) => Number(m[1]));
      return { merges: sortedMerges((ws.model as { merges: string[] }).merges), numberFormats, pageBreaks };
    },
    done: () => undefined,
  };
}

function excelHost(grids: Grid[]): LayoutHost {
  const fake = FakeExcel.fromGrids(grids).install();
  return {
    port: new ExcelAdapter() as unknown as WorkbookPort,
    layout: async (name) => {
      const s = fake.dump().sheets.find((x) => x.name === name)!;
      return { merges: sortedMerges(s.merges), numberFormats: formatsOf(s.cells), pageBreaks: [...s.pageBreaks] };
    },
    done: () => fake.uninstall(),
  };
}

function wpsHost(grids: Grid[]): LayoutHost {
  const fake = FakeEt.fromGrids(grids);
  return {
    port: new WpsAdapter({ app: fake.app, log: () => undefined }),
    layout: async (name) => {
      const s = fake.dump().sheets.find((x) => x.name === name)!;
      return { merges: sortedMerges(s.merges), numberFormats: formatsOf(s.cells), pageBreaks: [...s.pageBreaks] };
    },
    done: () => undefined,
  };
}

const normalised = (make: (grids: Grid[]) => LayoutHost) => (grids: Grid[]): LayoutHost => {
  const h = make(grids);
  return { ...h, layout: async (sheet) => visible(await h.layout(sheet)) };
};

export const LAYOUT_HOSTS: Record<string, (grids: Grid[]) => LayoutHost> = {
  memory: normalised(memoryHost),
  ".xlsx file": normalised(xlsxHost),
  "strict fake Excel": normalised(excelHost),
  "fake ET": normalised(wpsHost),
};
