/**
 * Shown only when an action runs longer than about a second: what it is doing (the actions report steps, not
 * fractions: indeterminate), and 取消 until it starts writing — after that the workbook is being changed and
 * the action finishes, so the button says so by being disabled.
 */
import * as React from "react";
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  bar: { flexGrow: 1, minWidth: 0 },
});

export interface ProgressProps {
  label: string;
  /** The current step in words; absent before the action has said. */
  step?: string;
  cancelLabel: string;
  /** Null once the action writes (it can no longer stop without leaving half a result). */
  onCancel: (() => void) | null;
}

export function Progress(props: ProgressProps): React.JSX.Element {
  const styles = useStyles();
  const text = props.step ? `${props.label} ${props.step}…` : props.label;
  return (
    <div className={styles.row} data-testid="progress">
      <Field className={styles.bar} validationMessage={text} validationState="none">
        <ProgressBar aria-label={text} />
      </Field>
      <Button size="small" disabled={!props.onCancel} onClick={() => props.onCancel?.()} data-testid="cancel">
        {props.cancelLabel}
      </Button>
    </div>
  );
}
