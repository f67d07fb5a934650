/**
 * One contract for WorkbookPort, run against every host: the memory adapter (the reference), the Office.js adapter
 * over the strict fake Excel, and the WPS adapter over the fake ET model (two builds). The same actions on seeds 000
 * and 004 must leave the same workbook in each (normalised dump: visible sheets in order, values, formulas, fills),
 * and the same assertions hold for every host. readFormulas/writeCells/drop-down lists are checked for a host once
 * its adapter has them. Settings (review state of a few hundred KB included) are checked over the .xlsx adapter too, and
 * so are a form's layout (merges, number formats, page breaks) and a paper sheet's print setup.
 */
import { findingMessages } from "../../src/i18n";
import { clearMarks, runCheck, splitIndicators } from "../../src/actions/actions";
import { makeSelfEvaluation } from "../../src/actions/selfeval-actions";
import { applySubtotalFormulas, insertProjectTemplate, planSubtotalFormulas } from "../../src/actions/template-actions";
import { DEFAULT_RULES, DETAIL_HEADER, highlightsFor, reviewSheet, type Grid } from "../../src/core";
import { seedGrid } from "../support/seeds";
import { seed000Review } from "../core/review/review-sheet.fixture";
import { HOSTS, Host, Norm, SETTINGS_HOSTS, SettingsHost } from "./contract/hosts";
import { LAYOUT_HOSTS, LayoutHost, NormLayout } from "./contract/layout-hosts";
import { PRINT_HOSTS } from "./contract/print-hosts";
import { typedSeed } from "../support/templates";

const seed = (prefix: string): Grid => ({ ...seedGrid(prefix), name: "Sheet1" });
const hostNames = Object.keys(HOSTS);

/** Without drop-down lists, for comparing with a host that cannot write them yet. */
const plain = (n: Norm): Norm => ({ ...n, sheets: n.sheets.map(({ validations: _v, ...s }) => s) });
const sheetOf = (n: Norm, name: string) => n.sheets.find((s) => s.name === name);
const fillsOf = (n: Norm, name: string) => Object.fromEntries(Object.entries(sheetOf(n, name)!.cells).flatMap(([a, c]) => (c.fill ? [[a, c.fill]] : [])));

/** Run `script` on a host and on the memory reference; every checkpoint's dump must be equal. */
async function alongside(name: string, grids: Grid[], script: (h: Host, mark: (label: string) => void) => Promise<void>): Promise<Host> {
  const states = new Map<string, Norm[]>();
  const run = async (factory: (g: Grid[]) => Host): Promise<Host> => {
    const h = factory(grids);
    try {
      await script(h, (label) => states.set(label, [...(states.get(label) ?? []), h.norm()]));
      return h;
    } finally {
      h.done();
    }
  };
  const ref = await run(HOSTS.memory);
  const host = name === "memory" ? ref : await run(HOSTS[name]);
  for (const [label, [expected, actual]] of states) {
    if (!actual) continue;
    const [e, a] = host.full ? [expected, actual] : [plain(expected), plain(actual)];
    expect({ label, state: a }).toEqual({ label, state: e });
  }
  return host;
}

