/**
 * Bridge calls per action on the fake ET model, for synthetic sheets of growing size: the WPS counterpart of the
 * Office.js sync counts (src/bench/excel-syncs.ts). ET has no batching, so what must not grow per row is the number
 * of calls itself. Test-only.
 */
import { findingMessages } from "../i18n";
import { clearMarks, runCheck, splitIndicators } from "../actions/actions";
import { highlightsFor } from "../core";
import { cellRects, rectLists } from "../hosts/wps/et-addresses";
import { syntheticSheet } from "./excel-syncs";
import { WpsAdapter, WpsAdapterOptions } from "../hosts/wps/wps.adapter";
import { FakeEt } from "../hosts/wps/testing/fake-et";

export interface WpsCallCount {
  rows: number;
  indicators: number;
  highlighted: number;
  /** Multi-area ranges (≤ 255 characters) needed to paint the marks: one per colour and list. */
  paintLists: number;
  /** Rows written to 指标明细 and 校验结果. */
  written: { split: number; check: number };
  /** Bridge calls per action, and how many of them changed something. */
  split: number;
  check: number;
  clear: number;
  writes: { split: number; check: number; clear: number };
  /** Calls per member for the check (`Range.Value2`: 3 …). */
  checkByMember: Record<string, number>;
}

export async function wpsCallCount(rows: number, options: Omit<WpsAdapterOptions, "app"> = {}): Promise<WpsCallCount> {
  const fake = FakeEt.fromGrids(syntheticSheet(rows));
  const port = new WpsAdapter({ ...options, app: fake.app });
  const split = await fake.counted(() => splitIndicators(port, { message: findingMessages() }));
  if (!split.value.ok) throw new Error(`split failed: ${JSON.stringify(split.value)}`);
  fake.select("Sheet1", "A1"); // split activates 指标明细; the user goes back to the table
  const check = await fake.counted(() => runCheck(port, { message: findingMessages() }));
  if (!check.value.ok) throw new Error(`check failed: ${JSON.stringify(check.value)}`);
  const clear = await fake.counted(() => clearMarks(port));
  if (!clear.value.ok) throw new Error(`clear failed: ${JSON.stringify(clear.value)}`);
  const byColour = new Map<string, string[]>();
  for (const m of highlightsFor(check.value.value.findings)) byColour.set(m.color, [...(byColour.get(m.color) ?? []), m.address]);
  const paintLists = [...byColour.values()].reduce((n, cells) => n + rectLists(cellRects(cells), options.addressChars).length, 0);
  return {
    rows,
    paintLists,
    written: { split: split.value.value.indicators + 1, check: check.value.value.findings.length + 1 },
    indicators: split.value.value.indicators,
    highlighted: check.value.value.highlighted,
    split: split.calls,
    check: check.calls,
    clear: clear.calls,
    writes: { split: split.writes, check: check.writes, clear: clear.writes },
    checkByMember: check.byMember,
  };
}
