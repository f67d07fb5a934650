/**
 * The page opened straight from a folder (docs/OFFLINE.md 1.2): Chromium lets a file:// page start no Web Worker,
 * so the page runs its workbook host on its own thread — and does everything the served page does, with the
 * same results. Only index.html and the scripts are copied, as a user copies them to a USB stick.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { runCheck } from "../../src/actions/actions";
import { openWorkbook } from "../../src/hosts/xlsx/xlsx.open";
import { findingMessages } from "../../src/i18n";
import { seedText } from "../support/seeds";
import { PAGE_DIR, launch, missingRequirements, settled, type Browser } from "./browser";

const missing = missingRequirements();
let browser: Browser;
let page: Page;
let folder: string;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (missing.length) throw new Error(`browser tests cannot run:\n  ${missing.join("\n  ")}`);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-usb-"));
  for (const f of fs.readdirSync(PAGE_DIR)) if (f === "index.html" || (f.startsWith("perftarget-") && f.endsWith(".js") && !f.startsWith("perftarget-core"))) fs.copyFileSync(path.join(PAGE_DIR, f), path.join(folder, f));
  browser = await launch();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("request", (r) => requests.push(r.url()));
});

afterAll(async () => {
  await browser?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

it("checks seed 004 and downloads the result when opened from a folder, with no worker", async () => {
  await page.goto(`file://${path.join(folder, "index.html")}`);
  await page.click("[data-testid=seed-menu]");
  await page.click("[data-seed='004']");
  await page.locator("[role=grid]").waitFor();
  await settled(page);
  await expect(page.locator("[data-workbook-host]").getAttribute("data-workbook-host")).resolves.toBe("page");
  await page.locator("aside").getByRole("button", { name: "一键校验" }).click();
  await page.locator("[data-testid=count-warning]").waitFor();
  // The same counts as the action gives over the same seed outside the browser.
  const opened = await openWorkbook("004.txt", new TextEncoder().encode(seedText("004")));
  const direct = opened.ok ? await runCheck(opened.adapter, { message: findingMessages("zh-CN") }) : null;
  if (!direct?.ok) throw new Error("seed 004 did not check");
  await expect(page.locator("[data-testid=count-warning]").textContent()).resolves.toBe(String(direct.value.summary.warnings));
  await expect(page.locator("[data-testid=count-error]").textContent()).resolves.toBe(String(direct.value.summary.errors));
  await settled(page);
  await expect(page.locator('[role=grid] [data-address="G14"]').getAttribute("data-fill")).resolves.toBe("#FFC7CE");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download]")]);
  expect(download.suggestedFilename()).toMatch(/\.annotated\.xlsx$/);
  expect(fs.statSync((await download.path())!).size).toBeGreaterThan(10_000);
  // Only the copied files (and the download's blob:) were asked for; nothing failed to load.
  expect(requests.filter((u) => !u.startsWith("file://") && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
  expect(problems).toEqual([]);
});
