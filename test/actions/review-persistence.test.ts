// Issue 8 must-show: accepted findings persist in the workbook (memory and .xlsx adapters), and a changed value
// reopens only the finding computed from it.
import { findingMessages } from "../../src/i18n";
import { runCheck, CheckResult } from "../../src/actions/actions";
import { acceptFindings, setVerdicts } from "../../src/actions/review-actions";
import { insertProjectTemplate } from "../../src/actions/template-actions";
import { Finding, findingFingerprint, projectKey, REVIEW_SETTING_KEY } from "../../src/core";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { MemoryWorkbookData, newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import { WorkbookPort } from "../../src/hosts/workbook.port";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { seedGrid } from "../support/seeds";

const BY = { who: "李审核", when: "2026-11-22T09:30:00.000Z" };

async function check(port: WorkbookPort): Promise<CheckResult> {
  const r = await runCheck(port, { message: findingMessages() });
  if (!r.ok) throw new Error(`check failed: ${r.code}`);
  return r.value;
}

const at = (list: readonly Finding[], code: string, cell: string) => list.find((f) => f.code === code && `${f.column}${f.row}` === cell);
const acceptedCells = (r: CheckResult) => r.review.accepted.map((a) => `${a.finding.code}@${a.finding.column}${a.finding.row}`).sort();

function memoryPort(prefix: string): MemoryAdapter {
  const g = seedGrid(prefix);
  return new MemoryAdapter(newWorkbook([newSheet(g.name, g.rows.map((r) => [...r]))]));
}

/** A memory workbook saved as JSON text and read back: what the web page keeps between sessions. */
const reloadMemory = (port: MemoryAdapter) => new MemoryAdapter(JSON.parse(JSON.stringify(port.data)) as MemoryWorkbookData);
const reloadXlsx = async (port: XlsxAdapter) => XlsxAdapter.fromBytes(await port.toBytes());

async function setCell(port: WorkbookPort, sheet: string, address: string, edit: (old: string) => string): Promise<void> {
  const values = (await port.readSheet(sheet)).rows;
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const old = String(values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65]);
  const next = edit(old);
  expect(next).not.toBe(old);
  await port.writeCells(sheet, [{ address, value: next }]);
}

describe.each([
  ["memory", () => memoryPort("000"), reloadMemory],
  ["xlsx", () => XlsxAdapter.fromGrid(seedGrid("000")), reloadXlsx],
] as const)("seed 000 through the %s adapter", (_name, make, reload) => {
  it("keeps two accepted findings after a save and reload, and reopens only the one whose value changed", async () => {
    const port = make();
    const first = await check(port);
    const f25 = at(first.findings, "low-satisfaction", "F25")!;
    const f26 = at(first.findings, "low-satisfaction", "F26")!;
    expect(f25 && f26).toBeTruthy();
    const r = await acceptFindings(port, first.source, [
      { finding: f25, reason: "热线满意度按市统一口径，60% 为上年实际值" },
      { finding: f26, reason: "同上" },
    ], BY, { message: findingMessages() });
    expect(r).toEqual({ ok: true, value: { accepted: 2, changed: [] } });

    const reloaded = await reload(port as never);
    const second = await check(reloaded);
    expect(acceptedCells(second)).toEqual(["low-satisfaction@F25", "low-satisfaction@F26"]);
    expect(second.review.open).toHaveLength(first.findings.length - 2);
    expect(second.review.accepted[0].acceptance).toMatchObject({ who: "李审核", when: BY.when });
    // Accepted findings are neither counted nor coloured.
    expect(second.summary.warnings).toBe(first.summary.warnings - 2);

    await setCell(reloaded, first.source, "F25", (t) => t.replace("≥60%", "≥65%"));
    const third = await check(await reload(reloaded as never));
    expect(acceptedCells(third)).toEqual(["low-satisfaction@F26"]);
    expect(third.review.reopened.map((x) => `${x.finding.column}${x.finding.row}`)).toEqual(["F25"]);
    expect(third.review.open).toContain(third.review.reopened[0].finding);
  });
});

