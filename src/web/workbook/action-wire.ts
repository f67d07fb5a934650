/**
 * How the pane's action results cross from the workbook host to the page: as the pane shows them (shown.ts), with
 * the checked grid as one JSON text, which is copied in one piece and parsed only when an acceptance or 定位项目
 * needs it. A 20,000-row check went from 76 MB of objects to copy to about 13 MB and one string.
 */
import type { CheckResult, SplitResult } from "../../actions/actions";
import type { CompareResult } from "../../actions/compare-actions";
import type { ActionResult } from "../../actions/result";
import { shownParse, type ShownCheck } from "../../actions/shown";
import type { Grid } from "../../core";
import type { RunnerAction } from "./protocol";

type WireCheck = Omit<ShownCheck, "seen"> & { gridJson: string };

/** In the host: what is posted for an action's result. */
export function toWire(name: RunnerAction, r: ActionResult<unknown>): unknown {
  if (!r.ok) return r;
  if (name === "check") {
    const { grid, parsed, ...rest } = r.value as CheckResult;
    const wire: WireCheck = { ...rest, parsed: shownParse(parsed), gridJson: JSON.stringify(grid) };
    return { ok: true, value: wire };
  }
  if (name === "split" || name === "compare") {
    const v = r.value as SplitResult | CompareResult;
    return { ok: true, value: { ...v, parsed: shownParse(v.parsed) } };
  }
  return r;
}

/** On the page: the result as the pane takes it. */
export function fromWire(name: RunnerAction, posted: unknown): unknown {
  const r = posted as ActionResult<unknown>;
  if (name !== "check" || !r.ok) return r;
  const { gridJson, ...rest } = r.value as WireCheck;
  let grid: Grid | undefined;
  const shown: ShownCheck = { ...rest, seen: () => (grid ??= JSON.parse(gridJson) as Grid) };
  return { ok: true, value: shown };
}
