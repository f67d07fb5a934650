/** The page opened in a plain browser: say where it belongs and offer the demo over a bundled sample table. */
import * as React from "react";
import { Body1, Link, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export function OutsideOffice(props: { strings: UiStrings; demoHref: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{props.strings.outside.title}</Title3>
      <Body1>{props.strings.outside.body}</Body1>
      <Link href={props.demoHref}>{props.strings.outside.demo}</Link>
    </main>
  );
}
