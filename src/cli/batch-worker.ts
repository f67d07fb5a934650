/**
 * The worker thread of `check DIR` / `annotate DIR --jobs N` (pool.ts): one file per request, the same function
 * the in-process run calls. It runs as compiled JS (lib/cli/batch-worker.js) only; see batches.ts.
 */
import { parentPort } from "node:worker_threads";
import { FileTask, runFileTask } from "./batches";
import { errorText, PoolReply, PoolRequest } from "./pool";
import type { FileResult } from "./batches";

const port = parentPort;
if (port) {
  port.on("message", (m: PoolRequest<FileTask>) => {
    runFileTask(m.task).then(
      (value) => port.postMessage({ i: m.i, ok: true, value } satisfies PoolReply<FileResult>),
      (e: unknown) => port.postMessage({ i: m.i, ok: false, error: errorText(e) } satisfies PoolReply<FileResult>),
    );
  });
}
