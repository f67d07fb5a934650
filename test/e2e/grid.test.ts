/**
 * Issue 19 item 5, the web grid behaves like a sheet: keys move the selection (into view), cells show values in
 * their number format (formulas in the bar), text spills into empty neighbours (审核意见's title reads in full),
 * one `main` landmark, and axe-core finds no serious or critical accessibility violation on the page's states.
 * axe-core is the standard accessibility engine: its rules are maintained against WCAG and browsers, better than
 * rules of our own.
 */
import * as fs from "fs";
import type { Page } from "playwright-core";
import { startServer, type Served } from "../../src/web/serve";
import { PAGE_DIR, artifact, launch, maybeUpdateDocs, missingRequirements, type Browser, quiet, settled } from "./browser";
import { XLSX, formatsWorkbook } from "./files";

const missing = missingRequirements();
let server: Served;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const cell = (address: string) => page.locator(`[role=grid] [data-address="${address}"]`);
const pane = () => page.locator("aside");
const selected = () => page.locator("[data-selected]").getAttribute("data-selected");
/** The selection once a key has moved it away from `from` (the grid re-renders after the key, not with it). */
const movedFrom = async (from: string) => {
  await page.locator(`[data-selected]:not([data-selected="${from}"])`).waitFor();
  return selected();
};
const bar = () => page.locator("[data-testid=cell-input]").textContent();

/** axe-core is a devDependency; a checkout that has not run `npm install` since it was added is told so. */
function axeScript(): string {
  try {
    return require.resolve("axe-core/axe.min.js");
  } catch {
    throw new Error("axe-core is not installed: run npm install (it is in devDependencies)");
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core run in the page, reporting the serious and critical violations. Its script goes in through the
 * devtools protocol (page.evaluate), not a <script> tag, which the page's CSP rightly refuses.
 */
async function axeViolations(name: string): Promise<string[]> {
  const defined = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!defined) await page.evaluate(fs.readFileSync(axeScript(), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent's focus manager (Tabster) adds 1 px focus guards, <i data-tabster-dummy aria-hidden tabindex=0>, that
    // pass the focus straight on: hidden from screen readers by design, never a stop for a keyboard user, and
    // flagged by aria-hidden-focus all the same. Everything else on the page is checked.
    return (await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] })).violations;
  });
  fs.writeFileSync(artifact(`axe-${name}.json`), JSON.stringify(violations, null, 2));
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}

/** The cell's box lies inside the grid's visible area (below the sticky letters, right of the row numbers). */
async function inView(address: string): Promise<boolean> {
  // The grid scrolls and the row's cells arrive from the workbook's worker a moment after the key: wait up to 5 s.
  return page
    .waitForFunction(
      (a) => {
        const grid = document.querySelector("[role=grid]")!.getBoundingClientRect();
        const c = document.querySelector(`[role=grid] [data-address="${a}"]`)?.getBoundingClientRect();
        return !!c && c.top >= grid.top + 23 && c.bottom <= grid.bottom + 1 && c.left >= grid.left + 55 && c.right <= grid.right + 1;
      },
      address,
      { timeout: 5000 },
    )
    .then(
      () => true,
      () => false,
    );
}

async function shot(name: string, docs?: string): Promise<void> {
  await page.mouse.move(2, 890);
  await page.waitForTimeout(250);
  const file = artifact(name);
  await page.screenshot({ path: file });
  if (docs) maybeUpdateDocs(file, docs);
}

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

