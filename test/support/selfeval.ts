/**
 * Hand-built 绩效自评表 parse results for the self-evaluation checks, in the Anhui layout: a money block
 * (A 项目资金 | B 年初预算数 | C 全年预算数 | D 全年执行数 | E 分值 | F 执行率 | G 得分 | H 原因), a goal row, then the
 * indicators (B 一级 | C 二级 | D 三级 | E 年度指标值 | F 实际完成值 | G 分值 | H 得分 | I 偏差原因), a 总分 row and 评价结论.
 * Only what the checks read is filled in; the reader (layout-s.ts) is tested on real sheets.
 */
import { columnIndex, parseTarget, type BudgetBlock, type BudgetLine, type Category, type IndicatorOut, type NumberCell, type SelfEvalProject, type SheetParse, type TextCell } from "../../src/core";

export type Num = number | string | null;

/** A number cell as a reader makes it: the text, and its number (`99.97%` → 99.97, `十` → null). */
export function num(row: number, column: string, v: Num): NumberCell {
  const raw = v === null ? "" : String(v);
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:%|％|分)?\s*$/.exec(raw);
  return { row, col: columnIndex(column), raw, value: m ? Number(m[1]) : null };
}

export function text(row: number, column: string, t: string): TextCell {
  return { row, col: columnIndex(column), text: t };
}

export interface RowSpec {
  name: string;
  /** 年度指标值 as written (`≥90%`, `有效提升`). */
  target: string | null;
  /** 实际完成值 as written. */
  done?: string | null;
  max?: Num;
  score?: Num;
  reason?: string | null;
  category?: Category;
}

export interface LineSpec {
  label?: string;
  initial?: Num;
  adjusted?: Num;
  executed?: Num;
  rate?: Num;
  share?: Num;
  score?: Num;
}

export interface BudgetSpec {
  unit?: string | null;
  /** The header's `(10分)`; null when it names none. */
  share?: number | null;
  total: LineSpec;
  parts?: LineSpec[];
  /** The block's 原因 cell; undefined when the block has no such column. */
  reason?: string;
}

export interface SheetSpec {
  project?: string;
  budget?: BudgetSpec | null;
  rows: RowSpec[];
  /** The 总分 row's 分值 and 得分; null for no total row. */
  total?: { max?: Num; score?: Num } | null;
  conclusion?: string;
  problems?: string;
  /** 一级 cells naming points: at the k-th indicator's row. */
  levels?: { name: string; points: number; at: number }[];
}

const PROJECT_ROW = 2;
const BUDGET_ROW = 3;

function line(row: number, s: LineSpec, total: boolean): BudgetLine {
  const cells: BudgetLine["cells"] = {};
  const put = (k: keyof BudgetLine["cells"], column: string, v: Num | undefined) => {
    if (v !== undefined) cells[k] = num(row, column, v);
  };
  put("initial", "B", s.initial);
  put("adjusted", "C", s.adjusted);
  put("executed", "D", s.executed);
  put("share", "E", s.share);
  put("rate", "F", s.rate);
  put("score", "G", s.score);
  return { row, label: s.label ?? (total ? "年度资金总额" : "其中：本年财政拨款"), total, cells };
}

function budgetBlock(b: BudgetSpec): BudgetBlock {
  const lines = [line(BUDGET_ROW + 1, b.total, true), ...(b.parts ?? []).map((p, k) => line(BUDGET_ROW + 2 + k, p, false))];
  const share = b.share === undefined ? 10 : b.share;
  return {
    row: BUDGET_ROW,
    unit: b.unit === undefined ? "万元" : b.unit,
    share,
    shareFrom: share === null ? null : `A${BUDGET_ROW}`,
    lines,
    reason: b.reason === undefined ? null : text(BUDGET_ROW + 1, "H", b.reason),
  };
}

/** The sheet, and the row of each indicator (row k is `rows[k]`). */
export function selfEvalSheet(spec: SheetSpec): SheetParse & { rowOf: (k: number) => number } {
  const name = spec.project ?? "城乡环境整治项目";
  const budget = spec.budget === undefined ? null : spec.budget && budgetBlock(spec.budget);
  const goalRow = BUDGET_ROW + 1 + (budget ? budget.lines.length : 0);
  const first = goalRow + 2;
  const indicators: IndicatorOut[] = spec.rows.map((r, k) => {
    const row = first + k;
    const annualTarget = r.target === null ? null : parseTarget(r.target);
    const done = r.done === undefined || r.done === null ? null : r.done;
    return {
      row,
      column: "D",
      project: name,
      projectRow: PROJECT_ROW,
      unit: null,
      group: 1,
      seq: null,
      level1: { code: "1", name: "产出指标" },
      level2: { code: "12", name: "质量指标" },
      name: r.name,
      periodTarget: null,
      annualTarget,
      category: r.category ?? "output",
      cost: false,
      score: {
        maxScore: r.max === undefined ? null : num(row, "G", r.max),
        score: r.score === undefined ? null : num(row, "H", r.score),
        completion: done === null ? null : parseTarget(done),
        completionCell: done === null ? null : text(row, "F", done),
        targetCell: r.target === null ? null : text(row, "E", r.target),
        reason: r.reason ? text(row, "I", r.reason) : null,
      },
    };
  });
  const totalRow = first + spec.rows.length;
  const selfEval: SelfEvalProject = {
    range: `A1:I${totalRow + 1}`,
    budget,
    goal: { row: goalRow, expected: "按期完成整治任务", actual: "已完成" },
    levelPoints: (spec.levels ?? []).map((l) => ({ name: l.name, points: l.points, row: first + l.at, col: columnIndex("B") })),
    total:
      spec.total === null
        ? null
        : {
            row: totalRow,
            maxScore: spec.total?.max === undefined ? num(totalRow, "G", 100) : num(totalRow, "G", spec.total.max),
            score: spec.total?.score === undefined ? null : num(totalRow, "H", spec.total.score),
          },
    conclusion: spec.conclusion === undefined ? null : text(totalRow + 1, "B", spec.conclusion),
    problems: spec.problems === undefined ? null : text(totalRow + 2, "B", spec.problems),
    measures: null,
  };
  return {
    sheet: "自评表",
    kind: "self-evaluation",
    layout: "S",
    moneyUnit: budget?.unit ?? null,
    department: null,
    projects: [{ row: PROJECT_ROW, name, unit: null, department: null, amounts: null, indicatorCount: indicators.length, selfEval }],
    indicators,
    findings: [],
    money: [],
    moneyKeys: [],
    rowOf: (k) => first + k,
  };
}
