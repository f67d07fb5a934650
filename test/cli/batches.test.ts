/**
 * `check DIR` / `annotate DIR` over several jobs: the pool keeps the files' order and survives a file that throws
 * or kills its thread; `--jobs` is checked; progress counts files; and the built CLI, which really starts worker
 * threads, prints the same bytes with 2 jobs as with 1. (In-process under ts-jest there are no workers: see
 * src/cli/batches.ts; the pool is tested here with a plain-JS worker.)
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runPool } from "../../src/cli/pool";
import { workersWanted } from "../../src/cli/prestart";
import { run, runWith } from "../support/cli";
import { seedFile } from "../support/seeds";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-batches-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);

/** A folder of seeds, a file that is no table and a folder named like a table. */
function folder(name: string): string {
  const dir = at(name);
  fs.mkdirSync(dir);
  for (const s of ["000", "001", "002", "003", "004"]) fs.copyFileSync(seedFile(s), path.join(dir, `${s}.txt`));
  fs.writeFileSync(path.join(dir, "bad.txt"), Buffer.from([0, 1, 2, 0, 255]));
  fs.mkdirSync(path.join(dir, "folder.txt"));
  return dir;
}

/**
 * A worker as batch-worker.js answers, in plain JS: it echoes task.n after task.wait ms, throws on "throw", and
 * exits its thread on "exit" — one task of each kind shows what the pool does with it.
 */
const WORKER = at("echo-worker.js");
fs.writeFileSync(
  WORKER,
  `const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ i, task }) => {
  if (task.kind === "exit") process.exit(7);
  setTimeout(() => {
    if (task.kind === "throw") parentPort.postMessage({ i, ok: false, error: "thrown " + task.n });
    else parentPort.postMessage({ i, ok: true, value: "worker " + task.n });
  }, task.wait);
});`,
);

type Task = { kind: "echo" | "throw" | "exit"; n: number; wait: number };
const here = async (t: Task) => {
  if (t.kind !== "echo") throw new Error(`here ${t.kind} ${t.n}`);
  return `here ${t.n}`;
};

