/**
 * The template features' flows in the pane. Each one reads first (where, what would change), shows a dialog,
 * and writes only on its confirming button: 插入项目模板 (then, in layout A, the SUM offer), 小计改为公式, 回写指标,
 * 插入指标模板行 and 恢复原指标. Refusals become a status line; nothing is written for them. A dialog opens only once
 * the busy action that prepared it has ended, so its confirming button is never swallowed as a click while busy.
 */
import * as React from "react";
import {
  RestorePlan, WriteBackPlan, addIndicatorTemplateRows, applyWriteBack, planRestoreWriteBack, planWriteBack, previewIndicatorTemplateRows, restoreWriteBack,
} from "../../actions/detail-actions";
import {
  TemplatePreview, applySubtotalFormulas, insertProjectTemplate, planSubtotalFormulas, previewProjectTemplate,
} from "../../actions/template-actions";
import type { ActionErrorCode } from "../../actions/result";
import { DEFAULT_TEMPLATE_CATEGORIES, type RuleSet, type SumPlan } from "../../core";
import type { WorkbookPort } from "../../hosts/workbook.port";
import type { Outcome } from "../outcome";
import { Locale, TemplateTool, templateStrings } from "../../i18n";
import type { ActionName } from "../use-busy";
import { DialogFrame } from "./ConfirmDialog";
import { InsertDialog } from "./InsertDialog";
import { SumDialog } from "./SumDialog";
import { TextChangeDialog } from "./TextChangeDialog";

type Open =
  | { kind: "insert"; preview: TemplatePreview }
  | { kind: "detail"; sheet: string; project: string; firstRow: number }
  | { kind: "sums"; plan: SumPlan; afterInsert: boolean }
  | { kind: "writeback"; plan: WriteBackPlan }
  | { kind: "restore"; plan: RestorePlan };

export interface FlowDeps {
  port: WorkbookPort;
  locale: Locale;
  rules: () => Promise<RuleSet>;
  /** Run one busy action (errors become a sentence); resolves when it has ended. */
  run: (name: ActionName, work: () => Promise<void>) => Promise<unknown>;
  setOutcome: (o: Outcome) => void;
}

export type FlowName = "template" | TemplateTool;

type Show = (o: Open) => void;

