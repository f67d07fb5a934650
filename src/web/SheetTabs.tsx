/** Sheet tabs under the grid, as in a spreadsheet program; choosing one makes it the sheet the pane works on. */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: "2px",
    overflowX: "auto",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    minHeight: "32px",
  },
  tab: {
    flexShrink: 0,
    border: "none",
    borderBottom: "3px solid transparent",
    background: "transparent",
    padding: "4px 14px",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground3Hover },
  },
  active: { backgroundColor: "#fff", color: "#217346", fontWeight: tokens.fontWeightSemibold, borderBottomColor: "#217346" },
});

export function SheetTabs(props: { sheets: readonly string[]; active: string; label: string; onChoose: (name: string) => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <nav className={styles.bar} role="tablist" aria-label={props.label}>
      {props.sheets.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === props.active}
          className={mergeClasses(styles.tab, name === props.active && styles.active)}
          onClick={() => props.onChoose(name)}
          data-sheet={name}
        >
          {name}
        </button>
      ))}
    </nav>
  );
}
