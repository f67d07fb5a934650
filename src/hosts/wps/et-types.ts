/**
 * Our own narrow view of the WPS 表格 (ET) JS object model: only the members the adapter and the ribbon use.
 * Written from the documented call forms, not copied from vendor typings. Values that cross the bridge are typed
 * `unknown` on purpose: their shape differs between builds (scalar vs 2-D Value2, CVErr numbers), so every read
 * goes through a normaliser. A member typed `PropOrMethod` is a property in some builds and a method in others.
 */

export type PropOrMethod<T> = T | (() => T);

/** ET collections are 1-based and indexed with `.Item()`. */
export interface EtCollection<T> {
  Count: PropOrMethod<number>;
  Item(index: number | string): T;
}

export interface EtInterior {
  /** BGR long: r + g*256 + b*65536; null when the cells differ. */
  Color: unknown;
  /** -4142 (xlColorIndexNone) = no fill; null when the cells differ. */
  ColorIndex: unknown;
  /** -4142 (xlPatternNone) = no fill; 1 = solid. */
  Pattern: unknown;
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): unknown;
  Delete(): unknown;
}

export interface EtFont {
  Bold: unknown;
}

/** Page setup of a sheet (Excel's members; some builds lack some, or PageSetup altogether). Margins in points. */
export interface EtPageSetup {
  PaperSize: unknown;
  /** 1 portrait, 2 landscape. */
  Orientation: unknown;
  /** A percentage, or false to fit to FitToPagesWide × FitToPagesTall pages (false there = automatic). */
  Zoom: unknown;
  FitToPagesWide: unknown;
  FitToPagesTall: unknown;
  CenterHorizontally: unknown;
  LeftMargin: unknown;
  RightMargin: unknown;
  TopMargin: unknown;
  BottomMargin: unknown;
  HeaderMargin: unknown;
  FooterMargin: unknown;
  /** Whole rows repeated on each page, `$1:$1`. */
  PrintTitleRows: unknown;
  CenterFooter: unknown;
}

export interface EtRange {
  /** Scalar for one cell, an array of row arrays otherwise; errors as CVErr numbers. */
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  readonly Interior: EtInterior;
  Row: PropOrMethod<number>;
  Column: PropOrMethod<number>;
  readonly Rows: EtRange & EtCollection<EtRange>;
  readonly Columns: EtRange & EtCollection<EtRange>;
  Count: PropOrMethod<number>;
  /** A method with (rowAbsolute, columnAbsolute) in most builds; a plain `$A$1` string in some. */
  Address: PropOrMethod<string> | ((rowAbsolute?: boolean, columnAbsolute?: boolean) => string);
  Resize(rows: number, columns: number): EtRange;
  Item(row: number | string, column?: number): EtRange;
  readonly EntireRow: EtRange;
  readonly Worksheet: EtWorksheet;
  Insert(shift?: number): unknown;
  Delete(shift?: number): unknown;
  ClearContents(): unknown;
  Select(): unknown;
  /** One merged area (`across`: one per row); the upper-left value stays (with DisplayAlerts off, without asking). */
  Merge(across?: boolean): unknown;
  MergeCells: unknown;
  ColumnWidth: unknown;
  AutoFilter(): unknown;
  readonly Validation: EtValidation;
  SpecialCells(type: number, value?: number): EtRange;
  WrapText: unknown;
  VerticalAlignment: unknown;
  HorizontalAlignment: unknown;
  readonly Font: EtFont;
  /** On `.Rows` (or `.Columns`) of a range: fit the heights (widths) to the content. */
  AutoFit(): unknown;
}

export interface EtWorksheet {
  Name: PropOrMethod<string>;
  /** -1 visible, 0 hidden, 2 very hidden (users cannot unhide it from the UI). */
  Visible: unknown;
  ProtectContents: PropOrMethod<boolean>;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  readonly Rows: EtRange & EtCollection<EtRange>;
  readonly Columns: EtRange & EtCollection<EtRange>;
  Activate(): unknown;
  Delete(): unknown;
  Move(before?: EtWorksheet | null, after?: EtWorksheet | null): unknown;
  readonly PageSetup?: PropOrMethod<EtPageSetup | null>;
  /** Manual page breaks; some builds may lack them. */
  readonly HPageBreaks?: PropOrMethod<EtPageBreaks | null>;
}

/** `HPageBreaks`: `Add(Before)` puts a break above the top row of a Range (not an address). */
export interface EtPageBreaks {
  Count: PropOrMethod<number>;
  Add(before: EtRange): unknown;
}

export interface EtWorksheets extends EtCollection<EtWorksheet> {
  /** Add(before, after): with neither, the sheet goes before the active one. The new sheet becomes active. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtWorksheets;
}

export interface EtWindow {
  FreezePanes: unknown;
  SplitRow: unknown;
  SplitColumn: unknown;
}

export interface EtTaskPane {
  ID: PropOrMethod<string | number>;
  Visible: unknown;
  DockPosition?: unknown;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): unknown;
}

export interface EtApiEvent {
  AddApiEventListener(event: string, handler: unknown): unknown;
  RemoveApiEventListener?(event: string, handler: unknown): unknown;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook;
  readonly ActiveSheet: EtWorksheet;
  readonly Selection: unknown;
  readonly ActiveCell?: EtRange;
  readonly ActiveWindow: EtWindow;
  DisplayAlerts: unknown;
  ScreenUpdating?: unknown;
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  /** Spelled this way in some builds (pi-for-excel tries both). */
  CreateTaskpane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: unknown): EtTaskPane | null | undefined;
  readonly PluginStorage?: EtPluginStorage;
  readonly ApiEvent?: EtApiEvent;
}

/** What `window`/`globalThis` may carry inside WPS. */
export interface WpsGlobals {
  Application?: unknown;
  wps?: { EtApplication?: () => unknown } | unknown;
}

/** ET constants the adapter uses (Excel's values; WPS keeps them). */
export const XL = {
  none: -4142,
  shiftDown: -4121,
  shiftUp: -4162,
  cellTypeFormulas: -4123,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  veryHidden: 2,
  visible: -1,
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  alignTop: -4160,
  alignCenter: -4108,
} as const;
