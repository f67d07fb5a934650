/**
 * A realistic 审核意见 input from seed 000: checked with the default rule set, two findings accepted with reasons,
 * three projects given a verdict (通过, 退回, 待定), the rest not yet reviewed. Shared by the snapshot, the
 * adapter and the LibreOffice PDF tests.
 */
import { acceptFinding, applyReview, checkSheet, DEFAULT_RULES, emptySheetReview, Finding, parseSheet, projectReviews, setVerdict, SheetReview } from "../../../src/core";
import { ReviewSheetInput } from "../../../src/core/review/review-sheet";
import { findingMessage } from "../../../src/i18n";
import { seedGrid } from "../../support/seeds";

const must = <T>(r: { ok: true; value: T } | { ok: false; problem: string }): T => {
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};

export function seed000Review(): ReviewSheetInput {
  const grid = seedGrid("000");
  const parsed = parseSheet(grid);
  if (!parsed.ok) throw new Error(parsed.code);
  const findings = checkSheet(parsed.value, DEFAULT_RULES);
  const find = (cell: string, code: Finding["code"]) => {
    const f = findings.find((x) => `${x.column ?? ""}${x.row}` === cell && x.code === code);
    if (!f) throw new Error(`seed 000 has no ${code} at ${cell}`);
    return f;
  };
  const project = (name: string) => {
    const p = parsed.value.projects.find((x) => x.name === name);
    if (!p) throw new Error(`seed 000 has no project ${name}`);
    return p;
  };

  let review: SheetReview = emptySheetReview();
  const zhang = { who: "张审核", when: "2025-06-02T09:15:00.000Z" };
  review = must(acceptFinding(review, find("G16", "qualitative-quantity"), grid, "场所面积以实物提供为准，定性描述可接受。", zhang, findingMessage(find("G16", "qualitative-quantity"))));
  review = must(acceptFinding(review, find("F25", "low-satisfaction"), grid, "新建系统首年试运行，满意度目标经局务会同意暂按 60% 设定。", zhang, findingMessage(find("F25", "low-satisfaction"))));
  const li = { who: "李科长", when: "2025-06-02T10:30:00.000Z" };
  review = must(setVerdict(review, project("信息化项目管理经费"), "退回", "缺少满意度和成本指标，请补充后重新报送。", li));
  review = must(setVerdict(review, project("海关入驻保障费"), "通过", "", li));
  review = must(setVerdict(review, project("12345热线智慧办理系统2021年建设项目经费"), "待定", "满意度目标偏低，待与业务科室确认。", li));

  const split = applyReview(findings, review, grid);
  return {
    sheet: parsed.value.sheet,
    department: parsed.value.department,
    date: "2025-06-02",
    rules: { name: DEFAULT_RULES.name, version: DEFAULT_RULES.version },
    reviewer: "李科长",
    open: split.open.map((f) => ({ finding: f, message: findingMessage(f) })),
    accepted: split.accepted.map((a) => ({ ...a, message: findingMessage(a.finding) })),
    projects: projectReviews(parsed.value, split, review),
  };
}

/** A layout as text: one line per row, cells joined by ` | `, line breaks inside a cell shown as ⏎. */
export function renderLayout(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v).replace(/\n/g, "⏎"))).join(" | ").replace(/( \| )+$/, "")).join("\n") + "\n";
}
