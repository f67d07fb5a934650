/** Optional severity overrides, one compact select per overridable finding code, folded away by default. */
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { FINDING_SEVERITY, FindingCode } from "../../core";
import type { OverrideLevel } from "../../i18n";
import type { UiStrings } from "../../i18n";
import { OVERRIDABLE_CODES, OVERRIDE_LEVELS } from "./rule-form";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface SeverityOverridesProps {
  strings: UiStrings;
  value: Partial<Record<FindingCode, OverrideLevel>>;
  errors: (code: FindingCode) => string[] | undefined;
  onChange: (value: Partial<Record<FindingCode, OverrideLevel>>) => void;
}

export function SeverityOverrides({ strings, value, errors, onChange }: SeverityOverridesProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.rules;
  const set = (code: FindingCode, level: string) => {
    const next = { ...value };
    if (level === "") delete next[code];
    else next[code] = level as OverrideLevel;
    onChange(next);
  };
  return (
    <Accordion collapsible>
      <AccordionItem value="severities">
        <AccordionHeader size="small">{t.severities(Object.keys(value).length)}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.grid}>
            {OVERRIDABLE_CODES.map((code) => {
              const e = errors(code);
              return (
                <Field key={code} label={strings.codeLabel[code]} size="small" validationMessage={e?.join(" ")} validationState={e ? "error" : "none"}>
                  <Select size="small" value={value[code] ?? ""} onChange={(_e, d) => set(code, d.value)}>
                    <option value="">{t.severityDefault(t.levels[FINDING_SEVERITY[code]])}</option>
                    {OVERRIDE_LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {t.levels[l]}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
