#!/usr/bin/env node
// `npm run validate`: the Excel add-in manifest checked offline, before it is copied to a share or a server.
//   node scripts/validate-manifest.js [manifest.xml]
// Checks: valid against the vendored Office XSDs (xmllint, vendor/office-xsd), every resid defined, every string
// with an en-US override, every icon a PNG of the size it is declared at, every URL https:// and served by the
// build (a page webpack writes, or a file under assets/). Exit 0 when all hold, 1 with one line per problem,
// 2 when the manifest cannot be read or xmllint is missing. test/excel/manifest.test.ts runs the same checks.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const XSD = path.join(ROOT, "vendor", "office-xsd", "OfficeAppManifestV1_1.xsd");
/** The pages the add-in build writes (webpack.config.js): every manifest URL must be one of them or an asset. */
const PAGES = new Set(["taskpane.html", "commands.html", "message.html"]);

/** Attributes of every element with this tag name (the manifest is small and regular: no XML library needed). */
function elements(xml, tag) {
  const out = [];
  for (const m of xml.matchAll(new RegExp(`<${tag.replace(".", "\\.")}\\b([^>]*)>`, "g"))) {
    const attrs = {};
    for (const a of m[1].matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk, or null when the file is no PNG. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" || b.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function schemaProblems(file) {
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  if (r.error) return { fatal: "xmllint is not installed: apt-get install libxml2-utils" };
  return { problems: r.status === 0 ? [] : r.stderr.trim().split("\n").filter((l) => !/validates$|fails to validate$/.test(l)).map((l) => `schema: ${l}`) };
}

/**
 * Every problem of the manifest at `file`, as lines; `{fatal}` when it cannot be checked at all. URLs are read
 * relative to the add-in's base address (where the task pane's SourceLocation lives: https://localhost:3000/ in the
 * repository, PERFTARGET_URL in a built copy), and icons are looked up under `root` (the manifest's folder: the
 * repository, or dist/ with its assets/).
 */
function validateManifest(file, root = path.dirname(file)) {
  if (!fs.existsSync(file)) return { fatal: `no such file: ${file}` };
  const xml = fs.readFileSync(file, "utf8").replace(/<!--[\s\S]*?-->/g, ""); // comments may mention elements
  const schema = schemaProblems(file);
  if (schema.fatal) return schema;
  const problems = [...schema.problems];
  const defined = new Map();
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) for (const e of elements(xml, tag)) if (e.id) defined.set(e.id, e.DefaultValue);
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) if (!defined.has(m[1])) problems.push(`resid "${m[1]}" is not defined`);
  for (const m of xml.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)) {
    if (!/<bt:Override Locale="en-US" Value="[^"]+"\/>/.test(m[2])) problems.push(`string "${m[1]}" has no en-US override`);
  }
  const images = new Map(elements(xml, "bt:Image").filter((e) => e.id).map((e) => [e.id, e.DefaultValue]));
  const icons = elements(xml, "bt:Image").filter((e) => e.size).map((e) => ({ url: images.get(e.resid), size: Number(e.size) }));
  for (const [tag, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]]) for (const e of elements(xml, tag)) icons.push({ url: e.DefaultValue, size });
  const source = elements(xml, "SourceLocation")[0]?.DefaultValue;
  if (!source) return { problems: [...problems, "no <SourceLocation>: the task pane has no address"] };
  const base = source.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  const relative = (url) => (url.startsWith(base) ? url.slice(base.length).replace(/[?#].*$/, "") : null);
  const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
  for (const url of urls) {
    if (!url.startsWith("https:")) problems.push(`${url}: Office loads add-ins over https only`);
    const rel = relative(url);
    if (rel === null) problems.push(`${url}: not under the add-in's address ${base}`);
    else if (!PAGES.has(rel) && !rel.startsWith("assets/")) problems.push(`${url}: not a page or asset the build writes`);
  }
  for (const { url, size } of icons) {
    if (!url) continue; // an undefined resid, reported above
    const rel = relative(url);
    if (rel === null) continue; // reported above
    const local = path.join(root, rel);
    if (!fs.existsSync(local)) problems.push(`${url}: no file ${path.relative(root, local)}`);
    else {
      const s = pngSize(local);
      if (!s) problems.push(`${url}: not a PNG`);
      else if (s.width !== size || s.height !== size) problems.push(`${url}: ${s.width}×${s.height}, declared ${size}×${size}`);
    }
  }
  return { problems };
}

module.exports = { validateManifest, elements };

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  const r = validateManifest(file);
  if (r.fatal) {
    console.error(`无法检查清单 / cannot check the manifest: ${r.fatal}`);
    process.exit(2);
  }
  for (const p of r.problems) console.error(p);
  console.log(r.problems.length ? `清单有 ${r.problems.length} 个问题 / ${r.problems.length} problem(s) in ${file}` : `清单有效 / manifest valid: ${file}`);
  process.exit(r.problems.length ? 1 : 0);
}
