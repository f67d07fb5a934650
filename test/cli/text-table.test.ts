/** The CLI's plain-text tables stay printable however big the run is (issue 13). */
import { renderTable } from "../../src/cli/text-table";

describe("renderTable", () => {
  it("prints a table of 300,000 findings", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [String(i + 1), "B", "warning", `第 ${i + 1} 条`]);
    const text = renderTable(["行", "列", "级别", "说明"], rows);
    const lines = text.split("\n");
    expect(lines).toHaveLength(300_002);
    expect(lines[300_001]).toBe("300000  B   warning  第 300000 条");
  });

  it("prints one 50 MB cell clipped to its column", () => {
    const text = renderTable(["说明"], [["指".repeat(50 * 1024 * 1024)]], [10]);
    expect(text.split("\n")[2]).toBe("指指指指…");
  });

  it("lines up Chinese and Latin text by display width", () => {
    expect(renderTable(["名称", "n"], [["ab", "1"], ["项目甲", "22"]], [], [false, true])).toBe(["名称     n", "------  --", "ab       1", "项目甲  22"].join("\n"));
  });
});
