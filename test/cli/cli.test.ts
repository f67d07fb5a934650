/** The CLI as a user runs it: readable tables, --json in the §11 shape, exit codes 0/1/2, no stack traces. */
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CheckJsonSchema, ParseJsonSchema } from "../../src/core";
import { run } from "../support/cli";
import { seedFile, seedText } from "../support/seeds";


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-cli-"));
const write = (name: string, data: string | Buffer) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, data);
  return p;
};

describe("perftarget parse", () => {
  it("prints the §11 JSON for seed 004, valid against the schema", async () => {
    const r = await run("parse", seedFile("004"), "--json");
    expect(r.code).toBe(0);
    const j = ParseJsonSchema.parse(JSON.parse(r.out));
    expect([j.layout, j.projects.length, j.indicators.length, j.moneyUnit]).toEqual(["A", 70, 404, "万元"]);
    expect(j.findings.find((f) => f.code === "recovered-item")?.message).toContain("缺少编号");
  });
  it("prints a readable table with Chinese headers by default and English on request", async () => {
    const zh = await run("parse", seedFile("001"));
    expect(zh.out).toContain("10 个项目，37 条指标");
    expect(zh.out).toContain("年度考核通过率");
    const en = await run("parse", seedFile("001"), "--lang", "en");
    expect(en.out).toContain("10 projects, 37 indicators");
  });
  it("exits 2 with one bilingual line on an empty file, a binary file, and a sheet that is no table", async () => {
    for (const [name, data] of [
      ["empty.txt", ""],
      ["binary.txt", Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 9, 0])],
      ["notable.tsv", "姓名\t电话\n张三\t123\n"],
      ["truncated.xlsx", Buffer.from("PK\u0003\u0004garbage")],
    ] as const) {
      const r = await run("parse", write(name, data));
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
      expect(r.err).not.toMatch(/at .*\.js:\d+/);
    }
  });
  it("reads an .xlsx with merged title cells and a #REF! amount, flagging the bad cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目表");
    seedText("000")
      .split("\n")
      .forEach((line, i) => {
        const row = ws.getRow(i + 1);
        line.split("\t").forEach((v, c) => {
          if (v !== "") row.getCell(c + 1).value = v;
        });
      });
    ws.mergeCells("A3:G3");
    ws.getCell("C12").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    const file = path.join(tmp, "ref.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run("check", file, "--json");
    const j = CheckJsonSchema.parse(JSON.parse(r.out));
    expect(j.findings.find((f) => f.code === "amount-not-number")).toMatchObject({ row: 12, column: "C", params: { text: "#REF!" } });
    expect(r.code).toBe(1);
  });
  it("rejects unknown options and a missing file name with usage text", async () => {
    expect((await run("parse")).code).toBe(2);
    expect((await run("parse", "x.txt", "--bogus")).err).toContain("unknown option");
  });
});

describe("perftarget check", () => {
  it("exits 0 on a table with only warnings and 1 when there is an error finding", async () => {
    expect((await run("check", seedFile("002"))).code).toBe(0);
    const r = await run("check", seedFile("000"), "--json");
    expect(r.code).toBe(1);
    expect(CheckJsonSchema.parse(JSON.parse(r.out)).summary.errors).toBeGreaterThan(0);
  });
  it("checks a folder and prints one row per file, or an array of reports with --json", async () => {
    const dir = path.dirname(seedFile("000"));
    const table = await run("check", dir);
    expect(table.out.split("\n").filter((l) => /^\d{3}_/.test(l))).toHaveLength(5);
    const j = JSON.parse((await run("check", dir, "--json")).out) as unknown[];
    expect(j.map((x) => CheckJsonSchema.parse(x).sheet)).toHaveLength(5);
  });
});

describe("the built CLI", () => {
  it("runs as `node lib/cli/main.js parse FILE --json` after the build", () => {
    const root = path.resolve(__dirname, "../..");
    if (!fs.existsSync(path.join(root, "lib/cli/main.js"))) execFileSync("npm", ["run", "-s", "build:cli"], { cwd: root });
    const r = spawnSync(process.execPath, [path.join(root, "lib/cli/main.js"), "parse", seedFile("003"), "--json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).indicators).toHaveLength(156);
    const bad = spawnSync(process.execPath, [path.join(root, "lib/cli/main.js"), "parse", path.join(root, "nope.xlsx")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
