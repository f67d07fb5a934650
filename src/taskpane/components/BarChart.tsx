/** Horizontal bars in plain CSS (no chart library): one row per label, the bar's length relative to the largest. */
import * as React from "react";
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

export interface Bar {
  key: string;
  label: string;
  value: number;
  color: string;
}

const useStyles = makeStyles({
  figure: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXXS },
  row: { display: "grid", gridTemplateColumns: "7.5em 1fr 2.5em", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  track: { height: "10px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "100%", borderRadius: tokens.borderRadiusSmall, minWidth: "2px" },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

export function BarChart(props: { title: string; bars: Bar[] }): React.JSX.Element {
  const styles = useStyles();
  const max = props.bars.reduce((m, b) => Math.max(m, b.value), 0) || 1;
  return (
    <figure className={styles.figure} aria-label={props.title}>
      <Subtitle2 as="h3">{props.title}</Subtitle2>
      <ul className={styles.list}>
        {props.bars.map((b) => (
          <li key={b.key} className={styles.row} aria-label={`${b.label}: ${b.value}`}>
            <Caption1 className={styles.label} title={b.label}>
              {b.label}
            </Caption1>
            <div className={styles.track} aria-hidden="true">
              <div className={styles.bar} style={{ width: `${(b.value / max) * 100}%`, backgroundColor: b.color }} />
            </div>
            <Caption1 className={styles.value}>{b.value}</Caption1>
          </li>
        ))}
      </ul>
    </figure>
  );
}