describe.each(["000", "004"])("seed %s", (prefix) => {
  it.each(hostNames)("%s: 拆分指标, 一键校验, 清除标记 and template rows leave the same workbook as the reference", async (name) => {
    await alongside(name, [seed(prefix)], async (h, mark) => {
      h.fill("Sheet1", "A1", "#00B050"); // a user's own colours, on and off the checked cells
      h.fill("Sheet1", "G12", "#0070C0");
      const start = h.norm();
      mark("start");

      const split = await splitIndicators(h.port, { message: findingMessages() });
      if (!split.ok) throw new Error(split.code);
      expect(split.value.sheet).toBe("指标明细");
      const detail = h.norm();
      expect(detail.active).toBe("指标明细");
      expect(sheetOf(detail, "指标明细")!.cells.A1).toEqual({ v: DETAIL_HEADER[0] });
      expect(Object.keys(sheetOf(detail, "指标明细")!.cells).filter((a) => /^A\d+$/.test(a))).toHaveLength(split.value.indicators + 1);
      mark("split");

      await h.port.select("Sheet1", "A1");
      const check = await runCheck(h.port, { message: findingMessages() });
      if (!check.ok) throw new Error(check.code);
      const marks = highlightsFor(check.value.findings);
      expect(marks.length).toBeGreaterThan(10);
      const checked = h.norm();
      expect(fillsOf(checked, "Sheet1")).toEqual({ ...fillsOf(start, "Sheet1"), ...Object.fromEntries(marks.map((m) => [m.address, m.color])) });
      expect(checked.active).toBe("Sheet1");
      expect(checked.sheets.map((s) => s.name)).toEqual(["Sheet1", "指标明细", "校验结果"]);
      mark("check");

      // A second run refreshes 校验结果 in place and colours the same cells: a re-run clears first.
      const again = await runCheck(h.port, { message: findingMessages() });
      expect(again.ok && again.value.resultSheet).toBe("校验结果");
      expect(h.norm()).toEqual(checked);

      // Template rows go in above row 10: everything below (marks included) moves down, and is restored there.
      await h.port.insertRows("Sheet1", 10, [["（新增项目）", "1.00", null, null, "1.00"], ["", { formula: "=1+1" }]]);
      mark("insert");
      expect(await clearMarks(h.port)).toEqual({ ok: true, value: { restored: marks.length } });
      const cleared = h.norm();
      expect(fillsOf(cleared, "Sheet1")).toEqual({ A1: "#00B050", G14: "#0070C0" });
      mark("clear");
      expect(await clearMarks(h.port)).toEqual({ ok: true, value: { restored: 0 } });
      expect(sheetOf(start, "Sheet1")!.cells.A1).toEqual(sheetOf(cleared, "Sheet1")!.cells.A1);
    });
  });
});

describe.each(["000", "004"])("seed %s, template actions", (prefix) => {
  it.each(hostNames)("%s: 插入项目模板 and the confirmed SUM formulas leave the same workbook as the reference", async (name) => {
    if (!HOSTS[name]([seed(prefix)]).full) return; // needs readFormulas/writeCells: checked once the adapter has them
    await alongside(name, [seed(prefix)], async (h, mark) => {
      await h.port.select("Sheet1", "A20");
      const inserted = await insertProjectTemplate(h.port, { count: 2 });
      mark(`insert ${JSON.stringify(inserted)}`);
      const plan = await planSubtotalFormulas(h.port, { sheet: "Sheet1" });
      if (!plan.ok) return mark(`plan ${plan.code}`);
      const applied = await applySubtotalFormulas(h.port, plan.value);
      mark(`sums ${JSON.stringify(applied)}`);
      const formulas = await h.port.readFormulas("Sheet1");
      for (const e of plan.value.entries) expect(formulas[e.address]).toBe(e.formula);
    });
  });
});

