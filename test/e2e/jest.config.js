/** The e2e tier (`npm run test:e2e`): the built page in Debian's Chromium via playwright-core, and the production WPS build. Run alone, not in the unit run. */
const base = require("../../jest.config.js");

module.exports = {
  ...base,
  rootDir: "../..",
  roots: ["<rootDir>/test/e2e"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 180000,
  reporters: ["default", ["<rootDir>/test/e2e/summary-reporter.js", { label: "e2e tests (Chromium, WPS build)" }]],
};
