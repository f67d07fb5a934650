// WpsAdapter over the fake ET model: every WorkbookPort method, with the ET quirks it has to normalise.
import type { CellValue } from "../../../src/core";
import { PortError } from "../../../src/hosts/workbook.port";
import { MARKER, META_SHEET } from "../../../src/hosts/shared/perftarget-sheet";
import { readFills } from "../../../src/hosts/wps/et-fills";
import { WpsAdapter } from "../../../src/hosts/wps/wps.adapter";
import { EtQuirks, FakeEt, isMutation } from "../../../src/hosts/wps/testing/fake-et";

let fake: FakeEt;
const start = (rows: CellValue[][], quirks: EtQuirks = {}, more: { name: string; rows: CellValue[][] }[] = []) => {
  fake = FakeEt.fromGrids([{ name: "Sheet1", rows }, ...more], quirks);
  // A record sheet given here is one an earlier version wrote: very hidden, without the marker.
  if (more.some((s) => s.name === META_SHEET)) fake.sheet(META_SHEET).visible = 2;
  return new WpsAdapter({ app: fake.app });
};
const code = (p: Promise<unknown>) => p.then(() => "no error", (e: unknown) => (e instanceof PortError ? e.code : `not a PortError: ${String(e)}`));

describe("reading", () => {
  it("anchors the used range at A1, keeps error values apart from text, drops trailing empty rows", async () => {
    const port = start([[], [], [null, null, "x", 3], [null, null, { error: "#REF!" }, "#REF!"]]);
    fake.setFill("Sheet1", "E9", "#FFFF00"); // a fill alone widens ET's used range, not the values
    expect(await port.readSheet("Sheet1")).toEqual({ name: "Sheet1", rows: [[], [], [null, null, "x", 3, null], [null, null, { error: "#REF!" }, "#REF!", null]] });
  });

  it.each<[string, EtQuirks]>([
    ["null", {}],
    ['""', { empty: "" }],
    ["undefined", { empty: undefined }],
    ['"" with flat one-row answers', { empty: "", flatRows: true }],
  ])("reads one cell, one row and an empty sheet alike when empty cells come back as %s", async (_label, quirks) => {
    expect((await start([["only"]], quirks).readActiveSheet()).rows).toEqual([["only"]]);
    expect((await start([["a", null, "c"]], quirks).readActiveSheet()).rows).toEqual([["a", null, "c"]]);
    expect((await start([], quirks).readActiveSheet()).rows).toEqual([]);
  });

  it("reads a tall sheet in blocks of rows that together equal the sheet", async () => {
    const rows = Array.from({ length: 950 }, (_, i) => [`row ${i + 1}`, i, i % 7 ? null : "汉字"]);
    fake = FakeEt.fromGrids({ name: "Sheet1", rows });
    const { value, byMember } = await fake.counted(() => new WpsAdapter({ app: fake.app, blockRows: 100 }).readSheet("Sheet1"));
    expect(value.rows).toEqual(rows.map((r) => (r[2] === null ? r.slice(0, 2).concat([null]) : r)));
    expect(byMember["Range.Value2"]).toBe(10);
  });

  it("reports a missing sheet and lists names without its own memory sheet", async () => {
    const port = start([["a"]]);
    expect(await code(port.readSheet("Nope"))).toBe("sheet-not-found");
    await port.addSheet({ name: "Out", rows: [["x"]] });
    expect(fake.sheetNames()).toContain(META_SHEET);
    expect(fake.sheet(META_SHEET).visible).toBe(2);
    expect(await port.sheetNames()).toEqual(["Sheet1", "Out"]);
  });
});

