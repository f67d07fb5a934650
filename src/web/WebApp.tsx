/**
 * The offline web page: a workbook opened in the browser (ExcelJS), shown as a grid with sheet tabs, with the
 * add-in's task pane beside it over the same workbook (XlsxAdapter). Everything happens in this page; nothing is
 * sent anywhere. A file that cannot be opened gets a message and leaves the current workbook as it was.
 * On a narrow screen (a phone, a tablet upright) the pane is a drawer over the grid (PaneDrawer.tsx), so the
 * grid keeps the page's width.
 */
import * as React from "react";
import {
  Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Subtitle1,
  makeStyles, mergeClasses, shorthands, tokens, webLightTheme,
} from "@fluentui/react-components";
import { columnLetter } from "../core";
import { Locale, sheetErrorMessage } from "../i18n";
import { loadMessages } from "../i18n";
import type { LoadErrorCode } from "../hosts/load-result";
import type { WorkbookPort } from "../hosts/workbook.port";
import type { Unkept } from "../hosts/xlsx/xlsx.open";
import { App } from "../taskpane/App";
import type { OtherFile } from "../taskpane/compare/ComparePanel";
import { Seed, download, fileBytes, seedBytes } from "./documents";
import { PortEvent, observePort } from "./observed-port";
import type { ActionRunner } from "../taskpane/action-runner";
import { workerActions } from "./workbook/worker-actions";
import { NARROW, PaneDrawer, useMediaQuery } from "./PaneDrawer";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { RemotePort } from "./workbook/remote-port";
import { remoteView, type RemoteView } from "./workbook/remote-view";
import { connectWorkbooks, type WorkbookClient } from "./workbook/workbook-client";
import { startWorkbookWorker } from "./workbook/worker-start";
import { SeedMenu, Toolbar, useFilePicker } from "./Toolbar";
import { webStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateRows: "auto auto minmax(0, 1fr)", height: "100vh", fontFamily: tokens.fontFamilyBase },
  main: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 420px", minHeight: 0 },
  mainNarrow: { gridTemplateColumns: "minmax(0, 1fr)" },
  sheet: { display: "grid", gridTemplateRows: "auto minmax(0, 1fr) auto", minHeight: 0, minWidth: 0 },
  cellBar: { display: "flex", gap: tokens.spacingHorizontalM, minWidth: 0, overflowWrap: "anywhere", alignItems: "flex-start", padding: "4px 8px", minHeight: "24px", maxHeight: "5.5em", overflowY: "auto", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontSize: "13px", whiteSpace: "pre-wrap" },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: "5em", color: "#217346" },
  empty: { display: "grid", alignItems: "center", justifyItems: "center", padding: "clamp(8px, 4vw, 32px)", minHeight: 0, overflowY: "auto" },
  card: { maxWidth: "620px", minWidth: 0, boxSizing: "border-box", display: "grid", rowGap: tokens.spacingVerticalL, padding: "clamp(16px, 6vw, 40px)", ...shorthands.border("2px", "dashed", tokens.colorNeutralStroke1), borderRadius: tokens.borderRadiusXLarge, backgroundColor: tokens.colorNeutralBackground2, textAlign: "center" },
  dragging: { ...shorthands.borderColor("#217346"), backgroundColor: "#eef7f1" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, justifyContent: "center" },
  note: { color: tokens.colorNeutralForeground3 },
  busy: { position: "fixed", top: 0, left: 0, right: 0, bottom: 0, display: "grid", alignItems: "center", justifyItems: "center", backgroundColor: "rgba(255,255,255,0.6)", zIndex: 10 },
  message: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
});

interface Doc {
  id: number;
  /** The workbook in the workbook host (a worker), as a port. */
  remote: RemotePort;
  /** The same port, telling the page of each change the pane makes. */
  port: WorkbookPort;
  /** The pane's long actions, run in the workbook host beside the workbook. */
  actions: ActionRunner;
  fileName: string;
}

interface Place {
  sheets: string[];
  active: string;
  selected: { sheet: string; row: number; col: number } | null;
}

/** One workbook host for the page's life (a worker when the page may start one). */
let pageClient: WorkbookClient | null = null;
const workbooks = () => (pageClient ??= connectWorkbooks(startWorkbookWorker));

