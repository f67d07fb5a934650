/**
 * 校验结果 as a review: 未解决 and 已接受 findings apart, and 项目 with their verdicts; the reviewer's name and
 * 生成审核意见 on top. A review saved in the workbook that cannot be read is said plainly, and nothing is offered
 * that would save over it.
 */
import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, Tab, TabList, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { projectReviews, type Finding } from "../../core";
import type { Locale } from "../../i18n";
import type { UiStrings } from "../../i18n";
import { AcceptedList } from "./AcceptedList";
import { OpenFindings } from "./OpenFindings";
import { ProjectList } from "./ProjectList";
import type { ShownCheck } from "../../actions/shown";
import type { ReviewFlows } from "./use-review-flows";

type TabName = "open" | "accepted" | "projects";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  top: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  reviewer: { flexGrow: 1, minWidth: "10em" },
});

export interface ReviewPanelProps {
  checked: ShownCheck;
  locale: Locale;
  strings: UiStrings;
  busy: boolean;
  reviewer: string;
  onReviewer: (name: string) => void;
  onSelect: (f: Finding) => void;
  flows: ReviewFlows;
}

export function ReviewPanel({ checked, locale, strings, busy, reviewer, onReviewer, onSelect, flows }: ReviewPanelProps): React.JSX.Element {
  const styles = useStyles();
  const t = strings.review;
  const [tab, setTab] = React.useState<TabName>("open");
  const split = checked.review;
  const canEdit = !checked.reviewProblem;
  const projects = React.useMemo(() => projectReviews(checked.parsed, split, checked.sheetReview), [checked.parsed, split, checked.sheetReview]);
  return (
    <section className={styles.root} aria-label={strings.findingsTitle}>
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.findingsTitle}
      </Subtitle2>
      {checked.reviewProblem && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-problem">
          <MessageBarBody>{t.problem}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.top}>
        <Field label={t.reviewer} hint={t.reviewerHint} size="small" className={styles.reviewer}>
          <Input size="small" value={reviewer} maxLength={100} onChange={(_e, d) => onReviewer(d.value)} />
        </Field>
        <Tooltip content={t.generateHint} relationship="description" withArrow>
          <Button size="small" disabled={busy || !canEdit} onClick={flows.writeSheet}>
            {t.generate}
          </Button>
        </Tooltip>
      </div>
      <TabList size="small" selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabName)} aria-label={t.tabs.label}>
        <Tab value="open">{t.tabs.open(split.open.length)}</Tab>
        <Tab value="accepted">{t.tabs.accepted(split.accepted.length)}</Tab>
        <Tab value="projects">{t.tabs.projects(projects.length)}</Tab>
      </TabList>
      {tab === "open" && <OpenFindings split={split} locale={locale} strings={strings} canAccept={canEdit} busy={busy} onSelect={onSelect} onAccept={flows.accept} />}
      {tab === "accepted" && (
        <AcceptedList accepted={split.accepted} locale={locale} strings={strings} canReopen={canEdit} busy={busy} onSelect={onSelect} onReopen={flows.reopen} />
      )}
      {tab === "projects" && (
        <ProjectList projects={projects} strings={strings} canEdit={canEdit} busy={busy} dimensions={checked.rules.dimensions} onGoTo={flows.goToProject} onSave={flows.verdict} onBulk={flows.verdicts} />
      )}
    </section>
  );
}