export function useTemplateFlows(deps: FlowDeps): { begin: (name: FlowName) => void; dialog: React.ReactNode } {
  const { port, locale, rules, run, setOutcome } = deps;
  const [open, setOpen] = React.useState<Open | null>(null);
  const [rulesNow, setRulesNow] = React.useState<RuleSet | null>(null);
  const strings = templateStrings(locale);
  const refuse = (code: ActionErrorCode, detail?: string) => setOutcome({ kind: "template-failure", code, detail: detail ?? "" });
  const done = (event: Extract<Outcome, { kind: "templates" }>["event"]) => setOutcome({ kind: "templates", event });
  const close = () => setOpen(null);
  /** Run `work` as a busy action; the dialog it asks for opens when the action has ended. */
  const act = (name: ActionName, work: (show: Show) => Promise<void>) => {
    let next: Open | null = null;
    void run(name, () => work((o) => (next = o))).then(() => next && setOpen(next));
  };
  /** A confirmed write: the dialog closes first, so a second click cannot repeat it. */
  const confirm = (name: ActionName, work: (show: Show) => Promise<void>) => {
    setOpen(null);
    act(name, work);
  };

  const offerSums = async (show: Show, afterInsert: boolean) => {
    const plan = await planSubtotalFormulas(port, { rules: await rules() });
    if (!plan.ok) return afterInsert ? undefined : refuse(plan.code, plan.detail);
    if (plan.value.entries.length) show({ kind: "sums", plan: plan.value, afterInsert });
    else if (!afterInsert) done({ type: "sums-none", skipped: plan.value.skipped.length });
  };

  const start: Record<FlowName, (show: Show) => Promise<void>> = {
    template: async (show) => {
      const r = await rules();
      setRulesNow(r);
      const pre = await previewProjectTemplate(port, { rules: r });
      if (!pre.ok) return refuse(pre.code, pre.detail);
      show({ kind: "insert", preview: pre.value });
    },
    sums: (show) => offerSums(show, false),
    writeback: async (show) => {
      const plan = await planWriteBack(port, { rules: await rules() });
      if (!plan.ok) return refuse(plan.code, plan.detail);
      if (plan.value.unchanged) return done({ type: "unchanged", cell: `${plan.value.sheet}!${plan.value.address}` });
      show({ kind: "writeback", plan: plan.value });
    },
    detailTemplate: async (show) => {
      setRulesNow(await rules());
      const pre = await previewIndicatorTemplateRows(port);
      if (!pre.ok) return refuse(pre.code, pre.detail);
      show({ kind: "detail", ...pre.value });
    },
    restore: async (show) => {
      const plan = await planRestoreWriteBack(port);
      if (!plan.ok) return refuse(plan.code, plan.detail);
      show({ kind: "restore", plan: plan.value });
    },
  };

  const framework = rulesNow?.framework;
  let dialog: React.ReactNode = null;
  if (open?.kind === "insert" && framework) {
    const { sheet, plan } = open.preview;
    const where =
      plan.kind === "project" ? strings.insert.where(sheet, plan.beforeRow, plan.unit) : plan.kind === "key-task" ? strings.insert.whereTask(plan.beforeRow) : strings.insert.whereIndicator(plan.beforeRow);
    dialog = (
      <InsertDialog
        strings={strings}
        title={strings.insert.title}
        confirmLabel={strings.insert.confirm}
        where={where}
        withCount={plan.kind !== "indicator"}
        categories={framework.level2}
        defaults={DEFAULT_TEMPLATE_CATEGORIES}
        onCancel={close}
        onConfirm={(count, categories) =>
          confirm("template", async (show) => {
            const r = await insertProjectTemplate(port, { count, categories, rules: rulesNow ?? undefined });
            if (!r.ok) return refuse(r.code, r.detail);
            done({ type: "inserted", rows: r.value.lastRow - r.value.firstRow + 1, firstRow: r.value.firstRow, lastRow: r.value.lastRow, sheet: r.value.sheet });
            if (plan.layout === "A") await offerSums(show, true);
          })
        }
      />
    );
  } else if (open?.kind === "detail" && framework) {
    dialog = (
      <InsertDialog
        strings={strings}
        title={strings.detailTemplate.title}
        confirmLabel={strings.detailTemplate.confirm}
        where={strings.detailTemplate.where(open.firstRow)}
        withCount={false}
        categories={framework.level2}
        defaults={DEFAULT_TEMPLATE_CATEGORIES}
        onCancel={close}
        onConfirm={(_count, categories) =>
          confirm("detailTemplate", async () => {
            const r = await addIndicatorTemplateRows(port, { categories, rules: rulesNow ?? undefined });
            if (!r.ok) return refuse(r.code, r.detail);
            done({ type: "detail-rows", firstRow: r.value.firstRow, lastRow: r.value.lastRow, sheet: r.value.sheet });
          })
        }
      />
    );
  } else if (open?.kind === "sums") {
    const plan = open.plan;
    dialog = (
      <SumDialog
        strings={strings}
        plan={plan}
        afterInsert={open.afterInsert}
        onCancel={close}
        onConfirm={() =>
          confirm("sums", async () => {
            const r = await applySubtotalFormulas(port, plan);
            if (!r.ok) return refuse(r.code, r.detail);
            done({ type: "sums-written", written: r.value.written });
          })
        }
      />
    );
  } else if (open?.kind === "writeback" || open?.kind === "restore") {
    const plan = open.plan;
    const cell = `${plan.sheet}!${plan.address}`;
    const write = open.kind === "writeback" ? open.plan : null;
    dialog = (
      <TextChangeDialog
        strings={strings}
        title={write ? strings.writeBack.title : strings.writeBack.restoreTitle}
        target={write ? strings.writeBack.target(write.project, cell) : cell}
        before={plan.before}
        after={plan.after}
        note={write?.moved ? strings.writeBack.moved : undefined}
        confirmLabel={write ? strings.writeBack.confirm : strings.writeBack.restoreConfirm}
        onCancel={close}
        onConfirm={() =>
          confirm(write ? "writeback" : "restore", async () => {
            const r = write ? await applyWriteBack(port, write) : await restoreWriteBack(port, plan);
            if (!r.ok) return refuse(r.code, r.detail);
            done({ type: write ? "written-back" : "restored", cell });
          })
        }
      />
    );
  }
  return { begin: (name) => act(name, start[name]), dialog: <DialogFrame body={dialog} onCancel={close} /> };
}
