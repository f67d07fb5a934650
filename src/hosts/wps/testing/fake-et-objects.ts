/**
 * Fake ET Worksheet, Worksheets (1-based, `.Item(i|name)`), Workbook, Window, Application and the add-in services
 * (task panes, PluginStorage, ApiEvent). Quirks kept: `Worksheets.Add(before, after)` activates the new sheet,
 * deleting a sheet with DisplayAlerts on would ask the user (the fake refuses), a `Range()` address is at most 255
 * characters, sheet names follow ET's rules, a hidden sheet cannot be activated.
 */
import { EtSheetData, PROTECTED, etFail, newSheetData, parseArea, usedRect } from "./fake-et-model";
import { FakeHPageBreaks, FakePageSetup } from "./fake-et-page";
import { EtWorld, FakeRange } from "./fake-et-range";

const NAME_CHARS = /[:\\/?*[\]]/;

export class FakeWorksheet {
  constructor(
    readonly _w: EtWorld,
    readonly _s: EtSheetData,
  ) {}

  get _live(): EtSheetData {
    if (this._s.deleted) etFail("对象已被删除 (the worksheet was deleted)");
    return this._s;
  }

  get Name(): string {
    return this._live.name;
  }
  set Name(x: unknown) {
    const s = this._live;
    const name = String(x);
    if (!name || name.length > 31 || NAME_CHARS.test(name) || /^'|'$/.test(name)) etFail(`工作表名称无效: "${name}"`);
    if (this._w.book.sheets.some((o) => o !== s && o.name.toLowerCase() === name.toLowerCase())) etFail(`工作表名称已存在: "${name}"`);
    s.name = name;
  }
  get Index(): number {
    return this._w.book.sheets.indexOf(this._live) + 1;
  }
  get Visible(): number {
    return this._live.visible;
  }
  set Visible(x: unknown) {
    const s = this._live;
    const v = x === true ? -1 : x === false ? 0 : Number(x);
    if (![-1, 0, 2].includes(v)) etFail(`Visible 无效: ${String(x)}`);
    if (v !== -1 && !this._w.book.sheets.some((o) => o !== s && o.visible === -1)) etFail("不能隐藏唯一可见的工作表");
    s.visible = v;
    if (v !== -1 && this._w.book.active === s) this._w.book.active = this._w.book.sheets.find((o) => o.visible === -1)!;
  }
  get ProtectContents(): boolean {
    return this._live.protected;
  }
  get PageSetup(): FakePageSetup {
    return new FakePageSetup(this._w, this._live);
  }
  get HPageBreaks(): FakeHPageBreaks {
    return new FakeHPageBreaks(this._w, this._live);
  }
  get UsedRange(): FakeRange {
    return new FakeRange(this._w, this._live, [usedRect(this._live)]);
  }
  Range(address: string): FakeRange {
    const s = this._live;
    if (typeof address !== "string") etFail("Range 方法失败：需要地址字符串");
    if (address.length > 255) etFail(`Range 方法失败：地址超过 255 个字符 (${address.length})`);
    return new FakeRange(this._w, s, address.split(",").map(parseArea));
  }
  get Cells(): FakeRange {
    return new FakeRange(this._w, this._live, [parseArea("1:1048576")]);
  }
  get Rows(): FakeRange {
    return new FakeRange(this._w, this._live, [parseArea("1:1048576")], "rows");
  }
  get Columns(): FakeRange {
    return new FakeRange(this._w, this._live, [parseArea("A:XFD")], "columns");
  }
  Activate(): boolean {
    const s = this._live;
    if (s.visible !== -1) etFail("Worksheet 类的 Activate 方法无效 (the sheet is hidden)");
    this._w.book.active = s;
    return true;
  }
  Select(): boolean {
    return this.Activate();
  }
  Delete(): boolean {
    const s = this._live;
    const book = this._w.book;
    if (this._w.displayAlerts) etFail("fake ET: deleting a sheet with DisplayAlerts on would ask the user to confirm");
    if (book.sheets.filter((o) => o !== s && o.visible === -1).length === 0) etFail("工作簿至少要含有一张可见工作表");
    if (book.sheets.some((o) => o.protected && o === s)) etFail(PROTECTED);
    const i = book.sheets.indexOf(s);
    book.sheets.splice(i, 1);
    s.deleted = true;
    if (book.active === s) book.active = book.sheets.slice(Math.max(0, i - 1)).find((o) => o.visible === -1) ?? book.sheets.find((o) => o.visible === -1)!;
    return true;
  }
  Move(before?: unknown, after?: unknown): boolean {
    const s = this._live;
    const sheets = this._w.book.sheets;
    const anchor = (before ?? after) as FakeWorksheet | null | undefined;
    if (!(anchor instanceof FakeWorksheet)) etFail("fake ET: Move without Before/After would copy to a new workbook");
    sheets.splice(sheets.indexOf(s), 1);
    const at = sheets.indexOf(anchor!._live);
    sheets.splice(before ? at : at + 1, 0, s);
    return true;
  }
}

export class FakeWorksheets {
  constructor(readonly _w: EtWorld) {}

