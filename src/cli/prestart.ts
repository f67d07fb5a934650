/**
 * The first module the compiled CLI loads (main.ts imports it before anything else): when the command line looks
 * like `check DIR` or `annotate DIR` with more than one job, the worker threads are started at once, before the
 * main thread spends ~0.3 s loading ExcelJS, zod and the core. The real parser decides afterwards; workers it
 * does not use are dropped. Only node: built-ins here, so this costs nothing when it does not apply.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { prestartWorkers } from "./pool";

const WORKER = path.join(__dirname, "batch-worker.js");
const FOLDER_FILES = /\.(xlsx|csv|tsv|txt)$/i;

/** How many workers `argv` will want, as far as a quick look can tell; 0 when none. */
export function workersWanted(argv: readonly string[], cores: number): { dir: string; workers: number } | null {
  const [command, ...rest] = argv;
  if (command !== "check" && command !== "annotate") return null;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      strict: false,
      allowPositionals: true,
      options: { sheet: { type: "string" }, lang: { type: "string" }, output: { type: "string", short: "o" }, rules: { type: "string" }, jobs: { type: "string" } },
    });
  } catch {
    return null;
  }
  const jobs = parsed.values.jobs === undefined ? cores : Number(parsed.values.jobs);
  const dir = parsed.positionals[0];
  if (!Number.isInteger(jobs) || jobs < 2 || dir === undefined || parsed.values.help) return null;
  let files: string[];
  try {
    files = fs.readdirSync(dir).filter((f) => FOLDER_FILES.test(f));
  } catch {
    return null;
  }
  return { dir, workers: Math.min(jobs, files.length) };
}

if (require.main?.filename === path.join(__dirname, "main.js") && __filename.endsWith(".js") && fs.existsSync(WORKER)) {
  const want = workersWanted(process.argv.slice(2), typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
  // The main thread is one of the jobs (pool.ts).
  if (want && want.workers > 1) prestartWorkers(WORKER, want.workers - 1);
}
