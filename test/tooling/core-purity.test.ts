import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const SCRIPT = path.resolve(__dirname, "../../scripts/check-core-purity.js");

interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the purity script on `root` (given as the argument, or as the cwd when `asCwd`). */
function runCheck(root: string, asCwd = false): RunResult {
  const args = asCwd ? [SCRIPT] : [SCRIPT, root];
  try {
    const stdout = execFileSync(process.execPath, args, {
      cwd: asCwd ? root : os.tmpdir(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, stdout, stderr: "" };
  } catch (e) {
    const err = e as { status?: number | null; stdout?: string; stderr?: string };
    return { status: err.status ?? -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

describe("scripts/check-core-purity.js", () => {
  let root: string;

  function write(rel: string, text: string): void {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-purity-"));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("fails on a Node built-in import and names file:line and specifier", () => {
    write("src/core/a.ts", 'export const x = 1;\nimport * as fs from "fs";\nexport const y = fs;\n');
    const r = runCheck(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("src/core/a.ts:2");
    expect(r.stderr).toContain('"fs"');
  });

  it("passes with only relative imports inside src/core and zod", () => {
    write("src/core/grid.ts", "export const g = 1;\n");
    write("src/core/rules/b.ts", 'export { g } from "../grid";\n');
    write(
      "src/core/a.ts",
      [
        'import { z } from "zod";',
        "import type {",
        "  g,",
        '} from "./grid";',
        'export * from "./rules/b";',
        '// import * as fs from "fs"; window.alert(1)',
        'const s = "process.env and require(\'os\')";',
        "export const schema = z.string();",
        "export const text = s;",
        "",
      ].join("\n"),
    );
    const r = runCheck(root);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("core purity: 3 files, 4 imports, OK");
  });

  it("defaults to the current directory when no root is given", () => {
    write("src/core/a.ts", 'import { z } from "zod";\nexport const s = z.string();\n');
    const r = runCheck(root, true);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("core purity: 1 files, 1 imports, OK");
  });

  it("catches type-only, multi-line, re-exported, required, dynamic and escaping imports", () => {
    write(
      "src/core/a.ts",
      [
        'import type { Workbook } from "exceljs";', // 1
        "import {", // 2
        "  readFileSync,", // 3
        '} from "node:fs";', // 4
        'export { host } from "../hosts/memory/host";', // 5
        'const os = require("os");', // 6
        'export const later = () => import("../cli/main");', // 7
        "export const v = os;", // 8
        "",
      ].join("\n"),
    );
    const r = runCheck(root);
    expect(r.status).toBe(1);
    for (const expected of [
      'a.ts:1  "exceljs"',
      'a.ts:4  "node:fs"',
      'a.ts:5  "../hosts/memory/host"',
      'a.ts:6  "os"',
      'a.ts:7  "../cli/main"',
    ]) {
      expect(r.stderr).toContain(expected);
    }
  });

  it("fails on host globals in code but not in comments or strings", () => {
    write(
      "src/core/a.ts",
      [
        "// window.alert and Office.context are fine in a comment",
        'export const s = "document.title";',
        "export const env = process.env.HOME;", // 3
        "export const w = () => window.innerWidth;", // 4
        "",
      ].join("\n"),
    );
    const r = runCheck(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('a.ts:3  global "process."');
    expect(r.stderr).toContain('a.ts:4  global "window."');
    expect(r.stderr).not.toContain("a.ts:1");
    expect(r.stderr).not.toContain("a.ts:2");
  });

  it("exits 2 when there is no src/core folder", () => {
    const r = runCheck(root);
    expect(r.status).toBe(2);
  });
});
