// ESLint flat config (ESLint 9 + typescript-eslint 8, non-type-checked rules).
// Import rules between layers live in one place, .dependency-cruiser.js (`npm run depcruise`). What an import
// rule cannot see stays here: host globals (window, process, Office…) used inside the pure core.
"use strict";

const { defineConfig, globalIgnores } = require("eslint/config");
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

const PURE = "src/core must stay pure (no Node, DOM, Office/WPS host or UI dependencies) so it runs in every host;";

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

  // --- core purity: globals (imports: .dependency-cruiser.js) ---------------------------------
  {
    files: ["src/core/**/*.{ts,tsx,mts,cts}"],
    rules: { "no-restricted-globals": ["error", ...restrictedGlobals] },
  },
]);
