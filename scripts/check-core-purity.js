#!/usr/bin/env node
// Core purity check (run in CI, no dependencies).
//
//   node scripts/check-core-purity.js [rootDir]     (rootDir defaults to the current directory)
//
// Walks <rootDir>/src/core/**/*.{ts,tsx,mts,cts} and fails (exit 1) when a file
//   - imports anything other than a relative path that stays inside src/core, or "zod" (and
//     "zod/<subpath>"): static imports (including `import type`, multi-line imports),
//     `export ... from`, `import x = require()`, `require()`, dynamic `import()` and
//     `/// <reference types|path>`; a non-literal require()/import() argument also fails;
//   - uses one of the host globals `window.`, `document.`, `Office.`, `Excel.`, `wps.`, `process.`
//     outside comments and strings.
// It is a lexical scan, not a parser, but it blanks comments, strings and template text (keeping
// ${...} code) and recognises regular-expression literals well enough for ordinary source.
// Exit codes: 0 OK, 1 violations, 2 usage error (no src/core folder).
"use strict";

const fs = require("fs");
const path = require("path");
const { builtinModules } = require("module");

const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts"];
const ALLOWED_PACKAGES = ["zod"];
const FORBIDDEN_GLOBALS = ["window", "document", "Office", "Excel", "wps", "process"];

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules") continue;
      walk(full, out);
    } else if (entry.isFile() && EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
      out.push(full);
    }
  }
  return out;
}

// Characters after which a "/" starts a regular expression rather than a division.
const REGEX_PRECEDERS = new Set("(,=:[!&|?{};+-*%<>~^".split(""));
const REGEX_KEYWORDS = new Set(["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"]);

/**
 * Returns two copies of `src` with identical length and line breaks:
 *   noComments: comments replaced by spaces;
 *   code:       comments, string contents, template text and regex bodies replaced by spaces
 *               (quotes and the code inside template ${...} are kept).
 */
function mask(src) {
  const noComments = src.split("");
  const code = src.split("");
  const n = src.length;
  const blank = (arr, from, to) => {
    for (let k = from; k < to; k++) if (arr[k] !== "\n" && arr[k] !== "\r") arr[k] = " ";
  };
  // Stack of brace depths for template literals: when a "}" closes a ${...}, resume the template.
  const templateStack = [];
  let braceDepth = 0;
  let lastSignificant = ""; // last non-space code character
  let lastWord = ""; // last identifier-ish word, for `return /re/`
  let i = 0;

  const scanTemplate = (start) => {
    // start points just after "`" or after the "}" that closed ${...}
    let j = start;
    while (j < n) {
      const c = src[j];
      if (c === "\\") { j += 2; continue; }
      if (c === "`") { blank(code, start, j); return { end: j + 1, interpolation: false }; }
      if (c === "$" && src[j + 1] === "{") { blank(code, start, j); return { end: j + 2, interpolation: true }; }
      j++;
    }
    blank(code, start, n);
    return { end: n, interpolation: false };
  };

  while (i < n) {
    const c = src[i];
    const next = src[i + 1];
    if (c === "/" && next === "/") {
      let j = i;
      while (j < n && src[j] !== "\n") j++;
      blank(noComments, i, j);
      blank(code, i, j);
      i = j;
      continue;
    }
    if (c === "/" && next === "*") {
      let j = src.indexOf("*/", i + 2);
      j = j === -1 ? n : j + 2;
      blank(noComments, i, j);
      blank(code, i, j);
      i = j;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && src[j] !== c && src[j] !== "\n") j += src[j] === "\\" ? 2 : 1;
      blank(code, i + 1, Math.min(j, n));
      i = j + 1;
      lastSignificant = c;
      lastWord = "";
      continue;
    }
    if (c === "`") {
      const r = scanTemplate(i + 1);
      if (r.interpolation) templateStack.push(braceDepth);
      i = r.end;
      lastSignificant = r.interpolation ? "{" : "`";
      lastWord = "";
      continue;
    }
    if (c === "}" && templateStack.length && templateStack[templateStack.length - 1] === braceDepth) {
      templateStack.pop();
      const r = scanTemplate(i + 1);
      if (r.interpolation) templateStack.push(braceDepth);
      i = r.end;
      lastSignificant = r.interpolation ? "{" : "`";
      lastWord = "";
      continue;
    }
    if (c === "/") {
      const isRegex = lastSignificant === "" || REGEX_PRECEDERS.has(lastSignificant) || REGEX_KEYWORDS.has(lastWord);
      if (isRegex) {
        let j = i + 1;
        let inClass = false;
        while (j < n && src[j] !== "\n") {
          const d = src[j];
          if (d === "\\") { j += 2; continue; }
          if (d === "[") inClass = true;
          else if (d === "]") inClass = false;
          else if (d === "/" && !inClass) break;
          j++;
        }
        blank(code, i + 1, Math.min(j, n));
        i = j + 1;
        lastSignificant = "/";
        lastWord = "";
        continue;
      }
    }
    if (c === "{") braceDepth++;
    else if (c === "}") braceDepth--;
    if (/[A-Za-z0-9_$]/.test(c)) {
      let j = i;
      while (j < n && /[A-Za-z0-9_$]/.test(src[j])) j++;
      lastWord = src.slice(i, j);
      lastSignificant = src[j - 1];
      i = j;
      continue;
    }
    if (!/\s/.test(c)) {
      lastSignificant = c;
      lastWord = "";
    }
    i++;
  }
  return { noComments: noComments.join(""), code: code.join("") };
}

