/**
 * On 指标明细 (§8): template rows for a project with drop-downs for 一级/二级 and the comparator, and 回写指标 —
 * a project's structured rows composed back into the canonical text of its source cell, shown before and after,
 * the old text kept in the workbook (setting `perftarget.writeback`) so it can be restored.
 */
import {
  CellInput, cellText, CellValue, columnIndex, columnLetter, COMPARATOR_LIST, composeIndicators, ComposeItem, DEFAULT_RULES, DEFAULT_TEMPLATE_CATEGORIES,
  DETAIL_TEXT_COLUMNS, DETAIL_WIDTHS, DetailRow, FrameworkIndex, isDetailHeader, itemOfRow, parseIndicatorCell, PlaceholderMatcher, readDetailRows, seqOfText,
  skeletonItems, sourceKey, SourceRef, styleOf,
} from "../core";
import type { WorkbookPort } from "../hosts/workbook.port";
import { readTable } from "./read-table";
import { ActionOptions, ActionResult, guard } from "./result";

/** Where the texts replaced by 回写指标 are kept: `{ "Sheet!G12": [oldest, …, latest] }`. */
export const WRITEBACK_KEY = "perftarget.writeback";

type History = Record<string, string[]>;

interface DetailSheet {
  sheet: string;
  rows: DetailRow[];
  all: CellValue[][];
  formulas: Record<string, string>;
  selected: DetailRow | undefined;
}

/** The selection's sheet as a 指标明细 (recognised by its header), with the selected data row. */
async function readDetail(port: WorkbookPort): Promise<ActionResult<DetailSheet>> {
  const sel = await port.getSelection();
  const values = await port.readSheet(sel.sheet);
  if (!isDetailHeader(values.rows[0])) return { ok: false, code: "not-detail-sheet", detail: sel.sheet };
  const formulas = await port.readFormulas(sel.sheet);
  const rows = readDetailRows(values.rows, formulas);
  return { ok: true, value: { sheet: sel.sheet, rows, all: values.rows, formulas, selected: rows.find((r) => r.row === sel.row) } };
}

const projectOf = (r: DetailRow) => cellText(r.cells[3]);

export interface WriteBackPlan {
  detailSheet: string;
  sheet: string;
  address: string;
  project: string;
  before: string;
  after: string;
  items: number;
  unchanged: boolean;
  /** The project was found at another row than its link says (rows were inserted since 拆分指标). */
  moved: boolean;
}

/** 回写指标, planned: the selected row's project composed into its source cell's text. Reads only. */
export async function planWriteBack(port: WorkbookPort, opts: ActionOptions = {}): Promise<ActionResult<WriteBackPlan>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const d = await readDetail(port);
    if (!d.ok) return d;
    const picked = d.value.selected;
    if (!picked) return { ok: false, code: "selection-outside-table", detail: d.value.sheet };
    if (!picked.source) return { ok: false, code: "no-source", detail: `${d.value.sheet}!A${picked.row}` };
    const source: SourceRef = picked.source;
    const rows = d.value.rows.filter((r) => r.source && sourceKey(r.source) === sourceKey(source));
    const project = projectOf(picked);
    const table = await readTable(port, rules, source.sheet);
    if (!table.ok) return table;
    const { grid, parsed } = table.value;
    if (parsed.layout !== "A" && parsed.layout !== "C") return { ok: false, code: "layout-unsupported", detail: source.sheet };
    // The link is an address: rows inserted above since 拆分指标 move the project. Find it by name then.
    const col = source.address.replace(/\d+$/, "");
    let row = Number(source.address.slice(col.length));
    const here = parsed.projects.find((x) => x.row === row);
    let moved = false;
    if (!here || here.name !== project) {
      const named = parsed.projects.filter((x) => x.name === project);
      if (named.length !== 1) return { ok: false, code: "source-moved", detail: `${source.sheet}!${source.address}` };
      row = named[0].row;
      moved = true;
    }
    const address = `${col}${row}`;
    const before = cellText(grid.rows[row - 1]?.[columnIndex(col)] ?? null);
    const ctx = { framework: new FrameworkIndex(rules.framework), placeholders: new PlaceholderMatcher(rules.placeholders) };
    const original = parseIndicatorCell(before, ctx);
    const byNumber = new Map(original.items.filter((i) => i.seq !== null).map((i) => [`${i.group}.${i.seq}`, i] as const));
    const isPlaceholder = (s: string) => ctx.placeholders.matches(s);
    const items: ComposeItem[] = rows.map((r) => {
      const n = seqOfText(cellText(r.cells[4]));
      return itemOfRow(r, n.seq === null ? null : (byNumber.get(`${n.group}.${n.seq}`) ?? null), isPlaceholder);
    });
    const after = composeIndicators(items, { style: styleOf(before), preamble: original.unplaced });
    return {
      ok: true,
      value: { detailSheet: d.value.sheet, sheet: source.sheet, address, project, before, after, items: items.length, unchanged: after === before, moved },
    };
  });
}

