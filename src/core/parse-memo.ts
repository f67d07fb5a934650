/**
 * Memos for one sheet parse. A sheet repeats the same targets (`≥95%`, `合格`) and the same item heads
 * (`1-产出指标，11-数量指标，造价审核`) thousands of times; each is read once, with its placeholder verdict, and the
 * reading shared. Shared readings are read-only by contract: nothing that reads a parse result mutates a Target,
 * a LevelRef or a finding's params.
 */
import { FrameworkIndex } from "./framework";
import { HeadReading, readHead } from "./item-body";
import { PlaceholderMatcher } from "./placeholders";
import { parseTarget, Target } from "./target-parser";
import { Memo } from "./memo";

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

export class ParseMemo {
  private readonly targets: Memo<TargetEntry>;
  private readonly heads: Memo<HeadEntry>;

  /** Readings hold for this framework and placeholder list only; see `fits`. */
  constructor(
    readonly framework: FrameworkIndex,
    readonly placeholders: PlaceholderMatcher,
  ) {
    this.targets = new Memo<TargetEntry>(TARGETS, (raw) => {
      const target = parseTarget(raw);
      return { target, placeholder: target !== null && placeholders.matches(target.raw) };
    });
    this.heads = new Memo<HeadEntry>(HEADS, (text) => {
      const head = readHead(text, framework);
      return { head, placeholder: placeholders.matches(head.name) };
    });
  }

  fits(framework: FrameworkIndex, placeholders: PlaceholderMatcher): boolean {
    return this.framework === framework && this.placeholders === placeholders;
  }

  target(raw: string): TargetEntry {
    return this.targets.get(raw);
  }

  head(text: string): HeadEntry {
    return this.heads.get(text);
  }
}