describe("writing sheets", () => {
  it("adds a complete sheet: text formatted before it is written, links, frozen header, filter, widths, lists", async () => {
    const port = start([["a"]]);
    const rows = [["来源", "名称", "数值"], [{ formula: '=HYPERLINK("#\'Sheet1\'!A1","A1")' }, "001", 5]];
    const name = await port.addSheet({ name: "Out", rows, textColumns: [1], header: true, widths: [10, 20], validations: [{ column: 1, lastRow: 9, list: ["甲", "乙"] }], activate: true });
    expect(name).toBe("Out");
    expect(fake.cell("Out", "A2")).toMatchObject({ formula: '=HYPERLINK("#\'Sheet1\'!A1","A1")', value: "A1" });
    expect(fake.cell("Out", "B2")).toMatchObject({ value: "001", format: "@" });
    const d = fake.dump().sheets.find((s) => s.name === "Out")!;
    expect([d.frozenRows, d.autoFilter, d.widths, d.validations]).toEqual([1, "A1:C2", { 0: 10, 1: 20 }, [{ range: "B2:B9", list: ["甲", "乙"] }]]);
    expect(fake.activeSheet).toBe("Out");
    const order = fake.log.filter((c) => c.kind === "set" && (c.member === "NumberFormat" || c.member === "Value2")).map((c) => c.member);
    expect(order.slice(0, 2)).toEqual(["NumberFormat", "Value2"]);
  });

  it("leaves the user's sheet active unless asked, with DisplayAlerts off during the change and restored after", async () => {
    const port = start([["a"]]);
    await port.addSheet({ name: "Out", rows: [["x"]] });
    expect(fake.activeSheet).toBe("Sheet1");
    expect(fake.alerts).toEqual([false, true]);
    expect(fake.world.displayAlerts).toBe(true);
    fake.failOn(3);
    expect(await code(port.addSheet({ name: "Out", rows: [["x"]] }))).toBe("host-error");
    expect(fake.world.displayAlerts).toBe(true);
  });

  it("refreshes only a sheet it made, in its place, and never a user's sheet of that name", async () => {
    const port = start([["a"]], {}, [{ name: "校验结果", rows: [["my notes"]] }]);
    expect(await port.refreshOwnedSheet({ name: "校验结果", rows: [["序号"], ["1"]] })).toBe("校验结果 (2)");
    await port.addSheet({ name: "Later", rows: [["x"]] });
    expect(await port.refreshOwnedSheet({ name: "校验结果", rows: [["序号"], ["2"]] })).toBe("校验结果 (2)");
    expect(fake.sheetNames().filter((n) => n !== META_SHEET)).toEqual(["Sheet1", "校验结果", "校验结果 (2)", "Later"]);
    expect(fake.cell("校验结果", "A1").value).toBe("my notes");
    expect(fake.cell("校验结果 (2)", "A2").value).toBe("2"); // text stays text
    // The user replaces our sheet with their own of the same name: theirs is not ours to refresh.
    fake.sheet("校验结果 (2)").rows = [{ v: ["their header"] }];
    expect(await port.refreshOwnedSheet({ name: "校验结果", rows: [["序号"]] })).toBe("校验结果 (3)");
    expect(fake.cell("校验结果 (2)", "A1").value).toBe("their header");
  });

  it("refreshes a sheet whose first row was recorded with trailing tabs (as earlier versions stored it), or without", async () => {
    const made = (signature: string) =>
      start([["a"]], {}, [
        { name: "校验结果", rows: [["序号", "问题"]] },
        { name: META_SHEET, rows: [[null, null, null, null, null, "校验结果", signature]] },
      ]);
    for (const signature of ["序号\t问题\t\t", "序号\t问题"]) {
      const port = made(signature);
      expect(await port.refreshOwnedSheet({ name: "校验结果", rows: [["序号", "问题", null], ["1", "x"]] })).toBe("校验结果");
      expect(fake.sheetNames().filter((n) => n !== META_SHEET)).toEqual(["Sheet1", "校验结果"]);
      expect(fake.cell(META_SHEET, "G1").value).toBe("序号\t问题"); // recorded again without the trailing tabs
    }
  });

  it("writes text as text and error values as errors", async () => {
    const port = start([["a"]]);
    const tricky = ["=SUM(A1:A9)", "+86 20 1234", "-5%", "@home", "'quoted", "001", "TRUE", "1/2", "#REF!"];
    await port.addSheet({ name: "Out", rows: [tricky, [null, { error: "#N/A" }]], textColumns: [0, 2] });
    tricky.forEach((text, c) => expect({ text, cell: fake.cell("Out", `${String.fromCharCode(65 + c)}1`) }).toMatchObject({ text, cell: { value: text, formula: null } }));
    expect(fake.cell("Out", "B2").value).toEqual({ error: "#N/A" });
  });
});

