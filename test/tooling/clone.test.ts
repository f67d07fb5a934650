/**
 * A user's clone works on its own: the repository's tracked files, copied into a temporary folder with nothing
 * beside it (no neighbouring folder), run the tests that read files from disk — the manifest against the vendored XSDs, the
 * seed snapshots, the CLI's help. node_modules is linked in (what `npm ci` would install).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const TESTS = ["test/excel/manifest.test.ts", "test/core/sheet/seed-snapshots.test.ts", "test/cli/help.test.ts"];

let outer: string;
let clone: string;

beforeAll(() => {
  outer = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-clone-"));
  clone = path.join(outer, "perftarget");
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const f of files) {
    const from = path.join(ROOT, f);
    if (!fs.existsSync(from)) continue; // deleted in the working tree, not yet committed
    fs.mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
    fs.copyFileSync(from, path.join(clone, f));
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(clone, "node_modules"), "dir");
});

afterAll(() => fs.rmSync(outer, { recursive: true, force: true }));

/** Files under `dir` (relative paths). */
function walk(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : walk(full, base);
    return [path.relative(base, full)];
  });
}

/**
 * A path written relative to the file (`"../../x"` in an import or a string, or `"..", "..", "x"` as path.join
 * arguments) that, resolved from the file's folder, leaves the project: a neighbouring folder a clone has not got.
 */
function reachesOutside(file: string, text: string): boolean {
  const climbs = [...text.matchAll(/["'`]((?:\.\.\/)+)[\w.-]/g)].map((m) => m[1]);
  climbs.push(...[...text.matchAll(/((?:["']\.\.["']\s*,\s*)+)["'][\w.-]/g)].map((m) => "../".repeat(m[1].split(",").length - 1)));
  return climbs.some((ups) => !path.resolve(clone, path.dirname(file), ups, "x").startsWith(clone + path.sep));
}

it("has nothing beside the clone, and no file of the project reaches for a neighbouring folder", () => {
  expect(fs.readdirSync(outer)).toEqual(["perftarget"]);
  const offenders = ["src", "test", "scripts", ".ci"]
    .filter((d) => fs.existsSync(path.join(clone, d)))
    .flatMap((d) => walk(path.join(clone, d)).map((f) => path.join(d, f)))
    .filter((f) => f !== "test/tooling/clone.test.ts" && reachesOutside(f, fs.readFileSync(path.join(clone, f), "utf8")));
  expect(offenders).toEqual([]);
});

it("runs the tests that read the disk in the clone alone", () => {
  const r = spawnSync(process.execPath, [path.join(clone, "node_modules/jest/bin/jest.js"), "--ci", ...TESTS], { cwd: clone, encoding: "utf8" });
  expect({ status: r.status, tail: r.stderr.split("\n").filter((l) => /Tests:|✕|●/.test(l)) }).toMatchObject({ status: 0 });
}, 120_000);
