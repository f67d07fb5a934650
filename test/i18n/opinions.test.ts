// 审核意见's paragraph per project (issue 17 item 4): composed from the findings with the catalogue's sentences.
import { finding, type ProjectOut, type ProjectReview } from "../../src/core";
import { draftOpinion } from "../../src/i18n";

const project: ProjectOut = { row: 5, name: "城市道路养护", unit: null, department: null, amounts: null, indicatorCount: 6 };
const review = (over: Partial<ProjectReview> = {}): ProjectReview => ({ project, verdict: null, open: [], accepted: [], ...over });
const by = { who: "李审核", when: "2026-12-03T10:00:00Z" };

describe("the drafted 审核意见 paragraph", () => {
  it("says a project without open problems is complete, and approves it once it is approved", () => {
    expect(draftOpinion(review())).toBe("经审核，“城市道路养护”绩效目标填报完整，指标设置与项目内容相符、数值合理，未发现需要修改的问题。");
    const approved = review({ verdict: { project: "/城市道路养护", name: project.name, row: 5, verdict: "通过", comment: "", ...by } });
    expect(draftOpinion(approved)).toMatch(/未发现需要修改的问题。同意通过。$/);
  });

  it("names each kind of open problem once, with its count, under its dimension, and leaves notes out", () => {
    const open = [
      finding("missing-core-category", 5, "G", { params: { project: project.name, category: "satisfaction" } }),
      finding("missing-cost", 5, "G", { params: { project: project.name } }),
      finding("percent-over-100", 7, "G", { params: { name: "完成率", text: "120%" } }),
      finding("percent-over-100", 8, "G", { params: { name: "合格率", text: "110%" } }),
      finding("inferred-level", 9, "G"),
    ];
    const text = draftOpinion(review({ open }));
    expect(text).toBe("经审核，“城市道路养护”存在以下问题：完整性方面，缺少核心指标（满意度）、缺少成本指标；适当性方面，比率超过100% 2 处。请修改完善后重新报送。");
  });

  it("counts the accepted problems and asks for what the verdict says", () => {
    const open = [finding("missing-cost", 5, "G", { params: { project: project.name } })];
    const accepted = [{ finding: finding("vague-target", 6, "G"), acceptance: { key: "k", reason: "已说明", ...by } }] as unknown as ProjectReview["accepted"];
    const returned = review({ open, accepted, verdict: { project: "/城市道路养护", name: project.name, row: 5, verdict: "退回", comment: "", ...by } });
    expect(draftOpinion(returned)).toMatch(/另有 1 项问题经说明后予以接受。请按上述意见修改完善后重新报送。$/);
  });

  it("is written in English from the English catalogue", () => {
    const open = [finding("missing-cost", 5, "G", { params: { project: project.name } })];
    expect(draftOpinion(review({ open }), undefined, "en")).toMatch(/^Reviewed: "城市道路养护" has these problems — Completeness: .+\. Please revise and resubmit\.$/);
  });
});
