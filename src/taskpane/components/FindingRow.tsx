/** One finding: its cell, its kind and its sentence; clicking selects the cell in the workbook. */
import * as React from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { Locale, findingMessage } from "../../i18n";
import type { UiStrings } from "../strings";

const useStyles = makeStyles({
  button: {
    display: "grid",
    gridTemplateColumns: "3.6em 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  kind: { color: tokens.colorNeutralForeground3, display: "block" },
});

/** The cell a finding is about; whole-row findings go to column A of the row, as 校验结果 links do. */
export function findingAddress(f: Finding): string {
  return `${f.column ?? "A"}${f.row}`;
}

export function FindingRow(props: { finding: Finding; locale: Locale; strings: UiStrings; onSelect: (f: Finding) => void }): React.JSX.Element {
  const styles = useStyles();
  const { finding, locale, strings } = props;
  const address = findingAddress(finding);
  return (
    <li>
      <button type="button" className={mergeClasses(styles.button)} title={strings.goTo(address)} onClick={() => props.onSelect(finding)}>
        <span className={styles.address}>{address}</span>
        <span>
          <Caption1 className={styles.kind}>{strings.codeLabel[finding.code] ?? finding.code}</Caption1>
          {findingMessage(finding, locale)}
        </span>
      </button>
    </li>
  );
}
