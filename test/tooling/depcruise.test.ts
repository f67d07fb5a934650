/**
 * The layer rules (.dependency-cruiser.js) catch what they say: a temporary tree laid out like src/, with the
 * project's config, and one planted import per rule. Each rule must name its planted file; the clean files pass.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

/** Files of the temporary tree: stubs that are fine, and one planted violation per rule. */
const STUBS: Record<string, string> = {
  "src/core/index.ts": 'export * from "./grid/grid";\n',
  "src/core/grid/grid.ts": 'import { z } from "zod";\nexport const g = z.string();\n',
  "src/hosts/workbook.port.ts": "export interface WorkbookPort { x: number }\n",
  "src/hosts/excel/excel.adapter.ts": 'import type { WorkbookPort } from "../workbook.port";\nexport type A = WorkbookPort;\n',
  "src/hosts/xlsx/xlsx.loader.ts": "export const load = 1;\n",
  "src/hosts/memory/memory.adapter.ts": "export const m = 1;\n",
  "src/hosts/excel/testing/fake-excel.ts": "export const fake = 1;\n",
  "src/i18n/index.ts": "export const t = 1;\n",
  "src/web/index.tsx": "export const w = 1;\n",
  "src/actions/fine.ts": 'import { g } from "../core";\nimport type { WorkbookPort } from "../hosts/workbook.port";\nexport const ok: [unknown, WorkbookPort?] = [g];\n',
  "src/hosts/file/file.loader.ts": 'import { load } from "../xlsx/xlsx.loader";\nexport const f = load;\n',
};

const PLANTED: [rule: string, file: string, text: string][] = [
  ["core-is-pure", "src/core/grid/planted-node.ts", 'import * as fs from "fs";\nexport const x = fs;\n'],
  ["core-is-pure", "src/core/grid/planted-react.ts", 'import * as React from "react";\nexport const x = React;\n'],
  ["core-is-pure", "src/core/grid/planted-climb.ts", 'import { t } from "../../i18n";\nexport const x = t;\n'],
  ["core-through-index", "src/cli/planted-deep.ts", 'import { g } from "../core/grid/grid";\nexport const x = g;\n'],
  ["adapter-no-sibling", "src/hosts/memory/planted-sibling.ts", 'import { load } from "../xlsx/xlsx.loader";\nexport const x = load;\n'],
  ["actions-no-ui", "src/actions/planted-i18n.ts", 'import { t } from "../i18n";\nexport const x = t;\n'],
  ["actions-port-only", "src/actions/planted-adapter.ts", 'import { m } from "../hosts/memory/memory.adapter";\nexport const x = m;\n'],
  ["pane-no-adapter", "src/taskpane/planted-adapter.ts", 'import { m } from "../hosts/memory/memory.adapter";\nexport const x = m;\n'],
  ["door-no-other-door", "src/cli/planted-door.ts", 'import { w } from "../web/index";\nexport const x = w;\n'],
  ["no-test-code-in-product", "src/taskpane/planted-fake.ts", 'import { fake } from "../hosts/excel/testing/fake-excel";\nexport const x = fake;\n'],
  ["no-circular", "src/actions/planted-loop-a.ts", 'import { b } from "./planted-loop-b";\nexport const a = () => b;\n'],
  ["file-loader-only-xlsx-loader", "src/hosts/file/planted-adapter.ts", 'import { m } from "../memory/memory.adapter";\nexport const x = m;\n'],
];

/** The other half of the planted loop (not cruised on its own). */
const LOOP_B = ["src/actions/planted-loop-b.ts", 'import { a } from "./planted-loop-a";\nexport const b = () => a;\n'] as const;

let dir: string;

function cruise(files: string[]): { status: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [CLI, ...files, "--config", ".dependency-cruiser.js", "--output-type", "err"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { status: 0, out };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { status: err.status ?? -1, out: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-layers-"));
  fs.copyFileSync(path.join(ROOT, ".dependency-cruiser.js"), path.join(dir, ".dependency-cruiser.js"));
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx", esModuleInterop: true } }));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  for (const [file, text] of [...Object.entries(STUBS), ...PLANTED.map(([, f, t]) => [f, t] as const), LOOP_B]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("passes the clean files: the core's own imports and zod, an action over the port, the file loader's xlsx loader", () => {
  expect(cruise(Object.keys(STUBS))).toMatchObject({ status: 0 });
});

it.each(PLANTED.map(([rule, file]) => [rule, file]))("%s names the planted import in %s", (rule, file) => {
  const r = cruise([file]);
  expect(r.status).not.toBe(0);
  expect(r.out).toMatch(new RegExp(`error ${rule}: ${file.replace(/[.]/g, "\\.")}`));
});
