/** Counts, findings by kind and indicators by 一级 category (§4: an indicator counts under its 二级's parent). */
import * as React from "react";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { ShownParse } from "../../actions/shown";
import type { Finding, Severity } from "../../core";
import type { UiStrings } from "../../i18n";
import { Bar, BarChart } from "./BarChart";

export const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedBorderActive,
  warning: tokens.colorPaletteMarigoldBorderActive,
  info: tokens.colorPaletteBlueBorderActive,
};

const CATEGORY_COLOR = {
  output: tokens.colorPaletteTealBorderActive,
  benefit: tokens.colorPaletteGreenBorderActive,
  satisfaction: tokens.colorPaletteBerryBorderActive,
  cost: tokens.colorPaletteDarkOrangeBorderActive,
  none: tokens.colorNeutralStroke1,
} as const;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
});

function byCode(findings: readonly Finding[], strings: UiStrings): Bar[] {
  const groups = new Map<string, { n: number; severity: Severity }>();
  for (const f of findings) {
    const g = groups.get(f.code) ?? { n: 0, severity: f.severity };
    g.n++;
    if (RANK[f.severity] < RANK[g.severity]) g.severity = f.severity;
    groups.set(f.code, g);
  }
  return [...groups]
    .sort((a, b) => RANK[a[1].severity] - RANK[b[1].severity] || b[1].n - a[1].n)
    .map(([code, g]) => ({ key: code, label: strings.codeLabel[code as Finding["code"]] ?? code, value: g.n, color: SEVERITY_COLOR[g.severity] }));
}

function byCategory(parsed: ShownParse, strings: UiStrings): Bar[] {
  const counts = { output: 0, benefit: 0, satisfaction: 0, cost: 0, none: 0 };
  for (const i of parsed.indicators) counts[i.category ?? "none"]++;
  return (Object.keys(counts) as (keyof typeof counts)[])
    .filter((k) => k !== "none" || counts.none > 0)
    .map((k) => ({ key: k, label: strings.summary.categories[k], value: counts[k], color: CATEGORY_COLOR[k] }));
}

export function Summary(props: { strings: UiStrings; parsed: ShownParse; findings: readonly Finding[] | null }): React.JSX.Element {
  const styles = useStyles();
  const { strings, parsed, findings } = props;
  return (
    <section className={styles.root} aria-label={strings.summary.title}>
      <Body1>{strings.summary.counts(parsed.projects.length, parsed.indicators.length)}</Body1>
      {findings && findings.length > 0 && <BarChart title={strings.summary.byCode} bars={byCode(findings, strings)} />}
      <BarChart title={strings.summary.byCategory} bars={byCategory(parsed, strings)} />
    </section>
  );
}
