/**
 * Did a target change between two versions, and which way? Compared as a reviewer reads it: operator, value and
 * unit, with 万/亿 magnitudes brought to one scale (`1.2亿次` is `12000万次`); qualitative targets by their text,
 * ignoring spaces and punctuation. `lowered` is the number going down (easier for ≥, harder for ≤).
 */
import { foldTraditional, nfkc } from "../_lib/text";
import type { Target } from "../values/target-parser";

export type TargetDirection = "lowered" | "raised" | "changed";

/** `万元` → [10⁴, 元]; `亿次` → [10⁸, 次]; `千元` → [10³, 元]. Only money takes 千/百 (千米 is a kilometre). */
function magnitude(unit: string | null): [number, string] {
  const u = foldTraditional(nfkc(unit ?? "")).replace(/\s+/g, "");
  if (u.length > 1 && u.startsWith("亿")) return [1e8, u.slice(1)];
  if (u.length > 1 && u.startsWith("万")) return [1e4, u.slice(1)];
  if (u === "千元") return [1e3, "元"];
  if (u === "百元") return [1e2, "元"];
  return [1, u];
}

const plainText = (s: string) => foldTraditional(nfkc(s)).replace(/[\s，,。.；;：:、]/g, "");

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** null when nothing a reviewer would call a change; otherwise the direction. */
export function targetChange(before: Target | null, after: Target | null): TargetDirection | null {
  if (!before && !after) return null;
  if (!before || !after) return "changed";
  const quantitative = (t: Target) => !t.qualitative && t.value !== null;
  if (!quantitative(before) || !quantitative(after)) {
    if (quantitative(before) !== quantitative(after)) return "changed";
    return plainText(before.raw) === plainText(after.raw) ? null : "changed";
  }
  const [fb, ub] = magnitude(before.unit);
  const [fa, ua] = magnitude(after.unit);
  if (ub !== ua || (before.operator ?? "") !== (after.operator ?? "")) return "changed";
  const vb = before.value! * fb;
  const va = after.value! * fa;
  if (sameNumber(vb, va)) return null;
  return va < vb ? "lowered" : "raised";
}
