/** Real-spreadsheet tests (`npm run test:libreoffice`): annotated workbooks opened and re-saved by LibreOffice Calc. */
const base = require("../../jest.config.js");

module.exports = {
  ...base,
  rootDir: "../..",
  roots: ["<rootDir>/test/libreoffice"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 180000,
  reporters: ["default", ["<rootDir>/test/e2e/summary-reporter.js", { label: "LibreOffice tests" }]],
};
