/** The parse result: the JSON contract of §11 plus the money rows the checks need. */
import { Category } from "../rules/framework";
import { Finding } from "../_lib/findings";
import { LevelRef } from "../indicator/level-resolver";
import { Target } from "../values/target-parser";
import type { IndicatorScore, SelfEvalProject, SheetKind } from "../selfeval/model";

/** A–E target tables (§3, issue 14); S a 绩效自评表 (issue 15). */
export type Layout = "A" | "B" | "C" | "D" | "E" | "S";

export const MONEY_KEYS = ["total", "fiscal", "specialAccount", "other"] as const;
export type MoneyKey = (typeof MONEY_KEYS)[number];
export type Amounts = Record<MoneyKey, number>;

export interface ProjectOut {
  row: number;
  name: string;
  unit: string | null;
  department: string | null;
  amounts: Amounts | null;
  indicatorCount: number;
  /** The project's 绩效目标 / 年度目标 text as written (null when the layout has none). */
  goal?: string | null;
  /** Layout E (one form per project): the form's cells, e.g. `A3:G19`. */
  range?: string;
  /** Layout E: the 实施期 / 建设周期 / 项目起止时间 as written, and its ends as `YYYY` or `YYYY-MM` when readable. */
  period?: ProjectPeriod;
  /** Layout E: the goals as written (中长期/实施期 and 年度). */
  goals?: { period: string | null; annual: string | null };
  /** Layout S: the project's money block, goal, total and footer. */
  selfEval?: SelfEvalProject;
}

export interface ProjectPeriod {
  raw: string;
  start: string | null;
  end: string | null;
}

export interface IndicatorOut {
  row: number;
  column: string;
  project: string;
  projectRow: number;
  unit: string | null;
  group: number;
  seq: number | null;
  level1: LevelRef | null;
  level2: LevelRef | null;
  name: string;
  periodTarget: Target | null;
  annualTarget: Target | null;
  /** Extension: the category the indicator counts under (§4), and whether it counts as 成本. */
  category: Category | null;
  cost: boolean;
  /**
   * 指标方向性 as written (layouts D and E): 正向 (more is better) or 反向 (less is better). Data only: no comparator is made from it —
   * the tables read write 正向 beside `＝` and `≥` alike, so 正向 does not say ≥ (absent when the table has none).
   */
  direction?: IndicatorDirection;
  /**
   * Targets one column per region (龙岩: `区域目标值` over 新罗区 … 漳平市): the region this row's target is for. Each
   * region is a row of its own, its name the 三级 with the region (`项目资金使用合规性（新罗区）`).
   */
  region?: string;
  /** Layout S: 分值, 得分, 实际完成值, 偏差原因 and the re-computed score. */
  score?: IndicatorScore;
}

export type IndicatorDirection = "positive" | "negative";

/** One money cell: exact hundredths, and where it physically is (null when the row had no such cell). */
export interface MoneyCell {
  cents: number;
  blank: boolean;
  col: number | null;
  /** 1-based row, when it is not its MoneyRow's (layout E: a form has its money cells in different rows). */
  row?: number;
  /** When the amount is the sum of several cells (a form's 其中：中央 / 省级 / 市县财政资金): those cells. */
  parts?: MoneyCell[];
}

export type MoneyRowKind = "grand-total" | "unit" | "project" | "subtotal";

export interface MoneyRow {
  row: number;
  kind: MoneyRowKind;
  name: string;
  cells: Partial<Record<MoneyKey, MoneyCell>>;
  /**
   * 4 when the row's `cents` are ten-thousandths of the unit: a form whose amounts have four decimals
   * (`总额10606.7522万元`, exact to the 元) is reconciled exactly, not rounded to hundredths. Hundredths otherwise.
   */
  places?: 4;
  /** Layout E: the 1-based row of the form's project, on the block its amounts come from (a form's money is below it). */
  project?: number;
}

/**
 * Layout E: a form's cost table (项目预算成本构成 | 金额 | 测算依据 | 2020年实际执行数 …): per money column, its lines'
 * cells and its 合计 cell (null when there is no 合计 line, or a cell of the column could not be read for certain).
 */
export interface CostTable {
  project: string;
  /** 1-based row of the table's head. */
  row: number;
  columns: { header: string; budget: boolean; lines: MoneyCell[]; total: MoneyCell | null }[];
  /** An amount's breakdown in its own cell (岳阳: `854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)`): one column, all in that cell. */
  breakdown?: true;
  /** 4 when its cents are ten-thousandths (as MoneyRow.places). */
  places?: 4;
}

/** Layout B's budget and key-task figures (§6). */
export interface DeptBudgetEntry {
  label: string;
  group: "expense" | "income" | "level" | "development";
  row: number;
  col: number;
  cents: number | null;
}

export interface KeyTask {
  name: string;
  row: number;
  col: number;
  cents: number;
  /** True when the amount was read from text such as `拟投入资金:731(万元)`. */
  fromText: boolean;
}

export interface DeptForm {
  budget: DeptBudgetEntry[];
  keyTasks: KeyTask[];
}

export interface SheetParse {
  sheet: string;
  /** A target table (layouts A–E) or a self-evaluation (layout S). */
  kind: SheetKind;
  layout: Layout;
  moneyUnit: string | null;
  /** The year the table's title names (`(2023年度)`), absent when it names none (layout E: the first form's). */
  year?: number;
  department: string | null;
  projects: ProjectOut[];
  indicators: IndicatorOut[];
  findings: Finding[];
  /** Money rows in sheet order (layouts A, D and E); which columns exist. */
  money: MoneyRow[];
  moneyKeys: MoneyKey[];
  deptForm?: DeptForm;
  /** Layout E: the forms' cost tables, reconciled per column (absent when no form has one). */
  costTables?: CostTable[];
}
