/** One severity's findings with their count; long lists are paged so thousands of findings do not freeze the pane. */
import * as React from "react";
import { Button, Checkbox, CounterBadge, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Acceptance, Finding, Severity } from "../../core";
import type { Locale } from "../../i18n";
import type { UiStrings } from "../../i18n";
import { FindingRow } from "./FindingRow";

const PAGE = 200;
const BADGE: Record<Severity, "danger" | "important" | "informative"> = { error: "danger", warning: "important", info: "informative" };

const useStyles = makeStyles({
  group: { display: "grid", rowGap: tokens.spacingVerticalXXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  warningBadge: { backgroundColor: tokens.colorPaletteMarigoldBackground3, color: tokens.colorNeutralForeground1 },
});

/** Which findings are picked (by identity: a new check gives new findings and an empty selection). */
export interface Selection {
  selected: ReadonlySet<Finding>;
  onChange: (findings: readonly Finding[], on: boolean) => void;
  /** Earlier acceptances of findings that are open again. */
  reopened: ReadonlyMap<Finding, Acceptance>;
}

export interface FindingGroupProps {
  severity: Severity;
  findings: Finding[];
  locale: Locale;
  strings: UiStrings;
  onSelect: (f: Finding) => void;
  selection?: Selection;
}

export function FindingGroup(props: FindingGroupProps): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = React.useState(PAGE);
  const { severity, findings, strings, selection } = props;
  const label = strings.severity[severity];
  const picked = selection ? findings.filter((f) => selection.selected.has(f)).length : 0;
  return (
    <section className={styles.group} aria-label={label}>
      <Subtitle2 as="h3" className={styles.heading}>
        {selection && (
          <Checkbox
            aria-label={strings.review.selectAll(label)}
            checked={picked === 0 ? false : picked === findings.length ? true : "mixed"}
            onChange={(_e, d) => selection.onChange(findings, d.checked === true)}
          />
        )}
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
          <FindingRow
            key={`${f.code}-${f.column ?? ""}${f.row}-${i}`}
            finding={f}
            locale={props.locale}
            strings={strings}
            onSelect={props.onSelect}
            checked={selection?.selected.has(f)}
            onCheck={selection ? (x, on) => selection.onChange([x], on) : undefined}
            reopened={selection?.reopened.get(f)}
          />
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