describe("the web grid", () => {
  it("has no serious accessibility violation on the empty page", async () => {
    await page.goto(server.url);
    await page.locator("[data-testid=drop-zone]").waitFor();
    await expect(page.locator("main, [role=main]").count()).resolves.toBe(1);
    await expect(axeViolations("empty")).resolves.toEqual([]);
  });

  it("moves the selection with the keys of a spreadsheet, and scrolls it into view", async () => {
    await page.click("[data-testid=seed-menu]");
    await page.click("[data-seed='004']");
    await page.locator("[role=grid]").waitFor();
    await expect(page.locator("main, [role=main]").count()).resolves.toBe(1);
    await cell("A3").click();
    await expect(selected()).resolves.toBe("A3");
    const steps: [string, string][] = [
      ["ArrowDown", "A4"],
      ["ArrowRight", "B4"],
      ["Tab", "C4"],
      ["Shift+Tab", "B4"],
      ["Enter", "B5"],
      ["Shift+Enter", "B4"],
      ["ArrowUp", "B3"],
      ["ArrowLeft", "A3"],
      ["Home", "A3"],
    ];
    for (const [key, to] of steps) {
      await page.keyboard.press(key);
      await page.locator(`[data-selected="${to}"]`).waitFor();
    }
    // The selected cell is the grid's active descendant (what a screen reader announces).
    const active = await page.locator("[role=grid]").getAttribute("aria-activedescendant");
    await expect(page.locator(`[id="${active}"]`).getAttribute("data-address")).resolves.toBe("A3");
    await page.keyboard.press("PageDown");
    const down = Number((await movedFrom("A3"))!.slice(1));
    expect(down).toBeGreaterThan(15);
    expect(await inView(`A${down}`)).toBe(true);
    await page.keyboard.press("PageUp");
    await page.locator('[data-selected="A3"]').waitFor();
    await page.keyboard.press("Control+End");
    const last = (await movedFrom("A3"))!;
    expect(Number(last.replace(/^[A-Z]+/, ""))).toBeGreaterThan(100);
    expect(await inView(last)).toBe(true);
    await shot("grid-ctrl-end.png");
    await page.keyboard.press("Control+Home");
    await page.locator('[data-selected="A1"]').waitFor();
    expect(await inView("A1")).toBe(true);
    await page.keyboard.press("End");
    await page.locator('[data-selected]:not([data-selected="A1"])').waitFor();
    await page.keyboard.press("Control+ArrowDown");
    await expect(selected()).resolves.toMatch(/^[A-Z]+\d+$/);
    await expect(axeViolations("seed")).resolves.toEqual([]);
  });

  it("after 一键校验 and 生成审核意见: 审核意见's title reads in full, and no serious accessibility violation", async () => {
    await pane().getByRole("button", { name: "一键校验" }).click();
    await page.locator("[data-testid=count-warning]").waitFor();
    await quiet(page);
    await expect(axeViolations("check")).resolves.toEqual([]);
    await pane().getByLabel("审核人").fill("李审核");
    await pane().getByRole("button", { name: "生成审核意见" }).click();
    await page.locator('[role=tab][data-sheet="审核意见"][aria-selected="true"]').waitFor();
    await settled(page);
    await cell("A1").waitFor();
    await expect(cell("A1").textContent()).resolves.toMatch(/^审核意见/);
    // The title spills over the empty cells to its right and is not cut: its text fits the box it spills into.
    expect(await cell("A1").getAttribute("data-spill")).toMatch(/^[B-Z]$/);
    const fits = await cell("A1").evaluate((el) => {
      const span = el.querySelector("span")!;
      return span.scrollWidth <= span.clientWidth;
    });
    expect(fits).toBe(true);
    await shot("grid-review-sheet.png", "screenshots/grid-review-sheet.png");
    await expect(axeViolations("review-sheet")).resolves.toEqual([]);
  });

  it("shows values in their number format, formulas in the bar, and long text over empty neighbours", async () => {
    await page.setInputFiles("[data-testid=file-input]", { name: "格式.xlsx", mimeType: XLSX, buffer: await formatsWorkbook() });
    await page.locator("[data-testid=file-name]", { hasText: "格式.xlsx" }).waitFor();
    await settled(page);
    const shown = async (a: string) => (await cell(a).textContent()) ?? "";
    expect(await Promise.all(["B3", "B4", "B5", "C3", "C4", "D3", "B7"].map(shown))).toEqual(["1,234,567.89", "2,000.00", "1,236,567.89", "87.65%", "0.16%", "2026-03-01", "1234567.891"]);
    await cell("B5").click();
    await expect(bar()).resolves.toBe("=SUM(B3:B4)");
    await cell("B3").click();
    await expect(bar()).resolves.toBe("1234567.891");
    await cell("C3").click();
    await expect(bar()).resolves.toBe("87.65%");
    for (const a of ["A1", "A6"]) {
      expect(await cell(a).getAttribute("data-spill")).toMatch(/^[B-Z]$/);
      expect(await cell(a).evaluate((el) => el.querySelector("span")!.scrollWidth <= el.querySelector("span")!.clientWidth)).toBe(true);
    }
    // A3 (金额) has B3 beside it: no spill.
    await expect(cell("A3").getAttribute("data-spill")).resolves.toBeNull();
    // A click on a cell the text runs over selects that cell, not the text's.
    await cell("C1").click();
    await page.locator('[data-selected="C1"]').waitFor();
    await shot("grid-formats.png", "screenshots/grid-formats.png");
  });

  it("has no serious accessibility violation at 350 px with the drawer open", async () => {
    await page.setViewportSize({ width: 350, height: 740 });
    await page.click("[data-testid=pane-toggle]");
    await page.waitForFunction(() => (document.querySelector("aside")?.getAnimations().length ?? 0) === 0);
    await expect(axeViolations("narrow-drawer")).resolves.toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("logged no error", () => {
    expect(problems).toEqual([]);
  });
});
