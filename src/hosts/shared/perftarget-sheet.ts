/**
 * The record format of `_perftarget`, the very hidden sheet that holds the product's memory inside the workbook (so
 * it travels with the file and survives a reload). One codec for the three adapters that keep it — Excel add-in,
 * WPS and .xlsx files — so a workbook's memory reads the same in every host. Three independent lists, from row 1:
 *   A:D  fills    sheet key | cell address | original fill ("" = no fill) | the colour we applied
 *   E1   MARKER   what tells this sheet from a user's sheet of the same name
 *   F:G  owned    sheet key | stamp: the first row's signature when written (WPS, .xlsx) or the name when made (Excel)
 *   I:…  settings key | value in pieces of at most 32,000 characters across J, K, L … (Excel and ET refuse a cell
 *                 over 32,767)
 * Sheet keys are Office.js sheet ids for the Excel add-in (users rename sheets; a file has no ids) and sheet names
 * for WPS and files (ET has no stable ids across builds), so each host ignores the other's records rather than
 * misreading them.
 *
 * Pure: strings in, strings out (no Office.js, ET or ExcelJS). An adapter reads the sheet's cells as strings and
 * writes the cells given here; how it reads and writes (batched syncs, bridge calls, ExcelJS cells) is its own.
 */

export const META_SHEET = "_perftarget";

/**
 * The record sheet says what it is in E1 (a column no list uses): a user's own sheet that happens to be called
 * `_perftarget` is never taken for ours. Sheets written before the marker have none; they are known by their
 * very hidden state and their exact name (users cannot make a very hidden sheet from the UI).
 */
export const MARKER = "perftarget-records/1";
export const MARKER_COLUMN = 4; // E

/** The names the record sheet may have: `_perftarget`, or `_perftarget~2`, `~3` … when a user's sheet holds the name. */
const META_NAMES = /^_perftarget(~[1-9]\d*)?$/i;

/** ET and Excel compare sheet names case-insensitively. */
export const isMetaName = (name: string): boolean => META_NAMES.test(name);

/** What tells the record sheet from a user's sheet of a record-sheet name. */
export interface SheetIdentity {
  name: string;
  veryHidden: boolean;
  /** Whether its E1 holds MARKER. */
  marked: boolean;
}

/** Ours: very hidden, one of our names, and marked, or (written before the marker) named exactly `_perftarget`. */
export const isRecordSheet = (s: SheetIdentity): boolean =>
  s.veryHidden && isMetaName(s.name) && (s.marked || s.name.toLowerCase() === META_SHEET);

/** The name for a new record sheet: `_perftarget`, or the first free `_perftarget~N` (names compare case-insensitively). */
export function recordSheetName(taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(META_SHEET)) return META_SHEET;
  let n = 2;
  while (used.has(`${META_SHEET}~${n}`)) n++;
  return `${META_SHEET}~${n}`;
}

/** Where a list lives: its first column (0-based, A = 0) and how many columns one record takes. */
export interface ListColumns {
  readonly first: number;
  readonly width: number;
}
export const FILL_COLUMNS: ListColumns = { first: 0, width: 4 }; // A:D
export const OWNED_COLUMNS: ListColumns = { first: 5, width: 2 }; // F:G
/** 0-based column of a setting's key (I); the value starts in the next column. */
export const SETTING_COLUMN = 8;
export const SETTING_PIECE = 32_000;
/** Columns a written block always covers, A…J: the two lists, and a setting's key and first piece. */
export const BLOCK_WIDTH = SETTING_COLUMN + 2;
/** A signature keeps this many characters of the row's text. */
export const SIGNATURE_CHARS = 500;

export interface FillRecord {
  sheet: string;
  address: string;
  /** The fill as found before our first colouring (the host's own notation); null = the cell had no fill. */
  original: string | null;
  applied: string;
}

export interface OwnedRecord {
  sheet: string;
  /** rowSignature of the first row as written (WPS, .xlsx), or the sheet's name when made (Excel). */
  signature: string;
}

export interface SettingRecord {
  key: string;
  value: string;
}

