/**
 * The indicator framework (§4): a configurable table of 一级/二级 codes and names, never hard-coded in the parser.
 * Names match loosely: full-width forms folded, spaces and a trailing 指标 ignored, aliases accepted.
 */
import { Memo } from "../_lib/memo";
import { foldTraditional, nfkc } from "../_lib/text";

export type Category = "output" | "benefit" | "satisfaction" | "cost";

export interface Level1Def {
  code: string;
  name: string;
  category: Category;
  aliases?: string[];
}

export interface Level2Def {
  code: string;
  name: string;
  /** Code of the 一级 this 二级 belongs to. */
  parent: string;
  aliases?: string[];
  /** A 二级 that also counts as a cost indicator (14 成本指标 under 产出 in older filings). */
  alsoCost?: boolean;
}

export interface Framework {
  level1: Level1Def[];
  level2: Level2Def[];
}

export const DEFAULT_FRAMEWORK: Framework = {
  level1: [
    { code: "1", name: "产出指标", category: "output" },
    { code: "2", name: "效益指标", category: "benefit" },
    { code: "3", name: "满意度指标", category: "satisfaction" },
    { code: "4", name: "成本指标", category: "cost" },
  ],
  level2: [
    { code: "11", name: "数量指标", parent: "1" },
    { code: "12", name: "质量指标", parent: "1" },
    { code: "13", name: "时效指标", parent: "1", aliases: ["进度指标"] },
    { code: "14", name: "成本指标", parent: "1", alsoCost: true },
    { code: "21", name: "经济效益指标", parent: "2" },
    { code: "22", name: "社会效益指标", parent: "2" },
    { code: "23", name: "生态效益指标", parent: "2", aliases: ["环境效益指标", "生态环境效益指标"] },
    { code: "24", name: "可持续影响指标", parent: "2" },
    { code: "31", name: "服务对象满意度指标", parent: "3", aliases: ["社会公众或服务对象满意度指标", "社会公众满意度指标", "满意度指标"] },
    { code: "41", name: "经济成本指标", parent: "4" },
    { code: "42", name: "社会成本指标", parent: "4" },
    { code: "43", name: "生态环境成本指标", parent: "4" },
  ],
};

/** Fold full-width forms, drop spaces and a trailing 指标 so 经济效益 = 经济效益指标 = 经济效益 指标. */
/** A 一级 cell's points or range, as forms print them: `产出指标(50分)`, `成本指标(0-20)分`, `效益指标（30分）`. */
const POINTS = /\(\d+(?:\.\d+)?(?:[-~—至]\d+(?:\.\d+)?)?分?\)分?$/;

export function normalizeLevelName(name: string): string {
  return foldTraditional(nfkc(name).replace(/\s+/g, ""))
    .replace(POINTS, "")
    .replace(/[()（）]/g, "")
    .replace(/指标$/, "");
}

/** Lookups built once per framework; the parser calls these per item, so they must be cheap. */
export class FrameworkIndex {
  /** Written level names come from a small vocabulary; fold each one once. */
  private readonly keys = new Memo<string>(1 << 12, normalizeLevelName);
  private readonly l1ByCode = new Map<string, Level1Def>();
  private readonly l2ByCode = new Map<string, Level2Def>();
  private readonly l1ByName = new Map<string, Level1Def>();
  private readonly l2ByName = new Map<string, Level2Def>();

  constructor(readonly framework: Framework) {
    for (const d of framework.level1) {
      this.l1ByCode.set(d.code, d);
      for (const n of [d.name, ...(d.aliases ?? [])]) this.l1ByName.set(normalizeLevelName(n), d);
    }
    for (const d of framework.level2) {
      this.l2ByCode.set(d.code, d);
      for (const n of [d.name, ...(d.aliases ?? [])]) {
        const key = normalizeLevelName(n);
        if (!this.l2ByName.has(key)) this.l2ByName.set(key, d);
      }
    }
  }

  level1ByCode(code: string): Level1Def | undefined {
    return this.l1ByCode.get(code);
  }
  level2ByCode(code: string): Level2Def | undefined {
    return this.l2ByCode.get(code);
  }
  level1ByName(name: string): Level1Def | undefined {
    return this.l1ByName.get(this.keys.get(name));
  }
  /**
   * 二级 by name. A bare 满意度 name at this level is 31 (as the budget platform's importer maps it),
   * but the 一级 name 满意度指标 wins where both could apply — callers ask level1ByName first.
   */
  level2ByName(name: string, loose = true): Level2Def | undefined {
    const key = this.keys.get(name);
    const hit = this.l2ByName.get(key);
    if (hit || !loose) return hit;
    if (key.endsWith("满意度")) return this.l2ByName.get("服务对象满意度");
    return undefined;
  }
  parentOf(l2: Level2Def): Level1Def | undefined {
    return this.l1ByCode.get(l2.parent);
  }
  /** Does a written name fit the framework's name for this code (loosely)? */
  nameFitsLevel1(code: string, name: string): boolean {
    const d = this.l1ByCode.get(code);
    return !!d && this.level1ByName(name) === d;
  }
  nameFitsLevel2(code: string, name: string): boolean {
    const d = this.l2ByCode.get(code);
    if (!d) return false;
    const byName = this.level2ByName(name);
    return byName === d;
  }
  /** True when the written name is some known level name (used to tell a level segment from a 三级 name). */
  isLevelName(name: string): boolean {
    return this.level1ByName(name) !== undefined || this.level2ByName(name, false) !== undefined;
  }
}
