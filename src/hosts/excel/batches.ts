/// <reference types="office-js" />
/**
 * Committing a write as a few syncs that either all land or are undone. A write is planned as steps (each with its
 * size and, when a later sync could fail, how to undo it); consecutive steps share a sync up to the request budget.
 * If a sync fails, the steps already synced are undone in one more sync, so a failed run leaves the workbook as it
 * was. A payload-limit failure re-plans the whole write with half the budget before giving up.
 */
import { isPayloadError } from "./office-errors";

export interface Step {
  /** Estimated request bytes of what `queue` adds. */
  bytes: number;
  queue(): void;
  /** Queue the inverse of `queue` (only needed when a later sync of the same write could still fail). */
  undo?(): void;
}

/** Below this budget a payload failure is reported instead of retried. */
export const MIN_BUDGET = 16 * 1024;

function pack(steps: Step[], budget: number): Step[][] {
  const out: Step[][] = [];
  let cur: Step[] = [];
  let sum = 0;
  for (const s of steps) {
    if (cur.length && sum + s.bytes > budget) {
      out.push(cur);
      cur = [];
      sum = 0;
    }
    cur.push(s);
    sum += s.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}

async function rollback(ctx: Excel.RequestContext, done: Step[]): Promise<void> {
  const undos = done.filter((s) => s.undo).reverse();
  if (!undos.length) return;
  for (const s of undos) s.undo!();
  try {
    await ctx.sync();
  } catch {
    // The original failure is what the user must hear about; there is nothing more we can do in this batch.
  }
}

/** Run `plan(budget)` as the fewest syncs the budget allows; returns how many syncs the successful attempt used. */
export async function commit(ctx: Excel.RequestContext, plan: (budget: number) => Step[], budget: number): Promise<number> {
  for (;;) {
    const batches = pack(plan(budget), budget);
    const done: Step[] = [];
    try {
      for (const batch of batches) {
        for (const s of batch) s.queue();
        await ctx.sync();
        for (const s of batch) done.push(s); // not push(...batch): a batch of many small steps would overflow the stack
      }
      return batches.length;
    } catch (e) {
      await rollback(ctx, done);
      if (!isPayloadError(e) || budget / 2 < MIN_BUDGET) throw e;
      budget = Math.floor(budget / 2);
    }
  }
}
