/**
 * Layout B (§3): 部门整体预算绩效目标申报表 — budget block, key tasks with 拟投入的资金, and an indicator block
 * whose flattened merged cells are blank ("same as above") and whose rows are sometimes shifted left.
 * Indicator rows are realigned right-anchored: the last two filled cells are the values, the one before is the 三级.
 */
import { CellValue, Grid, cellText, columnLetter, isBlankRow } from "../../grid/grid";
import { finding } from "../../_lib/findings";
import { LevelTracker } from "../../indicator/level-tracker";
import { DeptBudgetEntry, DeptForm, KeyTask, ProjectOut } from "../model";
import { parseAmount } from "../../values/money";
import { SheetBuilder } from "../sheet-builder";
import { moneyUnitFromTitle, norm } from "../vocabulary";
import { parseTarget } from "../../values/target-parser";

const BUDGET_SECTIONS: [DeptBudgetEntry["group"], RegExp][] = [
  ["expense", /部门预算支出/],
  ["income", /收入来源/],
  ["level", /按预算级次/],
  ["development", /事业发展性支出/],
];
const TEXT_AMOUNT = /拟投入(?:的)?资金\s*[:：]?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*[（(]?\s*(万元|元)?/g;

function amountOf(v: CellValue | undefined): number | null {
  const p = parseAmount(v);
  return p.kind === "amount" ? p.cents : null;
}

export interface LayoutBResult {
  department: string | null;
  moneyUnit: string | null;
  deptForm: DeptForm;
}

export function readLayoutB(grid: Grid, headerRow: number, b: SheetBuilder): LayoutBResult {
  let department: string | null = null;
  let departmentRow = 1;
  let moneyUnit: string | null = null;
  const budget: DeptBudgetEntry[] = [];
  const keyTasks: KeyTask[] = [];
  const sectionOfCol = new Map<number, DeptBudgetEntry["group"]>();
  let inBudget = false;
  let taskAmountCol: number | null = null;
  let inTasks = false;

  for (let r = 0; r < headerRow; r++) {
    const row = grid.rows[r];
    const cells = row.map((v) => norm(v));
    const first = cells.findIndex((t) => t !== "");
    if (first < 0) continue;
    for (const t of cells) {
      moneyUnit = moneyUnit ?? moneyUnitFromTitle(t);
      if (!moneyUnit && /\(万元\)|（万元）/.test(t)) moneyUnit = "万元";
    }
    const label = cells[0];
    if (/^部门名称/.test(label) || /^部门名称/.test(cells[first])) {
      department = cellText(row.slice(first + 1).find((v) => cellText(v) !== ""));
      departmentRow = r + 1;
      continue;
    }
    if (label.includes("预算整体情况")) inBudget = true;
    if (label && !label.includes("预算整体情况") && inBudget && !BUDGET_SECTIONS.some(([, re]) => re.test(cells.join("")))) inBudget = false;
    if (label.includes("年度重点工作任务")) {
      inTasks = true;
      taskAmountCol = cells.findIndex((t) => t.includes("拟投入"));
      continue;
    }
    if (inBudget) {
      cells.forEach((t, c) => {
        const sec = BUDGET_SECTIONS.find(([, re]) => re.test(t));
        if (sec) sectionOfCol.set(c, sec[0]);
      });
      cells.forEach((t, c) => {
        const group = sectionOfCol.get(c);
        if (!group || !t || BUDGET_SECTIONS.some(([, re]) => re.test(t)) || /预算金额|预算整体情况/.test(t)) return;
        // The amount is the first filled cell right of the label, before the next label.
        let amountCol = c + 1;
        let cents: number | null = null;
        for (let k = c + 1; k < row.length; k++) {
          if (cells[k] === "") continue;
          if (parseAmount(row[k]).kind === "amount") {
            amountCol = k;
            cents = amountOf(row[k]);
          }
          break;
        }
        budget.push({ label: cellText(row[c]), group, row: r + 1, col: amountCol, cents });
      });
    }
    if (inTasks) {
      const isOther = label.includes("其他需完成的任务");
      // Amounts written in text count as tasks: `拟投入资金:731(万元)`.
      row.forEach((v, c) => {
        const t = cellText(v);
        TEXT_AMOUNT.lastIndex = 0;
        for (let m = TEXT_AMOUNT.exec(t); m; m = TEXT_AMOUNT.exec(t)) {
          const p = parseAmount(m[1]);
          if (p.kind !== "amount") continue;
          const cents = m[2] === "元" && moneyUnit === "万元" ? Math.round(p.cents / 10000) : p.cents;
          keyTasks.push({ name: t.slice(0, Math.max(0, m.index)).replace(/[。，,；;]$/, "").slice(0, 40), row: r + 1, col: c, cents, fromText: true });
        }
      });
      if (!isOther) {
        const at = taskAmountCol !== null && taskAmountCol >= 0 ? amountOf(row[taskAmountCol]) : null;
        const col = at !== null ? taskAmountCol! : row.findIndex((v, c) => c > 0 && typeof amountOf(v) === "number" && cellText(v) !== "");
        const cents = at ?? (col >= 0 ? amountOf(row[col]) : null);
        if (cents !== null && col >= 0) {
          const name = cellText(row.find((v, c) => c < col && cellText(v) !== ""));
          keyTasks.push({ name, row: r + 1, col, cents, fromText: false });
          if (taskAmountCol !== null && col !== taskAmountCol) b.note(finding("realigned-row", r + 1, null, { params: { name } }));
        }
      }
    }
  }

  const project: ProjectOut = { row: departmentRow, name: department ?? grid.name, unit: null, department, amounts: null, indicatorCount: 0, goal: null };
  b.projects.push(project);
  readIndicatorBlock(grid, headerRow, project, b);
  return { department, moneyUnit, deptForm: { budget, keyTasks } };
}

function readIndicatorBlock(grid: Grid, headerRow: number, project: ProjectOut, b: SheetBuilder): void {
  const header = grid.rows[headerRow].map((v) => norm(v));
  const nameCol = header.indexOf("三级指标");
  const levels = new LevelTracker(b.ctx.framework);
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (isBlankRow(row)) continue;
    const filled: { col: number; text: string }[] = [];
    row.forEach((v, c) => {
      const t = cellText(v);
      if (t && !(c === 0 && norm(v) === "绩效指标")) filled.push({ col: c, text: t });
    });
    if (!filled.length) continue;
    const allLevels = filled.every((f) => levels.isLevelText(f.text));
    if (allLevels || filled.length === 1) {
      // A label row: only levels (or a lone cell) — it sets context and is no indicator.
      if (filled.length >= 2) {
        levels.set1(filled[0].text);
        levels.set2(filled[1].text, r + 1, columnLetter(filled[1].col), true, b.findings);
      } else if (levels.isLevelText(filled[0].text)) levels.setSingle(filled[0].text, r + 1, columnLetter(filled[0].col), b.findings);
      if (allLevels || levels.isLevelText(filled[0].text)) continue;
    }
    const values = filled.length >= 3 ? filled.slice(-2) : filled.slice(-1);
    const nameCell = filled[filled.length - values.length - 1] ?? null;
    const levelCells = filled.slice(0, Math.max(0, filled.length - values.length - 1));
    if (levelCells.length >= 2) {
      levels.set1(levelCells[0].text);
      levels.set2(levelCells[1].text, r + 1, columnLetter(levelCells[1].col), true, b.findings);
    } else if (levelCells.length === 1) {
      levels.setSingle(levelCells[0].text, r + 1, columnLetter(levelCells[0].col), b.findings);
    }
    const st = levels.state();
    const [period, annual] = values.length === 2 ? [values[0].text, values[1].text] : [null, values[0].text];
    const col = nameCell?.col ?? values[0].col;
    if (col !== nameCol) b.note(finding("realigned-row", r + 1, null, { params: { name: nameCell?.text ?? "" } }));
    b.indicatorRow(
      {
        row: r + 1,
        column: columnLetter(col),
        group: 1,
        seq: null,
        ...st,
        name: nameCell?.text ?? "",
        periodTarget: period === null ? null : parseTarget(period),
        annualTarget: parseTarget(annual),
      },
      project,
    );
  }
}