export function WebApp({ seeds, locale = "zh-CN" }: { seeds: readonly Seed[]; locale?: Locale }): React.JSX.Element {
  const styles = useStyles();
  const client = workbooks();
  const strings = webStrings(locale);
  const [doc, setDoc] = React.useState<Doc | null>(null);
  const [place, setPlace] = React.useState<Place>({ sheets: [], active: "", selected: null });
  const [version, setVersion] = React.useState(0);
  const [scrollKey, setScrollKey] = React.useState(0);
  const [failure, setFailure] = React.useState<{ file: string; code: LoadErrorCode } | null>(null);
  /** A file that opened but holds no target table: said at once, not only on the first click. */
  const [noTable, setNoTable] = React.useState<string | null>(null);
  const [unkept, setUnkept] = React.useState<Unkept[]>([]);
  const [loading, setLoading] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const current = React.useRef<RemotePort | null>(null);
  const ids = React.useRef(0);
  /** Counts the cells picked on the page (click or key), so a host answer read before the last pick is not taken. */
  const picks = React.useRef(0);
  const narrow = useMediaQuery(NARROW);
  /** The drawer on a narrow screen; on a wide one the pane is always beside the grid. */
  const [paneOpen, setPaneOpen] = React.useState(false);
  const toggleRef = React.useRef<HTMLButtonElement>(null);
  const closePane = () => {
    setPaneOpen(false);
    toggleRef.current?.focus();
  };
  /** On a narrow screen the drawer covers the grid: a clicked finding closes it, and the grid takes the focus. */
  const sheetRef = React.useRef<HTMLElement>(null);
  const showCell = () => {
    setPaneOpen(false);
    sheetRef.current?.querySelector<HTMLElement>("[role=grid]")?.focus();
  };

  /** Re-read sheets, active sheet and selection after the pane (or the page) changed the workbook. */
  const refresh = React.useCallback(async (remote: RemotePort, scroll: boolean) => {
    if (current.current !== remote) return; // a workbook that has since been replaced
    const pick = picks.current;
    const [sheets, sel] = await Promise.all([remote.sheetNames(), remote.getSelection()]);
    if (current.current !== remote) return;
    // The selection is on the active sheet, as in Excel. A cell picked on the page after this read was asked for
    // is newer than the host's answer: keep it (a key pressed while a refresh was on its way went back otherwise).
    const host = { sheet: sel.sheet, row: sel.row - 1, col: sel.column - 1 };
    setPlace((p) => ({ sheets, active: sel.sheet, selected: picks.current !== pick && p.selected?.sheet === sel.sheet ? p.selected : host }));
    setVersion((v) => v + 1);
    if (scroll) setScrollKey((k) => k + 1);
  }, []);

  const load = async (name: string, bytes: () => Promise<Uint8Array | null>) => {
    setLoading(name);
    setFailure(null);
    try {
      const b = await bytes();
      if (!b) return setFailure({ file: name, code: "file-unreadable" });
      const r = await client.open(name, b);
      if (!r.ok) return setFailure({ file: name, code: r.code });
      setNoTable(r.noTable);
      setUnkept(r.unkept);
      const remote = new RemotePort(client, r.doc);
      const before = current.current;
      current.current = remote;
      if (before) client.close(before.doc);
      const changed = (event: PortEvent) => {
        setStale((n) => n + 1);
        void refresh(remote, event === "selected").finally(() => setStale((n) => n - 1));
      };
      const port = observePort(remote, changed);
      setDoc({ id: ++ids.current, remote, port, actions: workerActions(client, r.doc, () => changed("changed")), fileName: name });
      await refresh(remote, false);
    } catch {
      // The host answers a damaged file with its code; an exception here is the host itself failing on it.
      setFailure({ file: name, code: "xlsx-corrupt" });
    } finally {
      setLoading(null);
    }
  };
  const onOpen = (file: File) => void load(file.name, () => fileBytes(file));
  const onSeed = (seed: Seed) => void load(seed.file, () => Promise.resolve(seedBytes(seed)));
  /** 对比's other version from a file, opened and picked by the workbook host. */
  const loadOther = React.useCallback(
    async (file: File): Promise<OtherFile> => {
      const b = await fileBytes(file);
      return b ? client.other(file.name, b) : { ok: false, name: file.name, code: "file-unreadable" };
    },
    [client],
  );
  const onDownload = async (d: Doc) => {
    setSaving(true);
    try {
      download(await client.bytes(d.remote.doc), d.fileName);
    } finally {
      setSaving(false);
    }
  };
  const picker = useFilePicker(onOpen);

  // The view asks the host for the sheet's shape, then for rows as they are shown; it is rebuilt when the sheet or
  // the workbook changes (`version`: new fills, a refreshed sheet). The old view (even of another sheet) stays on screen until the new one
  // has the rows the old one showed, so a check does not blank the grid for a moment.
  const [view, setView] = React.useState<RemoteView | null>(null);
  const [drawn, setDrawn] = React.useState(0);
  /** Refreshes under way after the pane changed the workbook; with the view's own state, the grid's aria-busy. */
  const [stale, setStale] = React.useState(0);
  const [shownFor, setShownFor] = React.useState<{ version: number; sheet: string } | null>(null);
  const shown = React.useRef(view);
  shown.current = view;
  React.useEffect(() => {
    if (!doc || !place.active) return setView(null);
    let live = true;
    const { remote } = doc;
    const sheet = place.active;
    void client.meta(remote.doc, sheet).then(async (meta) => {
      if (!live) return;
      if (!meta) return setView(null);
      const next = remoteView(meta, (from, to) => client.rows(remote.doc, sheet, meta.version, from, to), () => live && setDrawn((n) => n + 1));
      const before = shown.current;
      await next.prefetch(before && before.name === sheet ? before.loaded() : [0]);
      if (!live) return;
      setView(next);
      setShownFor({ version, sheet });
    }).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, doc, place.active, version]);
  const pending = stale > 0 || !shownFor || shownFor.version !== version || shownFor.sheet !== place.active;
  const selected = place.selected && place.selected.sheet === place.active ? place.selected : null;

  const onSelectCell = (row: number, col: number, follow: boolean) => {
    if (!doc || !view) return;
    const link = follow ? view.link(row, col) : null;
    // Shown at once; the workbook host (a worker) hears of it a moment later, and the refresh after agrees.
    if (!link) {
      picks.current++;
      setPlace((p) => ({ ...p, selected: { sheet: p.active, row, col } }));
    }
    // A link cell (来源单元格, 校验结果) goes to its target, as a click does in Excel.
    void (link ? doc.port.select(link.sheet, link.address) : doc.port.select(place.active, `${columnLetter(col)}${row + 1}`)).catch(() => undefined);
  };

  const drop = {
    onDragOver: (e: React.DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: React.DragEvent) => {
      // Moving between elements of the page also fires dragleave; only leaving the window has no related target.
      if (!e.relatedTarget) setDragging(false);
    },
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const f = e.dataTransfer.files?.[0];
      if (f) onOpen(f);
    },
  };

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <div className={styles.root} {...drop} data-workbook-host={client.mode()}>
        {picker.input}
        <Toolbar strings={strings} seeds={seeds} fileName={doc?.fileName ?? null} busy={loading !== null} onOpen={onOpen} onSeed={onSeed} pick={picker.pick} saving={saving} onDownload={doc && !saving ? () => void onDownload(doc) : null}
          pane={doc && narrow ? { open: paneOpen, toggle: () => setPaneOpen((o) => !o), ref: toggleRef } : null} />
        <div>
          {failure && (
            <MessageBar intent="error" layout="multiline" role="alert" className={styles.message} data-testid="load-error">
              <MessageBarBody>
                <MessageBarTitle>{strings.loadFailed(failure.file)}</MessageBarTitle>
                <div lang="zh-CN">{loadMessages["zh-CN"][failure.code]}</div>
                <Caption1 lang="en">{loadMessages.en[failure.code]}</Caption1>
              </MessageBarBody>
              <MessageBarActions>
                <Button appearance="transparent" size="small" onClick={() => setFailure(null)}>
                  {strings.dismiss}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {unkept.length > 0 && !failure && (
            <MessageBar intent="info" className={styles.message} data-testid="unkept">
              <MessageBarBody>{strings.unkept(unkept.map((p) => strings.unkeptParts[p]).join(locale === "en" ? ", " : "、"))}</MessageBarBody>
            </MessageBar>
          )}
          {noTable !== null && !failure && (
            <MessageBar intent="warning" layout="multiline" className={styles.message} data-testid="load-warning">
              <MessageBarBody>
                <div lang="zh-CN">{sheetErrorMessage("not-a-target-table", noTable)}</div>
                <Caption1 lang="en">{sheetErrorMessage("not-a-target-table", noTable, "en")}</Caption1>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        {doc && view ? (
          <main className={mergeClasses(styles.main, narrow && styles.mainNarrow)}>
            <section ref={sheetRef} className={styles.sheet} aria-busy={pending} data-testid="sheet">
              {/* Focusable: a long text scrolls here, and a keyboard user must be able to scroll it too. */}
              <div className={styles.cellBar} data-testid="cell-bar" role="region" aria-label={strings.cellBar} tabIndex={0}>
                <span className={styles.address}>{selected ? `${columnLetter(selected.col)}${selected.row + 1}` : ""}</span>
                <span data-testid="cell-input">{selected ? view.input(selected.row, selected.col) : <span className={styles.note}>{strings.noCell}</span>}</span>
              </div>
              <SheetGrid view={view} version={version + drawn} selected={selected} scrollKey={scrollKey} label={strings.grid(place.active)} onSelectCell={onSelectCell} />
              <SheetTabs sheets={place.sheets} active={place.active} label={strings.sheetTabs} onChoose={(name) => void doc.port.select(name, "A1")} />
            </section>
            <PaneDrawer strings={strings} narrow={narrow} open={paneOpen} onClose={closePane}>
              <App key={doc.id} port={doc.port} actions={doc.actions} onShowCell={narrow ? showCell : undefined} templateEnabled embedded initialLocale={locale} loadOtherFile={loadOther} />
            </PaneDrawer>
          </main>
        ) : (
          <main className={styles.empty}>
            <div className={mergeClasses(styles.card, dragging && styles.dragging)} data-testid="drop-zone">
              <Subtitle1 as="h2">{dragging ? strings.dropHere : strings.dropTitle}</Subtitle1>
              <Body1>{strings.dropBody}</Body1>
              <div className={styles.buttons}>
                <Button appearance="primary" size="large" onClick={picker.pick}>
                  {strings.open}
                </Button>
                <SeedMenu strings={strings} seeds={seeds} busy={loading !== null} onSeed={onSeed} />
              </div>
              <Caption1 className={styles.note}>{strings.privacy}</Caption1>
            </div>
          </main>
        )}
        {loading !== null && (
          <div className={styles.busy}>
            <Spinner label={strings.loading(loading)} />
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
