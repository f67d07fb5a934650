/**
 * The workbook's rule set in the pane. Every action waits for it (an early click, or autoRun, never runs with the
 * default by mistake); a workbook that cannot be read leaves the default in force and says why.
 */
import * as React from "react";
import { StoredRules, loadRules } from "../../actions/rule-store";
import { DEFAULT_RULES, RuleSet } from "../../core";
import type { WorkbookPort } from "../../hosts/workbook.port";

export interface RulesInPane {
  /** null until the workbook has answered. */
  stored: StoredRules | null;
  /** The rule set to run with, once loaded. */
  current: () => Promise<RuleSet>;
  /** Whether the stored rule set was unusable (the default runs instead). */
  fallback: () => Promise<boolean>;
  /** After a save or an import: the new rule set is in force. */
  apply: (s: StoredRules) => void;
}

export function useRules(port: WorkbookPort): RulesInPane {
  const [stored, setStored] = React.useState<StoredRules | null>(null);
  const ref = React.useRef<StoredRules>({ rules: DEFAULT_RULES, origin: "default" });
  const loaded = React.useRef<Promise<void>>(Promise.resolve());
  const apply = React.useCallback((s: StoredRules) => {
    ref.current = s;
    setStored(s);
  }, []);
  React.useEffect(() => {
    let live = true;
    loaded.current = loadRules(port)
      .catch((e: unknown): StoredRules => ({
        rules: DEFAULT_RULES,
        origin: "default",
        problem: [{ path: "", kind: "other", params: { detail: e instanceof Error ? e.message : String(e) } }],
      }))
      .then((s) => {
        if (live) apply(s);
      });
    return () => {
      live = false;
    };
  }, [port, apply]);
  const current = React.useCallback(async () => {
    await loaded.current;
    return ref.current.rules;
  }, []);
  const fallback = React.useCallback(async () => {
    await loaded.current;
    return ref.current.problem !== undefined;
  }, []);
  return { stored, current, fallback, apply };
}