describe("fills", () => {
  it("colours in BGR and restores each original exactly: no fill as no fill, white as white", async () => {
    const port = start([["a", "b", "c", "d"]]);
    fake.setFill("Sheet1", "B1", "#FFFFFF");
    fake.setFill("Sheet1", "C1", "#0070C0");
    await port.highlight("Sheet1", ["A1", "B1", "C1"].map((address) => ({ address, color: "#ffc7ce" })));
    expect(fake.sheet("Sheet1").rows[0]!.fill!.slice(0, 3)).toEqual([0xcec7ff, 0xcec7ff, 0xcec7ff]);
    await port.highlight("Sheet1", [{ address: "A1", color: "#FFEB9C" }]); // a re-run's colour is not an original
    expect(await port.clearHighlights("Sheet1")).toBe(3);
    expect(["A1", "B1", "C1", "D1"].map((a) => fake.cell("Sheet1", a).fill)).toEqual([null, "#FFFFFF", "#0070C0", null]);
    expect(await port.clearHighlights()).toBe(0);
  });

  it("reads originals by bisection: the same answer as cell by cell, in far fewer calls", async () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    start(Array.from({ length: 60 }, () => Array.from({ length: 8 }, () => "x")));
    fake.setFill("Sheet1", "A1:H2", "#DDEBF7"); // a coloured header
    for (let i = 0; i < 25; i++) fake.setFill("Sheet1", `${"ABCDEFGH"[Math.floor(rand() * 8)]}${3 + Math.floor(rand() * 58)}`, rand() < 0.5 ? "#FFFFFF" : "#00B050");
    const cells = Array.from({ length: 300 }, () => `${"ABCDEFGH"[Math.floor(rand() * 8)]}${1 + Math.floor(rand() * 60)}`);
    const ws = fake.app.ActiveSheet;
    const bisect = await fake.counted(() => readFills(ws, cells, "bisect"));
    const each = await fake.counted(() => readFills(ws, cells, "cell"));
    expect(bisect.value).toEqual(each.value);
    expect(bisect.calls).toBeLessThan(each.calls);
  });

  it("paints hundreds of scattered cells in address lists ET accepts (≤ 255 characters)", async () => {
    const port = start(Array.from({ length: 400 }, () => ["x", "y"]));
    const cells = Array.from({ length: 200 }, (_, i) => ({ address: `${i % 3 ? "A" : "B"}${i * 2 + 1}`, color: "#FFC7CE" }));
    const { calls } = await fake.counted(() => port.highlight("Sheet1", cells));
    expect(Object.values(fake.dump().sheets[0].cells).filter((c) => c.fill)).toHaveLength(200);
    expect(calls).toBeLessThan(200);
  });

  it("forgets the fills of a sheet that was deleted, and changes nothing when nothing is remembered", async () => {
    const port = start([["a"]], {}, [{ name: "Gone", rows: [["b"]] }]);
    await port.highlight("Gone", [{ address: "A1", color: "#FFC7CE" }]);
    fake.world.book.sheets = fake.world.book.sheets.filter((s) => s.name !== "Gone");
    expect(await port.clearHighlights()).toBe(0);
    const from = fake.log.length;
    expect(await port.clearHighlights()).toBe(0);
    // Only the application's switches are touched (and put back): nothing in the workbook.
    expect(fake.log.slice(from).filter((c) => isMutation(c) && c.type !== "Application")).toEqual([]);
  });
});

