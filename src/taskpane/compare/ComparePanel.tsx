/**
 * 对比 (年度对比): pick the other version — a sheet of this workbook in every host, on the web page also a file —
 * run the comparison, and go through the changes grouped by project; clicking one selects its cell in the new table.
 */
import * as React from "react";
import { Button, CounterBadge, Field, MessageBar, MessageBarBody, Select, Subtitle2, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { OtherVersion } from "../../actions/compare-actions";
import type { ShownCompare } from "../../actions/shown";
import { isOwnSheet } from "../../actions/own-sheets";
import type { Change, Grid } from "../../core";
import type { WorkbookPort } from "../../hosts/workbook.port";
import { Locale, UiStrings, changeLabel, loadMessages } from "../../i18n";
import { FilePicker } from "../components/FilePicker";
import { rowButton } from "../components/row-button";

/** What a front door that can open files (the web page) gives the pane: the file's table as a grid, or why not. */
export type OtherFile = { ok: true; name: string; grid: Grid } | { ok: false; name: string; code: keyof (typeof loadMessages)["zh-CN"] };
export type LoadOtherFile = (file: File) => Promise<OtherFile>;

const PAGE = 50;
const FILE = "\u0000file";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  row: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  pick: { flexGrow: 1, minWidth: "10em" },
  caption: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  groups: { display: "grid", rowGap: tokens.spacingVerticalS },
  group: { display: "grid", rowGap: tokens.spacingVerticalXXS },
  groupHeading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  change: { ...rowButton, ":disabled": { cursor: "default" } },

  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  kind: { color: tokens.colorNeutralForeground3 },
});

export interface ComparePanelProps {
  port: WorkbookPort;
  strings: UiStrings;
  locale: Locale;
  busy: boolean;
  /** Changes after every action: the list of sheets is read again. */
  version: number;
  result: ShownCompare | null;
  /** The web page: open the other version from a file. Absent in Excel and WPS (a sheet of this workbook there). */
  loadFile?: LoadOtherFile;
  onCompare: (other: OtherVersion) => void;
  onSelect: (sheet: string, address: string) => void;
}

const shown = (v: Change["before"]) => (v === undefined || v === null || v === "" ? "—" : String(v));

interface Group {
  project: string;
  items: { change: Change; cell: string | null; key: number }[];
}

function groups(r: ShownCompare): Group[] {
  const by = new Map<string, Group>();
  r.comparison.changes.forEach((change, key) => {
    const g = by.get(change.project) ?? by.set(change.project, { project: change.project, items: [] }).get(change.project)!;
    g.items.push({ change, cell: r.cells[key] ?? null, key });
  });
  return [...by.values()];
}

export function ComparePanel(props: ComparePanelProps): React.JSX.Element {
  const { port, strings, locale, busy, version, result, loadFile, onCompare, onSelect } = props;
  const styles = useStyles();
  const t = strings.compare;
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [choice, setChoice] = React.useState("");
  const [file, setFile] = React.useState<{ name: string; grid: Grid } | null>(null);
  const [fileError, setFileError] = React.useState<string | null>(null);
  const [more, setMore] = React.useState(PAGE);

  React.useEffect(() => {
    let live = true;
    void Promise.all([port.sheetNames(), port.getSelection()]).then(
      ([names, sel]) => live && setSheets(names.filter((n) => !isOwnSheet(n) && n !== sel.sheet)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port, version]);
  React.useEffect(() => setMore(PAGE), [result]);

  const open = async (f: File) => {
    if (!loadFile) return;
    const r = await loadFile(f);
    if (!r.ok) return setFileError(`${t.fileFailed(r.name)}${loadMessages[locale][r.code]}`);
    setFileError(null);
    setFile({ name: r.name, grid: r.grid });
    setChoice(FILE);
  };

  const other: OtherVersion | null = choice === FILE ? (file ? { otherGrid: file.grid, file: file.name } : null) : sheets.includes(choice) ? { otherSheet: choice } : null;
  const label = React.useMemo(() => changeLabel(locale), [locale]);
  const list = React.useMemo(() => (result ? groups(result) : []), [result]);

  return (
    <section className={styles.root} aria-label={t.title}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.title}
      </Subtitle2>
      <div className={styles.row}>
        <Field label={t.other} hint={t.otherHint} size="small" className={styles.pick}>
          <Select size="small" value={choice} onChange={(_e, d) => setChoice(d.value)} data-testid="compare-other">
            <option value="">{t.choose}</option>
            {sheets.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            {file && <option value={FILE}>{t.fromFile(file.name)}</option>}
          </Select>
        </Field>
        {loadFile && <FilePicker label={t.openFile} hint={t.openFileHint} accept=".xlsx,.csv,.tsv,.txt" testId="compare-file" disabled={busy} onFile={(f) => void open(f)} />}
        <Tooltip content={t.runHint} relationship="description" withArrow>
          <Button size="small" appearance="primary" disabled={busy || other === null} onClick={() => other && onCompare(other)}>
            {t.run}
          </Button>
        </Tooltip>
      </div>
      {fileError && (
        <MessageBar intent="error" layout="multiline" data-testid="compare-file-error">
          <MessageBarBody>{fileError}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <p className={styles.caption}>{t.heading(result.source, result.other)}</p>
          {list.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <div className={styles.groups} data-testid="compare-groups">
              {list.slice(0, more).map((g) => (
                <section key={g.project} className={styles.group} aria-label={g.project}>
                  <h3 className={styles.groupHeading}>
                    {g.project}
                    <CounterBadge count={g.items.length} overflowCount={9999} color="brand" aria-label={t.group(g.project, g.items.length)} />
                  </h3>
                  <ul className={styles.list}>
                    {g.items.map(({ change, cell, key }) => {
                      const l = label(change);
                      const what = [l.change, l.what].filter(Boolean).join(" · ");
                      return (
                        <li key={key}>
                          <button
                            type="button"
                            className={styles.change}
                            disabled={cell === null}
                            aria-label={cell ? t.goTo(cell, what) : undefined}
                            onClick={() => cell && onSelect(result.source, cell)}
                          >
                            <span className={styles.address}>{cell ?? t.noCell}</span>
                            <span>
                              <span className={styles.kind}>{what}</span> {`${shown(change.before)} → ${shown(change.after)}`}
                            </span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
              {list.length > more && (
                <Button appearance="transparent" size="small" onClick={() => setMore(more + PAGE)}>
                  {t.showMore(Math.min(PAGE, list.length - more))}
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