describe.each(hostNames)("%s", (name) => {
  const probe = HOSTS[name]([{ name: "Sheet1", rows: [["a"]] }]);
  probe.done();
  const full = probe.full ? it : it.skip;

  it("writes text as text, error values as errors, numbers as numbers", async () => {
    const tricky = [["=SUM(A1:A9)", "+86 20 1234", "-5%", "@home", "001", "TRUE", "1/2", 5, true, { error: "#REF!" }]];
    await alongside(name, [{ name: "Sheet1", rows: [["a"]] }], async (h, mark) => {
      await h.port.addSheet({ name: "Out", rows: [...tricky, ...tricky], textColumns: [0, 2, 4] });
      expect((await h.port.readSheet("Out")).rows.slice(0, 2)).toEqual([...tricky, ...tricky]);
      mark("written");
    });
  });

  it("names new sheets without overwriting and never refreshes a user's sheet", async () => {
    await alongside(name, [{ name: "Sheet1", rows: [["a"]] }, { name: "Out", rows: [["user data"]] }], async (h, mark) => {
      expect(await h.port.addSheet({ name: "Out", rows: [["x"]] })).toBe("Out (2)");
      expect(await h.port.refreshOwnedSheet({ name: "Result", rows: [["r1"]] })).toBe("Result");
      expect(await h.port.refreshOwnedSheet({ name: "Result", rows: [["r2"], ["more"]] })).toBe("Result");
      expect(await h.port.sheetNames()).toEqual(["Sheet1", "Out", "Out (2)", "Result"]);
      mark("sheets");
    });
  });

  it("moves the selection to a sheet it activates, as Excel does", async () => {
    await alongside(name, [{ name: "Sheet1", rows: [["a"]] }], async (h, mark) => {
      await h.port.addSheet({ name: "Out", rows: [["x"]], activate: true });
      expect((await h.port.getSelection()).sheet).toBe("Out");
      expect((await h.port.readActiveSheet()).name).toBe("Out");
      await h.port.refreshOwnedSheet({ name: "Result", rows: [["r"]], activate: true });
      expect((await h.port.getSelection()).sheet).toBe("Result");
      mark("activated");
    });
  });

  it("answers a missing sheet and a protected sheet with their codes, and keeps settings", async () => {
    const h = HOSTS[name]([{ name: "Sheet1", rows: [["a"]] }]);
    try {
      const code = (p: Promise<unknown>) => p.then(() => "no error", (e: { code?: string }) => e.code);
      expect(await code(h.port.readSheet("Nope"))).toBe("sheet-not-found");
      expect(await h.port.getSetting("k")).toBeNull();
      await h.port.setSetting("k", '{"roundingPerAddend":0}');
      expect(await h.port.getSetting("k")).toBe('{"roundingPerAddend":0}');
      expect(await h.port.sheetNames()).toEqual(["Sheet1"]);
    } finally {
      h.done();
    }
  });

  full("reads formulas and writes confirmed cells (text as text, formulas as formulas)", async () => {
    await alongside(name, [{ name: "Sheet1", rows: [["a", 1, 2]] }], async (h, mark) => {
      await h.port.writeCells("Sheet1", [
        { address: "D1", value: { formula: "=SUM(B1:C1)" } },
        { address: "A2", value: "=not a formula" },
        { address: "B2", value: "007" },
        { address: "A1", value: null },
      ]);
      expect(await h.port.readFormulas("Sheet1")).toEqual({ D1: "=SUM(B1:C1)" });
      mark("cells");
    });
  });

  full("writes drop-down lists for the data rows of a new sheet", async () => {
    await alongside(name, [{ name: "Sheet1", rows: [["a"]] }], async (h, mark) => {
      await h.port.addSheet({ name: "表", rows: [["级别", "名称"], ["一级", "x"]], validations: [{ column: 0, lastRow: 20, list: ["一级", "二级", "三级"] }] });
      mark("validations");
    });
  });
});

describe.each(Object.keys(PRINT_HOSTS))("%s print setup", (name) => {
  it("prints 审核意见 on A4 portrait, one page wide, with the title row, wrapped columns and bold headings; other sheets as before", async () => {
    const layout = reviewSheet(seed000Review());
    const h = PRINT_HOSTS[name]([{ name: "Sheet1", rows: [["a"]] }]);
    try {
      const spec = { name: "审核意见", rows: layout.rows, widths: layout.widths, textColumns: layout.textColumns, print: layout.print };
      const sheet = await h.port.refreshOwnedSheet(spec);
      expect(await h.print(sheet)).toEqual({
        paper: "A4", orientation: "portrait", oneWide: true, titleRows: "1:1", wrapColumns: layout.print.wrapColumns, boldRows: layout.print.boldRows,
      });
      expect(await h.print("Sheet1")).toBeNull();
      expect(await h.print(await h.port.addSheet({ name: "明细", rows: [["x", "y"]] }))).toBeNull();
      // Refreshed without print setup (an older caller): nothing of the paper layout is left.
      expect(await h.print(await h.port.refreshOwnedSheet({ ...spec, print: undefined }))).toBeNull();
    } finally {
      h.done();
    }
  });
});

