/** 绩效自评表的消息（issue 15, S1–S11）：照预算处审核的写法，列出算式和数字。 */
import type { Catalogue } from "../catalogue";
import { money } from "../catalogue";

type Messages = Pick<Catalogue["findings"], SelfEvalCode>;
export type SelfEvalCode =
  | "score-over-max" | "max-scores-not-100" | "total-score-mismatch" | "level-points-mismatch" | "execution-rate" | "budget-score"
  | "budget-parts" | "score-formula" | "qualitative-band" | "deduction-without-reason" | "over-achievement"
  | "low-execution-without-reason" | "grade-mismatch" | "completion-not-number" | "completion-not-grade" | "score-blank"
  | "target-differs-from-approved" | "approved-indicator-missing";

const COLUMN: Record<string, string> = { initial: "年初预算数", adjusted: "全年预算数", executed: "全年执行数" };
const BAND: Record<string, string> = { achieved: "达成年度指标", partial: "部分达成年度指标", notAchieved: "未达成年度指标" };

/** The rule set's formula with the row's numbers, ending in its result: `B/A×W = 85/90×10 = 9.44`. */
function formula(p: Record<string, string>, result: string): string {
  const { A, B, W } = p;
  switch (p.formula) {
    case "ratio":
      return `B/A×W = ${B}/${A}×${W} = ${result}`;
    case "platform-negative":
      return `(1−(B−A)/A)×W = (1−(${B}−${A})/${A})×${W} = ${result}`;
    case "inverse-ratio":
      return `A/B×W = ${A}/${B}×${W} = ${result}`;
    case "full":
      if (p.direction === "negative") return `B ≤ A（${B} ≤ ${A}），得满分 ${result}`;
      if (p.direction === "equal") return `A = 0 且 B = ${B} ≤ 0，得满分 ${result}`;
      return `B ≥ A（${B} ≥ ${A}），得满分 ${result}`;
    case "zero":
      if (p.direction === "negative") return `B ≥ 2A（${B} ≥ 2×${A}），得 0 分`;
      if (p.direction === "equal") return `A = 0 而 B = ${B} > 0，得 0 分`;
      return `B = ${B} ≤ 0，得 0 分`;
    default:
      return result;
  }
}

export const selfEvalZh: Messages = {
  "score-over-max": (f, p) => `指标“${p.name}”得分 ${money(f.actual)} 超过分值 ${money(f.expected)}。`,
  "max-scores-not-100": (f, p) =>
    `各项分值合计 ${money(f.actual)}（指标 ${p.indicators} + 预算执行 ${p.share}），${p.stated === "1" ? "与合计行的分值" : "应为"} ${money(f.expected)}${p.stated === "1" ? " 不符" : ""}。`,
  "total-score-mismatch": (f, p) => `总分 ${money(f.actual)} 与 ${p.count} 项得分之和 ${money(f.expected)} 不符（相差 ${money(f.difference)}）。`,
  "level-points-mismatch": (f, p) => `一级指标“${p.name}”标明 ${p.points} 分，其下各指标分值合计 ${money(f.actual)}。`,
  "execution-rate": (f, p) => `预算执行率 ${p.stated} 与 执行数/预算数 = ${p.executed}/${p.budget} = ${money(f.expected)}% 不符。`,
  "budget-score": (f, p) =>
    `预算执行得分应为 ${p.capped === "1" ? "min(执行率,100%)" : "执行率"}×分值 = ${p.rate}%×${p.share} = ${money(f.expected)}，表内 ${money(f.actual)}。`,
  "budget-parts": (f, p) =>
    `“${p.label}”的${COLUMN[p.column] ?? p.column}为 ${p.total}${p.unit ? `（${p.unit}）` : ""}，与其中各项之和 ${p.sum} 不符（相差 ${money(f.difference)}）。`,
  "score-formula": (f, p) => `指标“${p.name}”得分应为 ${formula(p, money(f.expected))}，表内 ${money(f.actual)}。`,
  "qualitative-band": (f, p) =>
    `定性指标“${p.name}”完成情况为“${p.text}”（${BAND[p.band] ?? p.band}），得分应在分值的 ${p.min}%–${p.max}% 即 ${p.lo}–${p.hi} 分之间，表内 ${money(f.actual)}。`,
  "deduction-without-reason": (f, p) => `指标“${p.name}”得分 ${money(f.actual)} 低于分值 ${money(f.expected)}，未填写偏差原因分析及改进措施。`,
  "over-achievement": (_f, p) => `指标“${p.name}”实际完成值 ${p.B} 是年度指标值 ${p.A} 的 ${p.ratio} 倍（≥ ${p.factor} 倍），年度目标可能定得偏低。`,
  "low-execution-without-reason": (_f, p) => `预算执行率 ${p.rate}% 低于 ${p.min}%，未说明原因。`,
  "grade-mismatch": (_f, p) => `评价结论为“${p.named}”，但总分 ${p.total} 对应的等级是“${p.grade}”。`,
  "completion-not-number": (_f, p) => `定量指标“${p.name}”（年度指标值 ${p.target}）的实际完成值“${p.text}”不是数值，无法计算得分。`,
  "completion-not-grade": (_f, p) => `定性指标“${p.name}”的实际完成值“${p.text}”没有写明完成程度（达成 / 部分达成 / 未达成年度指标）。`,
  "score-blank": (f, p) => `“${p.name}”分值 ${money(f.expected)}，得分未填写。`,
  "target-differs-from-approved": (_f, p) =>
    `指标“${p.name}”的年度指标值“${p.stated}”（${p.newCell}）与批复的绩效目标表“${p.approved}”（${p.oldCell}）不一致。`,
  "approved-indicator-missing": (_f, p) =>
    `项目“${p.project}”批复的绩效目标中有指标“${p.name}”（年度指标值“${p.approved}”，${p.oldCell}），自评表中没有。`,
};
