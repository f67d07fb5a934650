/** Memoising pure string functions over one parse (or one framework): cells repeat the same short texts. */

const anchors: object[] = [];

/**
 * Keep one instance of a class made per parse alive for good. The engine holds the hidden classes its constructor
 * builds field by field only while some instance lives: when a parse's objects are all collected, they go, and
 * every function optimised for them is thrown away (deoptimised, "weak objects"), so the next parse ran cold. Call
 * once per class, at module load, with an instance whose fields hold the same kinds of values as real ones.
 */
export function keepShape<T extends object>(instance: T): T {
  anchors.push(instance);
  return instance;
}

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

/**
 * Memo keyed by a range of a larger string, s[from, to): the text is hashed and compared where it lies, so a hit
 * cuts no string and builds no hash in the engine (a Map lookup of a fresh slice does both). Open addressing with
 * linear probing; past `limit` entries it starts over rather than grow. The keys' characters are kept side by side
 * in one array of code units, so comparing against a key reads compact memory rather than a string object each.
 *
 * `compute` is a function of the key and a `context` rather than a closure made per memo, which optimised code
 * would embed and lose with the memo.
 */
export class RangeMemo<V, C> {
  /** Slot i: meta[3i] hash, meta[3i + 1] where its key starts in `chars` plus one (0: free), meta[3i + 2] length. */
  private meta: Int32Array;
  private values: (V | null)[];
  private mask: number;
  private size = 0;
  private chars: Uint16Array;
  private used = 0;

  /** `capacity` (a power of two) is the table's first size: a sheet's memo starts larger than a single cell's. */
  constructor(
    private readonly limit: number,
    private readonly compute: (key: string, context: C) => V,
    private readonly context: C,
    private readonly capacity = 64,
  ) {
    this.meta = new Int32Array(3 * capacity);
    this.values = RangeMemo.table(capacity);
    this.mask = capacity - 1;
    this.chars = new Uint16Array(16 * capacity);
  }

  private static table(capacity: number): null[] {
    return new Array<null>(capacity).fill(null);
  }

  get(s: string, from: number, to: number): V {
    const len = to - from;
    let h = 0x811c9dc5 ^ len;
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const { meta, chars } = this;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const at = meta[3 * i + 1] - 1;
      if (at < 0) break;
      if (meta[3 * i] === h && meta[3 * i + 2] === len && sameText(chars, at, s, from, len)) return this.values[i] as V;
    }
    // A short slice is already a copy (the engine copies below 13 characters); a longer one is a view of `s`.
    const v = this.compute(len < 13 ? s.slice(from, to) : ownCopy(s.slice(from, to)), this.context);
    if (this.size >= this.limit) {
      this.reset(this.capacity);
      this.used = 0; // the old keys go too
    } else if (2 * (this.size + 1) > this.mask + 1) this.grow();
    this.insert(h, this.store(s, from, len), len, v);
    return v;
  }

  /** Copy a key's code units into `chars`; where they start. */
  private store(s: string, from: number, len: number): number {
    if (this.used + len > this.chars.length) {
      const bigger = new Uint16Array(Math.max(2 * this.chars.length, this.used + len));
      bigger.set(this.chars.subarray(0, this.used));
      this.chars = bigger;
    }
    const at = this.used;
    for (let i = 0; i < len; i++) this.chars[at + i] = s.charCodeAt(from + i);
    this.used += len;
    return at;
  }

  private insert(h: number, at: number, len: number, v: V): void {
    const meta = this.meta;
    let i = h & this.mask;
    while (meta[3 * i + 1] !== 0) i = (i + 1) & this.mask;
    meta[3 * i] = h;
    meta[3 * i + 1] = at + 1;
    meta[3 * i + 2] = len;
    this.values[i] = v;
    this.size++;
  }

  private reset(capacity: number): void {
    this.meta = new Int32Array(3 * capacity);
    this.values = RangeMemo.table(capacity);
    this.mask = capacity - 1;
    this.size = 0;
  }

  /** Double the table and re-place every entry (hashes are kept, so no key is read again). */
  private grow(): void {
    const { meta, values } = this;
    this.reset(2 * (this.mask + 1));
    for (let i = 0; i < values.length; i++) {
      if (meta[3 * i + 1] !== 0) this.insert(meta[3 * i], meta[3 * i + 1] - 1, meta[3 * i + 2], values[i] as V);
    }
  }
}

/** Does chars[at, at + len) hold the text s[from, from + len)? */
function sameText(chars: Uint16Array, at: number, s: string, from: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (chars[at + i] !== s.charCodeAt(from + i)) return false;
  return true;
}

keepShape(new Memo<string>(1, (k) => k));
