/**
 * Tasks spread over the main thread and jobs − 1 worker threads, results in the tasks' order whatever order they
 * finish in. A task that throws, or a worker that dies on one (out of memory, an exit), settles that task as failed;
 * a fresh worker takes the rest. Without a worker script, or with one job, the tasks run here one after another:
 * the same results, no threads. (In the main thread a thrown error is contained; running out of memory is not —
 * the loaders refuse workbooks over their cell limit long before that.)
 */
import { Worker } from "node:worker_threads";

export type Settled<R> = { ok: true; value: R } | { ok: false; error: string };

/** What a worker script receives and answers (see batch-worker.ts). */
export interface PoolRequest<T> {
  i: number;
  task: T;
}
export type PoolReply<R> = { i: number } & Settled<R>;

export interface PoolOptions<T, R> {
  jobs: number;
  /** A compiled .js worker script that answers every PoolRequest with a PoolReply; none: run in-process. */
  workerFile?: string;
  inProcess: (task: T) => Promise<R>;
  /** The main thread takes tasks too (default): jobs − 1 workers. false: jobs workers, the main thread only waits. */
  mainThreadLane?: boolean;
  /** After each task settles, in the order they finish. */
  onSettled?: (done: number, total: number) => void;
}

/** Workers started before the CLI loaded its own modules (prestart.ts), waiting for runPool to take them. */
const spares: { file: string; worker: Worker; exited: boolean }[] = [];

/**
 * Start `n` workers now, so they load their modules while the main thread loads its own: on two cores that
 * overlap is what makes a folder of small files go faster with two jobs. Unreferenced until taken, so a run
 * that ends up not needing them (bad usage, one file) exits as usual.
 */
export function prestartWorkers(file: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const spare = { file, worker: new Worker(file), exited: false };
    spare.worker.unref();
    // A worker that fails to load before it is taken is simply not taken.
    spare.worker.on("error", () => undefined);
    spare.worker.on("exit", () => (spare.exited = true));
    spares.push(spare);
  }
}

function takeWorker(file: string): Worker {
  for (let s = spares.shift(); s; s = spares.shift()) {
    if (s.file === file && !s.exited) {
      s.worker.ref();
      return s.worker;
    }
    void s.worker.terminate();
  }
  return new Worker(file);
}

/** Workers started early and not taken. */
function dropSpares(): void {
  for (const s of spares.splice(0)) void s.worker.terminate();
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Tasks a worker holds at once: the next one is already queued when the main thread is busy with its own. */
const IN_FLIGHT = 2;

export async function runPool<T, R>(tasks: readonly T[], o: PoolOptions<T, R>): Promise<Settled<R>[]> {
  const results: Settled<R>[] = new Array<Settled<R>>(tasks.length);
  let done = 0;
  const settle = (i: number, s: Settled<R>) => {
    results[i] = s;
    o.onSettled?.(++done, tasks.length);
  };
  const lanes = Math.min(o.jobs, tasks.length);
  const file = o.workerFile;
  // Indices not yet handed out; a task a dead worker had queued behind the one that killed it goes back in front.
  const pending = tasks.map((_, i) => i);
  const here = async () => {
    for (let i = pending.shift(); i !== undefined; i = pending.shift()) {
      try {
        settle(i, { ok: true, value: await o.inProcess(tasks[i]) });
      } catch (e) {
        settle(i, { ok: false, error: errorText(e) });
      }
    }
  };
  if (file === undefined || lanes <= 1) {
    dropSpares();
    await here();
    return results;
  }
  const lane = () =>
    new Promise<void>((resolve) => {
      const spawn = () => {
        // In the order sent, which is the order the worker answers.
        const held: number[] = [];
        let failure = "";
        let stopping = false;
        const w = takeWorker(file);
        const feed = () => {
          while (held.length < IN_FLIGHT) {
            const i = pending.shift();
            if (i === undefined) break;
            held.push(i);
            w.postMessage({ i, task: tasks[i] } satisfies PoolRequest<T>);
          }
          if (!held.length && !stopping) {
            stopping = true;
            void w.terminate();
          }
        };
        w.on("message", (m: PoolReply<R>) => {
          held.splice(held.indexOf(m.i), 1);
          settle(m.i, m.ok ? { ok: true, value: m.value } : { ok: false, error: m.error });
          feed();
        });
        w.on("error", (e) => {
          failure = errorText(e);
        });
        w.on("exit", (code) => {
          const culprit = held.shift();
          if (culprit !== undefined) {
            settle(culprit, { ok: false, error: failure || `worker thread exited (${code})` });
            pending.unshift(...held);
            if (pending.length) return spawn();
          }
          resolve();
        });
        feed();
      };
      spawn();
    });
  // The main thread is one lane (its modules are loaded and warm); jobs − 1 workers are the others.
  const main = o.mainThreadLane ?? true;
  await Promise.all([...(main ? [here()] : []), ...Array.from({ length: main ? lanes - 1 : lanes }, lane)]);
  dropSpares();
  return results;
}
