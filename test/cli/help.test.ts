/** `perftarget --help` and friends, and how the one argument parser refuses what it does not know. */
import { CLI_SYNOPSIS } from "../../src/i18n/cli";
import { run } from "../support/cli";

const chineseThenEnglish = (text: string) => {
  expect(text.indexOf("用法：")).toBeGreaterThanOrEqual(0);
  expect(text.indexOf("Usage:")).toBeGreaterThan(text.indexOf("用法："));
};

describe("asking for help", () => {
  it.each([["--help"], ["-h"], ["help"]])("`perftarget %s` prints every command's usage, Chinese first, and exits 0", async (flag) => {
    const r = await run(flag);
    expect([r.code, r.err]).toEqual([0, ""]);
    chineseThenEnglish(r.out);
    for (const synopsis of Object.values(CLI_SYNOPSIS)) expect(r.out).toContain(synopsis);
  });

  it("`perftarget check --help` prints the usage of check only, and checks nothing", async () => {
    const r = await run("check", "--help");
    expect([r.code, r.err]).toEqual([0, ""]);
    chineseThenEnglish(r.out);
    expect(r.out).toContain(CLI_SYNOPSIS.check);
    expect(r.out).not.toContain(CLI_SYNOPSIS.review);
  });

  it.each([["template"], ["rules"], ["review"], ["annotate"], ["parse"]])("`perftarget %s -h` prints that command's usage", async (command) => {
    const r = await run(command, "-h");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`perftarget ${command}`);
  });

  it("`perftarget help review` is the same as `perftarget review --help`", async () => {
    expect((await run("help", "review")).out).toBe((await run("review", "--help")).out);
  });
});

describe("refusing arguments", () => {
  it("exits 2 on an unknown option with one bilingual line naming it", async () => {
    const r = await run("check", "x.xlsx", "--bogus");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("未知选项：--bogus / unknown option: --bogus");
  });

  it("names an unknown short option as it was typed", async () => {
    const r = await run("review", "x.xlsx", "-x");
    expect([r.code, r.err.trim()]).toEqual([2, "未知选项：-x / unknown option: -x"]);
  });

  it("exits 2 when an option's value is missing, saying what the value should be", async () => {
    const r = await run("parse", "x.xlsx", "--sheet");
    expect([r.code, r.err.trim()]).toEqual([2, "--sheet 需要工作表名称 / --sheet needs a sheet name"]);
  });

  it("refuses a value given to an option that takes none", async () => {
    const r = await run("check", "x.xlsx", "--json=yes");
    expect([r.code, r.err.trim()]).toEqual([2, "--json 不带值 / --json takes no value"]);
  });

  it("refuses an unknown command in one line", async () => {
    const r = await run("bogus", "x.xlsx");
    expect([r.code, r.err.trim()]).toEqual([2, "未知命令：bogus / unknown command: bogus"]);
  });

  it("still answers a bare `perftarget` with the usage on stderr and exit 2", async () => {
    const r = await run();
    expect(r.code).toBe(2);
    chineseThenEnglish(r.err);
  });

  it("accepts `rules --list` but not `--list` with `--export` together", async () => {
    expect((await run("rules", "--list")).code).toBe(0);
    const both = await run("rules", "--list", "--export", "x");
    expect(both.code).toBe(2);
    expect(both.err).toContain(CLI_SYNOPSIS.rules);
  });
});
