/** Accept the picked open findings with a reason (required: a blank one is refused before anything is written). */
import * as React from "react";
import { Button, Caption1, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  bar: {
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AcceptBarProps {
  strings: UiStrings;
  picked: number;
  disabled: boolean;
  /** Resolves whether the acceptance went through (then the reason is cleared). */
  onAccept: (reason: string) => Promise<boolean>;
  onClear: () => void;
}

export function AcceptBar({ strings, picked, disabled, onAccept, onClear }: AcceptBarProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.review;
  const [reason, setReason] = React.useState("");
  const [missing, setMissing] = React.useState(false);
  const accept = async () => {
    if (reason.trim() === "") return setMissing(true);
    if (await onAccept(reason)) setReason("");
  };
  return (
    <div className={styles.bar}>
      <Field label={t.reason} hint={t.reasonHint} required validationMessage={missing ? t.reasonRequired : undefined} validationState={missing ? "error" : "none"}>
        <Textarea
          rows={2}
          resize="vertical"
          value={reason}
          onChange={(_e, d) => {
            setReason(d.value);
            if (d.value.trim()) setMissing(false);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={disabled || picked === 0} onClick={() => void accept()}>
          {t.accept}
        </Button>
        <Caption1>{t.selected(picked)}</Caption1>
        {picked > 0 && (
          <Button appearance="transparent" size="small" onClick={onClear}>
            {t.clearSelection}
          </Button>
        )}
      </div>
    </div>
  );
}
