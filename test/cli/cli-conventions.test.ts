/** The CLI as people expect one: --version, --quiet, colours only on a terminal (NO_COLOR, --no-color), documented exit codes. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run, runWith } from "../support/cli";
import { seedFile } from "../support/seeds";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-conventions-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);

const VERSION = (JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
const ESC = "\x1b[";
/** Without its colour codes. */
const plain = (s: string) => s.split(ESC).map((part, i) => (i === 0 ? part : part.replace(/^[0-9;]*m/, ""))).join("");

describe("perftarget --version", () => {
  it.each([["--version"], ["-V"]])("`perftarget %s` prints the version in package.json and exits 0", async (flag) => {
    const r = await run(flag);
    expect([r.code, r.out.trim(), r.err]).toEqual([0, `perftarget ${VERSION}`, ""]);
  });
});

describe("the exit codes", () => {
  it("are listed in --help, 0 to 3, in Chinese and in English", async () => {
    const { out } = await run("--help");
    expect(out).toContain("退出码：0 正常；1 有错误级别的问题；2 有文件无法读取或用法错误；3 内部错误");
    expect(out).toContain("Exit codes: 0 fine; 1 an error finding; 2 an unreadable input or bad usage; 3 an internal error");
    expect(out.indexOf("退出码")).toBeLessThan(out.indexOf("Exit codes"));
  });

  it("are also under each command's own --help, with --quiet, --jobs and NO_COLOR explained", async () => {
    const { out } = await run("check", "--help");
    for (const word of ["退出码", "Exit codes", "--quiet", "--jobs N", "NO_COLOR"]) expect(out).toContain(word);
  });
});

describe("--quiet", () => {
  it("prints nothing at all for a table with error findings, and the exit code still says 1", async () => {
    for (const flag of ["--quiet", "-q"]) expect(await run("check", seedFile("003"), flag)).toEqual({ code: 1, out: "", err: "" });
  });

  it("keeps the reason on stderr when a file cannot be read (exit 2)", async () => {
    const bad = at("empty.txt");
    fs.writeFileSync(bad, "");
    const r = await run("check", bad, "-q");
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
  });

  it("on a folder, names only the files that could not be read, one line each, and prints no table", async () => {
    fs.mkdirSync(at("dir"));
    fs.copyFileSync(seedFile("001"), at("dir", "a.txt"));
    fs.writeFileSync(at("dir", "b.txt"), "");
    const r = await run("check", at("dir"), "--quiet");
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err.startsWith("b.txt: ")).toBe(true);
  });

  it("still writes the annotated workbook, saying nothing but the exit code (1: seed 001 has errors)", async () => {
    const out = at("quiet.xlsx");
    const r = await run("annotate", seedFile("001"), "-o", out, "-q");
    expect([r.code, r.out, r.err]).toEqual([1, "", ""]);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("works on compare and review as well", async () => {
    expect(await run("compare", seedFile("001"), seedFile("001"), "-q")).toEqual({ code: 0, out: "", err: "" });
    const r = await run("review", seedFile("001"), "-o", at("reviewed.xlsx"), "--quiet");
    expect([r.out, r.err]).toEqual(["", ""]);
  });

  it("is refused together with --json, and on parse, in both languages (exit 2)", async () => {
    expect(await run("check", seedFile("001"), "-q", "--json")).toEqual({ code: 2, out: "", err: "--quiet 与 --json 不能同时使用 / --quiet and --json cannot be used together\n" });
    expect((await run("compare", seedFile("001"), seedFile("001"), "-q", "--json")).code).toBe(2);
    const parse = await run("parse", seedFile("001"), "-q");
    expect([parse.code, parse.err.trim()]).toEqual([2, "--quiet 只用于 check, annotate, review, compare / --quiet is for check, annotate, review, compare only"]);
  });

  it("shows no progress bar", async () => {
    const updates: string[] = [];
    const progress = { update: (d: number, t: number, l: string) => void updates.push(`${d}/${t} ${l}`), end: () => undefined };
    fs.mkdirSync(at("progress"));
    fs.copyFileSync(seedFile("001"), at("progress", "a.txt"));
    await runWith({ progress }, "check", at("progress"), "-q");
    expect(updates).toEqual([]);
  });
});

describe("colours", () => {
  const table = seedFile("003");
  it("mark 错误 red and 警告 yellow when stdout is a terminal, and change nothing else", async () => {
    const tty = await runWith({ stdoutTTY: true, env: {} }, "check", table);
    expect(tty.out).toContain(`${ESC}31m错误${ESC}0m`);
    expect(tty.out).toContain(`${ESC}33m警告${ESC}0m`);
    expect(tty.out).not.toContain(`${ESC}31m提示`);
    expect(plain(tty.out)).toBe((await run("check", table)).out);
  });

  it("are never used in a pipe, with NO_COLOR set, with --no-color or with --json", async () => {
    for (const r of [
      await run("check", table),
      await runWith({ stdoutTTY: true, env: { NO_COLOR: "1" } }, "check", table),
      await runWith({ stdoutTTY: true, env: {} }, "check", table, "--no-color"),
      await runWith({ stdoutTTY: true, env: {} }, "check", table, "--json"),
      await runWith({ stdoutTTY: true, env: {} }, "parse", table, "--json"),
    ]) {
      expect(r.out).not.toContain(ESC);
      expect(r.err).not.toContain(ESC);
    }
  });

  it("are used when NO_COLOR is set but empty, as no-color.org says", async () => {
    expect((await runWith({ stdoutTTY: true, env: { NO_COLOR: "" } }, "parse", seedFile("004"))).out).toContain(ESC);
  });
});
