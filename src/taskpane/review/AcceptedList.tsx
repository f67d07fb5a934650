/** 已接受: the accepted findings with their reason, who and when; 撤销接受 puts one back among the open ones. */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, ReviewedFinding } from "../../core";
import { Locale, findingMessage } from "../../i18n";
import { findingAddress } from "../components/FindingRow";
import type { UiStrings } from "../../i18n";
import { shownDate } from "./reviewer";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "grid",
    gridTemplateColumns: "3.6em 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: 0, padding: 0, justifyContent: "flex-start" },
  kind: { color: tokens.colorNeutralForeground3, display: "block" },
  reason: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface AcceptedListProps {
  accepted: readonly ReviewedFinding[];
  locale: Locale;
  strings: UiStrings;
  canReopen: boolean;
  busy: boolean;
  onSelect: (f: Finding) => void;
  onReopen: (f: Finding) => void;
}

export function AcceptedList({ accepted, locale, strings, canReopen, busy, onSelect, onReopen }: AcceptedListProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.review;
  if (!accepted.length) return <p>{t.noAccepted}</p>;
  return (
    <section aria-label={t.tabs.accepted(accepted.length)}>
      <ul className={styles.list}>
        {accepted.map(({ finding, acceptance }, i) => {
          const address = findingAddress(finding);
          return (
            <li key={`${finding.code}-${address}-${i}`} className={styles.item}>
              <Button appearance="transparent" size="small" className={styles.address} title={strings.goTo(address)} onClick={() => onSelect(finding)}>
                {address}
              </Button>
              <span>
                <Caption1 className={styles.kind}>{strings.codeLabel[finding.code] ?? finding.code}</Caption1>
                {findingMessage(finding, locale)}
                <Caption1 className={styles.reason}>{t.acceptedBy(acceptance.reason, acceptance.who, shownDate(acceptance.when))}</Caption1>
              </span>
              {canReopen && (
                <Button size="small" disabled={busy} aria-label={t.reopenLabel(address)} onClick={() => onReopen(finding)}>
                  {t.reopen}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
