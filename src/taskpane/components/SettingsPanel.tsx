/**
 * Check settings (rounding allowance, 满意度 minimum, whether 成本 is required). Values are validated with the
 * rule set's zod fields; a bad value is explained and not saved, so the previous value stays in force.
 */
import * as React from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Field, Input, Switch, makeStyles, tokens,
} from "@fluentui/react-components";
import type { UiStrings } from "../strings";
import { PaneSettings, SettingsField, validateSettings } from "../settings";

const useStyles = makeStyles({
  panel: { display: "grid", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

type Form = { roundingPerAddend: string; satisfactionMin: string; costRequired: boolean };

const toForm = (s: PaneSettings): Form => ({
  roundingPerAddend: String(s.roundingPerAddend),
  satisfactionMin: String(s.satisfactionMin),
  costRequired: s.costRequired,
});

export interface SettingsPanelProps {
  strings: UiStrings;
  settings: PaneSettings;
  /** A note about the stored settings (e.g. unreadable, defaults used). */
  note?: string;
  /** Resolves false when the workbook refused the write (the pane then explains why). */
  onSave: (settings: PaneSettings) => Promise<boolean>;
}

export function SettingsPanel({ strings, settings, note, onSave }: SettingsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [form, setForm] = React.useState<Form>(() => toForm(settings));
  const [errors, setErrors] = React.useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = React.useState<"saved" | "rejected" | null>(null);
  React.useEffect(() => setForm(toForm(settings)), [settings]);

  const t = strings.settings;
  const problem = (field: SettingsField, kind: "not-a-number" | "out-of-range") =>
    kind === "not-a-number" ? t.notANumber : field === "satisfactionMin" ? t.satisfactionRange : t.roundingRange;

  const save = async () => {
    const v = validateSettings(form);
    if (!v.ok) {
      const e: Partial<Record<SettingsField, string>> = {};
      for (const [field, kind] of Object.entries(v.errors) as [SettingsField, "not-a-number" | "out-of-range"][]) e[field] = problem(field, kind);
      setErrors(e);
      setStatus("rejected");
      return;
    }
    setErrors({});
    setStatus((await onSave(v.value)) ? "saved" : "rejected");
  };

  const edit = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setStatus(null);
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader>{t.title}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            {note && <Caption1>{note}</Caption1>}
            <Field label={t.rounding} hint={t.roundingHint} validationMessage={errors.roundingPerAddend}>
              <Input inputMode="decimal" value={form.roundingPerAddend} onChange={(_e, d) => edit({ roundingPerAddend: d.value })} />
            </Field>
            <Field label={t.satisfactionMin} hint={t.satisfactionHint} validationMessage={errors.satisfactionMin}>
              <Input inputMode="decimal" value={form.satisfactionMin} onChange={(_e, d) => edit({ satisfactionMin: d.value })} />
            </Field>
            <Switch label={t.costRequired} checked={form.costRequired} onChange={(_e, d) => edit({ costRequired: d.checked })} />
            <div className={styles.actions}>
              <Button appearance="primary" size="small" onClick={() => void save()}>
                {t.save}
              </Button>
              {status && <Caption1 role="status">{status === "saved" ? t.saved : t.keptPrevious}</Caption1>}
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
