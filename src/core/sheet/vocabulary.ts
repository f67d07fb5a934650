/**
 * The words of a sheet: normalised cell text, title lines, indicator-looking cells, and looking for header words
 * without normalising every cell (NormWords, below).
 */
import { CellValue, cellText } from "../grid/grid";
import { foldTraditional, nfkc } from "../_lib/text";

/** Cell text folded for matching: full-width forms, no spaces. */
export function norm(v: CellValue | undefined): string {
  return foldTraditional(nfkc(cellText(v)).replace(/\s+/g, ""));
}

/** `部门名称：X` → X. */
export function departmentFromTitle(text: string): string | null {
  const t = text.trim();
  // Matched on the folded text (部門名稱：…), returned as written: the fold keeps every character's place.
  const m = /^(?:部门名称|主管部门|单位名称|部门)\s*[:：]\s*(.+)$/.exec(foldTraditional(t));
  return m ? t.slice(t.length - m[1].length).trim() : null;
}

/** `单位：万元` / `金额单位：元` → 万元. */
export function moneyUnitFromTitle(text: string): string | null {
  const m = /(?:^|金额|资金)单位\s*[:：]\s*(万元|千元|百元|元|亿元)/.exec(foldTraditional(text.trim().replace(/\s+/g, "")));
  return m ? m[1] : null;
}

/** An indicator cell is recognisable by numbered items with a level or a value label. */
export function looksLikeIndicators(text: string): boolean {
  return /\d{1,2}\s*、/.test(text) && /(实施周期|年度)?指标值|[1-4]\s*[-－—]\s*(产出|效益|满意|成本)|(产出|效益|满意度|成本)指标/.test(text);
}

/** Title lines of a form: the table name, 部门名称, 单位. */
export function isTitleText(text: string): boolean {
  const t = foldTraditional(text.replace(/\s+/g, ""));
  return (
    /绩效目标(申报)?表/.test(t) || departmentFromTitle(t) !== null || moneyUnitFromTitle(t) !== null || /^(填报|编制)单位/.test(t)
  );
}

// --- looking for words -------------------------------------------------------------------------------
/*
 * Looking for words (CJK ideographs) in norm(cell) — the NFKC-folded, space-free text — without normalising every
 * cell of every row: layout A asks this of each row to spot repeated headers, and indicator cells run to hundreds
 * of characters. Exact: the shortcuts below rest on facts about NFKC, checked code point by code point against
 * Node 20's ICU.
 */

/**
 * Code points whose NFKC form contains a CJK ideograph lie in these ranges (radicals, circled/parenthesised/squared
 * and compatibility ideographs). A superset; astral ranges are whole lead-surrogate blocks.
 */
const FOLD_RANGES: readonly [number, number][] = [
  [0x2e80, 0x2fff],
  [0x3038, 0x303a],
  [0x3190, 0x319f],
  [0x3200, 0x33ff],
  [0xf900, 0xfaff],
  [0x1f000, 0x1f3ff],
  [0x2f800, 0x2fbff],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
const lead = (cp: number) => 0xd800 + ((cp - 0x10000) >> 10);

/** Any code unit of a FOLD_RANGES character (astral ones by their lead surrogate). */
const MAY_FOLD_TO_IDEOGRAPH = new RegExp(
  `[${FOLD_RANGES.map(([lo, hi]) => (hi < 0x10000 ? `${hex(lo)}-${hex(hi)}` : `${hex(lead(lo))}-${hex(lead(hi))}`)).join("")}]`,
);

let foldSources: Map<string, string[]> | null = null;

/** The characters other than `ideograph` itself whose NFKC form contains it (`⾦` and `㊎` for 金). */
function sourcesOf(ideograph: string): readonly string[] {
  if (!foldSources) {
    const map = new Map<string, string[]>();
    for (const [lo, hi] of FOLD_RANGES) {
      for (let cp = lo; cp <= hi; cp++) {
        const ch = String.fromCodePoint(cp);
        const folded = ch.normalize("NFKC");
        if (folded === ch) continue;
        for (const target of new Set(folded)) map.set(target, [...(map.get(target) ?? []), ch]);
      }
    }
    foldSources = map;
  }
  return foldSources.get(ideograph) ?? [];
}

/** A character of a word and everything that folds to it: the raw text must hold one of them. */
type Anchor = readonly string[];

/**
 * The words in norm(cell), answered without normalising the cell where NFKC cannot make an ideograph from it:
 * NFKC then keeps every ideograph in place, maps whitespace to whitespace and nothing else to whitespace alone, so
 * a word is in norm(cell) exactly when the raw text has it with only whitespace between its characters.
 */
export class NormWords {
  private readonly folded: RegExp;
  /** One pass: a word spelled out (spaces allowed between its characters) or a character that may fold to one. */
  private readonly scan: RegExp;
  /** Per word, its characters last to first (the last is often the rarest), each with its fold sources. */
  private readonly anchors: Anchor[][];

  constructor(words: readonly string[]) {
    if (!words.every((w) => /^[\u4e00-\u9fff]+$/.test(w))) throw new Error("NormWords takes CJK ideographs only");
    this.folded = new RegExp(words.join("|"));
    this.scan = new RegExp(`${MAY_FOLD_TO_IDEOGRAPH.source}|${words.map((w) => Array.from(w).join("\\s*")).join("|")}`);
    this.anchors = words.map((w) => Array.from(w).reverse().map((c) => [c, ...sourcesOf(c)]));
  }

  /**
   * Does norm(v) contain one of the words for some cell v of the row? A cell can only if it holds a word's last
   * character (or what folds to it), so most rows are settled by one search per cell before any cell is tested.
   */
  testRow(row: readonly CellValue[]): boolean {
    for (const v of row) if (this.mayHoldLast(v)) return row.some((x) => this.test(x));
    return false;
  }

  /** Trimming takes only whitespace, which no anchor is: the raw text of a string cell does. */
  private mayHoldLast(v: CellValue | undefined): boolean {
    const t = typeof v === "string" ? v : cellText(v);
    for (const word of this.anchors) if (holdsAny(t, word[0])) return true;
    return false;
  }

  /** Does norm(v) contain one of the words? */
  test(v: CellValue | undefined): boolean {
    const t = cellText(v);
    if (!this.mayContain(t)) return false;
    const m = this.scan.exec(t);
    if (!m) return false;
    // A word found before any folding character is in norm(cell) too: NFKC keeps it and the spaces fold away.
    return MAY_FOLD_TO_IDEOGRAPH.test(m[0]) ? this.folded.test(norm(t)) : true;
  }

  /**
   * A word can be in norm(t) only if t holds each of its characters or something that folds to it: NFKC never
   * builds an ideograph out of anything else. One `includes` (a fast scan) usually settles it.
   */
  private mayContain(t: string): boolean {
    for (const word of this.anchors) if (holdsAll(t, word)) return true;
    return false;
  }
}

function holdsAll(t: string, word: readonly Anchor[]): boolean {
  for (const anchor of word) if (!holdsAny(t, anchor)) return false;
  return true;
}

function holdsAny(t: string, anchor: Anchor): boolean {
  for (const c of anchor) if (t.includes(c)) return true;
  return false;
}
