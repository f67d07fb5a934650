/**
 * Turns the written level segments of an item (`1-产出指标`, `11-数量指标`, or bare names) into 一级/二级,
 * inferring what is missing and noting every disagreement (§4): code–name mismatch, 二级 under the wrong 一级,
 * a 二级 written where the 一级 belongs (`21-经济效益，21-经济效益`).
 */
import { Category, FrameworkIndex, Level1Def, Level2Def } from "../rules/framework";
import { FindingCode } from "../_lib/findings";

export interface LevelRef {
  code: string | null;
  name: string;
}

export interface LevelSegment {
  code: string | null;
  name: string;
  /** The segment as written, for messages. */
  text: string;
}

export interface ResolvedLevels {
  level1: LevelRef | null;
  level2: LevelRef | null;
  category: Category | null;
  cost: boolean;
  notes: { code: FindingCode; params: Record<string, string> }[];
}

interface Classified {
  seg: LevelSegment;
  kind: 1 | 2 | null;
  def1?: Level1Def;
  def2?: Level2Def;
  mismatch: boolean;
}

function classify(seg: LevelSegment, position: number, fw: FrameworkIndex): Classified {
  if (seg.code !== null) {
    if (seg.code.length === 1) {
      const def1 = fw.level1ByCode(seg.code);
      const byName = fw.level1ByName(seg.name);
      if (def1) return { seg, kind: 1, def1, mismatch: byName ? byName !== def1 : !fw.nameFitsLevel1(seg.code, seg.name) && fw.isLevelName(seg.name) };
      if (byName) return { seg, kind: 1, def1: byName, mismatch: true };
      return { seg, kind: null, mismatch: false };
    }
    const def2 = fw.level2ByCode(seg.code);
    const byName = fw.level2ByName(seg.name);
    if (def2) return { seg, kind: 2, def2, mismatch: !!byName && byName !== def2 };
    if (byName) return { seg, kind: 2, def2: byName, mismatch: true };
    return { seg, kind: null, mismatch: false };
  }
  // Uncoded: the first slot prefers a 一级 name, the second a 二级 name (成本指标 under 产出 is 14).
  const d1 = fw.level1ByName(seg.name);
  const d2 = fw.level2ByName(seg.name, false);
  if (position === 0 ? d1 : !d2 && d1) return { seg, kind: 1, def1: d1, mismatch: false };
  if (d2) return { seg, kind: 2, def2: d2, mismatch: false };
  return { seg, kind: null, mismatch: false };
}

function ref(c: Classified, fallbackCode: string | undefined): LevelRef {
  return { code: c.seg.code ?? fallbackCode ?? null, name: c.seg.name };
}

export function resolveLevels(segments: LevelSegment[], fw: FrameworkIndex): ResolvedLevels {
  const notes: ResolvedLevels["notes"] = [];
  const cs = segments.map((s, i) => classify(s, i, fw));
  for (const c of cs) {
    if (c.kind === null) notes.push({ code: "unknown-level", params: { text: c.seg.text } });
    else if (c.mismatch) {
      const expected = c.kind === 1 ? c.def1?.name : c.def2?.name;
      notes.push({ code: "code-name-mismatch", params: { text: c.seg.text, expected: `${c.seg.code}-${expected ?? ""}` } });
    }
  }
  let level1: LevelRef | null = null;
  let level2: LevelRef | null = null;
  let def1: Level1Def | undefined;
  let def2: Level2Def | undefined;
  const [a, b] = cs;

  if (a && b && a.kind === 2 && b.kind === 2) {
    // A 二级 repeated in the 一级's place: the 一级 is inferred from the 二级.
    def2 = b.def2;
    level2 = ref(b, def2?.code);
    def1 = def2 && fw.parentOf(def2);
    if (def1) {
      level1 = { code: def1.code, name: def1.name };
      notes.push({ code: "inferred-level", params: { text: a.seg.text, level1: `${def1.code}-${def1.name}` } });
    }
  } else {
    if (a) {
      if (a.kind === 2 && !b) {
        def2 = a.def2;
        level2 = ref(a, def2?.code);
      } else {
        def1 = a.def1;
        level1 = ref(a, def1?.code);
      }
    }
    if (b) {
      if (b.kind === 1 && def1) notes.push({ code: "code-name-mismatch", params: { text: b.seg.text, expected: "二级" } });
      def2 = b.def2;
      level2 = ref(b, def2?.code ?? b.def1?.code);
    }
    if (!level1 && def2) {
      def1 = fw.parentOf(def2);
      if (def1) {
        level1 = { code: def1.code, name: def1.name };
        notes.push({ code: "inferred-level", params: { text: a.seg.text, level1: `${def1.code}-${def1.name}` } });
      }
    } else if (def1 && def2 && def2.parent !== def1.code) {
      notes.push({ code: "wrong-parent", params: { level1: a.seg.text, level2: b?.seg.text ?? "" } });
    }
  }
  const parent = def2 ? fw.parentOf(def2) : undefined;
  const category = parent?.category ?? def1?.category ?? (b?.def1 ?? undefined)?.category ?? null;
  return { level1, level2, category, cost: category === "cost" || !!def2?.alsoCost, notes };
}
