import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { cellText, gridFromTsv, lastFilled, type Grid } from "../../src/core";
import { loadFile } from "../../src/hosts/file/file.loader";

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const seedFiles = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

/** Cell texts per row without trailing empty cells, and without trailing empty rows. */
function trimmedTexts(grid: Grid): string[][] {
  const rows = grid.rows.map((r) => r.slice(0, lastFilled(r) + 1).map((v) => cellText(v)));
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

describe("seed tables saved as .xlsx", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-seeds-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("has seed files to check", () => {
    expect(seedFiles.length).toBeGreaterThan(0);
  });

  it.each(seedFiles)("reads %s back from .xlsx with the same cell texts as the TSV", async (file) => {
    const text = fs.readFileSync(path.join(SEEDS, file), "utf8");
    const expected = gridFromTsv("seed", text);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    expected.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = String(v); // text cells stay strings, amounts included
      });
    });
    const xlsxPath = path.join(dir, file.replace(/\.txt$/, ".xlsx"));
    await wb.xlsx.writeFile(xlsxPath);

    const result = await loadFile(xlsxPath);
    if (!result.ok) throw new Error(`${file}: ${result.code} ${result.detail ?? ""}`);
    expect(result.sheets).toHaveLength(1);
    expect(result.sheets[0].name).toBe("Sheet1");
    expect(trimmedTexts(result.sheets[0])).toEqual(trimmedTexts(expected));
    // Beyond cellText's trimming: the raw strings survive too (no whitespace or line-break changes).
    const raw = result.sheets[0].rows.flat().filter((v) => v !== null);
    expect(raw).toEqual(expected.rows.flat().filter((v) => v !== null));
  });

  it.each(seedFiles)("reads %s as a .txt file exactly as gridFromTsv does", async (file) => {
    const result = await loadFile(path.join(SEEDS, file));
    expect(result).toEqual({ ok: true, sheets: [gridFromTsv(file.replace(/\.txt$/, ""), fs.readFileSync(path.join(SEEDS, file), "utf8"))] });
  });
});
