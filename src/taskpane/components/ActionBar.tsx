/** The four actions. 插入项目模板 is disabled (focusable, with a tooltip) where the entry point does not switch it on. */
import * as React from "react";
import { Button, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";
import type { ActionName, MainAction } from "../use-busy";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

export interface ActionBarProps {
  strings: UiStrings;
  busy: ActionName | null;
  templateEnabled: boolean;
  onAction: (name: MainAction) => void;
}

export function ActionBar({ strings, busy, templateEnabled, onAction }: ActionBarProps): React.JSX.Element {
  const styles = useStyles();
  const disabled = busy !== null;
  const button = (name: MainAction, primary = false) => (
    <Tooltip content={strings.hints[name]} relationship="description" withArrow>
      <Button appearance={primary ? "primary" : "secondary"} disabled={disabled} onClick={() => onAction(name)}>
        {strings.actions[name]}
      </Button>
    </Tooltip>
  );
  return (
    <div className={styles.root} role="toolbar" aria-label={strings.title}>
      {button("check", true)}
      {button("split")}
      {templateEnabled ? (
        button("template")
      ) : (
        <Tooltip content={strings.templateLater} relationship="description" withArrow>
          <Button disabledFocusable>{strings.actions.template}</Button>
        </Tooltip>
      )}
      {button("clear")}
    </div>
  );
}
