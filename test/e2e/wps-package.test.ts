/**
 * @jest-environment jsdom
 */
// `npm run build:wps` (built here into a temporary folder): the add-in folder WPS loads. ribbon.xml is well-formed,
// every callback it names exists once the built index.html's bundle has run in a page with a fake WPS
// (`window.Application` = the fake ET application), and firing each one works — 一键校验 with no task pane open.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FakeEt } from "../../src/hosts/wps/testing/fake-et";
import { installDomShims } from "../taskpane/pane-fixture";
import { seedGrid } from "../support/seeds";

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
let out: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-wps-"));
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--config-name", "wps", "--env", `wpsOut=${out}`], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`build:wps failed\n${r.stdout}\n${r.stderr}`);
}, 300_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (f: string) => fs.readFileSync(path.join(out, f), "utf8");
const xmllint = (file: string) => spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });

/** Every callback attribute of ribbon.xml: onLoad, onAction, getImage, getEnabled, … → the global names. */
function callbacks(xml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/\s(on[A-Z]\w*|get[A-Z]\w*)="([^"]+)"/g)) out.set(m[2], [...(out.get(m[2]) ?? []), m[1]]);
  return out;
}

const globalFn = (name: string): unknown => name.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], window);

describe("the built add-in folder", () => {
  it("has index.html, ribbon.xml, the task pane, images, publish.xml and jsplugins.xml — and no office.js", () => {
    for (const f of ["index.html", "ribbon.xml", "taskpane.html", "publish.xml", "jsplugins.xml", "images/open.png", "images/check.png", "images/clear.png"]) {
      expect({ f, exists: fs.existsSync(path.join(out, f)) }).toEqual({ f, exists: true });
    }
    for (const html of ["index.html", "taskpane.html"]) expect(read(html)).not.toMatch(/office\.js|appsforoffice/i);
    // The fake ET model is for tests only.
    for (const js of fs.readdirSync(out).filter((f) => f.endsWith(".js"))) expect(read(js)).not.toMatch(/fake ET/);
  });

  it.each(["ribbon.xml", "publish.xml", "jsplugins.xml"])("%s is well-formed (xmllint --noout)", (f) => {
    const r = xmllint(path.join(out, f));
    if (r.error) throw new Error("xmllint is not installed (apt-get install libxml2-utils, as .ci/run does)");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("ribbon.xml is a customUI with onLoad=OnAddinLoad and a 绩效目标表 group of 打开助手, 一键校验, 清除标记", () => {
    const xml = read("ribbon.xml");
    expect(xml).toMatch(/<customUI xmlns="http:\/\/schemas\.microsoft\.com\/office\/2006\/01\/customui" onLoad="OnAddinLoad">/);
    expect(xml).toMatch(/<tab id="PerfTargetTab" label="绩效目标表">/);
    expect([...xml.matchAll(/<button id="(\w+)" label="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ["PerfTargetOpen", "打开助手"],
      ["PerfTargetCheck", "一键校验"],
      ["PerfTargetClear", "清除标记"],
    ]);
  });

  it("publish.xml and jsplugins.xml register an ET add-in of this name and version, the folder as WPS expects it", () => {
    const folder = `${pkg.name}_${pkg.version}`;
    expect(read("publish.xml")).toContain(`<jsplugin name="${pkg.name}" type="et" url="${folder}" version="${pkg.version}" enable="enable_dev" install="null"`);
    expect(read("jsplugins.xml")).toMatch(new RegExp(`<jspluginonline name="${pkg.name}" type="et" url="https?://[^"]+/" version="${pkg.version}"`));
    expect(read("publish.xml") + read("jsplugins.xml")).not.toMatch(/__[A-Z]+__/);
  });

  it("install-wps.sh copies the folder into jsaddons and registers it, keeping other add-ins", () => {
    const jsaddons = fs.mkdtempSync(path.join(os.tmpdir(), "jsaddons-"));
    try {
      fs.writeFileSync(path.join(jsaddons, "publish.xml"), '<?xml version="1.0"?>\n<jsplugins><jsplugin name="other" type="wps" url="other_1.0" version="1.0"/></jsplugins>\n');
      for (let i = 0; i < 2; i++) {
        const r = spawnSync("sh", [path.join(out, "install-wps.sh")], { env: { ...process.env, WPS_JSADDONS: jsaddons }, encoding: "utf8" });
        expect(r.stderr).toBe("");
        expect(r.status).toBe(0);
      }
      const folder = path.join(jsaddons, `${pkg.name}_${pkg.version}`);
      expect(fs.existsSync(path.join(folder, "index.html")) && fs.existsSync(path.join(folder, "ribbon.xml"))).toBe(true);
      const xml = fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8");
      expect(xml).toContain('name="other"');
      expect(xml.match(new RegExp(`name="${pkg.name}"`, "g"))).toHaveLength(1);
      expect(xmllint(path.join(jsaddons, "publish.xml")).status).toBe(0);
    } finally {
      fs.rmSync(jsaddons, { recursive: true, force: true });
    }
  });
});

describe("the built ribbon page in a fake WPS", () => {
  let fake: FakeEt;
  const alert = jest.fn();

  beforeAll(() => {
    Object.defineProperty(window.navigator, "language", { value: "zh-CN", configurable: true });
    window.alert = alert;
    fake = FakeEt.fromGrids({ ...seedGrid("004"), name: "Sheet1" });
    fake.setFill("Sheet1", "A1", "#00B050");
    fake.install(window as unknown as Record<string, unknown>);
    const script = /<script src="?([^">\s]+)"?>/.exec(read("index.html"))![1];
    // Run the bundle as the page's script, in this (jsdom) window.
    (0, eval)(read(script));
  });

  afterAll(() => fake.uninstall(window as unknown as Record<string, unknown>));

  const idle = () => (window as unknown as { PerfTargetWps: { idle(): Promise<void> } }).PerfTargetWps.idle();
  const names = () => [...callbacks(read("ribbon.xml")).keys()];

  it("defines every callback ribbon.xml names, as a global function", () => {
    expect(names().sort()).toEqual(["GetImage", "OnAction", "OnAddinLoad", "OnGetEnabled", "OnGetVisible"]);
    for (const name of names()) expect({ name, type: typeof globalFn(name) }).toEqual({ name, type: "function" });
  });

  it("answers OnAddinLoad, GetImage, OnGetEnabled and OnGetVisible synchronously, with images that exist", () => {
    const ui = { InvalidateControl: jest.fn() };
    expect((globalFn("OnAddinLoad") as (u: unknown) => unknown)(ui)).toBe(true);
    for (const Id of ["PerfTargetOpen", "PerfTargetCheck", "PerfTargetClear"]) {
      const image = (globalFn("GetImage") as (c: unknown) => unknown)({ Id });
      expect(typeof image).toBe("string");
      expect(fs.existsSync(path.join(out, image as string))).toBe(true);
      expect((globalFn("OnGetEnabled") as (c: unknown) => unknown)({ Id })).toBe(true);
      expect((globalFn("OnGetVisible") as (c: unknown) => unknown)({ Id })).toBe(true);
    }
  });

  it("一键校验 works with no task pane open: marks the cells, writes and activates 校验结果", async () => {
    expect(fake.addin.panes).toHaveLength(0);
    const r = (globalFn("OnAction") as (c: unknown) => unknown)({ Id: "PerfTargetCheck" });
    expect(r).toBe(true); // not a promise: async callbacks broke the ribbon on some builds
    await idle();
    expect(alert).not.toHaveBeenCalled();
    expect(fake.sheetNames()).toEqual(["Sheet1", "_perftarget", "校验结果"]);
    expect(fake.activeSheet).toBe("校验结果");
    expect(fake.cell("Sheet1", "B57").fill).toBe("#FFEB9C");
    expect(fake.sheet("_perftarget").visible).toBe(2);
  });

  it("清除标记 restores the fills, the user's own included", async () => {
    (globalFn("OnAction") as (c: unknown) => unknown)({ Id: "PerfTargetClear" });
    await idle();
    expect(alert).not.toHaveBeenCalled();
    const filled = Object.entries(fake.dump().sheets[0].cells).filter(([, c]) => c.fill);
    expect(filled).toEqual([["A1", expect.objectContaining({ fill: "#00B050" })]]);
  });

  it("打开助手 creates the task pane once (taskpane.html next to index.html) and shows it again later", () => {
    (globalFn("OnAction") as (c: unknown) => unknown)({ Id: "PerfTargetOpen" });
    expect(fake.addin.panes).toHaveLength(1);
    expect(fake.addin.panes[0]._url).toBe(new URL("taskpane.html", window.location.href).href);
    expect(fake.addin.panes[0].Visible).toBe(true);
    fake.addin.panes[0].Visible = false;
    (globalFn("OnAction") as (c: unknown) => unknown)({ Id: "PerfTargetOpen" });
    expect(fake.addin.panes).toHaveLength(1);
    expect(fake.addin.panes[0].Visible).toBe(true);
  });

  it("says why in a message box when the sheet is protected, and changes nothing", async () => {
    fake.select("Sheet1", "A1");
    fake.protect("Sheet1");
    const before = fake.dump();
    (globalFn("OnAction") as (c: unknown) => unknown)({ Id: "PerfTargetCheck" });
    await idle();
    expect(alert).toHaveBeenCalledTimes(1);
    expect(alert.mock.calls[0][0]).toMatch(/保护/);
    expect(fake.dump()).toEqual(before);
  });
});

describe("the built task pane page in a fake WPS", () => {
  it("renders the pane over the WPS workbook, and its 一键校验 marks the sheet", async () => {
    installDomShims();
    const fake = FakeEt.fromGrids({ ...seedGrid("004"), name: "项目表" });
    fake.install(window as unknown as Record<string, unknown>);
    try {
      document.body.innerHTML = '<div id="root"></div>';
      const script = /<script src="?([^">\s]+)"?>/.exec(read("taskpane.html"))![1];
      (0, eval)(read(script));
      const button = async (text: string) => {
        for (let i = 0; i < 100; i++) {
          const b = Array.from(document.querySelectorAll("button")).find((x) => x.textContent?.includes(text));
          if (b) return b;
          await new Promise((r) => setTimeout(r, 20));
        }
        throw new Error(`no button ${text}: ${document.body.textContent}`);
      };
      (await button("一键校验")).click();
      for (let i = 0; i < 100 && !fake.sheetNames().includes("校验结果"); i++) await new Promise((r) => setTimeout(r, 20));
      expect(fake.sheetNames()).toContain("校验结果");
      expect(fake.cell("项目表", "B57").fill).toBe("#FFEB9C");
    } finally {
      fake.uninstall(window as unknown as Record<string, unknown>);
    }
  });
});
