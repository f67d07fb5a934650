/**
 * The rule-set form: start from a built-in, edit the thresholds and vocabularies, save. The schema judges every
 * edit at once and its messages stand next to the fields; nothing is saved while any remain.
 */
import * as React from "react";
import { Button, Caption1, Checkbox, Field, Input, Label, Select, Switch, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ruleSetLabel } from "../../core";
import { BUILTIN_RULE_SETS, type RuleSet } from "../../core";
import type { Locale } from "../../i18n";
import type { UiStrings } from "../../i18n";
import { CORE_CATEGORIES, FieldKey, FormErrors, NO_ERRORS, PACK_LISTS, RuleForm, checkForm, groupErrors, toForm, toggleCategory } from "./rule-form";
import { SeverityOverrides } from "./SeverityOverrides";
import { SelfEvalFields } from "./SelfEvalFields";
import { SELF_EVAL_FIELDS } from "./selfeval-form";

const useStyles = makeStyles({
  form: { display: "grid", rowGap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  categories: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  error: { display: "block", color: tokens.colorPaletteRedForeground1 },
  other: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface RuleSetFormProps {
  strings: UiStrings;
  locale: Locale;
  rules: RuleSet;
  busy: boolean;
  /** The checked (or split) sheet's money unit, for the rounding hint; null before either. */
  moneyUnit: string | null;
  /** Store a valid rule set; resolves whether it was stored. */
  onSave: (rules: RuleSet) => Promise<boolean>;
}

export function RuleSetForm({ strings, locale, rules, busy, moneyUnit, onSave }: RuleSetFormProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.rules;
  const [form, setForm] = React.useState<RuleForm>(() => toForm(rules));
  const [chosen, setChosen] = React.useState("");
  const [status, setStatus] = React.useState<string | null>(null);
  React.useEffect(() => {
    setForm(toForm(rules));
    setChosen("");
  }, [rules]);

  const checked = React.useMemo(() => checkForm(form), [form]);
  const errors: FormErrors = checked.ok ? NO_ERRORS : groupErrors(checked.issues, locale);
  const edit = (patch: Partial<RuleForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setStatus(null);
  };
  const message = (k: FieldKey) => {
    const e = errors.byField[k];
    return { validationMessage: e?.join(" "), validationState: e ? ("error" as const) : ("none" as const) };
  };

  const groupLabel = React.useId();
  const groupError = React.useId();
  const categoryErrors = errors.byField.requiredCategories;

  const choose = (name: string) => {
    setChosen(name);
    const r = BUILTIN_RULE_SETS.find((b) => b.name === name);
    if (r) edit(toForm(r));
  };

  const save = async () => {
    if (!checked.ok) return setStatus(t.invalid(checked.issues.length));
    if (await onSave(checked.rules)) setStatus(t.saved(ruleSetLabel(checked.rules)));
  };

  return (
    <div className={styles.form}>
      <Field label={t.choose} hint={t.chooseHint}>
        <Select value={chosen} onChange={(_e, d) => choose(d.value)}>
          <option value="">{t.chooseNone}</option>
          {BUILTIN_RULE_SETS.map((r) => (
            <option key={r.name} value={r.name}>
              {ruleSetLabel(r)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        <Field label={t.name} {...message("name")}>
          <Input value={form.name} onChange={(_e, d) => edit({ name: d.value })} />
        </Field>
        <Field label={t.version} {...message("version")}>
          <Input value={form.version} onChange={(_e, d) => edit({ version: d.value })} />
        </Field>
      </div>
      <Field label={t.satisfactionMin} hint={t.satisfactionHint} {...message("satisfactionMin")}>
        <Input inputMode="decimal" value={form.satisfactionMin} onChange={(_e, d) => edit({ satisfactionMin: d.value })} />
      </Field>
      <Field label={t.rounding} hint={t.roundingHint(moneyUnit)} {...message("roundingPerAddend")}>
        <Input inputMode="decimal" value={form.roundingPerAddend} onChange={(_e, d) => edit({ roundingPerAddend: d.value })} />
      </Field>
      <Field {...message("costRequired")}>
        <Switch label={t.costRequired} checked={form.costRequired} onChange={(_e, d) => edit({ costRequired: d.checked })} />
      </Field>
      {/* Not a Field: a Field lends its one id to every control inside, and these are three. */}
      <div role="group" aria-labelledby={groupLabel} aria-describedby={categoryErrors ? groupError : undefined}>
        <Label id={groupLabel}>{t.requiredCategories}</Label>
        <div className={styles.categories}>
          {CORE_CATEGORIES.map((c) => (
            <Checkbox
              key={c}
              label={strings.summary.categories[c]}
              checked={form.requiredCategories.includes(c)}
              onChange={(_e, d) => edit({ requiredCategories: toggleCategory(form.requiredCategories, c, d.checked === true) })}
            />
          ))}
        </div>
        {categoryErrors && (
          <Caption1 id={groupError} className={styles.error}>
            {categoryErrors.join(" ")}
          </Caption1>
        )}
      </div>
      <Field label={t.placeholders} hint={t.placeholdersHint} {...message("placeholders")}>
        <Textarea resize="vertical" rows={3} value={form.placeholders} onChange={(_e, d) => edit({ placeholders: d.value })} />
      </Field>
      <Label>{t.pack}</Label>
      <div className={styles.pair}>
        <Field label={t.percentMax} hint={t.percentMaxHint} {...message("percentMax")}>
          <Input inputMode="decimal" value={form.percentMax} onChange={(_e, d) => edit({ percentMax: d.value })} />
        </Field>
        <Field label={t.quantitativeShareMin} hint={t.quantitativeShareHint} {...message("quantitativeShareMin")}>
          <Input inputMode="decimal" value={form.quantitativeShareMin} onChange={(_e, d) => edit({ quantitativeShareMin: d.value })} />
        </Field>
      </div>
      {PACK_LISTS.map((k) => (
        <Field key={k} label={t.packLists[k].label} hint={t.packLists[k].hint} {...message(k)}>
          <Textarea resize="vertical" rows={3} value={form.lists[k]} onChange={(_e, d) => edit({ lists: { ...form.lists, [k]: d.value } })} />
        </Field>
      ))}
      <SelfEvalFields
        strings={strings}
        value={form.selfEval}
        message={message}
        errors={SELF_EVAL_FIELDS.reduce((n, k) => n + (errors.byField[k]?.length ?? 0), 0)}
        onChange={(selfEval) => edit({ selfEval })}
      />
      <SeverityOverrides strings={strings} value={form.severities} errors={(code) => errors.byField[`severities.${code}`]} onChange={(severities) => edit({ severities })} />
      {errors.other.length > 0 && (
        <>
          <Caption1>{t.otherErrors}</Caption1>
          <ul className={styles.other}>
            {errors.other.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={busy} onClick={() => void save()}>
          {t.save}
        </Button>
        {status && <Caption1 aria-live="polite">{status}</Caption1>}
      </div>
    </div>
  );
}
