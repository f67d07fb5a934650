/**
 * Matching two versions of a table (年度对比): projects by name and indicators by 三级 name, loosely — the same
 * table retyped, re-exported or copied into next year's template differs in spaces, full/half-width forms,
 * Traditional characters and trailing `(部门)`/`（本级）` marks, and none of that is a change.
 */
import { Memo } from "../_lib/memo";
import { foldTraditional, nfkc } from "../_lib/text";

/** Names repeat (template indicators, a unit on every row): each is folded once. */
const LOOSE = new Memo<string>(1 << 16, loosen);

/** A name as compared: NFKC, Traditional folded, no spaces or separators, no trailing level mark. */
export function looseName(name: string): string {
  return LOOSE.get(name);
}

function loosen(name: string): string {
  return foldTraditional(nfkc(name))
    .replace(/[\s，,。.；;：:、"“”'‘’]/g, "")
    .replace(/[(（]\s*(部门|本级|单位|新增|延续|续建|结转)\s*[)）]$/, "")
    .replace(/指标$/, "");
}

/** Character bigrams of a loose name (a one-character name is its own bigram). */
function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) out.set(s, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice similarity of two loose names, 0…1: a reworded indicator (`群众满意度` / `群众满意率`) scores high. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Share of a's keys that b also has (each counted once). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const bs = new Set(b);
  const as = new Set(a);
  let n = 0;
  for (const k of as) if (bs.has(k)) n++;
  return n / Math.max(as.size, bs.size);
}

/**
 * Pair items of two lists by key, in order: the k-th old item with key K goes with the k-th new item with key K.
 * Returns the pairs and what is left on each side, in list order.
 */
export function pairByKey<T>(olds: readonly T[], news: readonly T[], key: (t: T) => string): { pairs: [T, T][]; oldRest: T[]; newRest: T[] } {
  const queue = new Map<string, T[]>();
  for (const n of news) {
    const k = key(n);
    const q = queue.get(k);
    if (q) q.push(n);
    else queue.set(k, [n]);
  }
  const pairs: [T, T][] = [];
  const oldRest: T[] = [];
  const used = new Set<T>();
  for (const o of olds) {
    const n = queue.get(key(o))?.shift();
    if (n === undefined) oldRest.push(o);
    else {
      pairs.push([o, n]);
      used.add(n);
    }
  }
  return { pairs, oldRest, newRest: news.filter((n) => !used.has(n)) };
}
