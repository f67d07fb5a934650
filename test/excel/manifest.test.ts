/**
 * manifest.xml: valid against the Office add-in XSDs (offline, xmllint), every resid defined, every icon a PNG of
 * the size it is declared at, and every ExecuteFunction associated by src/excel/commands.ts.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const XSD_DIR = path.join(ROOT, "vendor/office-xsd"); // vendored: a clone has nothing beside it
// Comments dropped: they may mention elements (e.g. why there is no <Runtimes>).
const xml = fs.readFileSync(MANIFEST, "utf8").replace(/<!--[\s\S]*?-->/g, "");

/** Attributes of every element with this tag name (the manifest is small and regular: no XML library needed). */
function elements(tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<${tag.replace(".", "\\.")}\\b([^>]*)>`, "g"))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-16.png → assets/icon-16.png in the repository. */
function localFile(url: string): string {
  const p = new URL(url).pathname.replace(/^\//, "");
  return path.join(ROOT, p);
}

it("validates against the Office add-in manifest schemas (xmllint)", () => {
  const version = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (version.error) {
    throw new Error("xmllint is not installed: install libxml2-utils (apt-get install libxml2-utils), as .ci/run does, to validate manifest.xml");
  }
  const r = spawnSync("xmllint", ["--noout", "--schema", path.join(XSD_DIR, "OfficeAppManifestV1_1.xsd"), MANIFEST], { encoding: "utf8" });
  expect(r.stderr.trim()).toMatch(/manifest\.xml validates$/);
  expect(r.status).toBe(0);
});

it("asks for ReadWriteDocument only, on the Workbook host, with zh-CN as the default locale", () => {
  expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  expect(xml).toMatch(/<Host Name="Workbook"\/>/);
  expect(xml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
  expect(xml).not.toMatch(/<Runtimes>/);
});

it("defines every resid, and every string has an en-US override", () => {
  const defined = new Map<string, string>();
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) for (const e of elements(tag)) if (e.id) defined.set(e.id, e.DefaultValue);
  const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThan(10);
  for (const id of used) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
  for (const m of xml.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)) {
    expect({ id: m[1], override: /<bt:Override Locale="en-US" Value="[^"]+"\/>/.test(m[2]) }).toEqual({ id: m[1], override: true });
  }
  for (const tag of ["DisplayName", "Description"]) {
    expect(xml).toMatch(new RegExp(`<${tag} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>`));
  }
});

it("has a 绩效目标表 group with 打开助手, 一键校验 and 清除标记", () => {
  const strings = new Map(elements("bt:String").map((e) => [e.id, e.DefaultValue]));
  expect(strings.get("Group.Label")).toBe("绩效目标表");
  expect([...strings.values()]).toEqual(expect.arrayContaining(["打开助手", "一键校验", "清除标记"]));
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
});

it("points every icon at a PNG of its declared size", () => {
  const images = new Map(elements("bt:Image").filter((e) => e.id).map((e) => [e.id, e.DefaultValue]));
  const checks: { url: string; size: number }[] = [];
  for (const e of elements("bt:Image")) if (e.size) checks.push({ url: images.get(e.resid)!, size: Number(e.size) });
  for (const [tag, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) checks.push({ url: elements(tag)[0].DefaultValue, size });
  expect(new Set(checks.map((c) => c.size))).toEqual(new Set([16, 32, 64, 80]));
  for (const { url, size } of checks) {
    const file = localFile(url);
    expect({ file, exists: fs.existsSync(file) }).toEqual({ file, exists: true });
    expect({ file, ...pngSize(file) }).toEqual({ file, width: size, height: size });
  }
});

it("associates every ExecuteFunction in src/excel/commands.ts", () => {
  const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(names.sort()).toEqual(["clearMarks", "runCheck"]);
  const associated: string[] = [];
  (globalThis as any).Office = {
    onReady: (cb: () => void) => (cb(), Promise.resolve({ host: "Excel" })),
    actions: { associate: (name: string) => associated.push(name) },
  };
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/excel/commands");
    });
  } finally {
    delete (globalThis as any).Office;
  }
  for (const n of names) expect(associated).toContain(n);
});

it("serves the pane and the function file from the URLs the build produces", () => {
  const urls = new Map(elements("bt:Url").map((e) => [e.id, new URL(e.DefaultValue).pathname]));
  expect(urls.get("Taskpane.Url")).toBe("/taskpane.html");
  expect(urls.get("Commands.Url")).toBe("/commands.html");
  expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html"\/>/);
});
