/** One project: go to its row, its open/accepted counts, and its verdict (通过 / 退回 / 待定) with a comment. */
import * as React from "react";
import { Button, Caption1, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ProjectReview, Verdict, VERDICTS } from "../../core";
import type { UiStrings } from "../../i18n";
import { shownDate } from "./reviewer";

const useStyles = makeStyles({
  item: { display: "grid", rowGap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  head: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { minWidth: 0, padding: 0, justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  edit: { display: "grid", gridTemplateColumns: "6.5em 1fr auto", columnGap: tokens.spacingHorizontalXS, alignItems: "center" },
});

export interface ProjectRowProps {
  review: ProjectReview;
  strings: UiStrings;
  canEdit: boolean;
  busy: boolean;
  onGoTo: (review: ProjectReview) => void;
  /** null takes the verdict back (未审). */
  onSave: (review: ProjectReview, verdict: Verdict | null, comment: string) => void;
}

export function ProjectRow({ review, strings, canEdit, busy, onGoTo, onSave }: ProjectRowProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.review.projects;
  const { project, verdict } = review;
  const [choice, setChoice] = React.useState<Verdict | "">(verdict?.verdict ?? "");
  const [comment, setComment] = React.useState(verdict?.comment ?? "");
  React.useEffect(() => {
    setChoice(verdict?.verdict ?? "");
    setComment(verdict?.comment ?? "");
    // By content: a re-check after another project's save gives equal verdicts as new objects, and must not
    // throw away what is being typed here.
  }, [verdict?.verdict, verdict?.comment, verdict?.when]);
  const dirty = choice !== (verdict?.verdict ?? "") || comment.trim() !== (verdict?.comment ?? "");
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Button appearance="transparent" size="small" className={styles.name} title={t.goToRow(project.row)} onClick={() => onGoTo(review)}>
          {project.name}
        </Button>
        <Caption1 className={styles.meta}>{t.counts(review.open.length, review.accepted.length)}</Caption1>
      </div>
      <div className={styles.edit}>
        <Select size="small" aria-label={t.verdictLabel(project.name)} value={choice} disabled={!canEdit} onChange={(_e, d) => setChoice(d.value as Verdict | "")}>
          <option value="">
            {t.verdictNone}
          </option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t.verdictNames[v]}
            </option>
          ))}
        </Select>
        <Input size="small" aria-label={t.commentLabel(project.name)} placeholder={t.comment} value={comment} disabled={!canEdit} onChange={(_e, d) => setComment(d.value)} />
        <Button size="small" aria-label={t.saveLabel(project.name)} disabled={!canEdit || busy || !dirty || (choice === "" && verdict === null)} onClick={() => onSave(review, choice === "" ? null : choice, comment)}>
          {t.save}
        </Button>
      </div>
      {verdict && <Caption1 className={styles.meta}>{t.savedBy(verdict.who, shownDate(verdict.when))}</Caption1>}
    </li>
  );
}
