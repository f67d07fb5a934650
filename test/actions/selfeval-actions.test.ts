/** 从目标表生成自评表 over the in-memory workbook: the sheet written, its blocks, and the refusals. */
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_RULES, gridFromTsv } from "../../src/core";
import { makeSelfEvaluation } from "../../src/actions/selfeval-actions";
import { memoryPort, SHEET, typedSeed } from "../support/templates";

const D_TSV = fs.readFileSync(path.resolve(__dirname, "../variants/d-columnar.tsv"), "utf8");

it("seed 000: one 绩效自评表 sheet after the table, a block per project, formulas kept as formulas", async () => {
  const port = memoryPort(typedSeed("000"));
  const r = await makeSelfEvaluation(port, { shape: "anhui", rules: DEFAULT_RULES });
  if (!r.ok) throw new Error(r.code);
  expect(r.value.source).toBe(SHEET);
  expect(r.value.sheet).toBe("绩效自评表");
  expect(r.value.blocks).toHaveLength(22);
  expect(port.data.sheets.map((s) => s.name)).toEqual([SHEET, "绩效自评表"]);
  expect(port.data.active).toBe("绩效自评表");
  const sheet = port.data.sheets[1];
  const b = r.value.blocks[0];
  expect(sheet.values[0][0]).toBe("项目支出绩效自评表（\u3000\u3000\u3000\u3000年度）");
  expect(sheet.formulas[b.budget.score]).toMatch(/^=IF\(/);
  expect(sheet.formulas[b.total.score]).toMatch(/^=SUM\(/);
  expect(sheet.numberFormats[b.budget.rate]).toBe("0.00%");
  expect(sheet.merges).toContain("A1:H1");
  expect(sheet.print).toMatchObject({ paper: "A4", orientation: "landscape" });
  // The table itself is untouched.
  expect(port.data.sheets[0].values).toEqual(typedSeed("000").rows);
});

it("a named sheet, the Sichuan shape, the year given, and a second run beside the first", async () => {
  const grid = gridFromTsv("目标表", D_TSV);
  const port = memoryPort(grid);
  const first = await makeSelfEvaluation(port, { sheet: "目标表", shape: "sichuan", rules: DEFAULT_RULES, year: 2025 });
  const second = await makeSelfEvaluation(port, { sheet: "目标表", shape: "sichuan", rules: DEFAULT_RULES });
  expect(first.ok && second.ok && [first.value.sheet, second.value.sheet]).toEqual(["绩效自评表", "绩效自评表 (2)"]);
  expect(port.data.sheets[1].values[5][0]).toBe("预算执行情况(10分)");
});

it("refuses a sheet that is not a target table, and a missing sheet, writing nothing", async () => {
  const port = memoryPort({ name: "杂表", rows: [["姓名", "电话"], ["张三", "123"]] });
  expect(await makeSelfEvaluation(port, { shape: "anhui", rules: DEFAULT_RULES })).toMatchObject({ ok: false, code: "not-a-target-table" });
  expect(await makeSelfEvaluation(port, { sheet: "没有", shape: "anhui", rules: DEFAULT_RULES })).toMatchObject({ ok: false, code: "sheet-not-found" });
  expect(port.data.sheets).toHaveLength(1);
});

it("refuses a self-evaluation sheet (it is the output, not the input)", async () => {
  const port = memoryPort(gridFromTsv("目标表", D_TSV));
  const made = await makeSelfEvaluation(port, { shape: "anhui", rules: DEFAULT_RULES });
  if (!made.ok) throw new Error(made.code);
  const again = await makeSelfEvaluation(port, { sheet: made.value.sheet, shape: "anhui", rules: DEFAULT_RULES });
  expect(again).toMatchObject({ ok: false, code: "self-evaluation-sheet", detail: "绩效自评表" });
  expect(port.data.sheets).toHaveLength(2);
});
