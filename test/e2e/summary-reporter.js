// One clear line at the end of a system test run (browser, LibreOffice), so it stands out inside `npm test`.
"use strict";

class SummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.label = options.label || "tests";
  }

  onRunComplete(_contexts, results) {
    const seconds = ((Date.now() - results.startTime) / 1000).toFixed(1);
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const ok = failed === 0 && results.numFailedTestSuites === 0 && results.numTotalTests > 0;
    const line = `${ok ? "PASS" : "FAIL"} ${this.label}: ${results.numPassedTests}/${results.numTotalTests} passed in ${seconds} s`;
    process.stdout.write(`\n${"=".repeat(line.length)}\n${line}\n${"=".repeat(line.length)}\n`);
  }
}

module.exports = SummaryReporter;
