/**
 * 项目: one compact row per project with its verdict, filterable (未审 / 通过 / 退回 / 待定 / with open findings)
 * and paged, so a table of 70 projects stays quick to go through.
 */
import * as React from "react";
import { Button, Caption1, Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { projectKey, ProjectReview, Verdict, VERDICTS, type Dimension, type FindingCode } from "../../core";
import { draftOpinion, type UiStrings } from "../../i18n";
import { ProjectRow } from "./ProjectRow";

const PAGE = 50;

type Filter = "all" | "none" | "open" | Verdict;

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
  bulk: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
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
  /** The rule set's dimension overrides, for the drafted paragraphs. */
  dimensions?: Partial<Record<FindingCode, Dimension>>;
  onGoTo: (review: ProjectReview) => void;
  onSave: (review: ProjectReview, verdict: Verdict | null, comment: string, opinion: string) => void;
  /** One verdict for many projects, saved at once. */
  onBulk: (list: readonly ProjectReview[], verdict: Verdict | null) => void;
}

export function ProjectList({ projects, strings, canEdit, busy, dimensions, onGoTo, onSave, onBulk }: ProjectListProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.review.projects;
  const [filter, setFilter] = React.useState<Filter>("all");
  const [shown, setShown] = React.useState(PAGE);
  const [picked, setPicked] = React.useState<ReadonlySet<string>>(new Set());
  const [bulkVerdict, setBulkVerdict] = React.useState<Verdict>("待定");
  const list = projects.filter((r) => matches(r, filter));
  const count = (f: Filter) => projects.filter((r) => matches(r, f)).length;
  const visible = list.slice(0, shown);
  const selected = projects.filter((r) => picked.has(projectKey(r.project)));
  const unreviewed = projects.filter((r) => r.verdict === null);
  const select = (r: ProjectReview, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(projectKey(r.project));
    else next.delete(projectKey(r.project));
    setPicked(next);
  };
  const allShown = visible.length > 0 && visible.every((r) => picked.has(projectKey(r.project)));
  const bulk = (targets: readonly ProjectReview[], v: Verdict) => {
    onBulk(targets, v);
    setPicked(new Set());
  };
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
      {canEdit && (
        <div className={styles.bulk} role="group" aria-label={t.bulk.title}>
          <Checkbox
            label={t.bulk.selectShown}
            checked={allShown ? true : visible.some((r) => picked.has(projectKey(r.project))) ? "mixed" : false}
            onChange={(_e, d) => {
              const next = new Set(picked);
              for (const r of visible) if (d.checked === true) next.add(projectKey(r.project)); else next.delete(projectKey(r.project));
              setPicked(next);
            }}
          />
          <Caption1>{t.bulk.selected(selected.length)}</Caption1>
          <Select size="small" aria-label={t.bulk.verdictLabel} value={bulkVerdict} onChange={(_e, d) => setBulkVerdict(d.value as Verdict)}>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t.verdictNames[v]}
              </option>
            ))}
          </Select>
          <Button size="small" disabled={busy || selected.length === 0} onClick={() => bulk(selected, bulkVerdict)}>
            {t.bulk.apply(selected.length)}
          </Button>
          <Button size="small" appearance="subtle" disabled={busy || unreviewed.length === 0} onClick={() => bulk(unreviewed, "待定")}>
            {t.bulk.pendingAll(unreviewed.length)}
          </Button>
        </div>
      )}
      {list.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className={styles.list}>
          {visible.map((r) => (
            <ProjectRow
              key={`${r.project.row}`}
              review={r}
              strings={strings}
              canEdit={canEdit}
              busy={busy}
              draft={draftOpinion(r, dimensions)}
              selected={picked.has(projectKey(r.project))}
              onSelect={select}
              onGoTo={onGoTo}
              onSave={onSave}
            />
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
