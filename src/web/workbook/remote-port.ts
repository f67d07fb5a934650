/** A WorkbookPort whose workbook lives in the workbook host (usually a worker): every call is one request. */
import type { CellInput, CellWrite, Highlight, NewSheet, Selection, SheetValues, WorkbookPort } from "../../hosts/workbook.port";
import type { WorkbookClient } from "./workbook-client";

export class RemotePort implements WorkbookPort {
  constructor(
    private readonly client: WorkbookClient,
    readonly doc: number,
  ) {}

  private call<T>(method: Parameters<WorkbookClient["call"]>[1], ...args: unknown[]): Promise<T> {
    return this.client.call(this.doc, method, args) as Promise<T>;
  }

  readActiveSheet = () => this.call<SheetValues>("readActiveSheet");
  readSheet = (name: string) => this.call<SheetValues>("readSheet", name);
  sheetNames = () => this.call<string[]>("sheetNames");
  addSheet = (sheet: NewSheet) => this.call<string>("addSheet", sheet);
  refreshOwnedSheet = (sheet: NewSheet) => this.call<string>("refreshOwnedSheet", sheet);
  highlight = (sheet: string, cells: Highlight[]) => this.call<void>("highlight", sheet, cells);
  clearHighlights = (sheet?: string) => this.call<number>("clearHighlights", ...(sheet === undefined ? [] : [sheet]));
  insertRows = (sheet: string, beforeRow: number, rows: CellInput[][]) => this.call<void>("insertRows", sheet, beforeRow, rows);
  readFormulas = (sheet: string) => this.call<Record<string, string>>("readFormulas", sheet);
  writeCells = (sheet: string, cells: CellWrite[]) => this.call<void>("writeCells", sheet, cells);
  select = (sheet: string, address: string) => this.call<void>("select", sheet, address);
  getSelection = () => this.call<Selection>("getSelection");
  getSetting = (key: string) => this.call<string | null>("getSetting", key);
  setSetting = (key: string, value: string) => this.call<void>("setSetting", key, value);
}
