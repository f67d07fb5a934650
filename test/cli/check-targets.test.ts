// `perftarget check SELFEVAL --targets TARGET_TABLE` (S10): a 绩效自评表's 年度指标值 held to the approved target table.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CheckJsonSchema } from "../../src/core";
import { run } from "../support/cli";

const SELF_EVAL = path.join(__dirname, "..", "variants", "s-anhui-guichi.tsv");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "targets-"));

/** The approved table as a columnar (layout D) target table: the self-evaluation's indicators and targets. */
const ROWS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "整治村庄数量", "≥12个"],
  ["", "", "垃圾清运量", "≥3000吨"],
  ["", "质量指标", "整治验收合格率", "100%"],
  ["", "时效指标", "项目完成及时率", "≥95%"],
  ["", "成本指标", "每村整治成本", "≤7.5万元"],
  ["效益指标", "社会效益指标", "农村人居环境改善", "明显改善"],
  ["", "生态效益指标", "生活垃圾无害化处理率", "≥90%"],
  ["", "可持续影响指标", "长效管护机制建立", "健全"],
  ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
];
function approved(file: string, edit: (rows: string[][]) => string[][] = (r) => r): string {
  const head = ["项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"];
  const rows = edit(ROWS.map(([l1, l2, l3, v], i) => [i === 0 ? "贵池区农村人居环境整治专项" : "", i === 0 ? "900000" : "", l1, l2, l3, v]));
  const p = path.join(dir, file);
  fs.writeFileSync(p, ["贵池区项目绩效目标表（2022年度）", "金额单位：元", head.join("\t"), ...rows.map((r) => r.join("\t"))].join("\n"));
  return p;
}

const s10 = (out: string) => CheckJsonSchema.parse(JSON.parse(out)).findings.filter((f) => f.code === "target-differs-from-approved" || f.code === "approved-indicator-missing");

describe("check SELFEVAL --targets", () => {
  it("finds nothing when the self-evaluation carries the approved targets", async () => {
    const r = await run("check", SELF_EVAL, "--targets", approved("same.txt"), "--json");
    expect(r.err).toBe("");
    expect(s10(r.out)).toEqual([]);
  });

  it("warns on a target that differs from the approved one, naming both cells, and on an approved indicator left out", async () => {
    const file = approved("changed.txt", (rows) => {
      rows[1][5] = "≥3500吨";
      return [...rows, ["", "", "", "", "培训村级保洁员", "≥50人次"]];
    });
    const r = await run("check", SELF_EVAL, "--targets", file, "--json");
    const found = s10(r.out);
    expect(found.map((f) => [f.code, `${f.column ?? ""}${f.row}`, f.severity])).toEqual([
      ["approved-indicator-missing", "3", "warning"],
      ["target-differs-from-approved", "E14", "warning"],
    ]);
    expect(found[1].message).toContain("≥3500吨");
    expect(found[1].message).toContain("（E5）");
  });

  it("refuses --targets on a target table, a folder, or with another command, exit 2", async () => {
    const target = approved("t.txt");
    expect((await run("check", target, "--targets", target)).code).toBe(2);
    expect((await run("check", dir, "--targets", target)).err).toMatch(/^--targets 只用于检查单个自评表文件/);
    expect((await run("parse", SELF_EVAL, "--targets", target)).err).toContain("--targets 只用于 check");
    const notTable = path.join(dir, "no.txt");
    fs.writeFileSync(notTable, "姓名\t电话\n张三\t123\n");
    const r = await run("check", SELF_EVAL, "--targets", notTable);
    expect(r.code).toBe(2);
  });
});
