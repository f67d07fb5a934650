// The web page's 对比 from a file: the other version's table sheet, or the loader's reason.
import { openWorkbook } from "../../src/hosts/xlsx/xlsx.open";
import { otherVersion } from "../../src/web/workbook/workbook-host";
import { seedText } from "../support/seeds";

const open = (name: string, bytes: Uint8Array) => otherVersion(name, () => openWorkbook(name, bytes));

describe("the other version from a file", () => {
  it("gives the table of a file as a grid", async () => {
    const r = await open("2025.txt", new TextEncoder().encode(seedText("000")));
    expect(r).toMatchObject({ ok: true, name: "2025.txt" });
    if (r.ok) expect(r.grid.rows.length).toBeGreaterThan(10);
  });

  it("gives the loader's code for a file it cannot read, and a damaged workbook's for one that throws", async () => {
    expect(await open("x.xlsx", new Uint8Array([0, 1, 2, 0, 0]))).toMatchObject({ ok: false, name: "x.xlsx" });
    expect(await otherVersion("y.xlsx", () => Promise.reject(new Error("zip")))).toEqual({ ok: false, name: "y.xlsx", code: "xlsx-corrupt" });
  });
});
