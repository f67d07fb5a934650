/**
 * The offline web page on a big table (issue 18 item 5), in Debian's Chromium through playwright-core: open a
 * 20,000-row target table, 一键校验, 拆分指标 — each timed from the click to what the user sees when it is done.
 * Targets here: open ≤ 3 s, check ≤ 3 s, split ≤ 5 s. A measurement, not a test: misses are printed, exit 0.
 * Needs the built page (npm run build:web) and /usr/bin/chromium; says so and stops otherwise.
 * Usage: node lib/bench/web-bench.js [--rows N] [--json]
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "playwright-core";
import { startServer } from "../web/serve";
import { syntheticGrid } from "./synthetic";

const CHROMIUM = process.env.PERFTARGET_CHROMIUM ?? "/usr/bin/chromium";
const PAGE_DIR = path.resolve(__dirname, "..", "..", "dist", "web");
const TARGETS = { open: 3000, check: 3000, split: 5000 };
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A layout-A table of about `rows` rows (8 indicators a project) as .xlsx bytes, amounts typed as numbers. */
async function tableBytes(rows: number): Promise<Buffer> {
  const grid = syntheticGrid(Math.max(1, Math.round(rows * 0.94)), 8, 7);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目表");
  for (const row of grid.rows) ws.addRow(row.map((v) => (typeof v === "string" && /^\d{1,3}(,\d{3})*\.\d{2}$/.test(v) ? Number(v.replace(/,/g, "")) : v)));
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rows = Number(args[args.indexOf("--rows") + 1]) || 20_000;
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(PAGE_DIR, "index.html"))) {
    console.log(`web page bench skipped: needs ${CHROMIUM} (apt-get install chromium) and the built page (npm run build:web)`);
    return;
  }
  const bytes = await tableBytes(rows);
  const server = await startServer(PAGE_DIR, 0);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.locator("[data-testid=drop-zone]").waitFor();
    // The page's longest task while each step runs (Long Tasks API): how long the page could not answer a click.
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: "longtask", buffered: false });
    });
    const blocked: Record<string, number> = {};
    const timed = async (what: () => Promise<unknown>, done: () => Promise<unknown>, name = ""): Promise<number> => {
      await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
      const t0 = performance.now();
      await what();
      await done();
      const ms = performance.now() - t0;
      await page.waitForTimeout(100); // the observer reports a task after it ends
      if (name) blocked[name] = Math.round(await page.evaluate(() => (window as unknown as { longest: number }).longest));
      return ms;
    };
    const pane = page.locator("aside");
    const open = await timed(
      () => page.setInputFiles("[data-testid=file-input]", { name: "大表.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes }),
      () => page.locator("[data-testid=file-name]", { hasText: "大表.xlsx" }).waitFor({ timeout: 600_000 }),
      "open",
    );
    const check = await timed(
      () => pane.getByRole("button", { name: "一键校验" }).click(),
      () => page.locator("[data-testid=count-warning], [data-testid=count-error]").first().waitFor({ timeout: 600_000 }),
      "check",
    );
    const split = await timed(
      () => pane.getByRole("button", { name: "拆分指标" }).click(),
      () => pane.getByText(/已拆分/).waitFor({ timeout: 600_000 }),
      "split",
    );
    const result = { rows, openMs: Math.round(open), checkMs: Math.round(check), splitMs: Math.round(split), longestTaskMs: blocked };
    if (args.includes("--json")) console.log(JSON.stringify(result));
    const line = (label: string, ms: number, target: number) =>
      `  ${label.padEnd(6)} ${(ms / 1000).toFixed(1)} s (target ≤ ${target / 1000} s: ${ms <= target ? "PASS" : "MISS"}); the page's longest task ${blocked[label]} ms`;
    console.log(`web page in Chromium, a ${rows}-row table:`);
    console.log(line("open", open, TARGETS.open));
    console.log(line("check", check, TARGETS.check));
    console.log(line("split", split, TARGETS.split));
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
