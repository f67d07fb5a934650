/**
 * A form's layout (绩效自评表) through the WPS adapter, on the fake ET: merged areas, number formats by cell (next to the
 * text columns' `@`) and manual page breaks land on the new sheet. ET has no batching, so what is counted is bridge
 * calls: number formats cost one call pair per multi-area list, not per cell; each merge and each page break costs a
 * fixed pair of calls, and the values still go in one Value2. Page breaks are best effort like the page setup; a
 * failing merge or format rolls the write back.
 */
import { makeSelfEvaluation } from "../../../src/actions/selfeval-actions";
import { DEFAULT_RULES } from "../../../src/core";
import { cellRects, rectLists } from "../../../src/hosts/wps/et-addresses";
import { WpsAdapter } from "../../../src/hosts/wps/wps.adapter";
import { NewSheet, PortError } from "../../../src/hosts/workbook.port";
import { EtCall, EtQuirks, FakeEt, isMutation } from "../../../src/hosts/wps/testing/fake-et";
import { memoryPort, typedSeed } from "../../support/templates";
import { SMALL_FORM as form } from "../contract/layout-hosts";

function start(quirks: EtQuirks = {}, grid = typedSeed("000", "Sheet1")): { fake: FakeEt; port: WpsAdapter; logged: string[] } {
  const fake = FakeEt.fromGrids(grid, quirks);
  const logged: string[] = [];
  return { fake, port: new WpsAdapter({ app: fake.app, log: (m) => logged.push(m) }), logged };
}
const small = () => start({}, { name: "Sheet1", rows: [["a"]] });


/** `n` one-row merged titles, one per two-row block, each block's rate formatted and a page each: `n` projects. */
function manyBlocks(n: number): NewSheet {
  const rows = Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? [`项目 ${i / 2 + 1}`, null, null] : ["x", 1, 0.5]));
  return {
    name: "长表",
    rows,
    merges: Array.from({ length: n }, (_, k) => `A${2 * k + 1}:C${2 * k + 1}`),
    numberFormats: Object.fromEntries(Array.from({ length: n }, (_, k) => [`C${2 * k + 2}`, "0.00%"])),
    pageBreaks: Array.from({ length: n - 1 }, (_, k) => 2 * k + 2),
  };
}

const mergesOf = (fake: FakeEt, name: string) => fake.dump().sheets.find((s) => s.name === name)!.merges;

