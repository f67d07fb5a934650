/**
 * The task pane. It talks only to a WorkbookPort (Excel, or the in-memory workbook in tests and the demo) and
 * to the host-agnostic actions; every failure becomes a sentence, never a crash. Every action runs with the
 * workbook's rule set (rules/use-rules.ts); the findings are shown as a review (review/ReviewPanel.tsx).
 */
import * as React from "react";
import { Divider, FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { clearMarks } from "../actions/actions";
import type { OtherVersion } from "../actions/compare-actions";
import type { ShownCheck, ShownCompare, ShownParse } from "../actions/shown";
import { ActionRunner, directActions } from "./action-runner";
import { saveRules } from "../actions/rule-store";
import { ruleSetLabel } from "../core";
import type { Finding, HeaderWords, RuleSet, SelfEvalShape } from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";
import { ActionBar } from "./components/ActionBar";
import { findingAddress } from "./components/FindingRow";
import { Header } from "./components/Header";
import { Progress } from "./components/Progress";
import { SheetPicker } from "./components/SheetPicker";
import { StatusMessage } from "./components/StatusMessage";
import { Summary } from "./components/Summary";
import { Outcome, checkOutcome, refusalOutcome } from "./outcome";
import { ReviewPanel } from "./review/ReviewPanel";
import { useReviewer } from "./review/reviewer";
import { useReviewFlows } from "./review/use-review-flows";
import { RuleSetPanel } from "./rules/RuleSetPanel";
import { useRules } from "./rules/use-rules";
import { ComparePanel, LoadOtherFile } from "./compare/ComparePanel";
import { SelfEvalPanel } from "./selfeval/SelfEvalPanel";
import { Locale, TemplateTool, changeLabel, selfEvalStrings, findingKinds, findingMessages, otherLocale, templateStrings, uiStrings } from "../i18n";
import { failureFromError } from "./failure";
import { TemplateTools } from "./templates/TemplateTools";
import { useTemplateFlows } from "./templates/use-template-flows";
import { ActionName, MainAction, RunControl, useBusy } from "./use-busy";

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
  autoRun?: MainAction | TemplateTool;
  /** The web page: 对比 may also open the other version from a file. */
  loadOtherFile?: LoadOtherFile;
  /** Inside a page that has its own `main` and `h1` (the web page): the pane is a region there, its title an h2. */
  embedded?: boolean;
  /** Where the long actions run: here over the port (default), or beside the workbook (the web page's worker). */
  actions?: ActionRunner;
  /** The user asked to see a cell (a finding, a project): the web page's drawer gets out of the way. */
  onShowCell?: () => void;
}

