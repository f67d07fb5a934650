/** Title and the language switch (zh-CN by default). */
import * as React from "react";
import { Button, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** `heading`: h1 as the task pane's own page, h2 inside the web page (whose h1 is the page's title). */
export function Header(props: { strings: UiStrings; heading?: "h1" | "h2"; onToggleLocale: () => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Title3 as={props.heading ?? "h1"}>{props.strings.title}</Title3>
      <Button appearance="subtle" size="small" title={props.strings.otherLanguageLabel} onClick={props.onToggleLocale}>
        {props.strings.otherLanguage}
      </Button>
    </header>
  );
}
