/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), with the flags this machine needs
 * (no background networking: the network is closed) and a fresh profile. Missing system packages make the
 * tests fail with the apt package to install — they are not skipped.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BrowserContext, Page, chromium } from "playwright-core";

export const CHROMIUM = process.env.PERFTARGET_CHROMIUM ?? "/usr/bin/chromium";
export const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts", "web");
export const PAGE_DIR = path.resolve(__dirname, "..", "..", "dist", "web");

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
];

/** What the browser tests need from the system, as sentences naming the apt package; empty when all is there. */
export function missingRequirements(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(CHROMIUM)) {
    missing.push(`Chromium is not installed (${CHROMIUM}): apt-get install chromium (Debian's package; .ci/run installs it)`);
  }
  let fonts = "";
  try {
    fonts = execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  } catch {
    fonts = "";
  }
  if (!/Noto Sans CJK/i.test(fonts)) missing.push("No Chinese font (Noto Sans CJK): apt-get install fonts-noto-cjk (.ci/run installs it)");
  if (!fs.existsSync(path.join(PAGE_DIR, "index.html"))) missing.push(`The page is not built (${PAGE_DIR}/index.html): npm run build:web`);
  return missing;
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Save a step's screenshot under test-artifacts/web/, and into docs/ when PERFTARGET_DOCS_SCREENSHOTS=1. */
export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** `docsName` may name a folder under docs/ (screenshots/fit-320-seed.png); it is made when missing. */
export function maybeUpdateDocs(file: string, docsName: string): void {
  if (process.env.PERFTARGET_DOCS_SCREENSHOTS !== "1") return;
  const target = path.resolve(__dirname, "..", "..", "docs", docsName);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(file, target);
}

/**
 * The web page's grid has caught up with the workbook: the pane's last change has been read back from the
 * workbook host (a worker), so cells, fills and the active tab show it. Wait for this after a pane action.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator("[data-testid=sheet][aria-busy=false]").waitFor();
}

/**
 * The page is at rest after an action: the grid has caught up, the progress line is gone, and no transition is
 * half way (an accessibility check measures colours, which a fading button does not yet have).
 */
export async function quiet(page: Page): Promise<void> {
  await settled(page);
  await page.locator("aside [data-testid=progress]").waitFor({ state: "detached" });
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity));
}

