/** 插入项目模板's dialog: where the rows go, how many projects, which categories — before anything is written. */
import * as React from "react";
import { Body1, Checkbox, Field, Input, Label, makeStyles, tokens, useId } from "@fluentui/react-components";
import { MAX_TEMPLATE_COUNT, type Level2Def } from "../../core";
import type { TemplateStrings } from "../../i18n";
import { ConfirmDialog } from "./ConfirmDialog";

const useStyles = makeStyles({
  form: { display: "grid", rowGap: tokens.spacingVerticalS },
  categories: { display: "grid", gridTemplateColumns: "1fr 1fr" },
});

export interface InsertDialogProps {
  strings: TemplateStrings;
  title: string;
  confirmLabel: string;
  where: string;
  /** Offer the project count (not for indicator rows). */
  withCount: boolean;
  categories: Level2Def[];
  defaults: readonly string[];
  onConfirm: (count: number, categories: string[]) => void;
  onCancel: () => void;
}

export function InsertDialog(props: InsertDialogProps): React.JSX.Element {
  const { strings, title, confirmLabel, where, withCount, categories, defaults, onConfirm, onCancel } = props;
  const styles = useStyles();
  const groupId = useId("categories");
  const [count, setCount] = React.useState("1");
  const [chosen, setChosen] = React.useState<Set<string>>(() => new Set(defaults));
  const n = Number(count);
  const countOk = !withCount || (Number.isInteger(n) && n >= 1 && n <= MAX_TEMPLATE_COUNT);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    setChosen(next);
  };
  // The framework's order, whatever order the boxes were ticked in.
  const picked = categories.filter((c) => chosen.has(c.code)).map((c) => c.code);
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      cancelLabel={strings.cancel}
      canConfirm={countOk && picked.length > 0}
      onConfirm={() => onConfirm(withCount ? n : 1, picked)}
      onCancel={onCancel}
    >
      <div className={styles.form}>
        <Body1>{where}</Body1>
        {withCount && (
          <Field label={strings.insert.count} validationMessage={countOk ? undefined : `1–${MAX_TEMPLATE_COUNT}`}>
            <Input type="number" min={1} max={MAX_TEMPLATE_COUNT} value={count} onChange={(_e, d) => setCount(d.value)} />
          </Field>
        )}
        {/* Not a Field: a Field hands its one id to every checkbox inside it. */}
        <div role="group" aria-labelledby={groupId}>
          <Label id={groupId}>{strings.insert.categories}</Label>
          <div className={styles.categories}>
            {categories.map((c) => (
              <Checkbox key={c.code} label={`${c.code} ${c.name}`} checked={chosen.has(c.code)} onChange={(_e, d) => toggle(c.code, d.checked === true)} />
            ))}
          </div>
        </div>
      </div>
    </ConfirmDialog>
  );
}
