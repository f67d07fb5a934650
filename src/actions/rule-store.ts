/**
 * The workbook's rule set (§13): the whole named, versioned rule set is stored in the workbook, so the pane, the
 * ribbon, the web page and the CLI check a file with the same rules, and the rules travel with it.
 * Workbooks from earlier versions kept only three thresholds (perftarget.settings): those are read as the default
 * rule set with those thresholds, under a name that says it was adjusted (never the built-in's name unchanged).
 */
import { DEFAULT_RULES, parseRuleSetJson, RuleSet, RuleSetIssue, ruleSetToJson, validateRuleSet } from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";

export const RULES_KEY = "perftarget.rules";
export const LEGACY_SETTINGS_KEY = "perftarget.settings";

export type RuleOrigin = "default" | "workbook" | "legacy-settings";

export interface StoredRules {
  rules: RuleSet;
  origin: RuleOrigin;
  /** Set when the stored rule set could not be used: the default is in force and the pane says why. */
  problem?: RuleSetIssue[];
}

const THRESHOLDS = ["roundingPerAddend", "satisfactionMin", "costRequired"] as const;

/** Old three-threshold settings → a full rule set; null when they are absent or unreadable. */
function fromLegacy(raw: string | null): RuleSet | null {
  if (raw === null) return null;
  try {
    const old = JSON.parse(raw) as Record<string, unknown>;
    const candidate: Record<string, unknown> = { ...DEFAULT_RULES };
    for (const k of THRESHOLDS) if (k in old) candidate[k] = old[k];
    const same = THRESHOLDS.every((k) => candidate[k] === DEFAULT_RULES[k]);
    if (!same) candidate.name = `${DEFAULT_RULES.name}（本工作簿调整）`;
    const r = validateRuleSet(candidate);
    return r.ok ? r.rules : null;
  } catch {
    return null;
  }
}

export async function loadRules(port: Pick<WorkbookPort, "getSetting">): Promise<StoredRules> {
  const raw = await port.getSetting(RULES_KEY);
  if (raw !== null) {
    const r = parseRuleSetJson(raw);
    return r.ok ? { rules: r.rules, origin: "workbook" } : { rules: DEFAULT_RULES, origin: "default", problem: r.errors };
  }
  const legacy = fromLegacy(await port.getSetting(LEGACY_SETTINGS_KEY));
  return legacy ? { rules: legacy, origin: "legacy-settings" } : { rules: DEFAULT_RULES, origin: "default" };
}

/** Validate, then store: an invalid rule set is returned as errors and the stored one stays in force. */
export async function saveRules(port: WorkbookPort, candidate: unknown): Promise<{ ok: true; rules: RuleSet } | { ok: false; errors: RuleSetIssue[] }> {
  const r = validateRuleSet(candidate);
  if (!r.ok) return r;
  await port.setSetting(RULES_KEY, ruleSetToJson(r.rules));
  return { ok: true, rules: r.rules };
}