describe("the pool", () => {
  it("returns results in the tasks' order although later tasks finish first", async () => {
    const tasks: Task[] = Array.from({ length: 12 }, (_, n) => ({ kind: "echo", n, wait: (12 - n) * 3 }));
    const done: number[] = [];
    const r = await runPool(tasks, { jobs: 3, workerFile: WORKER, inProcess: here, onSettled: (d) => void done.push(d) });
    expect(r.map((x) => (x.ok ? x.value.replace(/^(here|worker) /, "") : x.error))).toEqual(tasks.map((t) => String(t.n)));
    expect(done).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("settles a task whose worker exits as failed, and gives the tasks queued behind it to a fresh worker", async () => {
    const tasks: Task[] = Array.from({ length: 10 }, (_, n) => ({ kind: n === 4 || n === 5 ? "exit" : "echo", n, wait: 5 }));
    const r = await runPool(tasks, { jobs: 2, workerFile: WORKER, inProcess: here, mainThreadLane: false });
    expect(r[4]).toEqual({ ok: false, error: "worker thread exited (7)" });
    expect(r[5]).toEqual({ ok: false, error: "worker thread exited (7)" });
    expect(r.filter((x) => x.ok)).toEqual(tasks.filter((t) => t.kind === "echo").map((t) => ({ ok: true, value: `worker ${t.n}` })));
  });

  it("shares the tasks between the main thread and the workers", async () => {
    const tasks: Task[] = Array.from({ length: 8 }, (_, n) => ({ kind: "echo", n, wait: 10 }));
    const slowHere = async (t: Task) => new Promise<string>((resolve) => setTimeout(() => resolve(`here ${t.n}`), 10));
    const r = await runPool(tasks, { jobs: 2, workerFile: WORKER, inProcess: slowHere });
    const by = r.map((x) => (x.ok ? x.value.split(" ")[0] : "failed"));
    expect(new Set(by)).toEqual(new Set(["here", "worker"]));
  });

  it("settles a task that throws as failed, with its message", async () => {
    const tasks: Task[] = [0, 1, 2, 3].map((n) => ({ kind: n === 2 ? "throw" : "echo", n, wait: 1 }));
    const r = await runPool(tasks, { jobs: 4, workerFile: WORKER, inProcess: here });
    expect(r[2]).toEqual({ ok: false, error: expect.stringMatching(/^(thrown|here throw) 2$/) });
    expect(r.filter((x) => x.ok)).toHaveLength(3);
  });

  it("runs everything in-process, in order, with one job or no worker script", async () => {
    const tasks: Task[] = [0, 1, 2].map((n) => ({ kind: "echo", n, wait: 0 }));
    for (const o of [{ jobs: 1, workerFile: WORKER }, { jobs: 4 }]) {
      expect(await runPool(tasks, { ...o, inProcess: here })).toEqual(["here 0", "here 1", "here 2"].map((value) => ({ ok: true, value })));
    }
  });
});

describe("check DIR and annotate DIR with --jobs", () => {
  it("print the same, byte for byte, with --jobs 1, --jobs 3 and the default", async () => {
    const dir = folder("same");
    const one = await run("check", dir, "--jobs", "1");
    expect(one.code).toBe(2);
    expect(await run("check", dir, "--jobs", "3")).toEqual(one);
    expect(await run("check", dir)).toEqual(one);
    expect(await run("check", dir, "--json", "--jobs", "2")).toEqual(await run("check", dir, "--json", "--jobs", "1"));
  });

  it("give a file that is no table and a folder named like one a row each, and check the others", async () => {
    const r = await run("check", folder("rows"), "--jobs", "2");
    const lines = r.out.split("\n");
    expect(lines.find((l) => l.startsWith("bad.txt"))).toMatch(/[\u4e00-\u9fff]/);
    expect(lines.find((l) => l.startsWith("folder.txt"))).toMatch(/[\u4e00-\u9fff]/);
    expect(lines.filter((l) => /^00\d\.txt +目标表 [A-E] /.test(l))).toHaveLength(5);
    expect(r.code).toBe(2);
  });

  it("count files on the progress line: 0/7 文件 first, 7/7 last", async () => {
    const updates: string[] = [];
    let ended = 0;
    const progress = { update: (d: number, t: number, l: string) => void updates.push(`${d}/${t} ${l}`), end: () => void ended++ };
    await runWith({ progress }, "check", folder("progress"), "--jobs", "2");
    expect([updates[0], updates[updates.length - 1], ended]).toEqual(["0/7 文件", "7/7 文件", 1]);
    updates.length = 0;
    await runWith({ progress }, "annotate", at("progress"), "-o", at("progress-out"), "--lang", "en");
    expect(updates[updates.length - 1]).toBe("7/7 files");
  });

  it.each([["0"], ["-1"], ["two"], ["1.5"]])("refuse --jobs %s in both languages (exit 2)", async (n) => {
    const r = await run("check", tmp, "--jobs", n);
    expect([r.code, r.out, r.err.trim()]).toEqual([2, "", `--jobs 需要正整数：${n} / --jobs needs a positive whole number: ${n}`]);
  });

  it("refuse --jobs on parse", async () => {
    expect((await run("parse", seedFile("001"), "--jobs", "2")).code).toBe(2);
  });
});

describe("starting workers early", () => {
  it("wants one per core (or --jobs), at most one per file, only for check and annotate of a folder", () => {
    const dir = folder("early");
    expect(workersWanted(["check", dir], 2)).toEqual({ dir, workers: 2 });
    expect(workersWanted(["annotate", dir, "-o", at("x"), "--jobs", "16"], 2)).toEqual({ dir, workers: 7 });
    expect(workersWanted(["check", dir, "--jobs", "1"], 8)).toBeNull();
    expect(workersWanted(["check", dir], 1)).toBeNull();
    expect(workersWanted(["parse", dir], 4)).toBeNull();
    expect(workersWanted(["check", "--sheet", dir], 4)).toBeNull();
  });
});

describe("the built CLI with worker threads", () => {
  it("prints the same stdout and stderr with --jobs 2 as with --jobs 1, exit codes included", () => {
    const root = path.resolve(__dirname, "../..");
    if (!fs.existsSync(path.join(root, "lib/cli/batch-worker.js"))) execFileSync("npm", ["run", "-s", "build:cli"], { cwd: root });
    const dir = folder("built");
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(root, "lib/cli/main.js"), ...args], { encoding: "utf8" });
    for (const extra of [[], ["--json"]]) {
      const one = cli("check", dir, "--jobs", "1", ...extra);
      const two = cli("check", dir, "--jobs", "2", ...extra);
      expect([two.status, two.stdout, two.stderr]).toEqual([one.status, one.stdout, one.stderr]);
      expect(one.status).toBe(2);
    }
    const a1 = cli("annotate", dir, "-o", at("built-1"), "--jobs", "1");
    const a2 = cli("annotate", dir, "-o", at("built-2"), "--jobs", "2");
    expect([a2.status, a2.stdout.replace("built-2", "built-1"), a2.stderr]).toEqual([a1.status, a1.stdout, a1.stderr]);
    expect(fs.readdirSync(at("built-2")).sort()).toEqual(fs.readdirSync(at("built-1")).sort());
  });
});
