/**
 * One big file takes seconds (§10, issue 19 item 1): check, selfeval and compare show their steps on the
 * terminal's progress bar (which itself appears only after a second), and wipe it before they print.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runWith } from "../support/cli";
import { seedFile } from "../support/seeds";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-steps-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function recorder() {
  const updates: string[] = [];
  const events: string[] = [];
  const progress = { update: (d: number, t: number, l: string) => void (updates.push(`${d}/${t} ${l}`), events.push("update")), end: () => void events.push("end") };
  return { updates, events, progress };
}

it("check shows reading, then checking, and wipes the bar before it prints", async () => {
  const r = recorder();
  const ran = await runWith({ progress: r.progress }, "check", seedFile("004"));
  const name = path.basename(seedFile("004"));
  expect(r.updates).toEqual([`0/2 ${name}`, `1/2 ${name}`]);
  expect(r.events[r.events.length - 1]).toBe("end");
  expect(ran.out).toContain("错误");
});

it("selfeval shows opening, reading, working out, writing and saving, in that order", async () => {
  const r = recorder();
  const ran = await runWith({ progress: r.progress }, "selfeval", seedFile("000"), "-o", path.join(tmp, "自评.xlsx"));
  expect(ran.code).toBe(0);
  expect(r.updates.map((u) => u.split(" ")[0])).toEqual(["0/5", "1/5", "2/5", "3/5", "4/5"]);
  expect(r.events[r.events.length - 1]).toBe("end");
});

it("compare names both files on the bar, and wipes it when a file cannot be read", async () => {
  const r = recorder();
  await runWith({ progress: r.progress }, "compare", seedFile("000"), seedFile("000"));
  expect(r.updates.map((u) => u.split(" ")[0])).toEqual(["0/4", "1/4", "2/4"]);
  expect(r.updates[0]).toContain("→");
  const bad = recorder();
  const ran = await runWith({ progress: bad.progress }, "compare", seedFile("000"), path.join(tmp, "没有.xlsx"));
  expect(ran.code).toBe(2);
  expect(bad.events[bad.events.length - 1]).toBe("end");
});
