// Every layer rule of the project, in one place (`npm run depcruise`, part of `npm test`).
// src/core is shared by the Excel add-in, WPS, the web page and the CLI, so it must stay pure; each other folder
// may lean only on the layers below it. test/tooling/depcruise.test.ts plants a violation of each rule.
"use strict";

const ADAPTERS = "(excel|wps|xlsx|memory|file)";
const DOORS = "(excel|wps|web|cli)";

module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "src/core runs in every host: no Node built-ins, no DOM/Office/UI packages, nothing outside src/core but zod.",
      severity: "error",
      from: { path: "^src/core/" },
      to: {
        pathNot: ["^src/core/", "(^|/)node_modules/zod/"],
      },
    },
    {
      name: "core-through-index",
      comment: "Outside src/core the core is reached only through src/core/index.ts (tests of a core part excepted).",
      severity: "error",
      from: { path: "^(src|test)/", pathNot: ["^src/core/", "^test/core/"] },
      to: { path: "^src/core/", pathNot: "^src/core/index\\.ts$" },
    },
    {
      name: "adapter-no-sibling",
      comment: "A host adapter moves 2-D arrays in and out of its own host; what two adapters share lives in src/hosts/shared.",
      severity: "error",
      from: { path: "^src/hosts/(excel|wps|xlsx|memory)/" },
      to: { path: `^src/hosts/${ADAPTERS}/`, pathNot: "^src/hosts/$1/" },
    },
    {
      name: "file-loader-only-xlsx-loader",
      comment: "The Node file loader opens .xlsx files with the xlsx loader, and uses no other adapter.",
      severity: "error",
      from: { path: "^src/hosts/file/" },
      to: { path: "^src/hosts/(excel|wps|xlsx|memory)/", pathNot: "^src/hosts/xlsx/xlsx\\.loader\\.ts$" },
    },
    {
      name: "actions-no-ui",
      comment: "Use cases return data: no messages (the front door passes the message function), no UI, no front door.",
      severity: "error",
      from: { path: "^src/actions/" },
      to: { path: [`^src/(i18n|taskpane|commands|bench|${DOORS})/`, "(^|/)node_modules/(react|react-dom|@fluentui)/"] },
    },
    {
      name: "actions-port-only",
      comment: "Use cases work over any WorkbookPort, never over one host's adapter.",
      severity: "error",
      from: { path: "^src/actions/" },
      to: { path: "^src/hosts/", pathNot: "^src/hosts/workbook\\.port\\.ts$" },
    },
    {
      name: "pane-no-adapter",
      comment: "The shared pane talks to a WorkbookPort; the front door picks the adapter.",
      severity: "error",
      from: { path: "^src/taskpane/" },
      to: { path: `^src/hosts/(?!workbook\\.port\\.ts$)`, pathNot: "^src/hosts/detect-host\\.ts$" },
    },
    {
      name: "pane-no-door",
      comment: "The pane is shared by the doors; it imports none of them.",
      severity: "error",
      from: { path: "^src/(taskpane|commands|i18n)/" },
      to: { path: `^src/${DOORS}/` },
    },
    {
      name: "door-no-other-door",
      comment: "Front doors sit side by side: each imports actions, the pane, i18n, hosts and core/index, not another door.",
      severity: "error",
      from: { path: `^src/${DOORS}/` },
      to: { path: `^src/${DOORS}/`, pathNot: "^src/$1/" },
    },
    {
      name: "no-test-code-in-product",
      comment: "Strict fakes and test helpers are for tests and the benchmark only.",
      severity: "error",
      from: { path: "^src/", pathNot: ["/testing/", "^src/bench/"] },
      to: { path: ["/testing/", "^test/", "^src/bench/"] },
    },
    {
      name: "no-circular",
      comment: "No import loop anywhere, except inside the two fake object models (their objects refer to each other).",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/hosts/(excel|wps)/testing/" },
      to: { circular: true, pathNot: "^src/hosts/(excel|wps)/testing/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^lib/", "^dist/", "^out/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".tsx", ".js", ".json"] },
    builtInModules: { add: [] },
  },
};
