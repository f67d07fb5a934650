/// <reference types="office-js" />
/**
 * The strict fake Excel behaves like office.js where the adapter's correctness depends on it. If the fake were lax,
 * the adapter tests would prove nothing.
 */
import { FakeExcel, MB } from "../../support/fake-excel";

let fake: FakeExcel;

function start(rows: (string | number | null)[][] = [["a", 1], ["b", 2]]): FakeExcel {
  fake = FakeExcel.fromGrids({ name: "Sheet1", rows }).install();
  return fake;
}

afterEach(() => fake?.uninstall());

const code = async (p: Promise<unknown>) => p.then(() => "no error", (e: { code?: string }) => e.code ?? String(e));

describe("the strict fake Excel", () => {
  it("throws PropertyNotLoaded until a property is loaded and synced", async () => {
    start();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => r.values).toThrow(/PropertyNotLoaded|not available/);
      r.load("values");
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([["a", 1], ["b", 2]]);
      expect(() => r.address).toThrow(/not available/);
    });
  });

  it("applies queued writes only at sync, in the order they were made", async () => {
    start();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["first"]];
      ws.getRange("A1").values = [["second"]];
      expect(fake.cell("Sheet1", "A1").value).toBe("a");
      await ctx.sync();
    });
    expect(fake.cell("Sheet1", "A1").value).toBe("second");
  });

  it("fails getItem with ItemNotFound at sync and gives a null object from getItemOrNullObject", async () => {
    start();
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItem("Nope");
      expect(missing).toBeDefined(); // no error until the batch runs
      expect(await code(ctx.sync())).toBe("ItemNotFound");
      const maybe = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => maybe.isNullObject).toThrow(/not available/);
      maybe.load("name");
      await ctx.sync();
      expect(maybe.isNullObject).toBe(true);
      // A child of a null object cannot be used, as in Excel.
      maybe.getRange("A1").values = [["x"]];
      expect(await code(ctx.sync())).toBe("InvalidObjectPath");
    });
  });

  it("shifts cells, formulas, fills and formats down when whole rows are inserted", async () => {
    start([["a"], ["b"], ["c"]]);
    fake.setFill("Sheet1", "A2", "#FF0000");
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A3").formulas = [["=HYPERLINK(\"#A1\",\"go\")"]];
      ws.getRange("A3").numberFormat = [["0.00"]];
      ws.getRange("2:3").insert(Excel.InsertShiftDirection.down);
      await ctx.sync();
    });
    expect(fake.values("Sheet1").map((r) => r[0] ?? null)).toEqual(["a", null, null, "b", "go"]);
    expect(fake.cell("Sheet1", "A4").fill).toBe("#FF0000");
    expect(fake.cell("Sheet1", "A5")).toMatchObject({ formula: "=HYPERLINK(\"#A1\",\"go\")", format: "0.00" });
    expect(fake.cell("Sheet1", "A2").filled).toBe(false);
  });

  it("reads no fill as #FFFFFF with pattern None, a fill as Solid, and clear() back to no fill", async () => {
    start();
    fake.setFill("Sheet1", "B1", "#FFEB9C");
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const a = ws.getRange("A1").format.fill.load("color,pattern");
      const b = ws.getRange("B1").format.fill.load("color,pattern");
      await ctx.sync();
      expect([a.color, a.pattern]).toEqual(["#FFFFFF", "None"]);
      expect([b.color, b.pattern]).toEqual(["#FFEB9C", "Solid"]);
      ws.getRange("B1").format.fill.clear();
      await ctx.sync();
    });
    expect(fake.cell("Sheet1", "B1")).toMatchObject({ fill: "#FFFFFF", filled: false });
  });

  it("parses strings written to General cells as Excel does, and keeps them as written in text cells", async () => {
    start([]);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B1:B6").numberFormat = [["@"]];
      const input = [["=1+2"], ["+86"], ["-x"], ["@home"], ["001"], ["'=kept"]];
      ws.getRange("A1:A6").values = input;
      ws.getRange("B1:B6").values = input;
      await ctx.sync();
    });
    const col = (c: string) => [1, 2, 3, 4, 5, 6].map((r) => fake.cell("Sheet1", `${c}${r}`));
    expect(col("A").map((x) => x.formula)).toEqual(["=1+2", null, "=-x", "=@home", null, null]);
    expect(col("A").map((x) => x.value)).toEqual([3, 86, { error: "#NAME?" }, { error: "#NAME?" }, 1, "=kept"]); // =1+2 computed, as Excel does
    expect(col("B").map((x) => x.value)).toEqual(["=1+2", "+86", "-x", "@home", "001", "'=kept"]);
    expect(col("B").every((x) => x.formula === null)).toBe(true);
  });

  it("rejects a getRanges address list over 8,192 characters", async () => {
    start();
    const long = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRanges(long).format.fill.color = "#FF0000";
      expect(await code(ctx.sync())).toBe("InvalidArgument");
      ctx.workbook.worksheets.getItem("Sheet1").getRanges(long.slice(0, 8000).replace(/,[^,]*$/, "")).format.fill.color = "#FF0000";
      await ctx.sync();
    });
    expect(fake.cell("Sheet1", "A1").fill).toBe("#FF0000");
  });

  it("refuses a cell text over 32,767 characters and applies nothing of its batch, as Excel does", async () => {
    start();
    const before = fake.dump();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("C1").values = [["x".repeat(32_767)]];
      ws.getRange("D1").values = [["x".repeat(32_768)]];
      expect(await code(ctx.sync())).toBe("InvalidArgument");
    });
    expect(fake.dump()).toEqual(before);
  });

  it("rejects a request over 5 MB and applies nothing of its batch", async () => {
    start();
    const before = fake.dump();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("C1").values = [["small"]];
      ws.getRange("A1:A3000").values = Array.from({ length: 3000 }, () => ["汉".repeat(600)]);
      expect(await code(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    });
    expect(fake.bytesPerSync[0]).toBeGreaterThan(5 * MB);
    expect(fake.dump()).toEqual(before);
  });

  it("rejects a response over 5 MB", async () => {
    start(Array.from({ length: 3000 }, () => ["汉".repeat(600)]));
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3000").load("values");
      expect(await code(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    });
  });

  it("refuses writes to a protected sheet with AccessDenied and applies nothing of the batch", async () => {
    start();
    fake.protect("Sheet1");
    const before = fake.dump();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Other");
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#FF0000";
      expect(await code(ctx.sync())).toBe("AccessDenied");
    });
    expect(fake.dump()).toEqual(before);
  });

  it("fails an injected sync and applies nothing of its batch, counting every sync", async () => {
    start();
    fake.failNextSync(2);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["one"]];
      await ctx.sync();
      ws.getRange("A2").values = [["two"]];
      expect(await code(ctx.sync())).toBe("GeneralException");
    });
    expect(fake.values("Sheet1").map((r) => r[0])).toEqual(["one", "b"]);
    expect(fake.syncCount).toBe(2);
    expect(fake.bytesPerSync).toHaveLength(2);
  });

  it("fails batches run without delayForCellEdit while the user is editing a cell", async () => {
    start();
    fake.cellEditMode = true;
    const touch = (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      return ctx.sync();
    };
    expect(await code(Excel.run(touch))).toBe("InvalidOperationInCellEditMode");
    expect(await code(Excel.run({ delayForCellEdit: true }, touch))).toBe("no error");
  });

  it("refuses a run that ends with work never synced", async () => {
    start();
    const run = Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["lost"]];
    });
    await expect(run).rejects.toThrow(/never synced/);
  });

  it("keeps a worksheet proxy on its sheet across a rename, and names new sheets uniquely", async () => {
    start();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const added = ctx.workbook.worksheets.add();
      added.load("name");
      await ctx.sync();
      expect(added.name).toBe("Sheet2");
      ws.name = "Renamed";
      ws.getRange("A1").values = [["still here"]];
      ctx.workbook.worksheets.add("renamed");
      expect(await code(ctx.sync())).toBe("ItemAlreadyExists");
      ws.name = "Renamed";
      ws.getRange("A1").values = [["still here"]];
      await ctx.sync();
    });
    expect(fake.cell("Renamed", "A1").value).toBe("still here");
  });

  it("reports the used range with its position, values only or with formats", async () => {
    start([[], [null, null, "x"]]);
    fake.setFill("Sheet1", "E9", "#FF0000");
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const values = ws.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex");
      const all = ws.getUsedRangeOrNullObject(false).load("address");
      await ctx.sync();
      expect([values.address, values.rowIndex, values.columnIndex]).toEqual(["Sheet1!C2", 1, 2]);
      expect(all.address).toBe("Sheet1!C2:E9");
    });
  });
});
