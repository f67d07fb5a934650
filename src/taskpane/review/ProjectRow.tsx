/**
 * One project: go to its row, its open/accepted counts, its verdict (通过 / 退回 / 待定) with a comment, and the
 * paragraph 审核意见 prints for it (drafted from the findings, edited here). A check box selects it for a bulk verdict.
 */
import * as React from "react";
import { Button, Caption1, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ProjectReview, Verdict, VERDICTS } from "../../core";
import type { UiStrings } from "../../i18n";
import { shownDate } from "./reviewer";

const useStyles = makeStyles({
  item: { display: "grid", rowGap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { minWidth: 0, padding: 0, justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  edit: { display: "grid", gridTemplateColumns: "6.5em minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalXS, alignItems: "center" },
  opinion: { display: "grid", rowGap: tokens.spacingVerticalXXS },
  redraft: { justifySelf: "start" },
});

export interface ProjectRowProps {
  review: ProjectReview;
  strings: UiStrings;
  canEdit: boolean;
  busy: boolean;
  onGoTo: (review: ProjectReview) => void;
  /** The paragraph composed from the project's findings (shown until the reviewer saves one of their own). */
  draft: string;
  selected: boolean;
  onSelect: (review: ProjectReview, selected: boolean) => void;
  /** null takes the verdict back (未审); `opinion` is the paragraph, blank when it is the draft. */
  onSave: (review: ProjectReview, verdict: Verdict | null, comment: string, opinion: string) => void;
}

export function ProjectRow({ review, strings, canEdit, busy, draft, selected, onSelect, onGoTo, onSave }: ProjectRowProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.review.projects;
  const { project, verdict } = review;
  const [choice, setChoice] = React.useState<Verdict | "">(verdict?.verdict ?? "");
  const [comment, setComment] = React.useState(verdict?.comment ?? "");
  const [opinion, setOpinion] = React.useState(verdict?.opinion ?? draft);
  const [open, setOpen] = React.useState(false);
  React.useEffect(() => {
    setChoice(verdict?.verdict ?? "");
    setComment(verdict?.comment ?? "");
    setOpinion(verdict?.opinion ?? draft);
    // By content: a re-check after another project's save gives equal verdicts as new objects, and must not
    // throw away what is being typed here.
  }, [verdict?.verdict, verdict?.comment, verdict?.opinion, verdict?.when, draft]);
  // A paragraph equal to the draft is not stored: the draft then follows the findings as they are resolved.
  const edited = opinion.trim() === draft.trim() ? "" : opinion;
  const dirty = choice !== (verdict?.verdict ?? "") || comment.trim() !== (verdict?.comment ?? "") || edited.trim() !== (verdict?.opinion ?? "");
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Checkbox aria-label={t.bulk.select(project.name)} checked={selected} disabled={!canEdit} onChange={(_e, d) => onSelect(review, d.checked === true)} />
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
        <Button size="small" aria-label={t.saveLabel(project.name)} disabled={!canEdit || busy || !dirty || (choice === "" && verdict === null)} onClick={() => onSave(review, choice === "" ? null : choice, comment, edited)}>
          {t.save}
        </Button>
      </div>
      <Button appearance="transparent" size="small" className={styles.redraft} aria-expanded={open} onClick={() => setOpen(!open)}>
        {`${open ? "▾" : "▸"} ${t.opinion}`}
      </Button>
      {open && (
        <div className={styles.opinion}>
          <Field label={t.opinionLabel(project.name)} hint={t.opinionHint} size="small">
            <Textarea size="small" resize="vertical" rows={4} value={opinion} disabled={!canEdit} maxLength={4000} onChange={(_e, d) => setOpinion(d.value)} />
          </Field>
          <Button appearance="subtle" size="small" className={styles.redraft} disabled={!canEdit || opinion === draft} onClick={() => setOpinion(draft)}>
            {t.opinionRedraft}
          </Button>
        </div>
      )}
      {verdict && <Caption1 className={styles.meta}>{t.savedBy(verdict.who, shownDate(verdict.when))}</Caption1>}
    </li>
  );
}