/** Each list in sheet order, row 1 first; rows that hold no record of a list are not in it. */
export interface PerftargetRecords {
  fills: FillRecord[];
  owned: OwnedRecord[];
  settings: SettingRecord[];
}

// ---- settings: one value in pieces ----

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The value's pieces, in order ("" has none). A piece never ends inside a surrogate pair: a file cell holding half
 * of one cannot be saved (ExcelJS writes U+FFFD), so an emoji on a boundary would be lost.
 */
export function settingPieces(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; ) {
    let end = Math.min(value.length, i + SETTING_PIECE);
    if (end < value.length && isHighSurrogate(value.charCodeAt(end - 1))) end--;
    out.push(value.slice(i, end));
    i = end;
  }
  return out;
}

/** The value of a row's cells after the key, as every host reads it: pieces up to the first empty one. */
export function settingValue(pieces: readonly string[]): string {
  let value = "";
  for (const p of pieces) {
    if (p === "") break;
    value += p;
  }
  return value;
}

// ---- one record ⇄ its cells ----

/** The four cells A:D of a fill record. */
export const fillCells = (f: FillRecord): string[] => [f.sheet, f.address, f.original ?? "", f.applied];

/** A fill record from its cells A:D; none without a sheet key and an address, or with an address no sheet has. */
export function fillFromCells(cells: readonly (string | undefined)[]): FillRecord | undefined {
  const [sheet = "", address = "", original = "", applied = ""] = cells;
  return sheet && isCellAddress(address) ? { sheet, address, original: original || null, applied } : undefined;
}

/** The last row and column (1-based) of a sheet in Excel, ET and .xlsx files. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * `B7` as written by the adapters (upper case, no `$`), inside a sheet's bounds. A hand-edited `ZZZZ99999999` is no
 * cell: every host would fail on it half-way through a restore, so the record is set aside as damaged.
 */
export function isCellAddress(address: string): boolean {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(address);
  if (!m) return false;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return col <= SHEET_COLUMNS && Number(m[2]) <= SHEET_ROWS;
}

/** The two cells F:G of an owned record. */
export const ownedCells = (o: OwnedRecord): string[] => [o.sheet, o.signature];

/** An owned record from its cells F:G; none without a sheet key. */
export function ownedFromCells(cells: readonly (string | undefined)[]): OwnedRecord | undefined {
  const [sheet = "", signature = ""] = cells;
  return sheet ? { sheet, signature } : undefined;
}

/** A setting's cells from I: the key, then the value's pieces (as many as it takes). */
export const settingCells = (s: SettingRecord): string[] => [s.key, ...settingPieces(s.value)];

/** A setting from its cells from I; none when the key cell is empty. */
export function settingFromCells(cells: readonly (string | undefined)[]): SettingRecord | undefined {
  const [key = "", ...pieces] = cells;
  return key ? { key, value: settingValue(pieces.map((p) => p ?? "")) } : undefined;
}

// ---- the whole sheet ⇄ its rows ----

const slice = (row: readonly (string | undefined)[], list: ListColumns) => row.slice(list.first, list.first + list.width);

/**
 * The records in rows of cell texts as read from the sheet (row 1 first, anchored at column A; a missing row or
 * cell is empty). Cells are taken as stored: a setting's piece may begin or end with spaces.
 */
export function decodeRows(rows: readonly (readonly (string | undefined)[] | undefined)[]): PerftargetRecords {
  return decodeSheet(rows).records;
}

/** A record set aside when reading: its 1-based row in the record sheet, and its cells as stored. */
export interface DamagedRecord {
  list: "fills";
  row: number;
  cells: string[];
}

export interface DecodedSheet {
  records: PerftargetRecords;
  /** Records whose cells hold something but no record (a hand edit): skipped, and reported by the adapter that keeps them. */
  damaged: DamagedRecord[];
  /** Whether E1 holds MARKER (written since the marker was introduced). */
  marked: boolean;
}

