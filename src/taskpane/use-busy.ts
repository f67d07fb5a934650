/**
 * Runs one action at a time and reports when it has taken longer than `delayMs`, so the progress bar appears
 * only for slow work (§10: progress for work over ~1 s) and fast clicks do not flash it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReviewWork, TemplateTool } from "../i18n";

/** The four buttons of the action bar. */
export type MainAction = "split" | "check" | "template" | "clear";
/** 对比 and 生成自评表 are started from their panels, not the action bar. */
export type ActionName = MainAction | TemplateTool | ReviewWork | "compare" | "selfeval";

export function useBusy(delayMs: number): {
  busy: ActionName | null;
  slow: boolean;
  run: <T>(name: ActionName, work: () => Promise<T>) => Promise<T | undefined>;
} {
  const [busy, setBusy] = useState<ActionName | null>(null);
  const [slow, setSlow] = useState(false);
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async <T,>(name: ActionName, work: () => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined; // a second click while busy is ignored, as Office queues commands
      running.current = true;
      setBusy(name);
      setSlow(false);
      const timer = setTimeout(() => mounted.current && setSlow(true), delayMs);
      try {
        // Let React paint the busy state before the (synchronous) parse takes the thread.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return await work();
      } finally {
        clearTimeout(timer);
        running.current = false;
        if (mounted.current) {
          setBusy(null);
          setSlow(false);
        }
      }
    },
    [delayMs],
  );

  return { busy, slow, run };
}
