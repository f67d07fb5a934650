/**
 * What every use case returns, the one guard that turns host failures into that result, and the one options type.
 * Bad input and refusals come back as `{ok:false, code}` with nothing written; bugs throw.
 * Actions make no sentences: a front door passes `message` (src/i18n) wherever an action writes finding text.
 */
import type { Finding, HeaderWords, RuleSet, TemplateRefusal } from "../core";
import { PortError, PortErrorCode } from "../hosts/workbook.port";

export type ActionErrorCode =
  | PortErrorCode
  // reading a table
  | "sheet-empty" | "not-a-target-table" | "own-sheet"
  // review (review-actions.ts)
  | "review-unreadable" | "reason-required" | "unknown-project" | "comment-too-long" | "opinion-too-long"
  // templates, SUM offer, 回写指标 (template-actions.ts, detail-actions.ts)
  | TemplateRefusal | "selection-merged" | "sheet-changed" | "not-detail-sheet" | "no-source" | "source-moved" | "nothing-to-restore"
  // 从目标表生成自评表 (selfeval-actions.ts): the sheet is a 自评表 already, or has no projects to evaluate
  | "self-evaluation-sheet" | "no-projects"
  // the user cancelled before anything was written (ActionOptions.signal)
  | "cancelled";

export type ActionResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      code: ActionErrorCode;
      detail?: string;
      /** not-a-target-table on a sheet that looks like one: the header words found and missing, for the message. */
      headerWords?: HeaderWords;
    };

/** A finding as a sentence in the user's language (from src/i18n, chosen by the front door). */
export type FindingMessage = (f: Finding) => string;

/** What a long action is doing, for a progress line: reading the sheet, working it out, writing the results. */
export type ActionStep = "read" | "work" | "write";

export interface ActionOptions {
  /** The rule set to check with; the built-in default when absent. */
  rules?: RuleSet;
  /** Required by the actions that write finding text into the workbook (see `Writes`). */
  message?: FindingMessage;
  /**
   * 取消: honoured until the action starts writing, so a cancelled action leaves the workbook exactly as it was;
   * once writing has begun it finishes (a half-written result would be worse than a late one).
   */
  signal?: AbortSignal;
  /** Told each step as it begins (the pane's and the CLI's progress line). */
  step?: (step: ActionStep) => void;
}

/** Options of an action that writes finding messages (指标明细's 问题, 校验结果, 审核意见, acceptances). */
export type Writes<O extends ActionOptions = ActionOptions> = O & { message: FindingMessage };

export const CANCELLED = { ok: false, code: "cancelled" } as const;

/**
 * The moment an action has read and worked out everything and is about to write: the last point where a cancel
 * leaves the workbook as it was. False when the user has cancelled. With a signal, the page's thread is let go
 * once first, so a click on 取消 made during the (synchronous) work is heard before anything is written.
 */
export async function startWriting(opts: ActionOptions): Promise<boolean> {
  if (opts.signal) await new Promise((resolve) => setTimeout(resolve, 0));
  if (opts.signal?.aborted) return false;
  opts.step?.("write");
  return true;
}

/** Run an action; a host failure (protected sheet, cell being edited …) becomes a result, anything else is a bug. */
export async function guard<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof PortError) return { ok: false, code: e.code, detail: e.message };
    throw e;
  }
}
