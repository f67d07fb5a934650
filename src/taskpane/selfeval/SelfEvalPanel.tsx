/** 从目标表生成自评表 (issue 15): pick the province's form, make the sheet from the shown target table. */
import * as React from "react";
import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { SELF_EVAL_SHAPES, type SelfEvalShape } from "../../core";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
});

export interface SelfEvalPanelProps {
  strings: UiStrings;
  /** The shapes' names in the pane's language. */
  shapeNames: Record<SelfEvalShape, string>;
  busy: boolean;
  onMake: (shape: SelfEvalShape) => void;
}

export function SelfEvalPanel({ strings, shapeNames, busy, onMake }: SelfEvalPanelProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.selfEval;
  const [shape, setShape] = React.useState<SelfEvalShape>("anhui");
  return (
    <section className={styles.root} aria-label={t.title}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.title}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t.hint}</Caption1>
      <div className={styles.row}>
        <Field label={t.shape} size="small">
          <Select size="small" value={shape} onChange={(_e, d) => setShape(d.value as SelfEvalShape)}>
            {SELF_EVAL_SHAPES.map((s) => (
              <option key={s} value={s}>
                {shapeNames[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Button size="small" disabled={busy} onClick={() => onMake(shape)}>
          {t.run}
        </Button>
      </div>
    </section>
  );
}
