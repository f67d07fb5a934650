// Review state in the core: what an acceptance is pinned to, and how a run's findings are split by it.
import { finding, Grid } from "../../../src/core";
import {
  acceptFinding, applyReview, emptySheetReview, findingFingerprint, parseReviewState, reviewToJson, setVerdict, emptyReview, SheetReview,
} from "../../../src/core/review/review";

const BY = { who: "王", when: "2026-11-22T00:00:00.000Z" };
const grid = (rows: (string | number | null)[][]): Grid => ({ name: "表", rows });
const base = () => grid([["合计", 10], ["甲", 4], ["乙", 5], ["备注", "无关"]]);
const rowSum = finding("subtotal", 1, "B", { expected: 9, actual: 10, difference: 1, from: ["B2", "B3"] });

function accepted(g: Grid): SheetReview {
  const r = acceptFinding(emptySheetReview(), rowSum, g, "已核实", BY);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
}

describe("review state", () => {
  it("keeps an acceptance while the cells the finding was computed from keep their values", () => {
    const g = base();
    const split = applyReview([rowSum], accepted(g), grid([["合计", 10], ["甲", 4], ["乙", 5], ["备注", "改了"]]));
    expect(split.accepted.map((a) => a.finding)).toEqual([rowSum]);
    expect(split.open).toEqual([]);
  });

  it("reopens it when one of those cells changes, even if the totals happen to match", () => {
    const review = accepted(base());
    const moved = grid([["合计", 10], ["甲", 3], ["乙", 6], ["备注", "无关"]]);
    const split = applyReview([rowSum], review, moved);
    expect(split.open).toEqual([rowSum]);
    expect(split.reopened.map((r) => r.acceptance.reason)).toEqual(["已核实"]);
    expect(findingFingerprint(rowSum, moved)).not.toBe(findingFingerprint(rowSum, base()));
  });

  it("lists acceptances no finding matches any more as stale", () => {
    const split = applyReview([], accepted(base()), base());
    expect(split.stale).toHaveLength(1);
  });

  it("tells apart two findings of one code on one cell by their indicator", () => {
    const a = finding("qualitative-quantity", 5, "F", { item: { group: 1, seq: 2 }, params: { name: "甲" } });
    const b = finding("qualitative-quantity", 5, "F", { item: { group: 1, seq: 3 }, params: { name: "乙" } });
    const g = grid([[], [], [], [], [null, null, null, null, null, "指标文本"]]);
    const r = acceptFinding(emptySheetReview(), a, g, "定性可接受", BY);
    if (!r.ok) throw new Error(r.problem);
    const split = applyReview([a, b], r.value, g);
    expect(split.accepted.map((x) => x.finding)).toEqual([a]);
    expect(split.open).toEqual([b]);
  });

  it("refuses an acceptance without a reason", () => {
    expect(acceptFinding(emptySheetReview(), rowSum, base(), " \n", BY)).toEqual({ ok: false, problem: "reason-required" });
  });

  it("keeps one verdict per project, the latest", () => {
    const p = { row: 2, name: "甲", unit: "单位", department: null, amounts: null, indicatorCount: 0 };
    let r = setVerdict(emptySheetReview(), p, "待定", "", BY);
    if (r.ok) r = setVerdict(r.value, { ...p, row: 9 }, "通过", "已补充", BY);
    expect(r.ok && r.value.verdicts).toEqual([{ project: "单位/甲", name: "甲", row: 9, verdict: "通过", comment: "已补充", who: "王", when: BY.when }]);
  });

  it("reads stored state back, and reports unreadable or invalid state instead of starting over silently", () => {
    const state = { ...emptyReview(), sheets: { 表: accepted(base()) } };
    expect(parseReviewState(reviewToJson(state))).toEqual({ ok: true, state });
    expect(parseReviewState(null)).toEqual({ ok: true, state: emptyReview() });
    expect(parseReviewState("{oops")).toMatchObject({ ok: false, problem: "malformed-json" });
    expect(parseReviewState(JSON.stringify({ schemaVersion: 2, sheets: {} }))).toMatchObject({ ok: false, problem: "invalid" });
  });

  it("reads a stored review of 200,000 acceptances, and reports one whose 200,000 are all invalid instead of overflowing the stack", () => {
    const one = accepted(base()).accepted[0];
    const many = (a: object) => JSON.stringify({ ...emptyReview(), sheets: { 表: { accepted: Array.from({ length: 200_000 }, () => a), verdicts: [] } } });
    const read = parseReviewState(many(one));
    expect(read.ok && read.state.sheets["表"].accepted.length).toBe(200_000);
    expect(parseReviewState(many({ ...one, code: "no-such-code" }))).toMatchObject({ ok: false, problem: "invalid" });
  });
});
