// The self-evaluation variants built from the notes' real header rows (test/variants/s-*.tsv): each correct table
// checks with no error, and each planted fault is found on its cell with its code.
import * as fs from "fs";
import * as path from "path";
import { checkSheet, gridFromTsv, type Finding } from "../../../src/core";
import { mustParse } from "../../support/seeds";

const DIR = path.join(__dirname, "..", "..", "variants");
const check = (file: string) => {
  const p = mustParse(gridFromTsv(file, fs.readFileSync(path.join(DIR, `${file}.tsv`), "utf8")));
  return { parsed: p, findings: checkSheet(p) };
};
const at = (list: Finding[]) => list.map((f) => `${f.code}@${f.column ?? ""}${f.row}`);

describe.each(["s-anhui-guichi", "s-sichuan-qingshen", "s-chongqing-dept", "s-hubei-template"])("the correct table %s", (file) => {
  it("reads as a self-evaluation and checks with no error", () => {
    const { parsed, findings } = check(file);
    expect(parsed.kind).toBe("self-evaluation");
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the Anhui table with the real 年度资金总额 fault and one planted fault per rule", () => {
  const { findings } = check("s-anhui-guichi-faults");
  it.each([
    ["budget-parts", "B6"], ["budget-parts", "C6"], ["budget-parts", "D6"], ["execution-rate", "F6"], ["budget-score", "G6"],
    ["execution-rate", "F7"], ["completion-not-number", "F13"], ["score-formula", "H14"], ["score-over-max", "H16"],
    ["deduction-without-reason", "H19"], ["qualitative-band", "H20"], ["total-score-mismatch", "H22"],
  ])("finds %s on %s", (code, cell) => {
    expect(at(findings)).toContain(`${code}@${cell}`);
  });
  it("re-scores the budget from the parts: 89.974 / 90 = 99.97% gives 10.00 points", () => {
    const f = findings.find((x) => x.code === "budget-score")!;
    expect([f.expected, f.actual]).toEqual([10, 0]);
  });
});

describe("the Sichuan table with the real 2023 faults (no 满意度, 得分 never filled in)", () => {
  const { findings } = check("s-sichuan-qingshen-faults");
  it("says the 满意度 indicator is missing, and every blank score on its 得分 cell", () => {
    expect(at(findings.filter((f) => f.severity === "error"))).toEqual(["missing-core-category@D3"]);
    expect(at(findings.filter((f) => f.code === "score-blank"))).toEqual(["score-blank@H6", ...[14, 15, 16, 17, 18, 19].map((r) => `score-blank@J${r}`), "score-blank@J20"]);
  });
});
