/**
 * What the workbook host posts to the page for an action's result: what the pane shows (actions/shown.ts), no
 * more, and as the pane takes it once copied as a worker copies it (structuredClone).
 */
import { runCheck, splitIndicators } from "../../src/actions/actions";
import { acceptFindings } from "../../src/actions/review-actions";
import { shownParse } from "../../src/actions/shown";
import { columnIndex, findingFingerprint, projectReviews } from "../../src/core";
import { openWorkbook } from "../../src/hosts/xlsx/xlsx.open";
import { findingKinds, findingMessages } from "../../src/i18n";
import { fromWire, toWire } from "../../src/web/workbook/action-wire";
import type { ShownCheck } from "../../src/actions/shown";
import { seedText } from "../support/seeds";

const checkOpts = { message: findingMessages("zh-CN"), kind: findingKinds() };

async function adapter(seed: string) {
  const r = await openWorkbook(`${seed}.txt`, new TextEncoder().encode(seedText(seed)));
  if (!r.ok) throw new Error(r.code);
  return r.adapter;
}

/** A check as the page gets it from the worker. */
async function postedCheck(seed: string) {
  const port = await adapter(seed);
  const direct = await runCheck(port, checkOpts);
  if (!direct.ok) throw new Error(direct.code);
  const posted = structuredClone(toWire("check", direct));
  return { port, direct: direct.value, posted, shown: fromWire("check", posted) as { ok: true; value: ShownCheck } };
}

describe("an action's result as the web page's worker posts it", () => {
  it("keeps of each indicator only its row, its project's row and its category", async () => {
    const { direct, posted } = await postedCheck("004");
    const parsed = (posted as { value: { parsed: { indicators: object[] } } }).value.parsed;
    expect(parsed.indicators).toHaveLength(direct.parsed.indicators.length);
    for (const i of parsed.indicators) expect(Object.keys(i).sort()).toEqual(["category", "projectRow", "row"]);
    expect(Object.keys(parsed).sort()).toEqual(["department", "indicators", "kind", "layout", "moneyUnit", "projects", "sheet"]);
  });

  it("gives the pane the same findings, projects and project reviews as the check run on the page", async () => {
    const { direct, shown } = await postedCheck("004");
    expect(shown.value.findings).toEqual(direct.findings);
    expect(shown.value.summary).toEqual(direct.summary);
    expect(projectReviews(shown.value.parsed, shown.value.review, shown.value.sheetReview)).toEqual(projectReviews(direct.parsed, direct.review, direct.sheetReview));
  });

  it("hands over each finding's fingerprint and each row's width on the checked sheet, not the sheet", async () => {
    const { direct, posted, shown } = await postedCheck("004");
    expect(JSON.stringify(posted)).not.toContain(direct.parsed.indicators[0].name);
    for (const f of direct.findings) expect(shown.value.seen(f)).toBe(findingFingerprint(f, direct.grid));
    for (const f of shown.value.review.open) expect(shown.value.seen(f)).toBe(findingFingerprint(f, direct.grid));
    expect(shown.value.seen({ ...direct.findings[0], row: 99_999 })).toBeUndefined();
    direct.grid.rows.forEach((row, i) => expect(shown.value.rowWidth(i + 1)).toBe(row.length));
  });

  it("lets a finding shown from it be accepted, and not once its cell has changed since", async () => {
    const { port, shown } = await postedCheck("004");
    const [finding, other] = shown.value.review.open.filter((f) => f.code === "missing-core-category");
    const by = { who: "审核员", when: "2026-12-03T10:00:00Z" };
    const accept = (f: typeof finding) => acceptFindings(port, shown.value.source, [{ finding: f, reason: "已核实" }], by, { message: findingMessages(), seen: shown.value.seen });
    expect(await accept(finding)).toEqual({ ok: true, value: { accepted: 1, changed: [] } });
    const text = (await port.readSheet(shown.value.source)).rows[other.row - 1][columnIndex(other.column!)];
    await port.writeCells(shown.value.source, [{ address: `${other.column}${other.row}`, value: `${String(text)}（改）` }]);
    expect(await accept(other)).toEqual({ ok: true, value: { accepted: 0, changed: [other] } });
  });

  it("sends a split's parse as the pane shows it, and a refusal as it is", async () => {
    const port = await adapter("000");
    const r = await splitIndicators(port, checkOpts);
    if (!r.ok) throw new Error(r.code);
    const posted = structuredClone(toWire("split", r)) as typeof r;
    expect(fromWire("split", posted)).toEqual({ ok: true, value: { ...r.value, parsed: shownParse(r.value.parsed) } });
    expect(toWire("check", { ok: false, code: "cancelled" })).toEqual({ ok: false, code: "cancelled" });
  });
});