describe.each(Object.keys(LAYOUT_HOSTS))("%s form layout", (name) => {
  /** A merged title, a code column kept as text, a merged label down two rows, rates, and a page after row 4. */
  const form = {
    name: "表",
    rows: [["项目支出绩效自评表", null, null], ["编码", "指标", "完成率"], ["001", "产出", 0.8523], [null, "效益", 1], ["002", "满意度", 0.9]],
    textColumns: [0],
    merges: ["A1:C1", "A3:A4"],
    numberFormats: { C3: "0.00%", C4: "0.00%", C5: "0.00%", A5: "0" },
    pageBreaks: [4],
  };
  /** What a host holds, without page breaks for a host that keeps none. */
  const expected = (layout: NormLayout, host: NormLayout): NormLayout => (host.pageBreaks ? layout : { merges: layout.merges, numberFormats: layout.numberFormats });

  /** `script` on a new host over one small sheet; always torn down. */
  const on = async (script: (h: LayoutHost) => Promise<void>) => {
    const h = LAYOUT_HOSTS[name]([{ name: "Sheet1", rows: [["a"]] }]);
    try {
      await script(h);
    } finally {
      h.done();
    }
  };

  it("merges, formats and breaks a form's pages as asked, its text column staying text", async () => {
    await on(async (h) => {
      const sheet = await h.port.addSheet(form);
      const written = await h.layout(sheet);
      expect(written).toEqual(expected({
        merges: ["A1:C1", "A3:A4"],
        numberFormats: { A1: "@", A2: "@", A3: "@", A5: "0", C3: "0.00%", C4: "0.00%", C5: "0.00%" },
        pageBreaks: [4],
      }, written));
      expect((await h.port.readSheet(sheet)).rows.map((r) => r[0] ?? null)).toEqual(["项目支出绩效自评表", "编码", "001", null, "002"]);
    });
  });

  // Every host, the .xlsx one included: ExcelJS reads a merged title's value into every cell of the area, and the
  // sheet must still be known for ours (not a user's, which a refresh would leave alone and write "表 (2)" beside).
  it("replaces a form's merges, formats and page breaks when it refreshes the sheet", async () => {
    await on(async (h) => {
      const sheet = await h.port.refreshOwnedSheet(form);
      const written = await h.layout(sheet);
      expect(await h.port.refreshOwnedSheet({ ...form, merges: ["B2:C2"], numberFormats: { B5: "0.0" }, pageBreaks: [2] })).toBe(sheet);
      expect(await h.layout(sheet)).toEqual(expected({
        merges: ["B2:C2"],
        numberFormats: { A1: "@", A2: "@", A3: "@", A4: "@", A5: "@", B5: "0.0" },
        pageBreaks: [2],
      }, written));
    });
  });

  it("lays out 从目标表生成自评表 for seed 000 as the memory adapter does: every merge and rate format, a page per project", async () => {
    const make = async (host: string) => {
      const h = LAYOUT_HOSTS[host]([typedSeed("000")]);
      try {
        const r = await makeSelfEvaluation(h.port, { shape: "anhui", rules: DEFAULT_RULES });
        if (!r.ok) throw new Error(r.code);
        return { layout: await h.layout(r.value.sheet), blocks: r.value.blocks.length };
      } finally {
        h.done();
      }
    };
    const ref = await make("memory");
    const got = await make(name);
    expect(got.layout.merges.length).toBeGreaterThan(100);
    expect({ merges: got.layout.merges, numberFormats: got.layout.numberFormats }).toEqual(ref.layout);
    if (got.layout.pageBreaks) expect(got.layout.pageBreaks).toHaveLength(got.blocks - 1);
  });
});

/**
 * 200,000 characters of review-state JSON: Chinese text, an emoji across the first 32,000-character boundary, and
 * text a spreadsheet would re-read as something else (formulas, numbers, a leading quote, edge spaces).
 */