async function history(port: WorkbookPort): Promise<History> {
  try {
    const h = JSON.parse((await port.getSetting(WRITEBACK_KEY)) ?? "{}") as unknown;
    return h && typeof h === "object" && !Array.isArray(h) ? (h as History) : {};
  } catch {
    return {};
  }
}

async function currentText(port: WorkbookPort, sheet: string, address: string): Promise<string> {
  const values = await port.readSheet(sheet);
  const col = address.replace(/\d+$/, "");
  return cellText(values.rows[Number(address.slice(col.length)) - 1]?.[columnIndex(col)] ?? null);
}

/** 回写指标, confirmed: remember the old text first (a remembered text nobody wrote over is harmless), then write. */
export async function applyWriteBack(port: WorkbookPort, plan: WriteBackPlan): Promise<ActionResult<{ sheet: string; address: string }>> {
  return guard(async () => {
    if ((await currentText(port, plan.sheet, plan.address)) !== plan.before) return { ok: false, code: "sheet-changed", detail: `${plan.sheet}!${plan.address}` };
    const h = await history(port);
    const key = `${plan.sheet}!${plan.address}`;
    const saved = JSON.stringify(h);
    (h[key] ??= []).push(plan.before);
    await port.setSetting(WRITEBACK_KEY, JSON.stringify(h));
    try {
      await port.writeCells(plan.sheet, [{ address: plan.address, value: plan.after }]);
    } catch (e) {
      await port.setSetting(WRITEBACK_KEY, saved).catch(() => undefined);
      throw e;
    }
    return { ok: true, value: { sheet: plan.sheet, address: plan.address } };
  });
}

export interface RestorePlan {
  sheet: string;
  address: string;
  before: string;
  after: string;
}

/** What 恢复原指标 would put back: for the selected 指标明细 row's source cell, or the selected cell itself. */
export async function planRestoreWriteBack(port: WorkbookPort): Promise<ActionResult<RestorePlan>> {
  return guard(async () => {
    const sel = await port.getSelection();
    let target: SourceRef = { sheet: sel.sheet, address: `${columnLetter(sel.column - 1)}${sel.row}` };
    const d = await readDetail(port);
    if (d.ok) {
      if (!d.value.selected?.source) return { ok: false, code: "no-source", detail: sel.sheet };
      target = d.value.selected.source;
    }
    const stack = (await history(port))[sourceKey(target)];
    if (!stack?.length) return { ok: false, code: "nothing-to-restore", detail: sourceKey(target) };
    return { ok: true, value: { ...target, before: await currentText(port, target.sheet, target.address), after: stack[stack.length - 1] } };
  });
}

/** 恢复原指标, confirmed: write the kept text back, then forget it. */
export async function restoreWriteBack(port: WorkbookPort, plan: RestorePlan): Promise<ActionResult<{ sheet: string; address: string }>> {
  return guard(async () => {
    if ((await currentText(port, plan.sheet, plan.address)) !== plan.before) return { ok: false, code: "sheet-changed", detail: `${plan.sheet}!${plan.address}` };
    await port.writeCells(plan.sheet, [{ address: plan.address, value: plan.after }]);
    const h = await history(port);
    const key = `${plan.sheet}!${plan.address}`;
    h[key]?.pop();
    if (h[key] && !h[key].length) delete h[key];
    await port.setSetting(WRITEBACK_KEY, JSON.stringify(h));
    return { ok: true, value: { sheet: plan.sheet, address: plan.address } };
  });
}

export interface DetailTemplateResult {
  sheet: string;
  firstRow: number;
  lastRow: number;
}

