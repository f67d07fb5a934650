/** Collects what a layout reader finds: projects, indicators and findings, in sheet order. */
import { columnLetter } from "./grid";
import { Finding, FINDING_SEVERITY } from "./findings";
import { ParserContext, readIndicatorCell } from "./indicator-parser";
import { IndicatorOut, ProjectOut } from "./model";

export class SheetBuilder {
  readonly projects: ProjectOut[] = [];
  readonly indicators: IndicatorOut[] = [];
  readonly findings: Finding[] = [];

  constructor(readonly ctx: ParserContext) {}

  note(f: Finding): void {
    this.findings.push(f);
  }

  /** Parse one packed indicator cell (0-based row/col) for a project and record its items and findings. */
  indicatorCell(text: string, rowIndex: number, colIndex: number, project: ProjectOut): void {
    const row = rowIndex + 1;
    const column = columnLetter(colIndex);
    // The output rows are made as the items are read, rather than copied from ParsedItems afterwards.
    const parsed = readIndicatorCell(text, this.ctx, (seq, head, periodTarget, annualTarget): IndicatorOut => ({
      row,
      column,
      project: project.name,
      projectRow: project.row,
      unit: project.unit,
      group: 1,
      seq,
      level1: head.levels.level1,
      level2: head.levels.level2,
      name: head.name,
      periodTarget,
      annualTarget,
      category: head.levels.category,
      cost: head.levels.cost,
    }));
    for (const it of parsed.items) this.indicators.push(it);
    project.indicatorCount += parsed.items.length;
    for (const f of parsed.findings) {
      // finding(f.code, row, column, { item, expected, actual, params }) spelled out: its spread is the slow part.
      const code = f.code;
      this.findings.push({ code, severity: FINDING_SEVERITY[code], row, column, item: f.item, expected: f.expected, actual: f.actual, params: f.params });
    }
  }

  /** Record one already-structured indicator (layouts B and D: one row per indicator). */
  indicatorRow(ind: Omit<IndicatorOut, "project" | "projectRow" | "unit">, project: ProjectOut): void {
    this.indicators.push({ ...ind, project: project.name, projectRow: project.row, unit: project.unit });
    project.indicatorCount++;
  }
}

/** Drop undefined fields so snapshots and JSON stay tidy. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