describe("a form through the WPS adapter", () => {
  it("merges every range of a new sheet, keeping each area's first cell", async () => {
    const { fake, port } = small();
    const name = await port.addSheet(form);
    expect(mergesOf(fake, name)).toEqual(["A1:D1", "A3:A4"]);
    expect([fake.cell(name, "A1").value, fake.cell(name, "A3").value]).toEqual(["项目支出绩效自评表", "001"]);
  });

  it("gives each listed cell its number format and keeps the text columns as text", async () => {
    const { fake, port } = small();
    const name = await port.addSheet(form);
    const format = (a: string) => fake.cell(name, a).format;
    expect(["C3", "C4", "C5", "D5"].map(format)).toEqual(["0.00%", "0.00%", "0.00%", "0.0"]);
    expect(["A1", "A2", "A3", "A4"].map(format)).toEqual(["@", "@", "@", "@"]);
    expect(["B3", "C2", "D3"].map(format)).toEqual(["General", "General", "General"]);
    expect(fake.cell(name, "A3")).toMatchObject({ value: "001", format: "@" });
    expect(fake.cell(name, "C3").value).toBe(0.8523);
    // A cell given its own format takes it over its column's text format, and "002" is still written as text.
    expect(fake.cell(name, "A5")).toMatchObject({ value: "002", format: "0" });
  });

  it("formats a listed cell outside the written rows too", async () => {
    const { fake, port } = small();
    const name = await port.addSheet({ ...form, numberFormats: { ...form.numberFormats, F9: "0.00%" } });
    expect(fake.cell(name, "F9")).toMatchObject({ value: null, format: "0.00%" });
  });

  it("ends a printed page after each given row", async () => {
    const { fake, port, logged } = small();
    const name = await port.addSheet({ ...form, pageBreaks: [4, 2, 4] });
    expect([fake.sheet(name).pageBreaks, logged]).toEqual([[2, 4], []]);
  });

  it("writes number formats one list at a time, a merge and a page break with two calls each, and the values in one Value2", async () => {
    const n = 300;
    const bare = small();
    const without = await bare.fake.counted(() => bare.port.addSheet({ ...manyBlocks(n), merges: undefined, numberFormats: undefined, pageBreaks: undefined }));
    const laid = small();
    const withLayout = await laid.fake.counted(() => laid.port.addSheet(manyBlocks(n)));
    const lists = rectLists(cellRects(Object.keys(manyBlocks(n).numberFormats!))).length;
    expect(lists).toBeLessThan(n / 20);
    const formatCalls = (c: { byMember: Record<string, number> }) => c.byMember["Range.NumberFormat"] ?? 0;
    expect(formatCalls(withLayout) - formatCalls(without)).toBe(lists);
    expect(withLayout.byMember["Range.Merge"]).toBe(n);
    expect([withLayout.byMember["Worksheet.HPageBreaks"], withLayout.byMember["HPageBreaks.Add"]]).toEqual([1, n - 1]);
    expect(withLayout.byMember["Range.Value2"]).toBe(without.byMember["Range.Value2"]);
    // Range + NumberFormat per list; Range + Merge per merge; HPageBreaks once, then Range + Add per break.
    expect(withLayout.calls - without.calls).toBe(2 * lists + 2 * n + 1 + 2 * (n - 1));
    expect([mergesOf(laid.fake, "长表").length, laid.fake.sheet("长表").pageBreaks.length]).toEqual([n, n - 1]);
  });

  it("replaces the old form's layout when it refreshes the sheet", async () => {
    const { fake, port } = small();
    await port.refreshOwnedSheet(form);
    const name = await port.refreshOwnedSheet({ ...form, merges: ["B2:C2"], numberFormats: {}, pageBreaks: [] });
    expect(name).toBe("表");
    expect([mergesOf(fake, name), fake.sheet(name).pageBreaks, fake.cell(name, "C3").format]).toEqual([["B2:C2"], [], "General"]);
    expect(fake.sheetNames()).toEqual(["Sheet1", "表", "_perftarget"]);
  });

  it.each<[string, EtQuirks, number[]]>([
    ["without HPageBreaks", { missing: ["HPageBreaks"] }, []],
    ["exposing HPageBreaks as a method, Count and Name too", { methods: ["HPageBreaks", "Count", "Name", "Row", "Column"], properties: ["Address"], itemAddress: false, empty: "" }, [4]],
  ])("a build %s gets the form with its merges and formats, and page breaks where it has them", async (_label, quirks, breaks) => {
    const { fake, port, logged } = start(quirks, { name: "Sheet1", rows: [["a"]] });
    const name = await port.addSheet(form);
    expect([mergesOf(fake, name), fake.cell(name, "C3").format, fake.sheet(name).pageBreaks]).toEqual([["A1:D1", "A3:A4"], "0.00%", breaks]);
    expect(logged).toEqual(breaks.length ? [] : [`WPS: print setup of "表" skipped (not in this build?): HPageBreaks`]);
  });

  it("writes the form when a page break fails, and leaves the workbook as it was when any other change fails", async () => {
    const workbookChange = (c: EtCall) => isMutation(c) && c.type !== "Application";
    const isBreak = (c: EtCall) => c.type === "HPageBreaks";
    const spec = { ...manyBlocks(4), textColumns: [0] };
    const probe = small();
    const from = probe.fake.log.length;
    await probe.port.addSheet(spec);
    const changes = probe.fake.log.slice(from).filter(workbookChange);
    expect([changes.filter(isBreak).length, changes.filter((c) => c.member === "Merge").length]).toEqual([3, 4]);
    for (let k = 1; k <= changes.length; k++) {
      const { fake, port, logged } = small();
      const before = fake.dump();
      fake.failOn(k, workbookChange);
      const r = await port.addSheet(spec).then(() => "written", () => "failed");
      if (isBreak(changes[k - 1])) {
        expect({ k, r, logged, breaks: fake.sheet("长表").pageBreaks.length }).toEqual({ k, r: "written", logged: [`WPS: print setup of "长表" skipped (not in this build?): HPageBreaks.Add`], breaks: 2 });
      } else {
        expect({ k, r, dump: fake.dump() }).toEqual({ k, r: "failed", dump: before });
      }
    }
  });

  it.each<[string, Partial<NewSheet>]>([
    ["a merge range that is not an A1 range", { merges: ["A:A"] }],
    ["a number format address that is not a cell", { numberFormats: { "C3:C4": "0.00%" } }],
    ["an empty number format", { numberFormats: { C3: "" } }],
    ["a page break after row 0", { pageBreaks: [0] }],
  ])("refuses %s before touching the workbook", async (_label, change) => {
    const { fake, port } = small();
    const from = fake.log.length;
    const error = await port.addSheet({ ...form, ...change }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).code).toBe("host-error");
    expect(fake.log.slice(from).filter((c) => isMutation(c) && c.type !== "Application")).toEqual([]);
  });

  it("writes 从目标表生成自评表 for seed 000 as the memory adapter keeps it: merges, rate formats, a page per project", async () => {
    const ref = memoryPort(typedSeed("000"));
    const made = await makeSelfEvaluation(ref, { shape: "anhui", rules: DEFAULT_RULES });
    if (!made.ok) throw new Error(made.code);
    const expected = ref.data.sheets[1];

    const { fake, port, logged } = start({}, typedSeed("000"));
    const r = await fake.counted(() => makeSelfEvaluation(port, { shape: "anhui", rules: DEFAULT_RULES }));
    if (!r.value.ok) throw new Error(r.value.code);
    const name = r.value.value.sheet;
    expect([...mergesOf(fake, name)].sort()).toEqual([...expected.merges].sort());
    for (const [a, f] of Object.entries(expected.numberFormats)) expect([a, fake.cell(name, a).format]).toEqual([a, f]);
    expect(fake.sheet(name).pageBreaks).toHaveLength(r.value.value.blocks.length - 1);
    for (const b of fake.sheet(name).pageBreaks) expect(fake.cell(name, `A${b + 2}`).value).toBe(fake.cell(name, "A1").value);
    // Merging lost no value: the sheet holds what the memory adapter holds.
    const kept = expected.values.flatMap((row, i) => row.flatMap((v, c) => (v == null ? [] : [[i, c, v]])));
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.map(([i, c]) => [i, c, fake.cell(name, `${String.fromCharCode(65 + (c as number))}${(i as number) + 1}`).value])).toEqual(kept);
    expect(r.value.value.blocks).toHaveLength(22);
    expect([r.byMember["Range.Merge"], r.byMember["HPageBreaks.Add"], r.byMember["Range.Value2"]]).toEqual([expected.merges.length, 21, 3]);
    expect(logged).toEqual([]);
  });
});
