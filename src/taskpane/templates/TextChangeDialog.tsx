/** 回写指标 and 恢复原指标: the cell's text now and after, side by side, before anything is written. */
import * as React from "react";
import { Body1, Caption1, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateStrings } from "../../i18n";
import { ConfirmDialog } from "./ConfirmDialog";

const useStyles = makeStyles({
  body: { display: "grid", rowGap: tokens.spacingVerticalS },
});

export interface TextChangeDialogProps {
  strings: TemplateStrings;
  title: string;
  target: string;
  before: string;
  after: string;
  note?: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function TextChangeDialog(props: TextChangeDialogProps): React.JSX.Element {
  const { strings, title, target, before, after, note, confirmLabel, onConfirm, onCancel } = props;
  const styles = useStyles();
  return (
    <ConfirmDialog title={title} confirmLabel={confirmLabel} cancelLabel={strings.cancel} onConfirm={onConfirm} onCancel={onCancel}>
      <div className={styles.body}>
        <Body1>{target}</Body1>
        {note && <Caption1>{note}</Caption1>}
        <Field label={strings.writeBack.before}>
          <Textarea readOnly resize="vertical" rows={5} value={before} />
        </Field>
        <Field label={strings.writeBack.after}>
          <Textarea readOnly resize="vertical" rows={5} value={after} />
        </Field>
      </div>
    </ConfirmDialog>
  );
}
