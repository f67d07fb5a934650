/**
 * 绩效自评表 on the offline web page at 1366 px (issue 15): with seed 000 (an approved target table) open, the pane's
 * 从目标表生成自评表 writes a 绩效自评表 sheet with one block per project; then the self-evaluation variant with planted
 * faults (test/variants/s-anhui-guichi-faults.tsv, its .md lists the faults) is opened and 一键校验 lists the
 * self-evaluation findings on their cells. Screenshots go to test-artifacts/web/ (and docs/screenshots/
 * selfeval-*.png with PERFTARGET_DOCS_SCREENSHOTS=1).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { startServer, type Served } from "../../src/web/serve";
import { PAGE_DIR, artifact, launch, maybeUpdateDocs, missingRequirements, type Browser, settled } from "./browser";

const missing = missingRequirements();
const FAULTS = path.resolve(__dirname, "..", "variants", "s-anhui-guichi-faults.tsv");
let server: Served;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const pane = () => page.locator("aside");
const cell = (address: string) => page.locator(`[role=grid] [data-address="${address}"]`);
const activeTab = () => page.locator('[role=tab][data-sheet][aria-selected="true"]');
const ERROR = "#FFC7CE";
const WARNING = "#FFEB9C";

async function shot(name: string): Promise<void> {
  await page.mouse.move(2, 760);
  await page.waitForTimeout(300);
  const file = artifact(name);
  await page.screenshot({ path: file });
  maybeUpdateDocs(file, `screenshots/${name}`);
}

beforeAll(async () => {
  if (missing.length) throw new Error(`browser tests cannot run:\n  ${missing.join("\n  ")}`);
  server = await startServer(PAGE_DIR, 0);
  browser = await launch();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  await page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("绩效自评表 on the web page (1366 px)", () => {
  it("makes a 绩效自评表 from seed 000: a new sheet with a block per project", async () => {
    await page.goto(server.url);
    await page.click("[data-testid=seed-menu]");
    await page.click("[data-seed='000']");
    await page.locator("[role=grid]").waitFor();
    const panel = pane().locator('section[aria-label="绩效自评表"]');
    await panel.scrollIntoViewIfNeeded();
    await panel.getByRole("combobox").selectOption({ label: "四川样式" });
    await panel.getByRole("button", { name: "从目标表生成自评表" }).click();
    const status = pane().getByRole("status");
    await status.filter({ hasText: "已生成工作表“绩效自评表”" }).waitFor();
    await settled(page);
    await expect(activeTab().textContent()).resolves.toBe("绩效自评表");
    const projects = Number((await status.textContent())!.match(/(\d+) 个项目/)![1]);
    expect(projects).toBe(22); // seed 000's projects (perftarget selfeval says the same)
    await cell("A1").waitFor();
    await expect(cell("A1").textContent()).resolves.toContain("项目支出绩效自评表");
    // Every block starts with its title row: as many titles in column A as projects.
    const titles = await page.locator("[role=grid]").evaluate(async (el) => {
      const seen = new Set<string>();
      for (let top = 0; top <= el.scrollHeight; top += el.clientHeight / 2) {
        el.scrollTop = top;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
        el.querySelectorAll('[data-address^="A"]').forEach((c) => {
          const a = c.getAttribute("data-address")!;
          if (/^A\d+$/.test(a) && (c.textContent ?? "").includes("项目支出绩效自评表")) seen.add(a);
        });
      }
      el.scrollTop = 0;
      return seen.size;
    });
    expect(titles).toBe(projects);
    // 得分 is a live formula over 完成值 (G), 指标值 (E) and 权重 (H): the formula bar shows it.
    await cell("I15").click();
    await expect(page.locator("[data-testid=cell-bar]").textContent()).resolves.toContain("=IF(ISNUMBER(G15),IF(OR(G15>=E15,E15=0),H15");
    await panel.scrollIntoViewIfNeeded();
    await shot("selfeval-generate.png");
  });

  it("checks the faulty self-evaluation: 预算执行率 and B/A×W findings listed, their cells marked", async () => {
    await page.setInputFiles("[data-testid=file-input]", { name: "s-anhui-guichi-faults.tsv", mimeType: "text/tab-separated-values", buffer: fs.readFileSync(FAULTS) });
    await page.locator("[data-testid=file-name]", { hasText: "s-anhui-guichi-faults.tsv" }).waitFor();
    await settled(page);
    await expect(page.locator("[data-testid=load-warning]").count()).resolves.toBe(0);
    await pane().getByRole("button", { name: "一键校验" }).click();
    await page.locator("[data-testid=count-error]").waitFor();
    await settled(page);
    await expect(page.locator("[data-testid=count-error]").textContent()).resolves.toBe("8");
    await expect(page.locator("[data-testid=count-warning]").textContent()).resolves.toBe("5");
    const errors = pane().locator('section[aria-label="错误"] li');
    const warnings = pane().locator('section[aria-label="警告"] li');
    await expect(errors.filter({ hasText: "预算执行率 98.97%" }).count()).resolves.toBe(1);
    await expect(warnings.filter({ hasText: "得分应为 B/A×W = 2850/3000×10 = 9.50" }).count()).resolves.toBe(1);
    await expect(errors.filter({ hasText: "超过分值" }).count()).resolves.toBe(1);
    await expect(errors.filter({ hasText: "总分 95.28" }).count()).resolves.toBe(1);
    // The money total's cells, in view on opening; the grid draws only the columns in view.
    for (const a of ["B6", "C6", "D6"]) await expect(cell(a).getAttribute("data-fill")).resolves.toBe(ERROR);
    // A click on the B/A×W finding takes the grid to H14, with the scores' columns in view.
    await pane().locator('button[title="定位到 H14"]').first().click();
    await page.locator('[data-selected="H14"]').waitFor();
    await settled(page);
    // For the screenshot, columns D (三级指标) to I (偏差原因) in view: the names, targets, completions, points and scores.
    await page.locator("[role=grid]").evaluate(async (el) => {
      el.scrollLeft = 0;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
      const left = (a: string) => el.querySelector(`[data-address="${a}"]`)!.getBoundingClientRect().left;
      el.scrollLeft = left("D12") - left("A12");
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
    });
    for (const a of ["F6", "G6", "F7", "H16", "H22"]) await expect(cell(a).getAttribute("data-fill")).resolves.toBe(ERROR);
    for (const a of ["F13", "H14", "H19", "H20"]) await expect(cell(a).getAttribute("data-fill")).resolves.toBe(WARNING);
    // The findings in view in the pane for the screenshot.
    await pane().evaluate((el) => (el.scrollTop += el.querySelector('section[aria-label="错误"]')!.getBoundingClientRect().top - 120));
    await shot("selfeval-check.png");
  });

  it("logged no error", () => {
    expect(problems).toEqual([]);
  });
});
