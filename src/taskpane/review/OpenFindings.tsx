/** 未解决: the open findings by severity, with checkboxes and the accept bar. Reopened ones carry their old reason. */
import * as React from "react";
import type { Finding, ReviewSplit } from "../../core";
import type { Locale } from "../../i18n";
import { FindingGroups } from "../components/FindingGroups";
import type { UiStrings } from "../../i18n";
import { AcceptBar } from "./AcceptBar";

export interface OpenFindingsProps {
  split: ReviewSplit;
  locale: Locale;
  strings: UiStrings;
  /** False when the stored review cannot be read: nothing can be accepted. */
  canAccept: boolean;
  busy: boolean;
  onSelect: (f: Finding) => void;
  onAccept: (findings: Finding[], reason: string) => Promise<boolean>;
}

export function OpenFindings({ split, locale, strings, canAccept, busy, onSelect, onAccept }: OpenFindingsProps): React.JSX.Element {
  const [selected, setSelected] = React.useState<ReadonlySet<Finding>>(new Set());
  // A new check gives new findings: the old picks no longer stand for anything.
  React.useEffect(() => setSelected(new Set()), [split]);
  const reopened = React.useMemo(() => new Map(split.reopened.map((r) => [r.finding, r.acceptance] as const)), [split]);
  const onChange = (findings: readonly Finding[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const f of findings) {
        if (on) next.add(f);
        else next.delete(f);
      }
      return next;
    });
  const accept = async (reason: string) => {
    const picked = split.open.filter((f) => selected.has(f));
    return onAccept(picked, reason);
  };
  return (
    <>
      {canAccept && split.open.length > 0 && (
        <AcceptBar strings={strings} picked={selected.size} disabled={busy} onAccept={accept} onClear={() => setSelected(new Set())} />
      )}
      <FindingGroups
        findings={split.open}
        locale={locale}
        strings={strings}
        onSelect={onSelect}
        empty={strings.review.noOpen}
        selection={canAccept ? { selected, onChange, reopened } : undefined}
      />
    </>
  );
}
