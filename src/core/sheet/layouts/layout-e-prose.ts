/**
 * Layout E, money written in one cell as a sentence (宁乡: `总额10606.7522万元 / 财政拨款:6923.3552万元(其中:上级财政资金:
 * 6923.3552万元;本级财政:0万元) / 二、自有资金:0万元 / 三、其他:3683.3970万元`): each amount with the money label
 * written before it becomes a money line of the form, all in that one cell, and is reconciled as a money block is.
 * A sentence with a label that is no money word, an amount without its unit, or digits after the last amount is not
 * read at all (the caller says it as info): a half-read sentence would reconcile what the form does not say.
 */
import { nfkc } from "../../_lib/text";
import { unitName } from "../../values/money";
import { MoneyLabel, moneyLabelOf, norm } from "../vocabulary";

export interface ProseLine {
  label: MoneyLabel;
  /** The label as written, cleaned of numbering and punctuation (`自有资金`). */
  text: string;
  /** The amount with its unit (`6923.3552万元`). */
  amount: string;
  unit: string;
}

const AMOUNT = /(\d[\d,]*(?:\.\d+)?)(万元|千元|百元|亿元|元|万|亿)/g;
/** Numbering, brackets and separators around a label: `二、`, `(其中:`, `;`, `(一)`. */
const NOISE = /^[\s:;,.、()]*(?:\(?[一二三四五六七八九十]+[)、.]|\d+[、.)])?[\s:;,.、()]*(?:其中)?[\s:;,.、()]*|[\s:;,.、()]+$/g;

/** The sentence's money lines, or null when any part of it is not a money line for certain. */
export function moneyProseLines(text: string): ProseLine[] | null {
  const t = nfkc(text);
  const lines: ProseLine[] = [];
  let from = 0;
  for (const m of t.matchAll(AMOUNT)) {
    const label = t.slice(from, m.index).replace(NOISE, "");
    from = m.index + m[0].length;
    const role = moneyLabelOf(norm(label));
    if (!role) return null;
    const unit = unitName(m[2]);
    lines.push({ label: role, text: label, amount: `${m[1]}${unit}`, unit });
  }
  // What follows the last amount is brackets and punctuation only (`…0万元)`), never another figure.
  if (!lines.length || /\d/.test(t.slice(from))) return null;
  return lines.some((l) => l.label.role === "total") ? lines : null;
}

/** The one unit every amount of a money sentence is in, or null. */
export function moneyProseUnit(text: string): string | null {
  const lines = moneyProseLines(text);
  const units = new Set(lines?.map((l) => l.unit));
  return units.size === 1 ? [...units][0] : null;
}