function lineOf(src, index) {
  let line = 1;
  for (let k = 0; k < index; k++) if (src.charCodeAt(k) === 10) line++;
  return line;
}

const STRING = String.raw`(?:"([^"\n]*)"|'([^'\n]*)'|\x60([^\x60$]*)\x60)`;
const IMPORT_PATTERNS = [
  // import ... from "x" / import type ... from "x" / export ... from "x" (may span lines)
  new RegExp(String.raw`\b(?:import|export)\b[^;"'\x60]*?\bfrom\s*` + STRING, "g"),
  // import "x";  (side-effect import)
  new RegExp(String.raw`\bimport\s*` + STRING, "g"),
  // import x = require("x") / require("x") / import("x") / require.resolve("x")
  new RegExp(String.raw`(?<![\w$.])(?:require(?:\s*\.\s*resolve)?|import)\s*\(\s*` + STRING + String.raw`\s*[,)]`, "g"),
];
// require(...) / import(...) whose argument is not a plain string literal.
const DYNAMIC_CALL = /(?<![\w$.])(require|import)\s*\(\s*(?![\s"')]|`[^`$]*`)/g;
const REFERENCE = /^[ \t]*\/\/\/[ \t]*<reference\s+(types|path|lib)\s*=\s*["']([^"']+)["']/gm;

function checkSpecifier(spec, file, coreDir) {
  if (spec.startsWith("./") || spec.startsWith("../") || spec === "." || spec === "..") {
    const target = path.resolve(path.dirname(file), spec);
    const rel = path.relative(coreDir, target);
    if (rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel))) return null;
    return "relative import leaves src/core";
  }
  if (ALLOWED_PACKAGES.some((p) => spec === p || spec.startsWith(p + "/"))) return null;
  if (spec.startsWith("node:") || builtinModules.includes(spec)) return "Node built-in";
  if (path.isAbsolute(spec) || /^[A-Za-z]:[\\/]/.test(spec)) return "absolute path";
  return "package not allowed in src/core (only zod and relative paths inside src/core)";
}

function checkFile(file, coreDir, root) {
  const src = fs.readFileSync(file, "utf8");
  const { noComments, code } = mask(src);
  const rel = path.relative(root, file).split(path.sep).join("/");
  const problems = [];
  const seen = new Set(); // "index" of each specifier literal, so overlapping patterns count once
  let imports = 0;

  for (const re of IMPORT_PATTERNS) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(noComments)) !== null) {
      // The keyword must be real code, not text inside a string or template.
      if (code.slice(m.index, m.index + 6) !== noComments.slice(m.index, m.index + 6)) continue;
      const spec = [m[1], m[2], m[3]].find((s) => s !== undefined);
      const specIndex = m.index + m[0].lastIndexOf(spec);
      if (seen.has(specIndex)) continue;
      seen.add(specIndex);
      imports++;
      const why = checkSpecifier(spec, file, coreDir);
      if (why) problems.push({ line: lineOf(src, specIndex), text: `"${spec}": ${why}` });
    }
  }

  DYNAMIC_CALL.lastIndex = 0;
  let d;
  while ((d = DYNAMIC_CALL.exec(code)) !== null) {
    // `import type X`, `import {`, `import * as` never have "(" right after "import", so this
    // only sees calls; the lookahead skips literal arguments, which were handled above.
    problems.push({ line: lineOf(src, d.index), text: `${d[1]}(...) with a non-literal specifier` });
  }

  REFERENCE.lastIndex = 0;
  let r;
  while ((r = REFERENCE.exec(src)) !== null) {
    if (r[1] === "lib") {
      if (/^dom|^webworker|^scripthost/i.test(r[2])) {
        problems.push({ line: lineOf(src, r.index), text: `/// <reference lib="${r[2]}"/>: host library types` });
      }
      continue;
    }
    imports++;
    const spec = r[1] === "path" && !r[2].startsWith(".") ? "./" + r[2] : r[2];
    const why = checkSpecifier(spec, file, coreDir);
    if (why) problems.push({ line: lineOf(src, r.index), text: `/// <reference ${r[1]}="${r[2]}"/>: ${why}` });
  }

  const globalsRe = new RegExp(String.raw`(?<![\w$.])(${FORBIDDEN_GLOBALS.join("|")})\s*(?:\?\s*)?\.(?!\.)`, "g");
  let g;
  while ((g = globalsRe.exec(code)) !== null) {
    // "x ? .5 : 1" is not a member access
    if (/\?\s*\.\d/.test(g[0] + code[g.index + g[0].length])) continue;
    problems.push({ line: lineOf(src, g.index), text: `global "${g[1]}." is host-specific` });
  }

  problems.sort((a, b) => a.line - b.line);
  return { rel, imports, problems };
}

function main(argv) {
  const root = path.resolve(argv[0] || process.cwd());
  const coreDir = path.join(root, "src", "core");
  if (!fs.existsSync(coreDir) || !fs.statSync(coreDir).isDirectory()) {
    console.error(`core purity: no src/core folder under ${root}`);
    return 2;
  }
  const files = walk(coreDir, []);
  let imports = 0;
  const failures = [];
  for (const file of files) {
    const result = checkFile(file, coreDir, root);
    imports += result.imports;
    for (const p of result.problems) failures.push(`${result.rel}:${p.line}  ${p.text}`);
  }
  if (failures.length) {
    console.error(`core purity: ${failures.length} problem(s) in src/core (it must stay pure: only zod and relative imports inside src/core, no host globals)`);
    for (const f of failures) console.error("  " + f);
    return 1;
  }
  console.log(`core purity: ${files.length} files, ${imports} imports, OK`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

module.exports = { main, mask, checkSpecifier };
