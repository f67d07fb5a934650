/**
 * The three WorkbookPort hosts of the contract suite, each over the same starting grid, each able to show its
 * workbook as one normalised dump: visible sheets in order, and per cell its value, formula (a formula cell's
 * cached value is left out: hosts compute it differently) and fill. Drop-down lists are included only for hosts
 * whose adapter has the newer port members (readFormulas/writeCells/validations).
 */
import { columnLetter, type CellValue, type Grid } from "../../../src/core";
import { ExcelAdapter } from "../../../src/hosts/excel/excel.adapter";
import { MemoryAdapter } from "../../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../../src/hosts/memory/memory.workbook";
import type { WorkbookPort } from "../../../src/hosts/workbook.port";
import { WpsAdapter } from "../../../src/hosts/wps/wps.adapter";
import { FakeEt } from "../../../src/hosts/wps/testing/fake-et";
import { XlsxAdapter } from "../../../src/hosts/xlsx/xlsx.adapter";
import { FakeExcel } from "../../support/fake-excel";

export interface NormCell {
  v?: CellValue;
  f?: string;
  fill?: string;
}

export interface NormSheet {
  name: string;
  cells: Record<string, NormCell>;
  validations?: { range: string; list: string[] }[];
}

export interface Norm {
  active: string;
  sheets: NormSheet[];
}

export interface Host {
  port: WorkbookPort;
  /** True once the adapter implements readFormulas, writeCells and NewSheet.validations. */
  full: boolean;
  norm(): Norm;
  /** A user's own fill, planted outside the port. */
  fill(sheet: string, address: string, color: string): void;
  /** A new adapter over the same workbook (nothing cached from `port`), as after closing and reopening the pane. */
  reopen(): Promise<WorkbookPort>;
  done(): void;
}

/** What the settings cases need of a host: the .xlsx adapter has it too (a file, reopened from its saved bytes). */
export type SettingsHost = Pick<Host, "port" | "reopen" | "done">;

const META = "_perftarget";
const hasNewMembers = (port: object) => typeof (port as { writeCells?: unknown }).writeCells === "function";

function cell(v: unknown, f: string | null | undefined, fill: string | null | undefined): NormCell | null {
  const out: NormCell = {};
  if (f) out.f = f;
  else if (v !== null && v !== undefined && v !== "") out.v = v as CellValue;
  if (fill) out.fill = fill.toUpperCase();
  return Object.keys(out).length ? out : null;
}

function memoryHost(grids: Grid[]): Host {
  const port = new MemoryAdapter(newWorkbook(grids.map((g) => newSheet(g.name, g.rows.map((r) => [...r])))));
  return {
    port,
    full: hasNewMembers(port),
    norm: () => ({
      active: port.data.active,
      sheets: port.data.sheets.map((s) => {
        const cells: Record<string, NormCell> = {};
        const addresses = new Set([...Object.keys(s.formulas), ...Object.keys(s.fills)]);
        s.values.forEach((row, r) => row.forEach((v, c) => v !== null && addresses.add(`${columnLetter(c)}${r + 1}`)));
        for (const a of addresses) {
          const m = /^([A-Z]+)(\d+)$/.exec(a)!;
          const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const x = cell(s.values[Number(m[2]) - 1]?.[col], s.formulas[a], s.fills[a]);
          if (x) cells[a] = x;
        }
        return { name: s.name, cells, ...(hasNewMembers(port) ? { validations: s.validations ?? [] } : {}) };
      }),
    }),
    fill: (sheet, address, color) => (port.data.sheets.find((s) => s.name === sheet)!.fills[address] = color),
    reopen: async () => new MemoryAdapter(port.data),
    done: () => undefined,
  };
}

/** A fake host's dumped cells (value, formula, fill by address), normalised as every host's are. */
function dumpCells(dumped: Record<string, { v?: unknown; f?: string | null; fill?: string | null }>): Record<string, NormCell> {
  const cells: Record<string, NormCell> = {};
  for (const [a, c] of Object.entries(dumped)) {
    const x = cell(c.v, c.f, c.fill);
    if (x) cells[a] = x;
  }
  return cells;
}

function excelHost(grids: Grid[]): Host {
  const fake = FakeExcel.fromGrids(grids).install();
  const port = new ExcelAdapter();
  const full = hasNewMembers(port);
  return {
    port: port as unknown as WorkbookPort,
    full,
    norm: () => {
      const d = fake.dump();
      return {
        active: d.active,
        sheets: d.sheets
          .filter((s) => s.name !== META)
          .map((s) => {
            const cells = dumpCells(s.cells);
            // The fake Excel keeps a list's source as Excel does ("a,b,c").
            const validations = ((s as unknown as { validations?: { range: string; list?: string[]; source?: string }[] }).validations ?? []).map((v) => ({
              range: v.range,
              list: v.list ?? String(v.source ?? "").split(","),
            }));
            return { name: s.name, cells, ...(full ? { validations } : {}) };
          }),
      };
    },
    fill: (sheet, address, color) => fake.setFill(sheet, address, color),
    reopen: async () => new ExcelAdapter() as unknown as WorkbookPort,
    done: () => fake.uninstall(),
  };
}

function wpsHost(grids: Grid[], quirks: ConstructorParameters<typeof FakeEt>[1] = {}): Host & { fake: FakeEt } {
  const fake = FakeEt.fromGrids(grids, quirks);
  const port = new WpsAdapter({ app: fake.app });
  return {
    fake,
    port,
    full: hasNewMembers(port),
    norm: () => {
      const d = fake.dump();
      return {
        active: d.active,
        sheets: d.sheets
          .filter((s) => s.name !== META)
          .map((s) => ({ name: s.name, cells: dumpCells(s.cells), validations: s.validations })),
      };
    },
    fill: (sheet, address, color) => fake.setFill(sheet, address, color),
    reopen: async () => new WpsAdapter({ app: fake.app }),
    done: () => undefined,
  };
}

/** An .xlsx file: each reopen reads the bytes the port saves now. */
function xlsxHost(grids: Grid[]): SettingsHost {
  const port = XlsxAdapter.fromGrid(grids[0]);
  return { port, reopen: async () => XlsxAdapter.fromBytes(await port.toBytes()), done: () => undefined };
}

export const HOSTS: Record<string, (grids: Grid[]) => Host> = {
  memory: memoryHost,
  "strict fake Excel": excelHost,
  "fake ET": (g) => wpsHost(g),
  // A WPS build where Count/Name/Row/Column are methods, Address is a property and Rows.Item takes numbers only.
  "fake ET (method-style build)": (g) =>
    wpsHost(g, { methods: ["Count", "Name", "Row", "Column", "ProtectContents"], properties: ["Address"], itemAddress: false, empty: "", flatRows: true }),
};

/** Every adapter that keeps settings in the workbook. */
export const SETTINGS_HOSTS: Record<string, (grids: Grid[]) => SettingsHost> = { ...HOSTS, ".xlsx file": xlsxHost };

export { wpsHost };
