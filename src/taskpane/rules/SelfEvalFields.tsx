/**
 * 绩效自评评分: the rule set's selfEvaluation section in the rule-set form — the budget share, how a 反向 indicator
 * is scored, the tolerances, the qualitative bands and the grades. Folded away by default; its header counts errors.
 */
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";
import { BANDS, BandForm, BandName, NEGATIVE_FORMULAS, NegativeFormula, SELF_EVAL_NUMBERS, SelfEvalFieldKey, SelfEvalForm } from "./selfeval-form";

const useStyles = makeStyles({
  form: { display: "grid", rowGap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Message = { validationMessage: string | undefined; validationState: "error" | "none" };

export interface SelfEvalFieldsProps {
  strings: UiStrings;
  value: SelfEvalForm;
  /** The schema's messages for one field, as Field props. */
  message: (key: SelfEvalFieldKey) => Message;
  /** How many problems the section has (shown while folded). */
  errors: number;
  onChange: (value: SelfEvalForm) => void;
}

export function SelfEvalFields({ strings, value, message, errors, onChange }: SelfEvalFieldsProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.rules.selfEval;
  const edit = (patch: Partial<SelfEvalForm>) => onChange({ ...value, ...patch });
  const editBand = (band: BandName, patch: Partial<BandForm>) => edit({ bands: { ...value.bands, [band]: { ...value.bands[band], ...patch } } });
  const number = (k: (typeof SELF_EVAL_NUMBERS)[number]) => (
    <Field key={k} label={t.numbers[k].label} hint={t.numbers[k].hint} {...message(`selfEvaluation.${k}`)}>
      <Input inputMode="decimal" value={value[k]} onChange={(_e, d) => edit({ [k]: d.value })} />
    </Field>
  );
  return (
    <Accordion collapsible>
      <AccordionItem value="selfEvaluation">
        <AccordionHeader size="small">{t.title(errors)}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.form}>
            {number("budgetShare")}
            <Field label={t.negativeFormula} hint={t.negativeFormulaHint} {...message("selfEvaluation.negativeFormula")}>
              <Select value={value.negativeFormula} onChange={(_e, d) => edit({ negativeFormula: d.value as NegativeFormula })}>
                {NEGATIVE_FORMULAS.map((f) => (
                  <option key={f} value={f}>
                    {t.formulas[f]}
                  </option>
                ))}
              </Select>
            </Field>
            {number("scoreTolerance")}
            <Caption1 className={styles.hint}>{t.bandsHint}</Caption1>
            {BANDS.map((band) => (
              <React.Fragment key={band}>
                <div className={styles.pair}>
                  <Field label={t.bandMin(t.bands[band])} {...message(`selfEvaluation.bands.${band}.min`)}>
                    <Input inputMode="decimal" value={value.bands[band].min} onChange={(_e, d) => editBand(band, { min: d.value })} />
                  </Field>
                  <Field label={t.bandMax(t.bands[band])} {...message(`selfEvaluation.bands.${band}.max`)}>
                    <Input inputMode="decimal" value={value.bands[band].max} onChange={(_e, d) => editBand(band, { max: d.value })} />
                  </Field>
                </div>
                <Field label={t.bandWords(t.bands[band])} {...message(`selfEvaluation.bands.${band}.words`)}>
                  <Textarea resize="vertical" rows={3} value={value.bands[band].words} onChange={(_e, d) => editBand(band, { words: d.value })} />
                </Field>
              </React.Fragment>
            ))}
            {number("overAchievementFactor")}
            <div className={styles.pair}>
              {number("executionRateMin")}
              {number("rateTolerance")}
            </div>
            <Field label={t.grades} hint={t.gradesHint} {...message("selfEvaluation.grades")}>
              <Textarea resize="vertical" rows={4} value={value.grades} onChange={(_e, d) => edit({ grades: d.value })} />
            </Field>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
