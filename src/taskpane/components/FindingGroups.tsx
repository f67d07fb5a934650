/** Findings grouped by severity (错误 / 警告 / 提示), most severe first. */
import * as React from "react";
import type { Finding, Severity } from "../../core";
import type { Locale } from "../../i18n";
import type { UiStrings } from "../../i18n";
import { FindingGroup, Selection } from "./FindingGroup";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface FindingGroupsProps {
  findings: readonly Finding[];
  locale: Locale;
  strings: UiStrings;
  onSelect: (f: Finding) => void;
  /** Checkboxes to pick findings (the open list); absent where nothing can be picked. */
  selection?: Selection;
  /** Shown when there is no finding. */
  empty?: string;
}

export function FindingGroups(props: FindingGroupsProps): React.JSX.Element {
  const { findings, strings } = props;
  if (!findings.length) return <p>{props.empty ?? strings.noFindings}</p>;
  return (
    <>
      {SEVERITIES.map((s) => {
        const list = findings.filter((f) => f.severity === s);
        return list.length ? (
          <FindingGroup key={s} severity={s} findings={list} locale={props.locale} strings={strings} onSelect={props.onSelect} selection={props.selection} />
        ) : null;
      })}
    </>
  );
}
