// ESLint flat config (ESLint 9 + typescript-eslint 8, non-type-checked rules).
// The important part is the "core purity" block: src/core is shared by the Excel add-in, WPS,
// the web page and the CLI, so it must not reach for Node, the DOM, Office.js or UI libraries.
// scripts/check-core-purity.js enforces the same thing in CI without ESLint.
"use strict";

const { builtinModules } = require("node:module");
const { defineConfig, globalIgnores } = require("eslint/config");
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

const PURE = "src/core must stay pure (no Node, DOM, Office/WPS host or UI dependencies) so it runs in every host;";

// Node built-ins, with and without the "node:" prefix ("fs", "fs/promises", "node:fs", ...).
const nodeBuiltins = [...new Set(builtinModules.filter((m) => !m.startsWith("_")))].sort();

const restrictedPaths = [
  ...nodeBuiltins.map((name) => ({
    name,
    message: `${PURE} Node built-in "${name}" is not allowed. Do I/O in src/hosts or src/cli and pass data in.`,
  })),
  ...["react", "react-dom"].map((name) => ({
    name,
    message: `${PURE} UI code belongs outside src/core.`,
  })),
  { name: "exceljs", message: `${PURE} exceljs belongs in src/hosts/xlsx; the core works on the Grid model.` },
  ...["office-js", "@microsoft/office-js"].map((name) => ({
    name,
    message: `${PURE} Office.js belongs in the Excel host adapter.`,
  })),
];

const restrictedPackagePatterns = [
  { regex: "^node:", message: `${PURE} Node built-ins ("node:*") are not allowed.` },
  { group: ["react/*", "react-dom/*"], message: `${PURE} UI code belongs outside src/core.` },
  { group: ["@fluentui/*"], message: `${PURE} Fluent UI belongs in the task pane.` },
  { group: ["exceljs/*"], message: `${PURE} exceljs belongs in src/hosts/xlsx.` },
  { group: ["office-js/*", "@microsoft/office-js/*"], message: `${PURE} Office.js belongs in the Excel host adapter.` },
];

const CLIMB_MESSAGE = `${PURE} relative imports must stay inside src/core (no hosts, cli, taskpane, commands, i18n, ...).`;

/**
 * Relative imports that climb out of src/core, for a file `depth` folders below src/core.
 * A file directly in src/core (depth 0) may not use "../" at all; one in src/core/x/ may use
 * "../" but not "../../"; and so on. Generating one block per depth keeps "../grid" legal in
 * src/core/x/y.ts while "../hosts/..." from src/core/a.ts and "../../..." are rejected.
 */
function climbPattern(depth) {
  const ups = depth + 1;
  return {
    regex: `^\\.\\.(/\\.\\.){${ups - 1}}(/|$)`,
    message: CLIMB_MESSAGE,
  };
}

function coreImportRule(depth) {
  const patterns = [...restrictedPackagePatterns];
  if (depth === null) {
    // Files nested deeper than we generate blocks for: the explicit list of sibling folders.
    patterns.push({
      group: ["../hosts/*", "../cli/*", "../taskpane/*", "../commands/*", "../i18n/*", "../bench/*"],
      message: CLIMB_MESSAGE,
    });
  } else {
    patterns.push(climbPattern(depth));
  }
  return ["error", { paths: restrictedPaths, patterns }];
}

const MAX_CORE_DEPTH = 8;
const coreFiles = (depth) => [`src/core/${"*/".repeat(depth)}*.{ts,tsx,mts,cts}`];

const restrictedGlobals = ["window", "document", "Office", "Excel", "wps", "process", "require", "Buffer"].map(
  (name) => ({ name, message: `${PURE} the global "${name}" is host-specific; pass what you need in as a parameter.` }),
);

const TS_FILES = ["src/**/*.{ts,tsx,mts,cts}", "test/**/*.{ts,tsx,mts,cts}", "scripts/**/*.{ts,mts,cts}"];
const JS_FILES = ["scripts/**/*.{js,cjs}", "*.config.js"];

// Globals for plain CommonJS Node scripts (avoids depending on the "globals" package).
const nodeCommonJsGlobals = Object.fromEntries(
  [
    ["require", "readonly"],
    ["module", "writable"],
    ["exports", "writable"],
    ["__dirname", "readonly"],
    ["__filename", "readonly"],
    ["process", "readonly"],
    ["console", "readonly"],
    ["Buffer", "readonly"],
    ["URL", "readonly"],
    ["setTimeout", "readonly"],
    ["clearTimeout", "readonly"],
    ["setInterval", "readonly"],
    ["clearInterval", "readonly"],
    ["setImmediate", "readonly"],
    ["structuredClone", "readonly"],
    ["globalThis", "readonly"],
  ],
);

const unusedVars = [
  "error",
  { args: "after-used", argsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
];

module.exports = defineConfig([
  globalIgnores(["lib/", "dist/", "out/", "node_modules/", "coverage/", "test-artifacts/"]),

  {
    files: [...TS_FILES, ...JS_FILES],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-unused-vars": unusedVars,
    },
  },

  {
    files: ["src/**/*.{ts,tsx,mts,cts}"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },

  {
    files: ["test/**/*.{ts,tsx,mts,cts}", "src/**/*.test.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },

  {
    files: JS_FILES,
    languageOptions: { sourceType: "commonjs", ecmaVersion: 2022, globals: nodeCommonJsGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // --- core purity --------------------------------------------------------------------------
  {
    files: ["src/core/**/*.{ts,tsx,mts,cts}"],
    rules: {
      "no-restricted-imports": coreImportRule(null),
      "no-restricted-globals": ["error", ...restrictedGlobals],
    },
  },
  ...Array.from({ length: MAX_CORE_DEPTH + 1 }, (_, depth) => ({
    files: coreFiles(depth),
    rules: { "no-restricted-imports": coreImportRule(depth) },
  })),
  {
    // The strict fake Excel is for tests and the benchmark only: never ship it in the add-in.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}", "src/hosts/excel/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/testing/*", "**/testing"], message: "The fake Excel (src/hosts/excel/testing) must not be bundled into the add-in." }] },
      ],
    },
  },
]);
