// A sheet that looks like a performance table but fits no layout: the CLI says which header words it found and
// which it missed, in both languages, exit 2 — never a silent empty result.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../support/cli";

it("names the header words found and missing when a performance-looking sheet fits no layout", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-nt-"));
  try {
    const file = path.join(dir, "表.txt");
    fs.writeFileSync(file, "项目支出绩效目标表\n项目名称\t绩效指标\n某项目\t\n");
    const r = await run("check", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("找到的表头词：项目名称");
    expect(r.err).toContain("缺少：一级指标");
    expect(r.err).toContain("Header words found: 项目名称");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
