/**
 * Runs one action at a time and reports when it has taken longer than `delayMs`, so the progress bar appears
 * only for slow work (§10: progress for work over ~1 s) and fast clicks do not flash it. Each run gets a
 * cancel signal and a step callback (ActionOptions.signal / .step): the bar says what the action is doing, and
 * 取消 is offered until it starts writing.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionStep } from "../actions/result";
import type { ReviewWork, TemplateTool } from "../i18n";

/** The four buttons of the action bar. */
export type MainAction = "split" | "check" | "template" | "clear";
/** 对比 and 生成自评表 are started from their panels, not the action bar. */
export type ActionName = MainAction | TemplateTool | ReviewWork | "compare" | "selfeval";

/** What a running action is handed: pass both on to the action's options. */
export interface RunControl {
  signal: AbortSignal;
  step: (step: ActionStep) => void;
}

export function useBusy(delayMs: number): {
  busy: ActionName | null;
  slow: boolean;
  step: ActionStep | null;
  /** Cancel the running action (it stops before writing, or finishes if writing has begun). */
  cancel: () => void;
  run: <T>(name: ActionName, work: (control: RunControl) => Promise<T>) => Promise<T | undefined>;
} {
  const [busy, setBusy] = useState<ActionName | null>(null);
  const [slow, setSlow] = useState(false);
  const [step, setStep] = useState<ActionStep | null>(null);
  const running = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      running.current?.abort();
    };
  }, []);

  const run = useCallback(
    async <T,>(name: ActionName, work: (control: RunControl) => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined; // a second click while busy is ignored, as Office queues commands
      const controller = new AbortController();
      running.current = controller;
      setBusy(name);
      setSlow(false);
      setStep(null);
      const timer = setTimeout(() => mounted.current && setSlow(true), delayMs);
      try {
        // Let React paint the busy state before the (synchronous) parse takes the thread.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return await work({ signal: controller.signal, step: (s) => mounted.current && setStep(s) });
      } finally {
        clearTimeout(timer);
        running.current = null;
        if (mounted.current) {
          setBusy(null);
          setSlow(false);
          setStep(null);
        }
      }
    },
    [delayMs],
  );
  const cancel = useCallback(() => running.current?.abort(), []);

  return { busy, slow, step, cancel, run };
}
