/**
 * 规则集 (§13): the rule set in force — its name, version and where it comes from — any problem loading the stored
 * one, the editor, and JSON import/export. Folded away by default; its header names the rule set in force.
 */
import * as React from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Caption1, MessageBar, MessageBarBody, makeStyles, tokens,
} from "@fluentui/react-components";
import { StoredRules } from "../../actions/rule-store";
import { ruleSetLabel } from "../../core";
import type { RuleSet } from "../../core";
import type { Locale } from "../../i18n";
import { ruleSetErrors } from "../../i18n";
import type { UiStrings } from "../../i18n";
import { RuleSetFile } from "./RuleSetFile";
import { RuleSetForm } from "./RuleSetForm";

const useStyles = makeStyles({
  panel: { display: "grid", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  origin: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface RuleSetPanelProps {
  strings: UiStrings;
  locale: Locale;
  /** null while the workbook is being read. */
  stored: StoredRules | null;
  busy: boolean;
  /** The checked (or split) sheet's money unit, for the rounding hint; null before either. */
  moneyUnit: string | null;
  /** Validate and store (saveRules); resolves whether the new rule set is in force. */
  onSave: (rules: RuleSet) => Promise<boolean>;
}

export function RuleSetPanel({ strings, locale, stored, busy, moneyUnit, onSave }: RuleSetPanelProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.rules;
  const label = stored ? ruleSetLabel(stored.rules) : "…";
  return (
    <Accordion collapsible>
      <AccordionItem value="rules">
        <AccordionHeader>{t.header(label)}</AccordionHeader>
        <AccordionPanel>
          {stored && (
            <section className={styles.panel} aria-label={t.title}>
              <Body1>
                {t.inForce(label)} <Caption1 className={styles.origin}>· {t.origin[stored.origin]}</Caption1>
              </Body1>
              {stored.problem && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    {t.problem}
                    <ul className={styles.list}>
                      {ruleSetErrors(stored.problem).map((e, i) => (
                        <li key={i}>{locale === "en" ? e.message_en : e.message_zh}</li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              )}
              <RuleSetFile strings={strings} locale={locale} rules={stored.rules} busy={busy} onImport={onSave} />
              <RuleSetForm strings={strings} locale={locale} rules={stored.rules} busy={busy} moneyUnit={moneyUnit} onSave={onSave} />
            </section>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
