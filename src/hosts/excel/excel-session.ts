/// <reference types="office-js" />
/**
 * What every ExcelAdapter method shares: one `Excel.run` with `delayForCellEdit`, host errors turned into PortErrors,
 * a first sync that may read the memory sheet through its remembered id, and committing writes as undoable steps.
 */
import { Step, commit } from "./batches";
import { FIRST_BLOCK_ROWS } from "./block-read";
import { Memory, MemoryList, MemoryProbe, finishProbe, queueCreate } from "./memory-sheet";
import { errorCode, toPortError } from "./office-errors";
import { ADDRESS_LIST_CHARS, REQUEST_BUDGET } from "./payload";

export interface ExcelAdapterOptions {
  /** Request budget per sync in bytes (default 4 MB: Excel on the web rejects requests over 5 MB). */
  requestBudget?: number;
  /** Longest `getRanges` address list (default 8,000: Excel rejects lists over 8,192 characters). */
  addressListChars?: number;
  /** Rows read in the first sync of a read (default 1,000); taller sheets continue in size-planned blocks. */
  firstBlockRows?: number;
}

/** Request bytes of reading one cell's fill (a range, its format and fill paths, and a load): office.js is verbose. */
export const FILL_READ_BYTES = 400;

/** Bytes a chunk may use: room is kept for the small steps that share its sync (header, records, envelope). */
export const room = (budget: number) => Math.max(budget / 2, budget - 64 * 1024);

export abstract class ExcelSession {
  /** Id of the record sheet as last seen: lets a first sync read the memory directly (checked, and retried when stale). */
  protected metaId: string | undefined;
  /** Where metaSheet() leaves a memory sheet it queued for creation during the current write. */
  private creating: { ws?: Excel.Worksheet } = {};
  protected readonly budget: number;
  protected readonly listChars: number;
  protected readonly firstRows: number;

  constructor(options: ExcelAdapterOptions = {}) {
    this.budget = options.requestBudget ?? REQUEST_BUDGET;
    this.listChars = options.addressListChars ?? ADDRESS_LIST_CHARS;
    this.firstRows = options.firstBlockRows ?? FIRST_BLOCK_ROWS;
  }

  protected async run<T>(sheet: string | undefined, body: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await Excel.run({ delayForCellEdit: true }, body);
    } catch (e) {
      throw toPortError(e, sheet);
    }
  }

  /**
   * The first sync of a method (reads, and at most a sheet add that fails with it). When `queue` reads the memory
   * through the remembered id, a stale id fails the batch with ItemNotFound: then retry once without it.
   */
  protected async firstSync<T extends { probe: MemoryProbe }>(ctx: Excel.RequestContext, queue: (hint: string | undefined) => T, useHint = true): Promise<T> {
    const hint = useHint ? this.metaId : undefined;
    try {
      const q = queue(hint);
      await ctx.sync();
      return q;
    } catch (e) {
      if (!hint || errorCode(e) !== "ItemNotFound") throw e;
      this.metaId = undefined;
      const q = queue(undefined);
      await ctx.sync();
      return q;
    }
  }

  protected async memory(ctx: Excel.RequestContext, probe: MemoryProbe, lists: readonly MemoryList[]): Promise<Memory> {
    const m = await finishProbe(ctx, probe, lists, this.budget);
    this.metaId = m.id ?? undefined;
    return m;
  }

  /**
   * The memory sheet for writing: the existing one, or one queued for creation (whose id we learn when it lands)
   * under a name no sheet has, `naming` included (sheets this write names before it).
   */
  protected metaSheet(ctx: Excel.RequestContext, memory: Memory, naming: readonly string[] = []): Excel.Worksheet {
    if (memory.id) return ctx.workbook.worksheets.getItem(memory.id);
    const ws = queueCreate(ctx, [...memory.names, ...naming]);
    ws.load("id");
    this.creating.ws = ws;
    return ws;
  }

  /** A write's steps, committed; then remember the id of a memory sheet it created. */
  protected async commit(ctx: Excel.RequestContext, plan: (budget: number) => Step[]): Promise<void> {
    const creating: { ws?: Excel.Worksheet } = (this.creating = {});
    await commit(ctx, plan, this.budget);
    if (creating.ws) this.metaId = creating.ws.id;
  }
}
