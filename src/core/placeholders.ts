/**
 * Placeholder names and values (`待单位补充...`, `SM项目`, `涉密`) — a vocabulary kept in the settings (§3),
 * matched on the whole field so a real value that merely mentions a word is not flagged.
 */
import { nfkc, trimEnd } from "./text";

export const DEFAULT_PLACEHOLDERS = ["待单位补充", "待补充", "待定", "SM项目", "涉密", "涉密项目", "XXX", "略", "暂无", "/"];

interface ItemFields {
  name: string;
  periodTarget: { raw: string } | null;
  annualTarget: { raw: string } | null;
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
    const f = PlaceholderMatcher.fold(text);
    if (f === "") return false;
    return this.words.has(f) || /^X{2,}$/.test(f) || /^\*{2,}$/.test(f) || /^待.{0,6}补充$/.test(f);
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
