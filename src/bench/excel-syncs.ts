/**
 * §10 for Office.js: round trips per action on the strict fake Excel, for synthetic sheets of growing size.
 * The counts must not grow per row: only by one sync per ~4 MB chunk of request or response.
 */
import { findingMessages } from "../i18n";
import { clearMarks, runCheck, splitIndicators } from "../actions/actions";
import type { Grid } from "../core";
import { ExcelAdapter } from "../hosts/excel/excel.adapter";
import { FakeExcel, MB, SyncRecord } from "../hosts/excel/testing/fake-excel";
import { syntheticGrid } from "./synthetic";

export interface ExcelSyncCount {
  rows: number;
  indicators: number;
  /** Syncs (round trips) per action. */
  split: number;
  check: number;
  clear: number;
  /** Largest request and response of any sync, in MB (Excel on the web rejects more than 5). */
  maxRequestMb: number;
  maxResponseMb: number;
}

/** A layout-A synthetic sheet of exactly `rows` rows (the generator's project count, cut to size). */
export function syntheticSheet(rows: number, name = "Sheet1"): Grid {
  // About 1.07 sheet rows per project (unit subtotal rows and repeated page headers), plus the title block.
  const grid = syntheticGrid(Math.max(1, Math.ceil((rows - 9) / 1.05)), 8, 1);
  return { name, rows: grid.rows.slice(0, rows) };
}

/** Every sync of each action (request and response bytes), for tests that check how the counts grow. */
export interface ActionSyncs {
  split: SyncRecord[];
  check: SyncRecord[];
  clear: SyncRecord[];
}

async function measure(fake: FakeExcel, action: () => Promise<{ ok: boolean }>): Promise<SyncRecord[]> {
  const before = fake.syncCount;
  const r = await action();
  if (!r.ok) throw new Error(`action failed on the fake: ${JSON.stringify(r)}`);
  return fake.syncs.slice(before);
}

export async function measureExcelActions(rows: number): Promise<{ counts: ExcelSyncCount; syncs: ActionSyncs }> {
  const fake = FakeExcel.fromGrids(syntheticSheet(rows)).install();
  try {
    const port = new ExcelAdapter();
    let indicators = 0;
    const split = await measure(fake, async () => {
      const r = await splitIndicators(port, { message: findingMessages() });
      if (r.ok) indicators = r.value.indicators;
      return r;
    });
    fake.select("Sheet1", "A1"); // split activates 指标明细; the user goes back to the table
    const check = await measure(fake, () => runCheck(port, { message: findingMessages() }));
    const clear = await measure(fake, () => clearMarks(port));
    const all = [...split, ...check, ...clear];
    const mb = (pick: (s: SyncRecord) => number) => Math.round((all.reduce((m, s) => Math.max(m, pick(s)), 0) / MB) * 100) / 100;
    return {
      counts: { rows, indicators, split: split.length, check: check.length, clear: clear.length, maxRequestMb: mb((s) => s.requestBytes), maxResponseMb: mb((s) => s.responseBytes) },
      syncs: { split, check, clear },
    };
  } finally {
    fake.uninstall();
  }
}

export async function excelSyncCount(rows: number): Promise<ExcelSyncCount> {
  return (await measureExcelActions(rows)).counts;
}

export async function excelSyncCounts(sizes: readonly number[] = [20, 2000, 20000]): Promise<ExcelSyncCount[]> {
  const out: ExcelSyncCount[] = [];
  for (const rows of sizes) out.push(await excelSyncCount(rows));
  return out;
}
