/**
 * What the page asks of the workbook host (workbook-host.ts) and what it answers. The host runs in a Web Worker,
 * so opening, checking, writing and saving a big workbook never freeze the page; every message is plain data
 * (structured clone), and bytes travel as transferred buffers.
 */
import type { WorkbookPort } from "../../hosts/workbook.port";
import type { LoadErrorCode } from "../../hosts/load-result";
import type { Unkept } from "../../hosts/xlsx/xlsx.open";
import type { OtherFile } from "../../taskpane/compare/ComparePanel";
import type { ActionRunner } from "../../taskpane/action-runner";
import type { ActionStep } from "../../actions/result";
import type { Locale } from "../../i18n";

export type PortMethod = { [K in keyof WorkbookPort]: WorkbookPort[K] extends (...a: never[]) => unknown ? K : never }[keyof WorkbookPort];

export type Request =
  | { op: "open"; name: string; bytes: Uint8Array }
  | { op: "close"; doc: number }
  | { op: "call"; doc: number; method: PortMethod; args: unknown[] }
  | { op: "meta"; doc: number; sheet: string }
  | { op: "rows"; doc: number; sheet: string; version: number; from: number; to: number }
  | { op: "bytes"; doc: number }
  | { op: "other"; name: string; bytes: Uint8Array }
  /** One of the pane's long actions, run beside the workbook (worker-actions.ts): options without functions. */
  | { op: "action"; doc: number; name: RunnerAction; args: unknown[]; locale: Locale };

/** The ActionRunner's methods. */
export type RunnerAction = keyof ActionRunner;

/** From the host while an action runs: the step it has begun (for the progress line). */
export interface StepNote {
  id: number;
  step: ActionStep;
}

export type Opened =
  | { ok: true; doc: number; unkept: Unkept[]; /** The active sheet when the workbook holds no table anywhere. */ noTable: string | null }
  | { ok: false; code: LoadErrorCode };

/** One cell as the grid shows it; absent fields are the empty defaults. */
export interface ShownCell {
  text?: string;
  /** The formula bar's text when it differs from `text`. */
  input?: string;
  fill?: string;
  bold?: true;
  numeric?: true;
  /** Columns spanned when not 1 (0 for the covered cells of a merge). */
  span?: number;
  link?: { sheet: string; address: string };
}

export interface ViewMeta {
  name: string;
  /** Changes whenever the workbook does: row blocks of an older version are not mixed in. */
  version: number;
  rowCount: number;
  colCount: number;
  widths: number[];
  frozenRows: number;
  usedRows: number;
  usedCols: number;
}

/** Rows from…to-1, each a row of cells (null = empty cell, trailing empties dropped). */
export interface RowBlock {
  from: number;
  version: number;
  rows: (ShownCell | null)[][];
}

export type Answer = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string; code?: string } };

export type { OtherFile };
