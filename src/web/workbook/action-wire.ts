/**
 * How the pane's action results cross from the workbook host to the page: as the pane shows them (shown.ts). Of
 * the checked grid only what the pane asks of it goes: each finding's fingerprint and each row's width. A
 * 20,000-row check's message went from 76 MB to copy to about 24 MB.
 */
import type { CheckResult, SplitResult } from "../../actions/actions";
import type { CompareResult } from "../../actions/compare-actions";
import type { ActionResult } from "../../actions/result";
import { shownParse, type ShownCheck } from "../../actions/shown";
import { findingFingerprint, type Finding } from "../../core";
import type { RunnerAction } from "./protocol";

type WireCheck = Omit<ShownCheck, "seen" | "rowWidth"> & { prints: string[]; widths: number[] };

/** In the host: what is posted for an action's result. */
export function toWire(name: RunnerAction, r: ActionResult<unknown>): unknown {
  if (!r.ok) return r;
  if (name === "check") {
    const { grid, parsed, ...rest } = r.value as CheckResult;
    const wire: WireCheck = {
      ...rest, parsed: shownParse(parsed),
      prints: rest.findings.map((f) => findingFingerprint(f, grid)), widths: grid.rows.map((row) => row.length),
    };
    return { ok: true, value: wire };
  }
  if (name === "split" || name === "compare") {
    const v = r.value as SplitResult | CompareResult;
    return { ok: true, value: { ...v, parsed: shownParse(v.parsed) } };
  }
  return r;
}

/**
 * A finding's print by the finding: the same object as posted (a message keeps which are shared, so review.open
 * holds findings' own), else one equal to it.
 */
function printsOf(findings: readonly Finding[], prints: readonly string[]): (f: Finding) => string | undefined {
  let same: Map<Finding, string> | undefined;
  let equal: Map<string, string> | undefined;
  return (f) => {
    same ??= new Map(findings.map((x, i) => [x, prints[i]]));
    const print = same.get(f);
    if (print !== undefined) return print;
    equal ??= new Map(findings.map((x, i) => [JSON.stringify(x), prints[i]]));
    return equal.get(JSON.stringify(f));
  };
}

/** On the page: the result as the pane takes it. */
export function fromWire(name: RunnerAction, posted: unknown): unknown {
  const r = posted as ActionResult<unknown>;
  if (name !== "check" || !r.ok) return r;
  const { prints, widths, ...rest } = r.value as WireCheck;
  const shown: ShownCheck = { ...rest, seen: printsOf(rest.findings, prints), rowWidth: (row) => widths[row - 1] ?? 0 };
  return { ok: true, value: shown };
}
