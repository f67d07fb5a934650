/** The SUM offer: every cell that would change, what it holds now and the formula it would get. */
import * as React from "react";
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { CellValue, SumPlan } from "../../core";
import type { TemplateStrings } from "../../i18n";
import { ConfirmDialog } from "./ConfirmDialog";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalS },
  cell: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left" },
  notes: { display: "grid", rowGap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
});

const shown = (v: CellValue, formula: string | null) => formula ?? (v === null ? "" : typeof v === "object" ? v.error : String(v));

export function SumDialog(props: { strings: TemplateStrings; plan: SumPlan; afterInsert: boolean; onConfirm: () => void; onCancel: () => void }): React.JSX.Element {
  const { strings, plan, afterInsert, onConfirm, onCancel } = props;
  const t = strings.sums;
  const styles = useStyles();
  return (
    <ConfirmDialog title={t.title} confirmLabel={t.confirm} cancelLabel={strings.cancel} onConfirm={onConfirm} onCancel={onCancel}>
      {afterInsert && <Body1 block>{t.offerAfterInsert}</Body1>}
      <Body1 block>{t.intro(plan.entries.length)}</Body1>
      <table className={styles.table} aria-label={t.title}>
        <thead>
          <tr>
            {[t.columns.cell, t.columns.name, t.columns.now, t.columns.becomes, t.columns.total].map((h) => (
              <th key={h} className={styles.cell} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.entries.map((e) => (
            <tr key={e.address} data-testid={`sum-${e.address}`}>
              <td className={styles.cell}>{e.address}</td>
              <td className={styles.cell}>{e.name}</td>
              <td className={styles.cell}>{shown(e.current, e.currentFormula)}</td>
              <td className={styles.cell}>{e.formula}</td>
              <td className={styles.cell}>{e.expected === null ? "" : e.expected.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.skipped.length > 0 && (
        <div className={styles.notes}>
          {plan.skipped.map((s) => (
            <Caption1 key={s.address}>{t.skipped(s.address, s.cells.slice(0, 6).join("、") + (s.cells.length > 6 ? "…" : ""))}</Caption1>
          ))}
        </div>
      )}
    </ConfirmDialog>
  );
}
