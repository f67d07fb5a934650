/**
 * The pane's check settings (§13 thresholds), kept in the workbook so they travel with the file and the ribbon
 * command uses the same values as the pane. Validated with the rule set's own zod fields.
 */
import { DEFAULT_RULES, RuleSet, RuleSetFieldsSchema } from "../core/rules";
import type { WorkbookPort } from "../hosts/workbook.port";

export const SETTINGS_KEY = "perftarget.settings";

// strip(): settings stored by other versions may hold keys this one does not know; they must not void the rest.
export const PaneSettingsSchema = RuleSetFieldsSchema.pick({ roundingPerAddend: true, satisfactionMin: true, costRequired: true }).strip();

export type PaneSettings = {
  roundingPerAddend: number;
  satisfactionMin: number;
  costRequired: boolean;
};

export const DEFAULT_SETTINGS: PaneSettings = {
  roundingPerAddend: DEFAULT_RULES.roundingPerAddend,
  satisfactionMin: DEFAULT_RULES.satisfactionMin,
  costRequired: DEFAULT_RULES.costRequired,
};

export type SettingsField = "roundingPerAddend" | "satisfactionMin";

export type SettingsValidation =
  | { ok: true; value: PaneSettings }
  | { ok: false; errors: Partial<Record<SettingsField, "not-a-number" | "out-of-range">> };

/** Form values (text as typed) → settings, or per-field problems. */
export function validateSettings(form: { roundingPerAddend: string; satisfactionMin: string; costRequired: boolean }): SettingsValidation {
  const errors: Partial<Record<SettingsField, "not-a-number" | "out-of-range">> = {};
  const num = (field: SettingsField): number => {
    const text = form[field].trim().replace(/[％%]$/, "");
    const n = text === "" ? NaN : Number(text);
    if (!Number.isFinite(n)) errors[field] = "not-a-number";
    return n;
  };
  const candidate = { roundingPerAddend: num("roundingPerAddend"), satisfactionMin: num("satisfactionMin"), costRequired: form.costRequired };
  const parsed = PaneSettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "roundingPerAddend" || field === "satisfactionMin") && !errors[field]) errors[field] = "out-of-range";
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

/** Settings stored in the workbook; missing keys take the defaults, unreadable JSON gives the defaults and says so. */
export async function loadSettings(port: WorkbookPort): Promise<{ settings: PaneSettings; invalid: boolean }> {
  const raw = await port.getSetting(SETTINGS_KEY);
  if (raw === null) return { settings: DEFAULT_SETTINGS, invalid: false };
  try {
    const parsed = PaneSettingsSchema.partial().safeParse(JSON.parse(raw));
    if (parsed.success) return { settings: { ...DEFAULT_SETTINGS, ...parsed.data }, invalid: false };
  } catch {
    // fall through: a hand-edited or corrupt value must not stop the pane
  }
  return { settings: DEFAULT_SETTINGS, invalid: true };
}

export async function saveSettings(port: WorkbookPort, settings: PaneSettings): Promise<void> {
  await port.setSetting(SETTINGS_KEY, JSON.stringify(PaneSettingsSchema.parse(settings)));
}

/** The rule set a run uses: the default one with the workbook's thresholds. */
export function rulesFor(settings: PaneSettings): RuleSet {
  return { ...DEFAULT_RULES, ...settings };
}