interface DetailTarget {
  detail: DetailSheet;
  selected: DetailRow;
  group: DetailRow[];
  /** The group's last row: template rows go in right after it. */
  last: number;
}

/** The selected project's rows on 指标明细 (by source link, or by name for rows without one). */
async function detailTarget(port: WorkbookPort): Promise<ActionResult<DetailTarget>> {
  const d = await readDetail(port);
  if (!d.ok) return d;
  const selected = d.value.selected;
  if (!selected) return { ok: false, code: "selection-outside-table", detail: d.value.sheet };
  const same = (r: DetailRow) => (selected.source && r.source ? sourceKey(r.source) === sourceKey(selected.source) : projectOf(r) === projectOf(selected));
  const group = d.value.rows.filter(same);
  return { ok: true, value: { detail: d.value, selected, group, last: group.reduce((m, r) => Math.max(m, r.row), selected.row) } };
}

/** Where 插入指标模板行 would put its rows (the dialog says so before anything is written). Reads only. */
export async function previewIndicatorTemplateRows(port: WorkbookPort): Promise<ActionResult<{ sheet: string; project: string; firstRow: number }>> {
  return guard(async () => {
    const t = await detailTarget(port);
    return t.ok ? { ok: true, value: { sheet: t.value.detail.sheet, project: projectOf(t.value.selected), firstRow: t.value.last + 1 } } : t;
  });
}

/**
 * Template rows for the selected row's project on 指标明细, after its last row, with drop-downs for 一级, 二级 and
 * the comparator. Drop-downs come only with a sheet write, so the sheet (ours) is rewritten with its current
 * contents — values and link formulas — plus the new rows; a user's own sheet of that name is never touched.
 */
export async function addIndicatorTemplateRows(port: WorkbookPort, opts: ActionOptions & { categories?: readonly string[] } = {}): Promise<ActionResult<DetailTemplateResult>> {
  const rules = opts.rules ?? DEFAULT_RULES;
  return guard(async () => {
    const t = await detailTarget(port);
    if (!t.ok) return t;
    const { detail, selected, group, last } = t.value;
    const { sheet, all, formulas } = detail;
    const numbers = group.map((r) => seqOfText(cellText(r.cells[4])));
    const g = numbers.reduce((m, n) => Math.max(m, n.group), 1);
    let seq = numbers.filter((n) => n.group === g).reduce((m, n) => Math.max(m, n.seq ?? 0), 0);
    const items = skeletonItems(opts.categories ?? DEFAULT_TEMPLATE_CATEGORIES, rules.framework);
    if (!items.length) return { ok: false, code: "bad-template-options", detail: sheet };
    const level = (l: ComposeItem["level1"]) => (l ? (l.code ? `${l.code}-${l.name}` : l.name) : "");
    const link: CellInput = formulas[`A${selected.row}`] ? { formula: formulas[`A${selected.row}`] } : (selected.cells[0] ?? null);
    const fresh: CellInput[][] = items.map((it) => {
      seq++;
      return [link, selected.cells[1] ?? "", selected.cells[2] ?? "", selected.cells[3] ?? "", g > 1 ? `${g}.${seq}` : String(seq), level(it.level1), level(it.level2), it.name, it.periodTarget?.raw ?? "", it.annualTarget?.raw ?? "", "", null, "", "", ""];
    });
    const current: CellInput[][] = all.map((r, i) => r.map((v, c): CellInput => {
      const f = formulas[`${columnLetter(c)}${i + 1}`];
      return f ? { formula: f } : v;
    }));
    const next = [...current.slice(0, last), ...fresh, ...current.slice(last)];
    const lastRow = next.length + 100; // room for rows the user adds below
    const name = await port.refreshOwnedSheet({
      name: sheet, rows: next, textColumns: DETAIL_TEXT_COLUMNS, header: true, widths: DETAIL_WIDTHS, activate: true,
      validations: [
        { column: 5, lastRow, list: rules.framework.level1.map((l) => `${l.code}-${l.name}`) },
        { column: 6, lastRow, list: rules.framework.level2.map((l) => `${l.code}-${l.name}`) },
        { column: 10, lastRow, list: COMPARATOR_LIST },
      ],
    });
    await port.select(name, `H${last + 1}`).catch(() => undefined);
    return { ok: true, value: { sheet: name, firstRow: last + 1, lastRow: last + fresh.length } };
  });
}
