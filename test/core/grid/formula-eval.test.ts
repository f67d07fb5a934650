/** The evaluator of the product's own formulas (formula-eval.ts), through formulaValue and withFormulaValues. */
import { formulaValue, withFormulaValues, type CellValue } from "../../../src/core";
import { cellRef } from "../../../src/core/grid/formula-parse";

/** A sheet of values by A1 address; every other cell is blank. */
function at(cells: Record<string, CellValue>) {
  const byCell = new Map(Object.entries(cells).map(([a, v]) => [`${cellRef(a)!.row},${cellRef(a)!.col}`, v]));
  return (row: number, col: number): CellValue => byCell.get(`${row},${col}`) ?? null;
}

const SHEET = at({ A1: 1, A2: 2.5, A3: "text", A4: "98%", A5: true, A6: { error: "#N/A" }, A7: "", B1: 10, B2: -3, B3: 0 });
const value = (f: string) => formulaValue(f, SHEET);

describe("formulaValue: literals, references and arithmetic", () => {
  it.each([
    ["=1.5", 1.5],
    ["=.5", 0.5],
    ['="text"', "text"],
    ['=""', ""],
    ['="say ""hi"""', 'say "hi"'],
    ["=TRUE", true],
    ["=A1", 1],
    ["=$A$2+A$1+$B1", 13.5],
    ["=C9", 0], // a blank cell shows 0
    ["=C9+1", 1],
    ["=A7+1", 1], // "" is how a grid holds a blank cell
    ["=A5+1", 2],
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=10/4", 2.5],
    ["=B1-A2-A1", 6.5],
    ["=-A2*2", -5],
    ["=-(1+2)", -3],
    ["=--A1", 1],
    ["= A1 + B1 ", 11],
    ["=0.1+0.2", 0.3],
    ["=1/3", 1 / 3],
    ["=2/3*3", 2],
    ["=100000000000000000000/7", 1e20 / 7],
    ["=1E3+1", 1001],
  ])("%s → %p", (f, v) => expect(value(f)).toBe(v));

  it.each([["=1/0"], ["=1/C9"], ["=A3+1"], ['=""+1'], ["=A6+1"], ["=-A3"], ["=A1:A2"]])("%s has no value (an error)", (f) => expect(value(f)).toBeNull());

  it.each([["=TODAY()"], ["=Sheet2!A1"], ["='表'!A1"], ["=A1&B1"], ["=A1^2"], ["=A1%"], ["=SUM("], ["=1+"], ["=IF(A1,,2)"], ["=LOG10(A1)"], ["=XFE1"], ["="]])(
    "%s is not one of the product's formulas: no value",
    (f) => expect(value(f)).toBeNull(),
  );
});

describe("formulaValue: comparisons, as Excel compares", () => {
  it.each([
    ["=A1=1", true],
    ["=A1<>1", false],
    ["=A1<A2", true],
    ["=A2<=2.5", true],
    ["=B2>0", false],
    ["=B1>=10", true],
    ['=C9=""', true], // a blank against text is ""
    ["=C9=0", true], // … and 0 against a number
    ["=C9=FALSE", true],
    ['=A7=""', true],
    ['=A1=""', false],
    ["=A3>1000000", true], // any text is greater than any number
    ["=A4>=100", true], // so `98%` typed as text would reach any target
    ["=A3<0", false],
    ['=A3="TEXT"', true], // case-insensitive
    ['="a"<"b"', true],
    ['=TRUE>"zzz"', true], // logicals above text
    ["=TRUE=1", false],
    ["=0.1+0.2=0.3", true],
  ])("%s → %p", (f, v) => expect(value(f)).toBe(v));

  it("passes errors on", () => expect(value("=A6=1")).toBeNull());
});