describe("accepting and reopening", () => {
  it("reopens a money finding when one of the cells it was computed from changes (seed 004)", async () => {
    const port = memoryPort("004");
    const first = await check(port);
    const b11 = at(first.findings, "subtotal", "B11")!;
    const b57 = at(first.findings, "subtotal", "B57")!;
    await acceptFindings(port, first.source, [{ finding: b11, reason: "四舍五入" }, { finding: b57, reason: "四舍五入" }], BY, { message: findingMessages() });
    // B12 is one of the amounts B11 was computed from: add a cent and the subtotal is off by a different amount.
    await setCell(port, first.source, "B12", (t) => String(Math.round(Number(t) * 100 + 1) / 100));
    const second = await check(port);
    expect(acceptedCells(second)).toEqual(["subtotal@B57"]);
    expect(at(second.review.open, "subtotal", "B11")).toBeDefined();
  });

  it("refuses an acceptance without a reason and changes nothing", async () => {
    const port = memoryPort("000");
    const first = await check(port);
    const before = JSON.stringify(port.data);
    expect(await acceptFindings(port, first.source, [{ finding: first.findings[0], reason: "  " }], BY, { message: findingMessages() })).toEqual({ ok: false, code: "reason-required" });
    expect(JSON.stringify(port.data)).toBe(before);
  });

  it("does not accept a finding whose cell was edited after the check showed it", async () => {
    const port = memoryPort("000");
    const first = await check(port);
    const f25 = at(first.findings, "low-satisfaction", "F25")!;
    await setCell(port, first.source, "F25", (t) => t.replace("≥60%", "≥65%"));
    const r = await acceptFindings(port, first.source, [{ finding: f25, reason: "x" }], BY, { message: findingMessages(), seen: (f) => findingFingerprint(f, first.grid) });
    expect(r).toEqual({ ok: true, value: { accepted: 0, changed: [f25] } });
    expect(await port.getSetting(REVIEW_SETTING_KEY)).toBeNull();
  });

  it("keeps verdicts by project, and refuses to save over review state it cannot read", async () => {
    const port = memoryPort("000");
    const first = await check(port);
    const p = first.parsed.projects[0];
    expect(await setVerdicts(port, first.source, [{ project: projectKey(p), verdict: "退回", comment: "缺满意度指标" }], BY)).toEqual({ ok: true, value: { set: 1 } });
    const stored = JSON.parse((await port.getSetting(REVIEW_SETTING_KEY))!);
    expect(stored.sheets[first.source].verdicts[0]).toMatchObject({ name: p.name, verdict: "退回", comment: "缺满意度指标", who: "李审核" });
    expect(stored.sheets[first.source].rules).toEqual({ name: "广州市-2025", version: "2025.1" });

    await port.setSetting(REVIEW_SETTING_KEY, "{not json");
    const r = await setVerdicts(port, first.source, [{ project: projectKey(p), verdict: "通过", comment: "" }], BY);
    expect(r).toMatchObject({ ok: false, code: "review-unreadable" });
    expect(await port.getSetting(REVIEW_SETTING_KEY)).toBe("{not json");
    const again = await check(port);
    expect(again.reviewProblem).toBe("malformed-json");
    expect(again.review.accepted).toEqual([]);
  });
});

describe("the review follows rows inserted by 插入项目模板", () => {
  it("keeps findings accepted below the new rows accepted at their new places, and the verdicts", async () => {
    const port = memoryPort("000");
    const first = await check(port);
    const g34 = at(first.findings, "qualitative-quantity", "G34")!;
    const g12 = at(first.findings, "missing-cost", "G12")!;
    await acceptFindings(port, first.source, [{ finding: g34, reason: "定性可接受" }, { finding: g12, reason: "管理经费" }], BY, { message: findingMessages() });
    const p34 = first.parsed.projects.find((p) => p.row === 34)!;
    await setVerdicts(port, first.source, [{ project: projectKey(p34), verdict: "通过", comment: "" }], BY);

    await port.select(first.source, "A12");
    const inserted = await insertProjectTemplate(port, { count: 1 });
    if (!inserted.ok) throw new Error(inserted.code);
    expect(inserted.value.firstRow).toBeLessThan(34);

    const second = await check(port);
    expect(acceptedCells(second)).toEqual(["missing-cost@G12", "qualitative-quantity@G35"]);
    expect(second.review.stale).toEqual([]);
    expect(second.sheetReview?.verdicts).toEqual([expect.objectContaining({ name: p34.name, verdict: "通过", row: 35 })]);
  });
});
