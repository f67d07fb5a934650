/** Memoising pure string functions over one parse (or one framework): cells repeat the same short texts. */

/**
 * `s` in storage of its own. A slice of a long cell is a view into the whole cell: kept as a memo key, every later
 * lookup that compares against it reads a different, long-cold cell (this made lookups several times slower).
 * Flattening a concatenation copies the characters.
 */
function ownCopy(s: string): string {
  return (s + " ").slice(0, -1);
}

/** A bounded memo of a pure string function: past `limit` entries it starts over rather than grow. */
export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: string) => V,
  ) {}

  get(key: string): V {
    let v = this.map.get(key);
    if (v === undefined && !this.map.has(key)) {
      v = this.compute(key);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(ownCopy(key), v);
    }
    return v as V;
  }
}
