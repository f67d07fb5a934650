/**
 * A target table's project amounts as the money lines of a 自评表: converted exactly to 万元 (both shapes' headers
 * are in 万元), and split into the shape's parts. A table whose parts do not add up to the total (layout D states
 * only 预算数) gets the difference in the fiscal line — project money is 财政拨款 unless the table says otherwise —
 * so the 年度资金总额 = SUM(parts) formula reads the approved total.
 */
import { add, cmp, dec, Dec, sub, toNum, ZERO } from "../_lib/exact";
import type { Amounts } from "../sheet/model";
import type { SelfEvalShape } from "./selfeval-texts";

/** Powers of ten from a unit to 万元: 元 → ÷10⁴. */
const TO_WAN: Record<string, number> = { 元: -4, 千元: -1, 万元: 0, 百万元: 2, 亿元: 4 };

export interface MoneyUnit {
  /** The unit the sheet's money cells are in: 万元 when the table's unit converts, else the table's own (or null). */
  unit: string | null;
  /** Power of ten from the table's unit to `unit`. */
  shift: number;
}

export function moneyUnitOf(tableUnit: string | null): MoneyUnit {
  const u = tableUnit?.replace(/\s+/g, "") ?? null;
  if (u === null) return { unit: null, shift: 0 };
  const shift = TO_WAN[u];
  return shift === undefined ? { unit: u, shift: 0 } : { unit: "万元", shift };
}

function scaled(v: number, shift: number): Dec {
  const d = dec(v) ?? ZERO;
  return shift >= 0 ? { n: d.n * 10n ** BigInt(shift), s: d.s } : { n: d.n, s: d.s - shift };
}

/** 年初预算数 of each part, in the shape's order (the total is their SUM on the sheet); null: no amounts read. */
export function moneyParts(amounts: Amounts | null, shape: SelfEvalShape, shift: number): number[] | null {
  if (!amounts) return null;
  const [total, fiscal, special, other] = [amounts.total, amounts.fiscal, amounts.specialAccount, amounts.other].map((v) => scaled(v, shift));
  const gap = sub(total, add(add(fiscal, special), other));
  const fiscalLine = cmp(gap, ZERO) > 0 ? add(fiscal, gap) : fiscal;
  // Anhui has no 财政专户 line: that money is neither this year's 财政拨款 nor 上年结转, so it counts as 其他资金.
  const parts = shape === "anhui" ? [fiscalLine, ZERO, add(special, other)] : [fiscalLine, special, ZERO, other];
  return parts.map(toNum);
}
