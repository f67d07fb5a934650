/**
 * 项目: one compact row per project with its verdict, filterable (未审 / 通过 / 退回 / 待定 / with open findings)
 * and paged, so a table of 70 projects stays quick to go through.
 */
import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ProjectReview, Verdict, VERDICTS } from "../../core";
import type { UiStrings } from "../../i18n";
import { ProjectRow } from "./ProjectRow";

const PAGE = 50;

type Filter = "all" | "none" | "open" | Verdict;

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
});

function matches(r: ProjectReview, f: Filter): boolean {
  if (f === "all") return true;
  if (f === "none") return r.verdict === null;
  if (f === "open") return r.open.length > 0;
  return r.verdict?.verdict === f;
}

export interface ProjectListProps {
  projects: readonly ProjectReview[];
  strings: UiStrings;
  canEdit: boolean;
  busy: boolean;
  onGoTo: (review: ProjectReview) => void;
  onSave: (review: ProjectReview, verdict: Verdict | null, comment: string) => void;
}

export function ProjectList({ projects, strings, canEdit, busy, onGoTo, onSave }: ProjectListProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.review.projects;
  const [filter, setFilter] = React.useState<Filter>("all");
  const [shown, setShown] = React.useState(PAGE);
  const list = projects.filter((r) => matches(r, filter));
  const count = (f: Filter) => projects.filter((r) => matches(r, f)).length;
  return (
    <section className={styles.root} aria-label={t.title}>
      <Field label={t.filter} orientation="horizontal" size="small">
        <Select
          size="small"
          value={filter}
          onChange={(_e, d) => {
            setFilter(d.value as Filter);
            setShown(PAGE);
          }}
        >
          <option value="all">{`${t.filters.all} (${projects.length})`}</option>
          <option value="none">{`${t.filters.none} (${count("none")})`}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>{`${t.verdictNames[v]} (${count(v)})`}</option>
          ))}
          <option value="open">{`${t.filters.open} (${count("open")})`}</option>
        </Select>
      </Field>
      {list.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className={styles.list}>
          {list.slice(0, shown).map((r) => (
            <ProjectRow key={`${r.project.row}`} review={r} strings={strings} canEdit={canEdit} busy={busy} onGoTo={onGoTo} onSave={onSave} />
          ))}
        </ul>
      )}
      {list.length > shown && (
        <Button appearance="transparent" size="small" onClick={() => setShown(shown + PAGE)}>
          {t.more(Math.min(PAGE, list.length - shown))}
        </Button>
      )}
    </section>
  );
}
