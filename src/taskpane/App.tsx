/**
 * The task pane. It talks only to a WorkbookPort (Excel, or the in-memory workbook in tests and the demo) and
 * to the host-agnostic actions; every failure becomes a sentence, never a crash.
 */
import * as React from "react";
import { Divider, FluentProvider, Subtitle2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { CheckResult, clearMarks, runCheck, splitIndicators } from "../actions/actions";
import type { Finding } from "../core/findings";
import type { SheetParse } from "../core/model";
import type { Locale } from "../i18n";
import type { WorkbookPort } from "../hosts/workbook.port";
import { ActionBar } from "./components/ActionBar";
import { FindingGroups } from "./components/FindingGroups";
import { findingAddress } from "./components/FindingRow";
import { Header } from "./components/Header";
import { Progress } from "./components/Progress";
import { SettingsPanel } from "./components/SettingsPanel";
import { SheetPicker } from "./components/SheetPicker";
import { StatusMessage } from "./components/StatusMessage";
import { Summary } from "./components/Summary";
import { Outcome } from "./outcome";
import { DEFAULT_SETTINGS, PaneSettings, loadSettings, rulesFor, saveSettings } from "./settings";
import { failureFromError, failureFromResult, otherLocale, uiStrings } from "./strings";
import { TemplateTool, templateStrings } from "./template-strings";
import { TemplateTools } from "./templates/TemplateTools";
import { useTemplateFlows } from "./templates/use-template-flows";
import { ActionName, useBusy } from "./use-busy";

export interface AppProps {
  port: WorkbookPort;
  initialLocale?: Locale;
  /** Show the progress bar for actions running longer than this (§10: about a second). */
  progressDelayMs?: number;
  /** 插入项目模板 and the template tools (SUM offer, 回写指标…); the entry points switch them on. */
  templateEnabled?: boolean;
  /** Demo / web page: a banner and a sheet picker (there are no sheet tabs outside Excel). */
  demo?: boolean;
  /** Run one action once the pane is up (demo links such as `?demo&run=check`). */
  autoRun?: ActionName;
}

const useStyles = makeStyles({
  root: {
    display: "grid",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
    fontFamily: tokens.fontFamilyBase,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  banner: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  findings: { display: "grid", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export function App(props: AppProps): React.JSX.Element {
  const { port, initialLocale = "zh-CN", progressDelayMs = 1000, templateEnabled = false, demo = false, autoRun } = props;
  const styles = useStyles();
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const [check, setCheck] = React.useState<CheckResult | null>(null);
  const [parsed, setParsed] = React.useState<SheetParse | null>(null);
  const [settings, setSettings] = React.useState<PaneSettings>(DEFAULT_SETTINGS);
  const [settingsInvalid, setSettingsInvalid] = React.useState(false);
  const [version, setVersion] = React.useState(0);
  const { busy, slow, run } = useBusy(progressDelayMs);
  const strings = uiStrings(locale);

  // Actions wait for the workbook's settings, so an early click (or autoRun) never runs with the defaults by mistake.
  const settingsRef = React.useRef<PaneSettings>(DEFAULT_SETTINGS);
  const settingsLoaded = React.useRef<Promise<void>>(Promise.resolve());
  const applySettings = (s: PaneSettings) => {
    settingsRef.current = s;
    setSettings(s);
  };
  React.useEffect(() => {
    let live = true;
    settingsLoaded.current = loadSettings(port)
      .then((r) => {
        if (!live) return;
        applySettings(r.settings);
        setSettingsInvalid(r.invalid);
      })
      .catch(() => {
        if (live) setSettingsInvalid(true);
      });
    return () => {
      live = false;
    };
  }, [port]);
  const currentRules = async () => {
    await settingsLoaded.current;
    return rulesFor(settingsRef.current);
  };

  const fail = (code: string, detail?: string) => setOutcome({ kind: "failure", failure: failureFromResult(code, detail) });

  /** Run one action at a time; whatever it throws becomes a sentence, and the sheet views refresh after. */
  const perform = (name: ActionName, work: () => Promise<void>) =>
    run(name, async () => {
      try {
        await work();
      } catch (e) {
        setOutcome({ kind: "failure", failure: failureFromError(e) });
      }
      setVersion((v) => v + 1);
    });
  const flows = useTemplateFlows({ port, locale, rules: currentRules, run: perform, setOutcome });

  const actions: Record<"split" | "check" | "clear", () => Promise<void>> = {
    split: async () => {
      const r = await splitIndicators(port, { rules: await currentRules(), locale });
      if (!r.ok) return fail(r.code, r.detail);
      setParsed(r.value.parsed);
      setOutcome({ kind: "split", indicators: r.value.indicators, projects: r.value.projects, sheet: r.value.sheet });
    },
    check: async () => {
      const r = await runCheck(port, { rules: await currentRules(), locale });
      if (!r.ok) return fail(r.code, r.detail);
      setCheck(r.value);
      setParsed(r.value.parsed);
      setOutcome({ kind: "check", counts: r.value.summary, highlighted: r.value.highlighted, sheet: r.value.resultSheet });
    },
    clear: async () => {
      const r = await clearMarks(port);
      if (!r.ok) return fail(r.code, r.detail);
      setOutcome({ kind: "clear", restored: r.value.restored });
    },
  };

  const onAction = (name: ActionName) => (name === "split" || name === "check" || name === "clear" ? void perform(name, actions[name]) : flows.begin(name));
  const workingLabel = (b: ActionName) => (b === "split" || b === "check" || b === "template" || b === "clear" ? strings.working[b] : templateStrings(locale).working[b]);

  const autoRan = React.useRef(false);
  React.useEffect(() => {
    if (autoRun && !autoRan.current) {
      autoRan.current = true;
      onAction(autoRun);
    }
  });

  const onSelect = async (f: Finding) => {
    if (!check) return;
    try {
      await port.select(check.source, findingAddress(f));
      setVersion((v) => v + 1);
    } catch (e) {
      setOutcome({ kind: "failure", failure: failureFromError(e) });
    }
  };

  const onSaveSettings = async (s: PaneSettings): Promise<boolean> => {
    try {
      await saveSettings(port, s);
    } catch (e) {
      setOutcome({ kind: "failure", failure: failureFromError(e) });
      return false;
    }
    applySettings(s);
    setSettingsInvalid(false);
    return true;
  };

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root}>
        <Header strings={strings} onToggleLocale={() => setLocale(otherLocale(locale))} />
        {demo && <p className={styles.banner}>{strings.demo.banner}</p>}
        {demo && <SheetPicker port={port} strings={strings} version={version} onChange={() => setVersion((v) => v + 1)} />}
        <ActionBar strings={strings} busy={busy} templateEnabled={templateEnabled} onAction={onAction} />
        {templateEnabled && <TemplateTools strings={templateStrings(locale)} busy={busy !== null} onTool={(t: TemplateTool) => onAction(t)} />}
        {busy && slow && <Progress label={workingLabel(busy)} />}
        {outcome ? <StatusMessage outcome={outcome} locale={locale} /> : <p className={styles.intro}>{strings.intro}</p>}
        {parsed && <Summary strings={strings} parsed={parsed} findings={check && check.source === parsed.sheet ? check.findings : null} />}
        {check && (
          <section className={styles.findings} aria-label={strings.findingsTitle}>
            <Subtitle2 as="h2" className={styles.heading}>
              {strings.findingsTitle}
            </Subtitle2>
            <FindingGroups findings={check.findings} locale={locale} strings={strings} onSelect={(f) => void onSelect(f)} />
          </section>
        )}
        <Divider />
        <SettingsPanel strings={strings} settings={settings} note={settingsInvalid ? strings.settings.storedInvalid : undefined} onSave={onSaveSettings} />
        {flows.dialog}
      </main>
    </FluentProvider>
  );
}
