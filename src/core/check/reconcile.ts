/**
 * Money reconciliation (§6) in integer hundredths: row-sum, subtotal and grand-total for every money column,
 * and layout B's budget checks. A nonzero difference within n × 0.005 (n = nonzero addends, inclusive) is a
 * rounding warning; beyond it an error. The finding names the total cell and the cells it was computed from.
 */
import { a1, columnLetter } from "../grid/grid";
import { Finding, FindingCode, finding } from "../_lib/findings";
import { CostTable, MoneyCell, MoneyKey, MoneyRow, SheetParse } from "../sheet/model";
import { MoneyPlaces, perUnit } from "../values/money";

interface Addend {
  row: number;
  cell: MoneyCell;
}

/** Drift bound in cents for n addends: n × roundingPerAddend (money units) × 100, compared exactly. */
function severityFor(diffCents: number, n: number, roundingPerAddend: number): "warning" | "error" {
  // |diff| ≤ n × bound, evaluated on integers to avoid float edges: bound is a multiple of 0.0005 in practice. The
  // bound is a share of the last decimal place (0.005 is half a hundredth): with four places, of a ten-thousandth.
  const boundMilli = Math.round(roundingPerAddend * 100000);
  return Math.abs(diffCents) * 1000 <= n * boundMilli ? "warning" : "error";
}

function compare(
  code: FindingCode,
  target: { row: number; cell: MoneyCell | undefined },
  addends: Addend[],
  roundingPerAddend: number,
  params: Record<string, string>,
  places?: MoneyPlaces,
): Finding | null {
  const unit = perUnit(places);
  const actual = target.cell?.cents ?? 0;
  const expected = addends.reduce((s, a) => s + a.cell.cents, 0);
  const diff = actual - expected;
  if (diff === 0) return null;
  const n = addends.filter((a) => a.cell.cents !== 0).length;
  const col = target.cell?.col ?? null;
  const f = finding(code, target.row, col === null ? null : columnLetter(col), {
    expected: expected / unit,
    actual: actual / unit,
    difference: diff / unit,
    // One address once: a breakdown's items all sit in the amount's own cell.
    from: [...new Set(addends.filter((a) => a.cell.col !== null).map((a) => a1(a.row - 1, a.cell.col!)))],
    params,
  });
  f.severity = severityFor(diff, n, roundingPerAddend);
  return f;
}

/** A money cell as addends: itself, or the cells it sums (a form's 其中 lines); at its own row when it has one (E). */
function addendsOf(row: number, cell: MoneyCell | undefined): Addend[] {
  if (!cell) return [];
  if (cell.parts) return cell.parts.map((c) => ({ row: c.row ?? row, cell: c }));
  return [{ row: cell.row ?? row, cell }];
}

function rowSums(rows: MoneyRow[], keys: MoneyKey[], bound: number, out: Finding[]): void {
  const parts = keys.filter((k) => k !== "total");
  if (!keys.includes("total") || parts.length === 0) return;
  for (const r of rows) {
    const cells = keys.map((k) => r.cells[k]);
    if (cells.every((c) => !c || c.blank)) continue;
    const addends = parts.flatMap((k) => addendsOf(r.row, r.cells[k]));
    const f = compare("row-sum", { row: r.cells.total?.row ?? r.row, cell: r.cells.total }, addends, bound, { name: r.name }, r.places);
    if (f) out.push(f);
  }
}

/** Blocks: a unit row owns the projects below it until the next unit row; a subtotal (D) the projects above it. */
function blocks(rows: MoneyRow[]): { owner: MoneyRow; members: MoneyRow[] }[] {
  const out: { owner: MoneyRow; members: MoneyRow[] }[] = [];
  let current: { owner: MoneyRow; members: MoneyRow[] } | null = null;
  let pending: MoneyRow[] = [];
  for (const r of rows) {
    if (r.kind === "unit") {
      current = { owner: r, members: [] };
      out.push(current);
    } else if (r.kind === "subtotal") {
      out.push({ owner: r, members: pending });
      pending = [];
      current = null;
    } else if (r.kind === "project") {
      if (current) current.members.push(r);
      else pending.push(r);
    }
  }
  return out;
}

function blockSums(rows: MoneyRow[], keys: MoneyKey[], bound: number, out: Finding[]): void {
  for (const { owner, members } of blocks(rows)) {
    for (const k of keys) {
      const addends = members.map((m) => ({ row: m.row, cell: m.cells[k] })).filter((a): a is Addend => !!a.cell);
      const f = compare("subtotal", { row: owner.row, cell: owner.cells[k] }, addends, bound, { name: owner.name, column: k });
      if (f) out.push(f);
    }
  }
}

