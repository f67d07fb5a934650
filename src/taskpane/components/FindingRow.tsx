/**
 * One finding: its cell, its kind and its sentence; clicking selects the cell in the workbook. In the open list
 * it has a checkbox (to accept it), and a finding accepted once on other values says so with the old reason.
 */
import * as React from "react";
import { Badge, Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Acceptance, Finding } from "../../core";
import { Locale, findingMessage } from "../../i18n";
import { shownDate } from "../review/reviewer";
import { rowButton } from "./row-button";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "flex-start" },
  check: { flexShrink: 0 },
  button: { ...rowButton, flexGrow: 1, minWidth: 0 },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  kind: { color: tokens.colorNeutralForeground3, display: "block" },
  note: { display: "block", color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS },
});

/** The cell a finding is about; whole-row findings go to column A of the row, as 校验结果 links do. */
export function findingAddress(f: Finding): string {
  return `${f.column ?? "A"}${f.row}`;
}

export interface FindingRowProps {
  finding: Finding;
  locale: Locale;
  strings: UiStrings;
  onSelect: (f: Finding) => void;
  /** Present in the open list when findings can be accepted. */
  checked?: boolean;
  onCheck?: (f: Finding, on: boolean) => void;
  /** The earlier acceptance of a finding whose values have changed since. */
  reopened?: Acceptance;
}

export function FindingRow(props: FindingRowProps): React.JSX.Element {
  const styles = useStyles();
  const { finding, locale, strings, reopened, onCheck } = props;
  const address = findingAddress(finding);
  const kind = strings.codeLabel[finding.code] ?? finding.code;
  return (
    <li className={styles.item}>
      {onCheck && (
        <Checkbox className={styles.check} aria-label={strings.review.select(address, kind)} checked={props.checked ?? false} onChange={(_e, d) => onCheck(finding, d.checked === true)} />
      )}
      <button type="button" className={mergeClasses(styles.button)} title={strings.goTo(address)} onClick={() => props.onSelect(finding)}>
        <span className={styles.address}>{address}</span>
        <span>
          <Caption1 className={styles.kind}>{kind}</Caption1>
          {findingMessage(finding, locale)}
          {reopened && (
            <Caption1 className={styles.note}>
              <Badge appearance="tint" color="warning" size="small">
                {strings.review.reopenedBadge}
              </Badge>{" "}
              {strings.review.oldReason(reopened.reason, reopened.who, shownDate(reopened.when))}
            </Caption1>
          )}
        </span>
      </button>
    </li>
  );
}
