/**
 * One read of a file as `perftarget check` does it (load, then parse the first table), run in a child process by
 * the bench so that its peak RSS (the kernel's maxRSS) is this read's alone. Prints one JSON line.
 *
 * Usage: node lib/bench/huge-read.js FILE
 */
import { performance } from "node:perf_hooks";
import { parseSheet, pickSheet } from "../core";
import { loadFile } from "../hosts/file/file.loader";

async function main(): Promise<void> {
  const file = process.argv[2];
  const t0 = performance.now();
  const loaded = await loadFile(file);
  let outcome: string;
  if (!loaded.ok) {
    outcome = `refused: ${loaded.code}${loaded.detail ? ` (${loaded.detail})` : ""}`;
  } else {
    const grid = pickSheet(loaded.sheets)!;
    const parsed = parseSheet(grid);
    outcome = parsed.ok
      ? `read: ${grid.rows.length} rows, ${parsed.value.projects.length} projects, ${parsed.value.findings.filter((f) => f.code === "stray-cells").length} stray-cells finding`
      : `read: ${grid.rows.length} rows, ${parsed.code}`;
  }
  const ms = performance.now() - t0;
  // ru_maxrss is in kilobytes on Linux.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, maxRssMb, outcome }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
