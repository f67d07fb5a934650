/**
 * A one-line progress bar on a terminal (stderr), shown only once work has taken longer than about a second
 * (§10), redrawn at most ten times a second, and wiped when the work ends so the output stays clean.
 */
export interface Progress {
  update(done: number, total: number, label: string): void;
  end(): void;
}

export const NullProgress: Progress = { update: () => undefined, end: () => undefined };

/** One file's steps on the bar (`read` 0/4 … `write` 3/4), labelled with the file: an action's `step` callback. */
export function stepsOn(progress: Progress | undefined, steps: readonly string[], label: string): (step: string) => void {
  return (step) => progress?.update(Math.max(0, steps.indexOf(step)), steps.length, label);
}

export interface TtyLike {
  write(s: string): unknown;
  columns?: number;
}

export function ttyProgress(stream: TtyLike, delayMs = 1000, now: () => number = Date.now): Progress {
  const started = now();
  let drawn = false;
  let last = 0;
  return {
    update(done, total, label) {
      const t = now();
      if (t - started < delayMs || (drawn && t - last < 100)) return;
      last = t;
      drawn = true;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const bar = `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} `;
      const room = Math.max(10, (stream.columns ?? 80) - bar.length - 2);
      stream.write(`\r\x1b[K${bar}${label.length > room ? `…${label.slice(-room + 1)}` : label}`);
    },
    end() {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
