/** `perftarget check --rules` and `perftarget rules`: another rule set, named in the output; a bad file checks nothing. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../support/cli";
import { CheckJsonSchema } from "../../src/core";
import { seedFile } from "../support/seeds";


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-rules-"));
const write = (name: string, text: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

describe("perftarget rules", () => {
  it("lists the built-in rule sets with their versions", async () => {
    const r = await run("rules", "--list");
    expect(r.code).toBe(0);
    expect(r.out).toBe("广州市-2025\t2025.1\n广州市-2021前\t2021.1\n自评-反向比值法\t2026.1\n");
  });

  it("exports a built-in rule set as a file that check --rules accepts", async () => {
    const exported = await run("rules", "--export", "广州市-2021前");
    expect(exported.code).toBe(0);
    const file = write("old.json", exported.out);
    const r = await run("check", seedFile("000"), "--rules", file, "--json");
    const j = CheckJsonSchema.parse(JSON.parse(r.out));
    expect(j.rules).toEqual({ name: "广州市-2021前", version: "2021.1" });
    expect(j.findings.some((f) => f.code === "missing-cost")).toBe(false);
  });

  it("refuses to export an unknown rule set", async () => {
    const r = await run("rules", "--export", "北京市");
    expect(r.code).toBe(2);
    expect(r.err).toContain("广州市-2025");
  });
});

describe("perftarget check --rules", () => {
  it("uses the default rule set without --rules and names it in the readable header", async () => {
    const r = await run("check", seedFile("000"));
    expect(r.out.split("\n")[0]).toContain("规则集 广州市-2025（2025.1）");
    expect(r.out).toContain("没有成本指标");
    const j = CheckJsonSchema.parse(JSON.parse((await run("check", seedFile("000"), "--json")).out));
    expect(j.rules.name).toBe("广州市-2025");
  });

  it("takes a built-in rule set by name", async () => {
    const r = await run("check", seedFile("000"), "--rules", "builtin:广州市-2021前", "--lang", "en");
    expect(r.out.split("\n")[0]).toContain("rule set 广州市-2021前 (2021.1)");
    expect(r.out).not.toContain("has no cost indicator");
  });

  it("stops with exit 2 and one line per problem naming the field when the rule file is invalid, checking nothing", async () => {
    const good = JSON.parse((await run("rules", "--export", "广州市-2025")).out) as Record<string, unknown>;
    const file = write("bad.json", JSON.stringify({ ...good, satisfactionMin: 120, costRequired: 1 }));
    const r = await run("check", seedFile("000"), "--rules", file);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const lines = r.err.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^字段 costRequired：.* \/ field costRequired: /);
    expect(lines[2]).toMatch(/^字段 satisfactionMin：.* \/ field satisfactionMin: must be at most 100/);
  });

  it("stops with exit 2 on malformed JSON, a missing file or an unknown built-in", async () => {
    const bad = await run("check", seedFile("000"), "--rules", write("broken.json", '{"name": "x",'));
    expect([bad.code, bad.out]).toEqual([2, ""]);
    expect(bad.err).toContain("line 1, column 14");
    const missing = await run("check", path.dirname(seedFile("000")), "--rules", path.join(tmp, "nope.json"));
    expect([missing.code, missing.out]).toEqual([2, ""]);
    expect(missing.err).toContain("cannot read the rule-set file");
    expect((await run("check", seedFile("000"), "--rules", "builtin:nope")).code).toBe(2);
  });

  it("is refused for parse, which runs no checks", async () => {
    const r = await run("parse", seedFile("000"), "--rules", "builtin:广州市-2025");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--rules is for check and annotate only");
  });

  it("is used by annotate, which names it", async () => {
    const out = path.join(os.tmpdir(), `perftarget-rules-${process.pid}.xlsx`);
    const r = await run("annotate", seedFile("000"), "-o", out, "--rules", "builtin:广州市-2021前");
    fs.rmSync(out, { force: true });
    expect(r.out).toContain("规则集 广州市-2021前（2021.1）");
  });
});
