/** One severity's findings with their count; long lists are paged so thousands of findings do not freeze the pane. */
import * as React from "react";
import { Button, CounterBadge, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings";
import type { Locale } from "../../i18n";
import type { UiStrings } from "../strings";
import { FindingRow } from "./FindingRow";

const PAGE = 200;
const BADGE: Record<Severity, "danger" | "important" | "informative"> = { error: "danger", warning: "important", info: "informative" };

const useStyles = makeStyles({
  group: { display: "grid", rowGap: tokens.spacingVerticalXXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  warningBadge: { backgroundColor: tokens.colorPaletteMarigoldBackground3, color: tokens.colorNeutralForeground1 },
});

export function FindingGroup(props: { severity: Severity; findings: Finding[]; locale: Locale; strings: UiStrings; onSelect: (f: Finding) => void }): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = React.useState(PAGE);
  const { severity, findings, strings } = props;
  const label = strings.severity[severity];
  return (
    <section className={styles.group} aria-label={label}>
      <Subtitle2 as="h3" className={styles.heading}>
        {label}
        <CounterBadge
          count={findings.length}
          overflowCount={999999}
          showZero
          color={BADGE[severity]}
          className={severity === "warning" ? styles.warningBadge : undefined}
          aria-label={String(findings.length)}
          data-testid={`count-${severity}`}
        />
      </Subtitle2>
      <ul className={styles.list}>
        {findings.slice(0, shown).map((f, i) => (
          <FindingRow key={`${f.code}-${f.column ?? ""}${f.row}-${i}`} finding={f} locale={props.locale} strings={strings} onSelect={props.onSelect} />
        ))}
      </ul>
      {findings.length > shown && (
        <Button appearance="transparent" size="small" onClick={() => setShown(shown + PAGE)}>
          {strings.showMore(Math.min(PAGE, findings.length - shown))}
        </Button>
      )}
    </section>
  );
}
