/**
 * The record format of `_perftarget`, the very hidden sheet that holds the product's memory inside the workbook (so
 * it travels with the file and survives a reload). One codec for the three adapters that keep it — Excel add-in,
 * WPS and .xlsx files — so a workbook's memory reads the same in every host. Three independent lists, from row 1:
 *   A:D  fills    sheet key | cell address | original fill ("" = no fill) | the colour we applied
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

/** ET and Excel compare sheet names case-insensitively. */
export const isMetaName = (name: string): boolean => name.toLowerCase() === META_SHEET;

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

/** A fill record from its cells A:D; none without a sheet key and an address. */
export function fillFromCells(cells: readonly (string | undefined)[]): FillRecord | undefined {
  const [sheet = "", address = "", original = "", applied = ""] = cells;
  return sheet && address ? { sheet, address, original: original || null, applied } : undefined;
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
  const out: PerftargetRecords = { fills: [], owned: [], settings: [] };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const fill = fillFromCells(slice(row, FILL_COLUMNS));
    if (fill) out.fills.push(fill);
    const owned = ownedFromCells(slice(row, OWNED_COLUMNS));
    if (owned) out.owned.push(owned);
    const setting = settingFromCells(row.slice(SETTING_COLUMN));
    if (setting) out.settings.push(setting);
  }
  return out;
}

export interface Block {
  /** Rows from row 1, each `width` cells from A ("" = an empty cell); none for no records. */
  rows: string[][];
  /** Columns from A: J at least, further when a setting's value takes more than one piece. */
  width: number;
}

/** The rectangular block, from A1, that holds `records`: each list packed from row 1, in the order given. */
export function encodeRows(records: PerftargetRecords): Block {
  const settings = records.settings.map(settingCells);
  const width = settings.reduce((w, s) => Math.max(w, SETTING_COLUMN + s.length), BLOCK_WIDTH);
  const n = Math.max(records.fills.length, records.owned.length, settings.length);
  const rows = Array.from({ length: n }, (_, i) => {
    const row = new Array<string>(width).fill("");
    const put = (first: number, cells: readonly string[] | undefined) => cells?.forEach((c, j) => (row[first + j] = c));
    const f = records.fills[i];
    const o = records.owned[i];
    put(FILL_COLUMNS.first, f && fillCells(f));
    put(OWNED_COLUMNS.first, o && ownedCells(o));
    put(SETTING_COLUMN, settings[i]);
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
