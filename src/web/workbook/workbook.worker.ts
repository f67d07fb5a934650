/**
 * The Web Worker that holds the page's workbooks (workbook-host.ts). Each message is one request, answered by id,
 * in the order they came, as the port's calls would be on one thread. Two kinds of message skip that queue: a
 * cancel (it must reach the action it cancels while that action runs), and the step notes sent back meanwhile.
 */
import { WorkbookHost } from "./workbook-host";
import type { Request } from "./protocol";

const host = new WorkbookHost();
const scope = self as unknown as { onmessage: ((e: MessageEvent<{ id: number; req?: Request; cancel?: true }>) => void) | null; postMessage(m: unknown, transfer: Transferable[]): void };
const running = new Map<number, AbortController>();

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e) => {
  const { id, req, cancel } = e.data;
  if (cancel) return void running.get(id)?.abort();
  if (!req) return;
  const controller = new AbortController();
  running.set(id, controller);
  queue = queue.then(async () => {
    const { answer, transfer } = await host.handle(req, { signal: controller.signal, step: (step) => scope.postMessage({ id, step }, []) });
    running.delete(id);
    scope.postMessage({ id, answer }, transfer);
  });
};
scope.postMessage({ ready: true }, []);