describe("formulaValue: functions", () => {
  it.each([
    ["=IF(A1>0,\"yes\",\"no\")", "yes"],
    ["=IF(A1<0,\"yes\",\"no\")", "no"],
    ["=IF(A1<0,1)", false],
    ["=IF(TRUE,1,1/0)", 1], // only the branch taken is computed
    ["=IF(FALSE,1/0,2)", 2],
    ["=IF(B3,1,2)", 2],
    ["=IF(C9,1,2)", 2],
    ["=IF(A2,1,2)", 1],
    ["=AND(A1,TRUE)", true],
    ["=AND(A1>0,B2>0)", false],
    ["=OR(B3,FALSE)", false],
    ["=OR(B3,A1=1)", true],
    ["=AND(A1:A3)", true], // a referenced text is skipped
    ["=NOT(B3)", true],
    ["=NOT(A1=1)", false],
    ["=ISNUMBER(A1)", true],
    ["=ISNUMBER(A4)", false],
    ["=ISNUMBER(C9)", false],
    ["=ISNUMBER(A7)", false],
    ["=ISNUMBER(1/0)", false],
    ["=ISNUMBER(A6)", false],
    ["=N(A2)", 2.5],
    ["=N(A3)", 0],
    ["=N(C9)", 0],
    ["=N(A5)", 1],
    ["=ROUND(2.675,2)", 2.68], // binary 2.675 is below it; Excel (and this) rounds the decimal
    ["=ROUND(-2.675,2)", -2.68],
    ["=ROUND(1.005,2)", 1.01],
    ["=ROUND(0.285,2)", 0.29],
    ["=ROUND(2.5,0)", 3],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1234.5,-2)", 1200],
    ["=ROUND(10/3,2)", 3.33],
    ["=ROUND(2.6749,2)", 2.67],
    ["=ROUND(2850*10/3000,2)", 9.5],
    ["=MIN(A1:B2)", -3],
    ["=MAX(A1:A5,A7)", 2.5], // text, logicals and blanks in a range skipped
    ["=MAX(C1:C9)", 0],
    ["=MIN(A2,B1)", 2.5],
    ["=MAX(MIN(B2,A1),0)", 0],
    ["=SUM(A1:B3)", 10.5],
    ["=SUM(A1,B1:B2)", 8],
    ["=SUM(C1:C9)", 0],
    ["=SUM(1,TRUE)", 2],
    ["=COUNT(A1:A7)", 2],
    ["=COUNT(C1:C9)", 0],
    ["=COUNT(A1:A7,1/0,\"x\",3)", 3],
    ['=IF(COUNT(C1:C3)=0,"",SUM(C1:C3))', ""],
    ['=IF(COUNT(B1:B3)=0,"",SUM(B1:B3))', 7],
    [`=HYPERLINK("#'项目 表'!G12","G12")`, "G12"],
    ['=HYPERLINK("https://example.org")', "https://example.org"],
    ["=if(a1>0,round(a2,0),0)", 3], // names and references in any case
  ])("%s → %p", (f, v) => expect(value(f)).toBe(v));

  it.each([["=SUM(A6,A1)"], ["=MAX(A1:A6)"], ["=IF(A3,1,2)"], ["=AND(A3)"], ["=ROUND(A3,2)"], ["=N(A6)"], ["=IF(1)"], ["=NOT(1,2)"], ["=ROUND(1)"], ["=SUM()"]])(
    "%s has no value (an error)",
    (f) => expect(value(f)).toBeNull(),
  );
});

describe("withFormulaValues", () => {
  const grid = { name: "S", rows: [[1, 2, null, null, null, null]] as CellValue[][] };

  it("computes formula cells from other formula cells, and a \"\" result reads as \"\"", () => {
    const out = withFormulaValues(grid, { C1: "=A1+B1", D1: "=IF(C1>2,C1*2,0)", E1: '=IF(ISNUMBER(F1),1,"")', F1: "=TODAY()" });
    expect(out.rows[0]).toEqual([1, 2, 3, 6, "", null]);
  });

  it("gives a cycle, and what is computed from it, no value", () => {
    const out = withFormulaValues(grid, { C1: "=D1+1", D1: "=C1+1", E1: "=SUM(C1,A1)", F1: "=A1+B1" });
    expect(out.rows[0]).toEqual([1, 2, null, null, null, 3]);
  });

  it("leaves a cell that holds a value as it is", () => {
    expect(withFormulaValues(grid, { A1: "=B1*10" }).rows[0][0]).toBe(1);
  });
});
