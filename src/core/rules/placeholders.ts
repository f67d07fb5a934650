/**
 * Placeholder names and values (`待单位补充...`, `SM项目`, `涉密`) — a vocabulary kept in the settings (§3),
 * matched on the whole field so a real value that merely mentions a word is not flagged.
 */
import { keepShape } from "../_lib/memo";
import { nfkc, trimEnd } from "../_lib/text";

export const DEFAULT_PLACEHOLDERS = ["待单位补充", "待补充", "待定", "SM项目", "涉密", "涉密项目", "XXX", "略", "暂无", "/"];

interface ItemFields {
  name: string;
  periodTarget: { raw: string } | null;
  annualTarget: { raw: string } | null;
}

const DAI = "待".charCodeAt(0);

/**
 * Is fold(text) text itself? Yes when it is made only of printable ASCII other than a–z (no space to drop, nothing
 * to upper-case), CJK ideographs, 、 and ≤≥≦≧ (all left alone by NFKC), and does not end in a dot `fold` trims.
 */
function foldsToItself(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f && (c < 0x61 || c > 0x7a)) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || (c >= 0x2264 && c <= 0x2267)) continue;
    return false;
  }
  return text.charCodeAt(n - 1) !== 0x2e;
}

export class PlaceholderMatcher {
  private readonly words: Set<string>;

  constructor(words: readonly string[] = DEFAULT_PLACEHOLDERS) {
    this.words = new Set(words.map((w) => PlaceholderMatcher.fold(w)));
  }

  private static fold(s: string): string {
    return trimEnd(nfkc(s).replace(/\s+/g, ""), ".。…").toUpperCase();
  }

  /** The parser asks once per distinct name and target (parse-memo.ts), so this is not memoised here. */
  matches(text: string): boolean {
    const f = foldsToItself(text) ? text : PlaceholderMatcher.fold(text);
    if (f === "") return false;
    const c = f.charCodeAt(0);
    // Each pattern starts with its own character: only the one that can match is tried.
    return this.words.has(f) || (c === 0x58 && /^X{2,}$/.test(f)) || (c === 0x2a && /^\*{2,}$/.test(f)) || (c === DAI && /^待.{0,6}补充$/.test(f));
  }

  /** Which fields of an item are placeholders. */
  fieldsOf(item: ItemFields): string[] {
    const out: string[] = [];
    if (this.matches(item.name)) out.push("name");
    if (item.periodTarget && this.matches(item.periodTarget.raw)) out.push("periodTarget");
    if (item.annualTarget && this.matches(item.annualTarget.raw)) out.push("annualTarget");
    return out;
  }
}

keepShape(new PlaceholderMatcher([]));
