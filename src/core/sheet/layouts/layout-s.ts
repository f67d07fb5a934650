/**
 * Layout S, the 绩效自评表 (issue 15; ../shared/notes/self-evaluation.md): one or more blocks per sheet, each a
 * money block, a goal row, a columnar indicator block with 分值 / 实际完成值 / 得分, a 总分 row and a footer.
 */
import { Grid } from "../../grid/grid";
import { SheetBuilder } from "../sheet-builder";
import { NormRows } from "../norm-rows";
import { SelfEvaluationRules } from "../../rules/selfeval-rules";

export function readLayoutS(grid: Grid, headerRow: number, b: SheetBuilder, norms: NormRows, rules: SelfEvaluationRules): { department: string | null; moneyUnit: string | null } {
  void grid; void headerRow; void b; void norms; void rules;
  throw new Error("layout S reader: being written (detectLayout does not return S yet)");
}
