/**
 * Import a rule set from JSON (errors listed with their field paths; the rule set in force stays) and export the
 * one in force. The file input is hidden behind a button, as the web page's own 打开 button does.
 */
import * as React from "react";
import { Button, Caption1, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { ruleSetLabel } from "../../core";
import { parseRuleSetJson, type RuleSet } from "../../core";
import type { Locale } from "../../i18n";
import { ruleSetErrors } from "../../i18n";
import type { UiStrings } from "../../i18n";
import { downloadRuleSet, readFileText } from "./rule-file";
import { FilePicker } from "../components/FilePicker";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface RuleSetFileProps {
  strings: UiStrings;
  locale: Locale;
  rules: RuleSet;
  busy: boolean;
  /** Store an imported rule set; resolves whether it was stored. */
  onImport: (rules: RuleSet) => Promise<boolean>;
}

type Report = { ok: true; text: string } | { ok: false; title: string; errors: string[] };

export function RuleSetFile({ strings, locale, rules, busy, onImport }: RuleSetFileProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.rules;
  const [report, setReport] = React.useState<Report | null>(null);

  const load = async (file: File) => {
    let text: string;
    try {
      text = await readFileText(file);
    } catch (e) {
      return setReport({ ok: false, title: t.importFailed(file.name), errors: [e instanceof Error ? e.message : String(e)] });
    }
    const r = parseRuleSetJson(text);
    if (!r.ok) {
      const errors = ruleSetErrors(r.errors).map((e) => (locale === "en" ? e.message_en : e.message_zh));
      return setReport({ ok: false, title: t.importFailed(file.name), errors });
    }
    if (await onImport(r.rules)) setReport({ ok: true, text: t.imported(ruleSetLabel(r.rules), file.name) });
    else setReport(null);
  };

  return (
    <div>
      <div className={styles.row}>
        <FilePicker label={t.import} hint={t.importHint} accept=".json,application/json" testId="rules-file" disabled={busy} onFile={(file) => void load(file)} />
        <Tooltip content={t.exportHint} relationship="description" withArrow>
          <Button size="small" onClick={() => downloadRuleSet(rules, strings)}>
            {t.export}
          </Button>
        </Tooltip>
      </div>
      {report?.ok && <Caption1 aria-live="polite">{report.text}</Caption1>}
      {report && !report.ok && (
        <div role="alert" aria-label={report.title}>
          <Caption1>{report.title}</Caption1>
          <ul className={styles.errors}>
            {report.errors.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