describe("rows, cells, selection, settings", () => {
  it.each<[string, EtQuirks]>([
    ["Rows.Item", {}],
    ["Range().EntireRow", { itemAddress: false }],
  ])("inserts whole rows through %s and moves remembered fills with their cells", async (_label, quirks) => {
    const port = start([["r1"], ["r2"], ["r3"]], quirks);
    await port.highlight("Sheet1", [{ address: "A3", color: "#FFC7CE" }]);
    await port.insertRows("Sheet1", 2, [["new", { formula: "=1+1" }], ["-x"]]);
    expect(fake.dump().sheets[0].cells).toMatchObject({ A1: { v: "r1" }, A2: { v: "new" }, B2: { f: "=1+1" }, A3: { v: "-x" }, A4: { v: "r2" }, A5: { v: "r3", fill: "#FFC7CE" } });
    expect(await port.clearHighlights()).toBe(1);
    expect(fake.cell("Sheet1", "A5").fill).toBeNull();
    expect(await code(port.insertRows("Sheet1", 0, [["x"]]))).toBe("host-error");
  });

  it("reads formulas (not text that starts with =) and writes confirmed cells", async () => {
    const port = start([["a", 1, 2]]);
    await port.addSheet({ name: "T", rows: [["=not a formula"]], textColumns: [0] });
    expect(await port.readFormulas("T")).toEqual({});
    await port.writeCells("Sheet1", [
      { address: "D1", value: { formula: "=SUM(B1:C1)" } },
      { address: "A2", value: "=text" },
      { address: "B2", value: "007" },
      { address: "A1", value: null },
    ]);
    expect(await port.readFormulas("Sheet1")).toEqual({ D1: "=SUM(B1:C1)" });
    expect([fake.cell("Sheet1", "A1").value, fake.cell("Sheet1", "A2").value, fake.cell("Sheet1", "B2").value]).toEqual([null, "=text", "007"]);
  });

  it("selects, and reports the selection with merged areas", async () => {
    const port = start([["a", "b"], ["c", "d"]], {}, [{ name: "Other", rows: [["x"]] }]);
    fake.merge("Other", "B2:C3");
    await port.select("Other", "B2:C3");
    expect(await port.getSelection()).toEqual({ sheet: "Other", row: 2, column: 2, rowCount: 2, columnCount: 2, merged: true });
    await port.select("Sheet1", "A1:B2");
    expect(await port.getSelection()).toEqual({ sheet: "Sheet1", row: 1, column: 1, rowCount: 2, columnCount: 2, merged: false });
    await expect(port.select("Sheet1", "not an address")).rejects.toThrow();
  });

  it("writes a long setting as the .xlsx and Excel adapters do: key in I, 32,000-character text pieces from J", async () => {
    const port = start([["a"]]);
    const value = "审核0123456789".repeat(7000); // 84,000 characters
    await port.setSetting("perftarget.review", value);
    await port.setSetting("perftarget.settings", "{}");
    const cell = (a: string) => fake.cell(META_SHEET, a);
    expect([cell("I1").value, cell("J1").value, cell("K1").value, cell("L1").value, cell("M1").value]).toEqual([
      "perftarget.review", value.slice(0, 32_000), value.slice(32_000, 64_000), value.slice(64_000), null,
    ]);
    expect([cell("I2").value, cell("J2").value, cell("K2").value, cell("L1").format]).toEqual(["perftarget.settings", "{}", null, "@"]);
    await port.setSetting("perftarget.review", "short");
    expect([cell("J1").value, cell("K1").value, cell("L1").value]).toEqual(["short", null, null]);
    expect(await port.getSetting("perftarget.settings")).toBe("{}");
  });

  it("keeps settings in the workbook, as text", async () => {
    const port = start([["a"]]);
    expect(await port.getSetting("k")).toBeNull();
    await port.setSetting("k", "=1+1");
    await port.setSetting("j", '{"a":1}');
    await port.setSetting("k", "001");
    expect([await port.getSetting("k"), await port.getSetting("j")]).toEqual(["001", '{"a":1}']);
    expect(fake.activeSheet).toBe("Sheet1");
  });
});

describe("a user's own sheet called _perftarget", () => {
  it("is never read as the product's records nor touched: ours goes to a very hidden _perftarget~2", async () => {
    const user = FakeEt.fromGrids([{ name: "Sheet1", rows: [["a"]] }, { name: META_SHEET, rows: [["Sheet1", "A1", "{bad", "#FFC000", null, null, null, null, "perftarget.review", "{mine}"]] }]);
    const wps = new WpsAdapter({ app: user.app });
    expect(await wps.sheetNames()).toEqual(["Sheet1", META_SHEET]);
    expect(await wps.getSetting("perftarget.review")).toBeNull();
    expect(await wps.clearHighlights()).toBe(0);
    await wps.setSetting("k", "v");
    expect(user.cell(META_SHEET, "I1").value).toBe("perftarget.review");
    expect(user.sheet(META_SHEET).visible).toBe(-1);
    expect(user.sheet(`${META_SHEET}~2`).visible).toBe(2);
    expect(user.cell(`${META_SHEET}~2`, "E1").value).toBe(MARKER);
    expect(await new WpsAdapter({ app: user.app }).getSetting("k")).toBe("v");
  });

  it("still finds ours in _perftarget~2 after the user deletes their own _perftarget", async () => {
    const user = FakeEt.fromGrids([{ name: "Sheet1", rows: [["a"]] }, { name: META_SHEET, rows: [["mine"]] }]);
    await new WpsAdapter({ app: user.app }).setSetting("k", "v");
    // The user's sheet goes (as if deleted in WPS); our record sheet stays behind under its ~2 name.
    user.world.book.sheets = user.world.book.sheets.filter((x) => x.name !== META_SHEET);
    expect(await new WpsAdapter({ app: user.app }).getSetting("k")).toBe("v");
  });
});
