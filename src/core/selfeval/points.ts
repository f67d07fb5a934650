/**
 * 分值 for a generated self-evaluation (S2: Σ分值 = 100, the budget share included), in whole hundredths of a point
 * so the sum is exact. The budget share comes first (rules.budgetShare); the rest is split over the categories in
 * the proportions officers use — 产出 50 : 效益 30 : 满意度 10 of the usual 90 — with 成本 counted inside 产出 (the
 * 2021 framework made 成本 a 一级 of its own, but the published 自评表 still score it out of 产出's points) and a row
 * of unknown category there too. An absent category's share goes to the others in the same proportions (no 满意度:
 * 90 × 50/80 = 56.25 and 33.75). Within a category the points are even; hundredths left over go to its first rows,
 * and between categories to the first categories.
 */
import type { IndicatorOut } from "../sheet/model";

export type PointsBucket = "output" | "benefit" | "satisfaction";

export const BUCKET_WEIGHTS: Readonly<Record<PointsBucket, number>> = { output: 50, benefit: 30, satisfaction: 10 };

const BUCKETS: readonly PointsBucket[] = ["output", "benefit", "satisfaction"];

export function bucketOf(i: Pick<IndicatorOut, "category" | "cost">): PointsBucket {
  if (i.category === "benefit" || i.category === "satisfaction") return i.category;
  return "output";
}

/** Split `total` hundredths in proportion to `weights`: floors first, the leftover hundredths to the first parts. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; left > 0; k = (k + 1) % parts.length) {
    if (weights[k] > 0) {
      parts[k]++;
      left--;
    }
  }
  return parts;
}

/** The budget share in hundredths (rule sets may say 10 or 12.5). */
export const shareHundredths = (budgetShare: number): number => Math.round(budgetShare * 100);

/**
 * 分值 of each row (hundredths), in the order given, for a project whose budget execution is worth `budgetShare`
 * points. The rows' sum is 100 − budgetShare exactly; no rows, nothing to split.
 */
export function spreadPoints(rows: readonly Pick<IndicatorOut, "category" | "cost">[], budgetShare: number): number[] {
  const rest = Math.max(0, 10_000 - shareHundredths(budgetShare));
  const buckets = rows.map(bucketOf);
  const counts = BUCKETS.map((b) => buckets.filter((x) => x === b).length);
  const perBucket = apportion(rest, BUCKETS.map((b, k) => (counts[k] ? BUCKET_WEIGHTS[b] : 0)));
  const seen = [0, 0, 0];
  return buckets.map((b) => {
    const k = BUCKETS.indexOf(b);
    const even = Math.floor(perBucket[k] / counts[k]);
    const extra = seen[k]++ < perBucket[k] - even * counts[k] ? 1 : 0;
    return even + extra;
  });
}

/** Hundredths as the number a cell holds (2250 → 22.5). */
export const pointsNumber = (hundredths: number): number => hundredths / 100;

/** Hundredths as text for `产出指标(22.5分)`. */
export function pointsText(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const frac = Math.abs(hundredths % 100);
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}
