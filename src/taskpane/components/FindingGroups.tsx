/** Findings grouped by severity (错误 / 警告 / 提示), most severe first. */
import * as React from "react";
import type { Finding, Severity } from "../../core/findings";
import type { Locale } from "../../i18n";
import type { UiStrings } from "../strings";
import { FindingGroup } from "./FindingGroup";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function FindingGroups(props: { findings: readonly Finding[]; locale: Locale; strings: UiStrings; onSelect: (f: Finding) => void }): React.JSX.Element {
  const { findings, strings } = props;
  if (!findings.length) return <p>{strings.noFindings}</p>;
  return (
    <>
      {SEVERITIES.map((s) => {
        const list = findings.filter((f) => f.severity === s);
        return list.length ? <FindingGroup key={s} severity={s} findings={list} locale={props.locale} strings={strings} onSelect={props.onSelect} /> : null;
      })}
    </>
  );
}
