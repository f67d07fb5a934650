/**
 * Issue 19 item 2, a page that fits: the web page at 320, 350, 768 and 1366 px with seed 004 open, before and
 * after 一键校验. Nothing is wider than the screen; under 960 px the task pane is a drawer the user opens and
 * closes, and the grid keeps the page's width. Screenshots go to test-artifacts/web/ (and docs/screenshots/
 * with PERFTARGET_DOCS_SCREENSHOTS=1).
 */
import type { Page } from "playwright-core";
import { startServer, type Served } from "../../src/web/serve";
import { PAGE_DIR, artifact, launch, maybeUpdateDocs, missingRequirements, type Browser } from "./browser";
import { measureFit, misfits } from "./page-fit";

const missing = missingRequirements();
let server: Served;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** A phone (320 and 350: the narrowest Office pane and a common Android width), a tablet upright, a laptop. */
const SIZES = [
  { width: 320, height: 640 },
  { width: 350, height: 740 },
  { width: 768, height: 1024 },
  { width: 1366, height: 768 },
];

async function shot(name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(350); // the drawer's slide and any tooltip settle
  const file = artifact(name);
  await page.screenshot({ path: file });
  maybeUpdateDocs(file, `screenshots/${name}`);
}

/** The drawer's slide has finished (a box measured mid-slide is half off screen by design). */
const settled = () => page.waitForFunction(() => (document.querySelector("aside")?.getAnimations().length ?? 0) === 0);

async function expectFit(when: string): Promise<void> {
  await settled();
  const fit = await measureFit(page);
  expect({ when, misfits: misfits(fit) }).toEqual({ when, misfits: [] });
}

const pane = () => page.locator("aside");

beforeAll(async () => {
  if (missing.length) throw new Error(`browser tests cannot run:\n  ${missing.join("\n  ")}`);
  server = await startServer(PAGE_DIR, 0);
  browser = await launch();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(SIZES)("the web page at $width px", ({ width, height }) => {
  const narrow = width < 960;

  it("fits empty, with seed 004 open, and after 一键校验", async () => {
    await page.setViewportSize({ width, height });
    await page.goto(server.url);
    await page.locator("[data-testid=drop-zone]").waitFor();
    await expectFit("empty page");
    await shot(`fit-${width}-empty.png`);

    await page.click("[data-testid=seed-menu]");
    await page.click("[data-seed='004']");
    await page.locator("[role=grid]").waitFor();
    await expectFit("seed 004 open");
    if (narrow) {
      // The pane waits in a closed drawer; the grid has the page's whole width.
      await expect(pane().getAttribute("data-drawer")).resolves.toBe("closed");
      const fit = await measureFit(page);
      expect([fit.grid?.left, fit.grid?.right]).toEqual([0, width]);
    }
    await shot(`fit-${width}-seed.png`);

    if (narrow) {
      await page.click("[data-testid=pane-toggle]");
      await expect(pane().getAttribute("data-drawer")).resolves.toBe("open");
      await expectFit("drawer open");
      await shot(`fit-${width}-pane.png`);
    }
    await pane().getByRole("button", { name: "一键校验" }).click();
    await page.locator("[data-testid=count-warning]").waitFor();
    await expectFit("after 一键校验");
    await shot(`fit-${width}-check.png`);

    if (narrow) {
      await page.click("[data-testid=pane-close]");
      await expect(pane().getAttribute("data-drawer")).resolves.toBe("closed");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("pane-toggle");
      await expectFit("drawer closed after 一键校验");
      await shot(`fit-${width}-check-grid.png`);
      // Escape closes it too, and the findings are still there when it opens again.
      await page.click("[data-testid=pane-toggle]");
      await page.locator("[data-testid=count-warning]").waitFor();
      await page.keyboard.press("Escape");
      await expect(pane().getAttribute("data-drawer")).resolves.toBe("closed");
      // A finding clicked in the drawer: the drawer closes over its cell, which is selected, and the grid has the focus.
      await page.click("[data-testid=pane-toggle]");
      await settled();
      await pane().locator('button[title="定位到 B10"]').first().click();
      await page.locator('[data-selected="B10"]').waitFor();
      await expect(pane().getAttribute("data-drawer")).resolves.toBe("closed");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("grid");
      await settled();
      await shot(`fit-${width}-finding.png`);
    }
  });
});

it("logged no error", () => {
  expect(problems).toEqual([]);
});
