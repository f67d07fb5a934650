/**
 * Starts the workbook worker. Kept apart because only webpack understands this line (it bundles the worker as a
 * chunk of its own); the type checker, which compiles to CommonJS, does not know `import.meta`.
 */
export const startWorkbookWorker: (() => Worker) | null =
  typeof Worker === "undefined"
    ? null
    : () =>
        new Worker(
          // @ts-expect-error import.meta is ES module syntax; webpack resolves this URL at build time.
          new URL(/* webpackChunkName: "workbook" */ "./workbook.worker.ts", import.meta.url),
          { name: "workbook" },
        );