function reviewState(length = 200_000): string {
  let s = `${"审".repeat(31_999)}😀`;
  for (let i = 0; s.length < length - 40; i++) s += ` {"k":${i},"v":"=SUM(A1) '001 接受 ok"}  `;
  return `${s}${"尾".repeat(length - s.length)}`;
}

describe.each(Object.keys(SETTINGS_HOSTS))("%s settings", (name) => {
  const sheet = { name: "Sheet1", rows: [["a", 1], ["b", 2], ["c", 3]] };
  /** `script` on a new host; always torn down. */
  const on = async (script: (h: SettingsHost) => Promise<void>) => {
    const h = SETTINGS_HOSTS[name]([sheet]);
    try {
      await script(h);
    } finally {
      h.done();
    }
  };

  it("keeps a 200,000-character setting exactly, Chinese text and an emoji on a cell boundary included", async () => {
    const value = reviewState();
    expect(value).toHaveLength(200_000);
    await on(async (h) => {
      await h.port.setSetting("perftarget.review", value);
      expect(await h.port.getSetting("perftarget.review")).toBe(value);
      expect(await (await h.reopen()).getSetting("perftarget.review")).toBe(value);
      expect(await h.port.sheetNames()).toEqual(["Sheet1"]);
    });
  });

  it("leaves nothing of a long value when a short one replaces it, and the other way round", async () => {
    await on(async (h) => {
      await h.port.setSetting("perftarget.review", reviewState());
      await h.port.setSetting("perftarget.review", "{}");
      expect(await (await h.reopen()).getSetting("perftarget.review")).toBe("{}");
      await h.port.setSetting("perftarget.review", reviewState(70_000));
      await h.port.setSetting("perftarget.review", "");
      expect(await (await h.reopen()).getSetting("perftarget.review")).toBe("");
      await h.port.setSetting("perftarget.review", reviewState(100_000));
      expect(await (await h.reopen()).getSetting("perftarget.review")).toBe(reviewState(100_000));
    });
  });

  it("keeps two keys independent, values that look like formulas and numbers as they are", async () => {
    await on(async (h) => {
      const tricky = ["=1+1", " 001 ", "'quoted", "TRUE", "-5%"];
      await h.port.setSetting("perftarget.review", reviewState());
      await h.port.setSetting("perftarget.settings", tricky[0]);
      for (const v of tricky) {
        await h.port.setSetting("perftarget.settings", v);
        const again = await h.reopen();
        expect([await again.getSetting("perftarget.settings"), await again.getSetting("perftarget.review")]).toEqual([v, reviewState()]);
      }
      await h.port.setSetting("perftarget.review", "{}");
      expect(await (await h.reopen()).getSetting("perftarget.settings")).toBe(tricky[tricky.length - 1]);
      expect(await h.port.getSetting("nothing")).toBeNull();
    });
  });

  it("does not disturb remembered fills or the product's own sheets, nor they the settings", async () => {
    await on(async (h) => {
      const marks = [{ address: "A2", color: "#FFC7CE" }, { address: "B3", color: "#FFEB9C" }];
      await h.port.setSetting("perftarget.review", reviewState(50_000));
      await h.port.highlight("Sheet1", marks);
      expect(await h.port.refreshOwnedSheet({ name: "Result", rows: [["r1"]] })).toBe("Result");
      await h.port.setSetting("perftarget.review", reviewState(120_000));
      await h.port.setSetting("perftarget.settings", "{}");
      await h.port.highlight("Sheet1", [{ address: "C1", color: "#FFC7CE" }]);
      await h.port.setSetting("perftarget.review", "short");
      const port = await h.reopen();
      // Still ours: refreshed in place, not a new "Result (2)"; every remembered fill is still restorable.
      expect(await port.refreshOwnedSheet({ name: "Result", rows: [["r2"]] })).toBe("Result");
      expect(await port.clearHighlights("Sheet1")).toBe(3);
      expect([await port.getSetting("perftarget.review"), await port.getSetting("perftarget.settings")]).toEqual(["short", "{}"]);
      expect(await port.sheetNames()).toEqual(["Sheet1", "Result"]);
    });
  });
});
