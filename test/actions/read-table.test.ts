/**
 * The one readTable: formula values are always filled in, so a subtotal made a SUM still reads as a subtotal on
 * the hosts that compute nothing (the in-memory workbook behind the web page, .xlsx files written by the product).
 * Issue 12's bug: seed 000, 插入项目模板, accept the SUM offer, 一键校验 → grand-total ×2, subtotal ×2 and an
 * unrecognized row that the unchanged table did not have.
 */
import { runCheck } from "../../src/actions/actions";
import { readTable } from "../../src/actions/read-table";
import { applySubtotalFormulas, insertProjectTemplate, planSubtotalFormulas } from "../../src/actions/template-actions";
import { DEFAULT_RULES, type Finding } from "../../src/core";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import type { WorkbookPort } from "../../src/hosts/workbook.port";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { findingMessages } from "../../src/i18n";
import { richWorkbook } from "../hosts/xlsx/xlsx.fixture";
import { memoryPort, typedSeed } from "../support/templates";

const MONEY_CODES = ["grand-total", "subtotal", "row-sum", "unrecognized-row"];
const message = findingMessages();

const ports: [string, () => WorkbookPort][] = [
  // Amounts typed as numbers, as Excel turns `12,993.72` on paste (SUM skips text, as spreadsheets do).
  ["the in-memory workbook", () => memoryPort(typedSeed("000"))],
  ["an .xlsx workbook", () => new XlsxAdapter(richWorkbook(typedSeed("000").rows))],
];

async function check(port: WorkbookPort): Promise<Finding[]> {
  const r = await runCheck(port, { message, sheet: "项目表" });
  if (!r.ok) throw new Error(r.code);
  return r.value.findings;
}

const moneyFindings = (fs: Finding[]) => fs.filter((f) => MONEY_CODES.includes(f.code)).map((f) => `${f.severity} ${f.code}`).sort();

describe.each(ports)("on %s", (_name, make) => {
  it("checks a table whose subtotals became SUM formulas without new money findings", async () => {
    const port = make();
    const before = moneyFindings(await check(port));
    await port.select("项目表", "A33");
    const inserted = await insertProjectTemplate(port, { count: 1 });
    expect(inserted.ok && inserted.value.firstRow).toBe(37);
    // The clerk types the new project's money; its 总计 is the template's formula.
    await port.writeCells("项目表", [{ address: "C37", value: 19.5 }]);
    if (!inserted.ok) throw new Error(inserted.code);
    const plan = await planSubtotalFormulas(port, { sheet: "项目表" });
    if (!plan.ok) throw new Error(plan.code);
    expect(plan.value.entries.map((e) => e.address)).toEqual(expect.arrayContaining(["B33", "C33"]));
    expect(await applySubtotalFormulas(port, plan.value)).toMatchObject({ ok: true });

    const after = moneyFindings(await check(port));
    // The SUMs reconcile exactly: every money finding left was there before (rounding warnings of the seed's rows).
    for (const f of after) expect(before).toContain(f);
    expect(after.filter((f) => f.startsWith("error"))).toEqual([]);
  });

  it("reads a formula the product wrote with its value", async () => {
    const port = make();
    await port.writeCells("项目表", [{ address: "H40", value: { formula: "=SUM(B34:B36)" } }]);
    const table = await readTable(port, DEFAULT_RULES, "项目表");
    if (!table.ok) throw new Error(table.code);
    const b = [34, 35, 36].map((r) => Number(table.value.grid.rows[r - 1][1]));
    expect(table.value.formulas).toEqual({}); // read only when asked for
    const withFormulas = await readTable(port, DEFAULT_RULES, "项目表", { formulas: true });
    expect(withFormulas.ok && withFormulas.value.formulas.H40).toBe("=SUM(B34:B36)");
    expect(table.value.grid.rows[39][7]).toBeCloseTo(b[0] + b[1] + b[2], 6);
  });
});

describe("readTable", () => {
  it("refuses the product's own sheets, whichever list they were on before", async () => {
    const port = new MemoryAdapter(newWorkbook([newSheet("审核意见", [["审核意见"]]), newSheet("校验结果 (2)", [["序号"]])]));
    expect(await readTable(port, DEFAULT_RULES, "审核意见")).toEqual({ ok: false, code: "own-sheet", detail: "审核意见" });
    expect(await readTable(port, DEFAULT_RULES, "校验结果 (2)")).toEqual({ ok: false, code: "own-sheet", detail: "校验结果 (2)" });
  });
});