/** decodeRows, telling also which rows held a damaged record and whether the sheet carries the marker. */
export function decodeSheet(rows: readonly (readonly (string | undefined)[] | undefined)[]): DecodedSheet {
  const out: PerftargetRecords = { fills: [], owned: [], settings: [] };
  const damaged: DamagedRecord[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const cells = slice(row, FILL_COLUMNS);
    const fill = fillFromCells(cells);
    if (fill) out.fills.push(fill);
    else if (cells.some((c) => c)) damaged.push({ list: "fills", row: i + 1, cells: cells.map((c) => c ?? "") });
    const owned = ownedFromCells(slice(row, OWNED_COLUMNS));
    if (owned) out.owned.push(owned);
    const setting = settingFromCells(row.slice(SETTING_COLUMN));
    if (setting) out.settings.push(setting);
  }
  return { records: out, damaged, marked: rows[0]?.[MARKER_COLUMN] === MARKER };
}

export interface Block {
  /** Rows from row 1, each `width` cells from A ("" = an empty cell); at least row 1, which holds the marker. */
  rows: string[][];
  /** Columns from A: J at least, further when a setting's value takes more than one piece. */
  width: number;
}

/** The rectangular block, from A1, that holds `records`: each list packed from row 1, in the order given. */
export function encodeRows(records: PerftargetRecords): Block {
  const settings = records.settings.map(settingCells);
  const width = settings.reduce((w, s) => Math.max(w, SETTING_COLUMN + s.length), BLOCK_WIDTH);
  // At least one row: the marker's.
  const n = Math.max(1, records.fills.length, records.owned.length, settings.length);
  const rows = Array.from({ length: n }, (_, i) => {
    const row = new Array<string>(width).fill("");
    const put = (first: number, cells: readonly string[] | undefined) => cells?.forEach((c, j) => (row[first + j] = c));
    const f = records.fills[i];
    const o = records.owned[i];
    put(FILL_COLUMNS.first, f && fillCells(f));
    put(OWNED_COLUMNS.first, o && ownedCells(o));
    put(SETTING_COLUMN, settings[i]);
    if (i === 0) row[MARKER_COLUMN] = MARKER;
    return row;
  });
  return { rows, width };
}

// ---- fills remembered more than once ----

export interface RememberedFill {
  /** As in FillRecord: the host's notation of the fill found before our first colouring; null = none. */
  original: string | null;
  applied: string;
}

/**
 * Per sheet key and address: the oldest original and the newest applied colour. The Excel add-in inserts new
 * records at the top, so a cell remembered twice has its records run newest (row 1) → oldest: the lowest one holds
 * the true original, which is how a re-run never takes our own colour for the user's. Keys compare exactly.
 */
export function rememberFills(fills: readonly FillRecord[]): Map<string, Map<string, RememberedFill>> {
  const out = new Map<string, Map<string, RememberedFill>>();
  for (const { sheet, address, original, applied } of fills) {
    if (!sheet || !address) continue;
    const bySheet = out.get(sheet) ?? new Map<string, RememberedFill>();
    const seen = bySheet.get(address);
    // Each later record has an older original; the first one seen has the newest colour.
    bySheet.set(address, { original, applied: seen ? seen.applied : applied });
    out.set(sheet, bySheet);
  }
  return out;
}

// ---- recognising a sheet we made ----

/** A cell as text, for signatures and for `_perftarget`'s own cells: an error by its text, a formula (or any other object) as empty. */
export function storedText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  return "error" in v ? String((v as { error: unknown }).error) : "";
}

/**
 * A sheet's first row as one string (tab-joined texts, at most 500 characters), to recognise a sheet we made: a
 * user's later sheet of that name will not match. Trailing empty cells do not count (a host may or may not read
 * them), so the signature never ends in a tab.
 */
export function rowSignature(row: readonly unknown[]): string {
  return row.map(storedText).join("\t").slice(0, SIGNATURE_CHARS).replace(/\t+$/, "");
}

/**
 * Whether `row` is the first row a stored signature was taken of. Earlier WPS versions stored trailing tabs for
 * trailing empty cells and the .xlsx adapter did not: both forms match, so existing workbooks keep their sheets.
 */
export const signatureMatches = (stored: string, row: readonly unknown[]): boolean => rowSignature(row) === stored.replace(/\t+$/, "");
