/** Collects what a layout reader finds: projects, indicators and findings, in sheet order. */
import { columnLetter } from "./grid";
import { Finding, finding } from "./findings";
import { parseIndicatorCell, ParserContext } from "./indicator-parser";
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
    const parsed = parseIndicatorCell(text, this.ctx);
    const row = rowIndex + 1;
    const column = columnLetter(colIndex);
    for (const it of parsed.items) {
      this.indicators.push({
        row,
        column,
        project: project.name,
        projectRow: project.row,
        unit: project.unit,
        group: it.group,
        seq: it.seq,
        level1: it.level1,
        level2: it.level2,
        name: it.name,
        periodTarget: it.periodTarget,
        annualTarget: it.annualTarget,
        category: it.category,
        cost: it.cost,
      });
    }
    project.indicatorCount += parsed.items.length;
    for (const f of parsed.findings) {
      this.findings.push(finding(f.code, row, column, { item: f.item, expected: f.expected, actual: f.actual, params: f.params }));
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
