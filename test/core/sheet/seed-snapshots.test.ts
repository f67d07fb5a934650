/**
 * Every seed has a reviewed, human-readable snapshot of its parse and of its check (test/snapshots/*.txt).
 * Regenerate with UPDATE_SNAPSHOTS=1 and review the diff before committing.
 */
import * as fs from "fs";
import * as path from "path";
import { checkSheet } from "../../../src/core";
import { SEED_FILES, parseSeed } from "../../support/seeds";
import { renderCheck, renderParse } from "../../support/render";

const DIR = path.join(__dirname, "..", "..", "snapshots");
const update = process.env.UPDATE_SNAPSHOTS === "1";

function matchFile(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (update || !fs.existsSync(file)) {
    fs.writeFileSync(file, actual);
    if (!update) throw new Error(`snapshot ${name} was missing and has been written: review it and run again`);
  }
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}

describe.each(SEED_FILES.map((f) => f.slice(0, 3)))("seed %s", (prefix) => {
  it("parses to its reviewed snapshot", () => {
    matchFile(`${prefix}.parse.txt`, renderParse(parseSeed(prefix)));
  });
  it("checks to its reviewed snapshot", () => {
    matchFile(`${prefix}.check.txt`, renderCheck(checkSheet(parseSeed(prefix))));
  });
});
