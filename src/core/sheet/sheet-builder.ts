/** Collects what a layout reader finds: projects, indicators and findings, in sheet order. */
import { columnLetter } from "../grid/grid";
import { Finding, FINDING_SEVERITY } from "../_lib/findings";
import { CellFinding, ParserContext, readCellInto } from "../indicator/indicator-parser";
import { IndicatorOut, ProjectOut } from "./model";
import { FrameworkIndex } from "../rules/framework";
import { keepShape } from "../_lib/memo";
import { ParseMemo } from "../indicator/parse-memo";
import { PlaceholderMatcher } from "../rules/placeholders";

export class SheetBuilder {
  readonly projects: ProjectOut[] = [];
  readonly indicators: IndicatorOut[] = [];
  readonly findings: Finding[] = [];
  /** Scratch for the cell being read. */
  private readonly cellFindings: CellFinding[] = [];
  private readonly cellUnplaced: string[] = [];

  constructor(readonly ctx: ParserContext) {}

  note(f: Finding): void {
    this.findings.push(f);
  }

  /** Parse one packed indicator cell (0-based row/col) for a project and record its items and findings. */
  indicatorCell(text: string, rowIndex: number, colIndex: number, project: ProjectOut): void {
    const row = rowIndex + 1;
    const column = columnLetter(colIndex);
    const before = this.indicators.length;
    const found = this.cellFindings;
    // Emptied only now and then: emptying an array gives up its storage, to be grown again for the next cell.
    if (found.length > 1024) found.length = 0;
    const firstFound = found.length;
    if (this.cellUnplaced.length > 0) this.cellUnplaced.length = 0;
    // The output rows are made as the items are read, straight into the output list.
    readCellInto(
      text,
      this.ctx,
      (seq, head, periodTarget, annualTarget): IndicatorOut => ({
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
      }),
      this.indicators,
      found,
      this.cellUnplaced,
    );
    project.indicatorCount += this.indicators.length - before;
    for (let i = firstFound; i < found.length; i++) {
      const f = found[i];
      // finding(f.code, row, column, { item, expected, actual, params }) spelled out: its spread is the slow part.
      const code = f.code;
      this.findings.push({ code, severity: FINDING_SEVERITY[code], row, column, item: f.item, expected: f.expected, actual: f.actual, params: f.params });
    }
  }

  /** Record one already-structured indicator (layouts B and D: one row per indicator). */
  indicatorRow(ind: Omit<IndicatorOut, "project" | "projectRow" | "unit">, project: ProjectOut): void {
    // Spelled out in the spread's key order (the JSON keeps its order): a spread per row is the slow part at 100,000.
    const out: IndicatorOut = {
      row: ind.row,
      column: ind.column,
      group: ind.group,
      seq: ind.seq,
      level1: ind.level1,
      level2: ind.level2,
      category: ind.category,
      cost: ind.cost,
      name: ind.name,
      periodTarget: ind.periodTarget,
      annualTarget: ind.annualTarget,
      project: project.name,
      projectRow: project.row,
      unit: project.unit,
    };
    if (ind.direction) out.direction = ind.direction;
    if (ind.region) out.region = ind.region;
    this.indicators.push(out);
    project.indicatorCount++;
  }
}

/** Drop undefined fields so snapshots and JSON stay tidy. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** A sheet holds hundreds of distinct heads and thousands of distinct targets: its memo need not grow up from small. */
const SHEET_MEMO_CAPACITY = 1024;

/** The context a sheet parse reads its cells with: the settings and the sheet's memo (one shape, kept; see keepShape). */
export function parserContext(framework: FrameworkIndex, placeholders: PlaceholderMatcher): ParserContext {
  return { framework, placeholders, memo: new ParseMemo(framework, placeholders, SHEET_MEMO_CAPACITY) };
}

keepShape(new SheetBuilder(parserContext(new FrameworkIndex({ level1: [], level2: [] }), new PlaceholderMatcher([]))));
