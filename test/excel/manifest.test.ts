/**
 * manifest.xml: `npm run validate` (scripts/validate-manifest.js: the vendored XSDs through xmllint, resids, icons,
 * URLs) passes and names what is wrong in a broken copy; the permissions, ribbon group and ExecuteFunctions hold.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
// Comments dropped: they may mention elements (e.g. why there is no <Runtimes>).
const xml = fs.readFileSync(MANIFEST, "utf8").replace(/<!--[\s\S]*?-->/g, "");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, elements: elementsOf } = require("../../scripts/validate-manifest.js") as {
  validateManifest(file: string, root?: string): { fatal?: string; problems?: string[] };
  elements(xml: string, tag: string): Record<string, string>[];
};
const elements = (tag: string) => elementsOf(xml, tag);

it("passes npm run validate: the vendored XSDs (xmllint), every resid, every icon's PNG size, every URL served by the build", () => {
  expect(validateManifest(MANIFEST)).toEqual({ problems: [] });
});

it("names what is wrong in a broken manifest (undefined resid, wrong icon size, plain http, a page the build does not write)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-manifest-"));
  try {
    const broken = fs
      .readFileSync(MANIFEST, "utf8")
      .replace('resid="Icon.16x16"', 'resid="Icon.Missing"')
      .replace("https://localhost:3000/assets/icon-32.png", "https://localhost:3000/assets/icon-16.png")
      .replace("https://localhost:3000/commands.html", "https://localhost:3000/functions.html")
      .replace("https://localhost:3000/taskpane.html?demo", "http://localhost:3000/taskpane.html?demo");
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, broken);
    const r = validateManifest(file, ROOT);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        'resid "Icon.Missing" is not defined',
        expect.stringMatching(/icon-16\.png: 16×16, declared 32×32/),
        expect.stringMatching(/^http:.*taskpane\.html\?demo: Office loads add-ins over https only/),
        expect.stringMatching(/functions\.html: not a page or asset the build writes/),
      ]),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it("asks for ReadWriteDocument only, on the Workbook host, with zh-CN as the default locale", () => {
  expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  expect(xml).toMatch(/<Host Name="Workbook"\/>/);
  expect(xml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
  expect(xml).not.toMatch(/<Runtimes>/);
});

it("uses every icon size Office asks for (16, 32, 64, 80) and gives DisplayName and Description an en-US override", () => {
  expect(new Set(elements("bt:Image").filter((e) => e.size).map((e) => Number(e.size)))).toEqual(new Set([16, 32, 80]));
  expect(elements("HighResolutionIconUrl")[0].DefaultValue).toMatch(/icon-64\.png$/);
  for (const tag of ["DisplayName", "Description"]) {
    expect(xml).toMatch(new RegExp(`<${tag} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>`));
  }
});

it("gives each ribbon button its own picture (16, 32 and 80 px), none the same as another's", () => {
  const images = new Map(elements("bt:Image").filter((e) => e.id).map((e) => [e.id, e.DefaultValue]));
  const controls = [...xml.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
  expect(controls.map((m) => m[1])).toEqual(["PerfTarget.OpenPane", "PerfTarget.RunCheck", "PerfTarget.ClearMarks"]);
  const bytes = controls.map((m) => {
    const urls = [...m[2].matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((i) => [Number(i[1]), images.get(i[2])!] as const);
    expect(urls.map(([size]) => size)).toEqual([16, 32, 80]);
    return fs.readFileSync(path.join(ROOT, new URL(urls[1][1]).pathname.slice(1))).toString("base64");
  });
  expect(new Set(bytes).size).toBe(3);
});

it("has a 绩效目标表 group with 打开助手, 一键校验 and 清除标记", () => {
  const strings = new Map(elements("bt:String").map((e) => [e.id, e.DefaultValue]));
  expect(strings.get("Group.Label")).toBe("绩效目标表");
  expect([...strings.values()]).toEqual(expect.arrayContaining(["打开助手", "一键校验", "清除标记"]));
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
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