  get Count(): number {
    return this._w.book.sheets.length;
  }
  Item(key: number | string): object {
    const sheets = this._w.book.sheets;
    const s = typeof key === "number" ? sheets[key - 1] : sheets.find((o) => o.name.toLowerCase() === String(key).toLowerCase());
    if (!s) return etFail(`下标越界 (Worksheets.Item(${JSON.stringify(key)}))`);
    return this._w.sheetObject(s);
  }
  Add(before?: unknown, after?: unknown): object {
    const book = this._w.book;
    const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
    let name: string;
    do name = `Sheet${++this._w.seq}`;
    while (taken.has(name.toLowerCase()));
    const s = newSheetData(name);
    const anchor = (before ?? after) as FakeWorksheet | null | undefined;
    if (anchor && !(anchor instanceof FakeWorksheet)) etFail("类型不匹配 (Add: Before/After must be worksheets)");
    const at = anchor ? book.sheets.indexOf(anchor._live) + (before ? 0 : 1) : book.sheets.indexOf(book.active);
    book.sheets.splice(at, 0, s);
    if (this._w.quirks.addActivates !== false) book.active = s;
    return this._w.sheetObject(s);
  }
}

export class FakeWorkbook {
  constructor(readonly _w: EtWorld) {}

  get Name(): string {
    return "工作簿1";
  }
  get Worksheets(): FakeWorksheets {
    return new FakeWorksheets(this._w);
  }
  get Sheets(): FakeWorksheets {
    return this.Worksheets;
  }
  get ActiveSheet(): object {
    return this._w.sheetObject(this._w.book.active);
  }
}

export class FakeWindow {
  constructor(readonly _w: EtWorld) {}

  get FreezePanes(): boolean {
    return this._w.book.active.frozen;
  }
  set FreezePanes(x: unknown) {
    this._w.book.active.frozen = x === true;
  }
  get SplitRow(): number {
    return this._w.book.active.splitRow;
  }
  set SplitRow(x: unknown) {
    this._w.book.active.splitRow = Number(x);
  }
  get SplitColumn(): number {
    return 0;
  }
  set SplitColumn(x: unknown) {
    if (Number(x) !== 0) etFail("fake ET: only SplitColumn = 0 is modelled");
  }
}

/** The add-in side of the application: what the ribbon page touches. */
export interface AddinServices {
  panes: FakeTaskPane[];
  storage: Map<string, unknown>;
  listeners: { event: string; handler: unknown }[];
}

export class FakeTaskPane {
  Visible = false;
  DockPosition = 2;
  constructor(
    readonly ID: number,
    readonly _url: string,
  ) {}
  Navigate(url: string): boolean {
    (this as { _url: string })._url = url;
    return true;
  }
}

export class FakePluginStorage {
  constructor(readonly _a: AddinServices) {}
  getItem(key: string): unknown {
    return this._a.storage.get(key) ?? null;
  }
  setItem(key: string, value: unknown): boolean {
    this._a.storage.set(key, value);
    return true;
  }
  removeItem(key: string): boolean {
    return this._a.storage.delete(key);
  }
}

export class FakeApiEvent {
  constructor(readonly _a: AddinServices) {}
  AddApiEventListener(event: string, handler: unknown): boolean {
    this._a.listeners.push({ event, handler });
    return true;
  }
  RemoveApiEventListener(event: string, handler: unknown): boolean {
    this._a.listeners = this._a.listeners.filter((l) => l.event !== event || l.handler !== handler);
    return true;
  }
}

export class FakeApplication {
  constructor(
    readonly _w: EtWorld,
    readonly _addin: AddinServices,
  ) {}

  get Name(): string {
    return "WPS 表格 (fake)";
  }
  get ActiveWorkbook(): FakeWorkbook {
    return new FakeWorkbook(this._w);
  }
  get Worksheets(): FakeWorksheets {
    return new FakeWorksheets(this._w);
  }
  get ActiveSheet(): object {
    return this._w.sheetObject(this._w.book.active);
  }
  get Selection(): FakeRange {
    const s = this._w.book.active;
    return new FakeRange(this._w, s, s.selection.split(",").map(parseArea));
  }
  get ActiveCell(): FakeRange {
    const a = this.Selection._areas[0];
    return new FakeRange(this._w, this._w.book.active, [{ r0: a.r0, c0: a.c0, r1: a.r0, c1: a.c0 }]);
  }
  get ActiveWindow(): FakeWindow {
    return new FakeWindow(this._w);
  }
  get DisplayAlerts(): boolean {
    return this._w.displayAlerts;
  }
  set DisplayAlerts(x: unknown) {
    this._w.displayAlerts = x === true;
  }
  get ScreenUpdating(): boolean {
    return this._w.screenUpdating;
  }
  set ScreenUpdating(x: unknown) {
    this._w.screenUpdating = x === true;
  }
  get PluginStorage(): FakePluginStorage {
    return new FakePluginStorage(this._addin);
  }
  get ApiEvent(): FakeApiEvent {
    return new FakeApiEvent(this._addin);
  }
  CreateTaskPane(url: string, _title?: string): FakeTaskPane {
    if (typeof url !== "string" || !url) etFail("CreateTaskPane: url required");
    const pane = new FakeTaskPane(this._addin.panes.length + 1, url);
    this._addin.panes.push(pane);
    return pane;
  }
  GetTaskPane(id: unknown): FakeTaskPane | null {
    return this._addin.panes.find((p) => String(p.ID) === String(id)) ?? null;
  }
}
