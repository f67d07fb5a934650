/**
 * Levels in one-row-per-indicator blocks (layouts B and D): merged 一级/二级 cells arrive blank and mean
 * "same as above"; a bare name is placed by vocabulary, and inside an 产出 block a bare 成本指标 is the 二级 14.
 */
import { Category, FrameworkIndex, Level1Def, Level2Def } from "../rules/framework";
import { Finding, finding } from "../_lib/findings";
import { LevelRef } from "./level-resolver";

export interface LevelState {
  level1: LevelRef | null;
  level2: LevelRef | null;
  category: Category | null;
  cost: boolean;
}

export class LevelTracker {
  private l1: { ref: LevelRef; def?: Level1Def } | null = null;
  private l2: { ref: LevelRef; def?: Level2Def } | null = null;
  /** The block writes its 一级 names in the 二级 column (a heading such as 实施效果指标 sits in the 一级 column). */
  private oneRight = false;

  constructor(private readonly fw: FrameworkIndex) {}

  reset(): void {
    this.l1 = null;
    this.l2 = null;
    this.oneRight = false;
  }

  set1(text: string): void {
    const def = this.fw.level1ByName(text);
    this.l1 = { ref: { code: def?.code ?? null, name: text }, def };
    this.l2 = null;
    this.oneRight = false;
  }

  /** Set the 二级; a 二级 of another 一级 moves the (filled-down) 一级 to its parent, noted as inferred. */
  set2(text: string, row: number, column: string, explicit1: boolean, out: Finding[]): void {
    const def = this.level2Def(text);
    // A 一级 name in the 二级 column under no known 一级 (宝坻: 实施效果指标 | 产出指标 | 建设项目个数): the levels
    // sit one column right, so it is the 一级, and so is every later 一级 name in that column.
    if (!def && (this.oneRight || !this.l1?.def) && this.fw.level1ByName(text)) {
      this.set1(text);
      this.oneRight = true;
      out.push(finding("level-in-next-column", row, column, { params: { text } }));
      return;
    }
    this.l2 = { ref: { code: def?.code ?? null, name: text }, def };
    if (!def) {
      out.push(finding("unknown-level", row, column, { params: { text } }));
      return;
    }
    const parent = this.fw.parentOf(def);
    if (!parent || this.l1?.def === parent) return;
    if (explicit1 && this.l1) {
      out.push(finding("wrong-parent", row, column, { params: { level1: this.l1.ref.name, level2: text } }));
      return;
    }
    this.l1 = { ref: { code: parent.code, name: parent.name }, def: parent };
    out.push(finding("inferred-level", row, column, { params: { text, level1: `${parent.code}-${parent.name}` } }));
  }

  /** A lone level cell: a 一级 name, or a 二级 name placed under the current 一级. */
  setSingle(text: string, row: number, column: string, out: Finding[]): void {
    const d1 = this.fw.level1ByName(text);
    const insideOutput = this.l1?.def?.code === "1";
    if (d1 && !(insideOutput && this.fw.level2ByName(text, false))) this.set1(text);
    else this.set2(text, row, column, false, out);
  }

  isLevelText(text: string): boolean {
    return this.fw.isLevelName(text);
  }

  private level2Def(text: string): Level2Def | undefined {
    const exact = this.fw.level2ByName(text, false);
    const d1 = this.fw.level1ByName(text);
    // 成本指标 is both 一级 4 and 二级 14: under 产出 it is 14; elsewhere the 4x family.
    if (exact && d1 && this.l1?.def?.code !== exact.parent) return undefined;
    return exact ?? this.fw.level2ByName(text);
  }

  state(): LevelState {
    const parent = this.l2?.def ? this.fw.parentOf(this.l2.def) : undefined;
    const category = parent?.category ?? this.l1?.def?.category ?? null;
    return { level1: this.l1?.ref ?? null, level2: this.l2?.ref ?? null, category, cost: category === "cost" || !!this.l2?.def?.alsoCost };
  }
}
