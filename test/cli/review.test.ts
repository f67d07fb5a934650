/**
 * `perftarget review`: a review file is applied to the workbook's review state, 审核意见 is written, the state
 * travels with the output file; bad review files are refused naming the field, with nothing written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../support/cli";
import { parseReviewState, REVIEW_SETTING_KEY, REVIEW_SHEET } from "../../src/core";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { seedFile } from "../support/seeds";


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-review-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);
const write = (name: string, value: unknown) => (fs.writeFileSync(at(name), typeof value === "string" ? value : JSON.stringify(value)), at(name));

const REVIEW = {
  reviewer: "李审核",
  accept: [
    { code: "low-satisfaction", cell: "F25", reason: "热线满意度按市统一口径" },
    { code: "missing-cost", cell: "G12", reason: "管理经费，无可量化成本" },
  ],
  verdicts: [
    { project: "信息化项目管理经费", verdict: "退回", comment: "补充满意度指标" },
    { project: "配餐服务费", verdict: "通过" },
  ],
};

async function reopen(file: string): Promise<XlsxAdapter> {
  return XlsxAdapter.fromBytes(fs.readFileSync(file));
}

describe("perftarget review", () => {
  it("applies a review file, writes 审核意见, and keeps the review in the output file", async () => {
    const r = await run("review", seedFile("000"), "-o", at("000.reviewed.xlsx"), "--review", write("r.json", REVIEW), "--date", "2026-11-22");
    expect(r.err).toBe("");
    expect(r.code).toBe(1); // error findings are still open
    expect(r.out).toMatch(/规则集 广州市-2025（2025\.1）：未解决 \d+（错误 \d+，警告 \d+，提示 \d+），已接受 2，项目结论 2 个 → .*000\.reviewed\.xlsx（审核意见）/);
    const port = await reopen(at("000.reviewed.xlsx"));
    expect(await port.sheetNames()).toContain(REVIEW_SHEET);
    const state = parseReviewState(await port.getSetting(REVIEW_SETTING_KEY));
    expect(state.ok).toBe(true);
    const sheet = Object.values(state.state.sheets)[0];
    expect(sheet.accepted.map((a) => `${a.code}@${a.cell}:${a.who}`).sort()).toEqual(["low-satisfaction@F25:李审核", "missing-cost@G12:李审核"]);
    expect(sheet.verdicts.map((v) => `${v.name}:${v.verdict}`)).toEqual(["信息化项目管理经费:退回", "配餐服务费:通过"]);
    expect(sheet.rules).toEqual({ name: "广州市-2025", version: "2025.1" });
    const text = (await port.readSheet(REVIEW_SHEET)).rows.flat().join("\n");
    expect(text).toContain("补充满意度指标");
    expect(text).toContain("热线满意度按市统一口径");

    // The next reviewer runs it again without a file: the decisions are still there.
    const again = await run("review", at("000.reviewed.xlsx"), "-o", at("000.again.xlsx"), "--date", "2026-11-23");
    expect(again.out).toMatch(/已接受 2，项目结论 2 个/);
  });

  it("makes check list accepted findings apart, with their reasons, and leave them out of the summary", async () => {
    await run("review", seedFile("000"), "-o", at("for-check.xlsx"), "--review", write("r2.json", REVIEW));
    const plain = JSON.parse((await run("check", seedFile("000"), "--json")).out);
    const reviewed = JSON.parse((await run("check", at("for-check.xlsx"), "--json")).out);
    expect(reviewed.findings).toHaveLength(plain.findings.length - 2);
    expect(reviewed.accepted.map((f: { column: string; row: number; reason: string }) => `${f.column}${f.row}:${f.reason}`).sort()).toEqual(["F25:热线满意度按市统一口径", "G12:管理经费，无可量化成本"]);
    expect(reviewed.summary.warnings).toBe(plain.summary.warnings - 2);
    expect(plain.accepted).toBeUndefined();
    expect((await run("check", at("for-check.xlsx"))).out).toMatch(/（另有已接受 2 条）/);
  });

  it("records another rule set when one is given, and uses it on the next run", async () => {
    const r = await run("review", seedFile("000"), "-o", at("old.xlsx"), "--rules", "builtin:广州市-2021前");
    expect(r.out).toContain("规则集 广州市-2021前（2021.1）");
    const next = await run("annotate", at("old.xlsx"), "-o", at("old.annotated.xlsx"));
    expect(next.out).toContain("规则集 广州市-2021前（2021.1）");
    const checked = JSON.parse((await run("check", at("old.xlsx"), "--json")).out);
    expect(checked.rules).toEqual({ name: "广州市-2021前", version: "2021.1" });
    expect(JSON.parse((await run("check", at("old.xlsx"), "--json", "--rules", "builtin:广州市-2025")).out).rules.name).toBe("广州市-2025");
  });

  it.each([
    ["malformed JSON", "{\"accept\": [", /第 1 行第 \d+ 列/],
    ["a wrong type", { accept: "all" }, /字段 accept：类型错误：应为列表/],
    ["an unknown finding code", { accept: [{ code: "no-such-code", cell: "F25", reason: "x" }] }, /字段 accept\[0\]\.code：不认识的值/],
    ["a blank reason", { accept: [{ code: "low-satisfaction", cell: "F25", reason: " " }] }, /字段 accept\[0\]\.reason/],
    ["a finding the table does not raise", { accept: [{ code: "low-satisfaction", cell: "F12", reason: "x" }] }, /字段 accept\[0\]：本次校验在 F12 没有“low-satisfaction”问题/],
    ["an unknown project", { verdicts: [{ project: "不存在的项目", verdict: "通过" }] }, /字段 verdicts\[0\]\.project：表中没有项目“不存在的项目”/],
    ["an unknown verdict", { verdicts: [{ project: "配餐服务费", verdict: "同意" }] }, /字段 verdicts\[0\]\.verdict：不认识的值/],
  ])("refuses a review file with %s, naming the field, and writes nothing", async (_what, body, message) => {
    const out = at(`bad-${_what.replace(/\W+/g, "-")}.xlsx`);
    const r = await run("review", seedFile("000"), "-o", out, "--review", write("bad.json", body));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("asks for an output file", async () => {
    const r = await run("review", seedFile("000"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("perftarget review FILE -o OUT.xlsx");
  });
});