function grandTotals(rows: MoneyRow[], keys: MoneyKey[], bound: number, out: Finding[]): void {
  const owners = rows.filter((r) => r.kind === "unit" || r.kind === "subtotal");
  const owned = new Set(blocks(rows).flatMap((b) => b.members));
  // Projects outside every block still count toward the grand total.
  const basis = [...owners, ...rows.filter((r) => r.kind === "project" && !owned.has(r))];
  for (const g of rows.filter((r) => r.kind === "grand-total")) {
    for (const k of keys) {
      const addends = basis.map((m) => ({ row: m.row, cell: m.cells[k] })).filter((a): a is Addend => !!a.cell);
      const f = compare("grand-total", { row: g.row, cell: g.cells[k] }, addends, bound, { basis: owners.length ? "units" : "projects", column: k });
      if (f) out.push(f);
    }
  }
}

/** A form's cost table: each money column's 合计 against its lines; an amount against its breakdown in brackets (layout E). */
function costTables(p: SheetParse, bound: number, out: Finding[]): void {
  // Each form's money row by its project, found once (a sheet may hold thousands of forms).
  const amounts = new Map<string, MoneyRow>();
  for (const m of p.money) if (m.project !== undefined && !amounts.has(m.name)) amounts.set(m.name, m);
  for (const t of p.costTables ?? []) {
    againstAmount(amounts.get(t.project), t, out);
    for (const col of t.columns) {
      if (!col.total) continue;
      const addends = col.lines.map((cell) => ({ row: cell.row ?? t.row, cell }));
      const code = t.breakdown ? "money-breakdown" : "cost-table-total";
      const f = compare(code, { row: col.total.row ?? t.row, cell: col.total }, addends, bound, { name: t.project, column: col.header }, t.places);
      if (f) out.push(f);
    }
  }
}

/**
 * A cost table's budget 合计 against the amount its form asks for (the money block the project's amounts come from):
 * a warning, not an error, since a table may cost the whole 实施期 beside a 年度 amount.
 */
function againstAmount(row: MoneyRow | undefined, t: CostTable, out: Finding[]): void {
  const col = t.breakdown ? undefined : t.columns.find((c) => c.budget);
  if (!col?.total || col.total.blank) return;
  const amount = row?.cells.total;
  if (!row || !amount || amount.blank || (row.places ?? 2) !== (t.places ?? 2)) return;
  const f = compare("cost-table-vs-amount", { row: amount.row ?? row.row, cell: amount }, [{ row: col.total.row ?? t.row, cell: col.total }], 0, { name: t.project, column: col.header }, t.places);
  if (f) out.push({ ...f, severity: "warning" });
}

function deptForm(p: SheetParse, out: Finding[]): void {
  const form = p.deptForm;
  if (!form) return;
  const income = form.budget.filter((e) => e.group === "income");
  const levels = form.budget.filter((e) => e.group === "level");
  const total = income.reduce((s, e) => s + (e.cents ?? 0), 0);
  const from = (list: typeof income) => list.map((e) => a1(e.row - 1, e.col));
  if (levels.length) {
    const sum = levels.reduce((s, e) => s + (e.cents ?? 0), 0);
    if (sum !== total) {
      out.push(finding("budget-levels", levels[0].row, columnLetter(levels[0].col), { expected: total / 100, actual: sum / 100, difference: (sum - total) / 100, from: [...from(levels), ...from(income)] }));
    }
  }
  for (const e of form.budget) {
    if (e.group === "expense" && e.cents === null) out.push(finding("budget-blank", e.row, columnLetter(e.col), { params: { label: e.label } }));
  }
  if (form.keyTasks.length && income.length) {
    const sum = form.keyTasks.reduce((s, t) => s + t.cents, 0);
    if (sum !== total) {
      const first = form.keyTasks[0];
      out.push(
        finding("key-tasks-total", first.row, columnLetter(first.col), {
          expected: total / 100,
          actual: sum / 100,
          difference: (sum - total) / 100,
          from: form.keyTasks.map((t) => a1(t.row - 1, t.col)),
        }),
      );
    }
  }
}

export function reconcile(p: SheetParse, roundingPerAddend = 0.005): Finding[] {
  const out: Finding[] = [];
  rowSums(p.money, p.moneyKeys, roundingPerAddend, out);
  blockSums(p.money, p.moneyKeys, roundingPerAddend, out);
  grandTotals(p.money, p.moneyKeys, roundingPerAddend, out);
  costTables(p, roundingPerAddend, out);
  deptForm(p, out);
  return out;
}
