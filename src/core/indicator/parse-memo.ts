/**
 * Memos for one sheet parse. A sheet repeats the same targets (`≥95%`, `合格`) and the same item heads
 * (`1-产出指标，11-数量指标，造价审核`) thousands of times; each is read once, with its placeholder verdict, and the
 * reading shared. Shared readings are read-only by contract: nothing that reads a parse result mutates a Target,
 * a LevelRef or a finding's params.
 */
import { FrameworkIndex } from "../rules/framework";
import { HeadReading, readHead } from "./item-body";
import { PlaceholderMatcher } from "../rules/placeholders";
import { parseTarget, Target } from "../values/target-parser";
import { keepShape, RangeMemo } from "../_lib/memo";

const TARGETS = 1 << 16;
const HEADS = 1 << 14;

export interface TargetEntry {
  target: Target | null;
  /** The target's text is a placeholder (`待补充`). */
  placeholder: boolean;
}

export interface HeadEntry {
  head: HeadReading;
  /** The 三级 name is a placeholder. */
  placeholder: boolean;
}

function readTargetEntry(raw: string, placeholders: PlaceholderMatcher): TargetEntry {
  const target = parseTarget(raw);
  return { target, placeholder: target !== null && placeholders.matches(target.raw) };
}

function readHeadEntry(text: string, memo: ParseMemo): HeadEntry {
  const head = readHead(text, memo.framework);
  return { head, placeholder: memo.placeholders.matches(head.name) };
}

export class ParseMemo {
  private readonly targets: RangeMemo<TargetEntry, PlaceholderMatcher>;
  private readonly heads: RangeMemo<HeadEntry, ParseMemo>;

  /** Readings hold for this framework and placeholder list only; see `fits`. `capacity`: see RangeMemo. */
  constructor(
    readonly framework: FrameworkIndex,
    readonly placeholders: PlaceholderMatcher,
    capacity?: number,
  ) {
    // Module functions, not closures over this memo: see RangeMemo.
    this.targets = new RangeMemo(TARGETS, readTargetEntry, placeholders, capacity);
    this.heads = new RangeMemo<HeadEntry, ParseMemo>(HEADS, readHeadEntry, this, capacity);
  }

  fits(framework: FrameworkIndex, placeholders: PlaceholderMatcher): boolean {
    return this.framework === framework && this.placeholders === placeholders;
  }

  /** The target read from s[from, to) (a range, so the cell is not cut for a lookup that hits). */
  target(s: string, from: number, to: number): TargetEntry {
    return this.targets.get(s, from, to);
  }

  /** The head read from s[from, to). */
  head(s: string, from: number, to: number): HeadEntry {
    return this.heads.get(s, from, to);
  }
}

keepShape(new ParseMemo(new FrameworkIndex({ level1: [], level2: [] }), new PlaceholderMatcher([])));
