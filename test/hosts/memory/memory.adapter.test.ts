/** The in-memory workbook behaves like Excel where the product relies on it. */
import { MemoryAdapter } from "../../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../../src/hosts/memory/memory.workbook";

describe("the memory adapter", () => {
  it("moves formula references when rows are inserted above them, on every sheet", async () => {
    const a = newSheet("表", [["x"], [1], [2], [3]]);
    a.formulas = { A5: "=SUM(A2:A4)", B1: "=A3" };
    const b = newSheet("汇总");
    b.formulas = { A1: "='表'!A4+表!A2" };
    const port = new MemoryAdapter(newWorkbook([a, b]));
    await port.insertRows("表", 3, [[9], [9]]);
    expect(await port.readFormulas("表")).toEqual({ A7: "=SUM(A2:A6)", B1: "=A5" });
    expect(await port.readFormulas("汇总")).toEqual({ A1: "='表'!A6+表!A2" });
  });
  it("leaves the workbook as it was when writing to a protected sheet fails", async () => {
    const s = newSheet("表", [["x"]]);
    s.protected = true;
    const port = new MemoryAdapter(newWorkbook([s]));
    const before = JSON.stringify(port.data);
    await expect(port.writeCells("表", [{ address: "A1", value: "y" }])).rejects.toMatchObject({ code: "sheet-protected" });
    await expect(port.insertRows("表", 1, [["y"]])).rejects.toMatchObject({ code: "sheet-protected" });
    expect(JSON.stringify(port.data)).toBe(before);
  });
});