const useStyles = makeStyles({
  root: {
    display: "grid",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
    // From 320 px up (Office's narrowest pane, a phone): long words and file names wrap instead of widening it.
    minWidth: 0,
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  banner: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

const REVIEW_WORK: readonly string[] = ["accept", "reopen", "verdict", "reviewSheet", "rules"];

export function App(props: AppProps): React.JSX.Element {
  const { port, initialLocale = "zh-CN", progressDelayMs = 1000, templateEnabled = false, demo = false, autoRun, loadOtherFile, embedded = false, actions: runner = directActions, onShowCell } = props;
  const Root = embedded ? "div" : "main";
  const styles = useStyles();
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const [checked, setChecked] = React.useState<ShownCheck | null>(null);
  const [parsed, setParsed] = React.useState<ShownParse | null>(null);
  const [compared, setCompared] = React.useState<ShownCompare | null>(null);
  const [version, setVersion] = React.useState(0);
  const [reviewer, setReviewer] = useReviewer();
  const { busy, slow, step, cancel, run } = useBusy(progressDelayMs);
  const rules = useRules(port);
  const strings = uiStrings(locale);

  const fail = (code: string, detail?: string, words?: HeaderWords) => setOutcome(refusalOutcome(code, detail, words));

  /** Run one action at a time; whatever it throws becomes a sentence, and the sheet views refresh after. */
  const perform = (name: ActionName, work: (control: RunControl) => Promise<void>) =>
    run(name, async (control) => {
      try {
        await work(control);
      } catch (e) {
        setOutcome({ kind: "failure", failure: failureFromError(e) });
      }
      setVersion((v) => v + 1);
    });
  const flows = useTemplateFlows({ port, locale, rules: rules.current, run: perform, setOutcome });

  const showChecked = (c: ShownCheck) => {
    setChecked(c);
    setParsed(c.parsed);
  };

  const actions: Record<"split" | "check" | "clear", (control: RunControl) => Promise<void>> = {
    split: async (control) => {
      const r = await runner.split(port, { rules: await rules.current(), message: findingMessages(locale), ...control }, locale);
      if (!r.ok) return fail(r.code, r.detail, r.headerWords);
      setParsed(r.value.parsed);
      setOutcome({ kind: "split", indicators: r.value.indicators, projects: r.value.projects, sheet: r.value.sheet });
    },
    check: async (control) => {
      const r = await runner.check(port, { rules: await rules.current(), message: findingMessages(locale), kind: findingKinds(), ...control }, locale);
      if (!r.ok) return fail(r.code, r.detail, r.headerWords);
      showChecked(r.value);
      const outcome = checkOutcome(r.value, await rules.fallback());
      setOutcome(outcome);
      // The marks are often off the first screen (F/G of a wide table): go to the first one so the user sees them.
      if (outcome.kind === "check" && outcome.where?.first) await goTo(r.value.source, outcome.where.first);
    },
    clear: async () => {
      const r = await clearMarks(port);
      if (!r.ok) return fail(r.code, r.detail, r.headerWords);
      setOutcome({ kind: "clear", restored: r.value.restored });
    },
  };

  /** 对比: the shown sheet (the new version) against the other one; 版本对比 written, changed cells marked. */
  const onCompare = (other: OtherVersion) =>
    void perform("compare", async (control) => {
      const r = await runner.compare(port, { ...other, rules: await rules.current(), message: findingMessages(locale), label: changeLabel(locale), ...control }, locale);
      if (!r.ok) return fail(r.code, r.detail);
      setCompared(r.value);
      setParsed(r.value.parsed);
      const c = r.value.comparison.changes;
      setOutcome({ kind: "compare", changes: c.length, projects: new Set(c.map((x) => x.project)).size, marked: r.value.marked, sheet: r.value.resultSheet, other: r.value.other });
    });

  /** 从目标表生成自评表 from the active (target) sheet; the new sheet is activated. */
  const onSelfEval = (shape: SelfEvalShape) =>
    void perform("selfeval", async (control) => {
      const r = await runner.selfEval(port, { rules: await rules.current(), shape, ...control }, locale);
      if (!r.ok) return fail(r.code, r.detail);
      setOutcome({ kind: "selfeval", sheet: r.value.sheet, projects: r.value.blocks.length, shape: selfEvalStrings(locale).shapes[shape] });
    });

  const onAction = (name: MainAction | TemplateTool) =>
    name === "split" || name === "check" || name === "clear" ? void perform(name, actions[name]) : flows.begin(name);
  const workingLabel = (b: ActionName) => {
    if (b === "split" || b === "check" || b === "template" || b === "clear") return strings.working[b];
    if (b === "compare") return strings.compare.working;
    if (b === "selfeval") return strings.selfEval.working;
    if (REVIEW_WORK.includes(b)) return strings.review.working[b as keyof typeof strings.review.working];
    return templateStrings(locale).working[b as TemplateTool];
  };

  const autoRan = React.useRef(false);
  React.useEffect(() => {
    if (autoRun && !autoRan.current) {
      autoRan.current = true;
      onAction(autoRun);
    }
  });

  /** Select a cell without a failure message (a sheet that cannot be selected just stays where it is). */
  const goTo = async (sheet: string, address: string) => {
    try {
      await port.select(sheet, address);
      setVersion((v) => v + 1);
    } catch {
      // Selecting is a courtesy after the check: the check's own outcome stands.
    }
  };
  const select = async (sheet: string, address: string) => {
    try {
      await port.select(sheet, address);
      setVersion((v) => v + 1);
      onShowCell?.();
    } catch (e) {
      setOutcome({ kind: "failure", failure: failureFromError(e) });
    }
  };
  const onSelect = (f: Finding) => checked && void select(checked.source, findingAddress(f));

  const review = useReviewFlows({ port, actions: runner, locale, rules: rules.current, run: perform, setOutcome, checked, setChecked: showChecked, reviewer, select: (s, a) => void select(s, a) });

  /** Store a rule set (validated again by saveRules); the shown check is re-run with it. */
  const onSaveRules = async (candidate: RuleSet): Promise<boolean> => {
    let ok = false;
    await perform("rules", async () => {
      const r = await saveRules(port, candidate);
      if (!r.ok) return; // the editor validated it already; the panel keeps showing the form's errors
      ok = true;
      rules.apply({ rules: r.rules, origin: "workbook" });
      if (!checked) return;
      const again = await runner.check(port, { rules: r.rules, message: findingMessages(locale), kind: findingKinds(), sheet: checked.source }, locale);
      if (!again.ok) return fail(again.code, again.detail);
      showChecked(again.value);
      setOutcome({ kind: "review", event: { type: "rules-saved", label: ruleSetLabel(r.rules) } });
    });
    return ok;
  };

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <Root className={styles.root}>
        <Header strings={strings} heading={embedded ? "h2" : "h1"} onToggleLocale={() => setLocale(otherLocale(locale))} />
        {demo && <p className={styles.banner}>{strings.demo.banner}</p>}
        {demo && <SheetPicker port={port} strings={strings} version={version} onChange={() => setVersion((v) => v + 1)} />}
        <ActionBar strings={strings} busy={busy} templateEnabled={templateEnabled} onAction={onAction} />
        {templateEnabled && <TemplateTools strings={templateStrings(locale)} busy={busy !== null} onTool={(t: TemplateTool) => onAction(t)} />}
        {busy && slow && <Progress label={workingLabel(busy)} step={step ? strings.steps[step] : undefined} cancelLabel={strings.cancel} onCancel={step === "write" ? null : cancel} />}
        {outcome ? <StatusMessage outcome={outcome} locale={locale} /> : <p className={styles.intro}>{strings.intro}</p>}
        {parsed && <Summary strings={strings} parsed={parsed} findings={checked && checked.source === parsed.sheet ? checked.review.open : null} />}
        {checked && (
          <ReviewPanel checked={checked} locale={locale} strings={strings} busy={busy !== null} reviewer={reviewer} onReviewer={setReviewer} onSelect={onSelect} flows={review} />
        )}
        <Divider />
        <ComparePanel
          port={port}
          strings={strings}
          locale={locale}
          busy={busy !== null}
          version={version}
          result={compared}
          loadFile={loadOtherFile}
          onCompare={onCompare}
          onSelect={(s, a) => void select(s, a)}
        />
        <Divider />
        <SelfEvalPanel strings={strings} shapeNames={selfEvalStrings(locale).shapes} busy={busy !== null} onMake={onSelfEval} />
        <Divider />
        <RuleSetPanel strings={strings} locale={locale} stored={rules.stored} busy={busy !== null} moneyUnit={(checked?.parsed ?? parsed)?.moneyUnit ?? null} onSave={onSaveRules} />
        {flows.dialog}
      </Root>
    </FluentProvider>
  );
}
