/**
 * The offline web page in a real browser (Debian's Chromium): seed 004 checked and split, a finding clicked,
 * an .xlsx uploaded and the annotated download checked with ExcelJS, malformed files, a 20,000-row sheet,
 * and not one request leaving the machine. A screenshot per step goes to test-artifacts/web/.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import type { Page } from "playwright-core";
import { checkSheet, highlightsFor, parseSheet } from "../../src/core";
import { worksheetToGrid } from "../../src/hosts/xlsx/xlsx.loader";
import { loadMessages } from "../../src/i18n/load-messages";
import { startServer, type Served } from "../../src/web/serve";
import { PAGE_DIR, artifact, launch, maybeUpdateDocs, missingRequirements, type Browser, settled } from "./browser";
import { XLSX, bigTargetWorkbook, bigWorkbook, emptyWorkbook, seedWorkbook } from "./files";

const missing = missingRequirements();
let server: Served;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const problems: string[] = [];

/** Screenshot with the mouse parked in a corner (no tooltip over the pane). */
async function shot(name: string): Promise<string> {
  await page.mouse.move(2, 890);
  await page.waitForTimeout(250);
  const file = artifact(name);
  await page.screenshot({ path: file });
  return file;
}

const cell = (address: string) => page.locator(`[role=grid] [data-address="${address}"]`);
// The sheet tabs under the grid (the pane has tabs of its own: 未解决 / 已接受 / 项目).
const activeTab = () => page.locator('[role=tab][data-sheet][aria-selected="true"]');
const pane = () => page.locator("aside");

async function upload(name: string, buffer: Buffer, mimeType = XLSX): Promise<void> {
  await page.setInputFiles("[data-testid=file-input]", { name, mimeType, buffer });
}

/** Wait until the open file's name is shown (the page has loaded it). */
const opened = async (name: string | RegExp) => {
  await page.locator("[data-testid=file-name]", { hasText: name }).waitFor();
  await settled(page);
};

beforeAll(async () => {
  // Fail, never skip: CI installs these (.ci/run); a machine without them must say what to install.
  if (missing.length) throw new Error(`browser tests cannot run:\n  ${missing.join("\n  ")}`);
  server = await startServer(PAGE_DIR, 0);
  browser = await launch();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:")) outside.push(url);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the offline web page in Chromium", () => {
  it("opens on an empty page that offers a file and the samples", async () => {
    await page.goto(server.url);
    await page.locator("[data-testid=drop-zone]").waitFor();
    await expect(page.locator("[data-testid=drop-zone]").textContent()).resolves.toContain("打开一张绩效目标表");
    maybeUpdateDocs(await shot("01-empty.png"), "web-empty.png");
  });

  it("loads seed 004, runs 一键校验: eight rounding warnings listed, amber cells in the grid", async () => {
    await page.click("[data-testid=seed-menu]");
    await page.click("[data-seed='004']");
    await page.locator("[role=grid]").waitFor();
    // Served (not opened from a folder), the workbook lives in a Web Worker.
    await expect(page.locator("[data-workbook-host]").getAttribute("data-workbook-host")).resolves.toBe("worker");
    await shot("02-seed-004.png");
    await pane().getByRole("button", { name: "一键校验" }).click();
    await page.locator("[data-testid=count-warning]").waitFor();
    await settled(page);
    const rounding = pane().locator('section[aria-label="警告"] li', { hasText: "舍入误差范围内" });
    await expect(rounding.count()).resolves.toBe(8);
    // The view went to the first error (issue 19 item 3), and the status line says where the marks are.
    await expect(cell("G14").getAttribute("data-fill")).resolves.toBe("#FFC7CE"); // an error: no 满意度 indicator
    await expect(pane().locator("[role=status]").textContent()).resolves.toMatch(/标记在 .+ 列，已定位到第一个问题 G14。/);
    maybeUpdateDocs(await shot("03-check.png"), "web-check.png");
    await pane().locator('button[title="定位到 B10"]').first().click();
    await page.locator('[data-selected="B10"]').waitFor();
    await settled(page);
    for (const a of ["B10", "C10", "B11", "C11"]) await expect(cell(a).getAttribute("data-fill")).resolves.toBe("#FFEB9C");
  });

  it("jumps to a finding's cell when it is clicked", async () => {
    await pane().locator('button[title="定位到 B57"]').first().click();
    await page.locator('[data-selected="B57"]').waitFor();
    await settled(page);
    await expect(cell("B57").isVisible()).resolves.toBe(true);
    await expect(cell("B57").getAttribute("data-fill")).resolves.toBe("#FFEB9C");
    await expect(page.locator("[data-testid=cell-bar]").textContent()).resolves.toContain("B57");
    await shot("04-finding.png");
  });

  it("accepts two findings with a reason: they move to 已接受 and their cells lose the mark", async () => {
    const warnings = Number(await page.locator("[data-testid=count-warning]").textContent());
    await pane().getByLabel("审核人").fill("李审核");
    // B57 is in view since the previous step; the grid renders only the rows in view.
    for (const a of ["B57", "C57"]) await pane().getByRole("checkbox", { name: new RegExp(`^选择 ${a} `) }).first().check();
    await pane().getByLabel(/^接受理由/).fill("四舍五入到万元，差一分属正常");
    await pane().getByRole("button", { name: "接受所选问题" }).click();
    await pane().getByRole("tab", { name: /^已接受 \(2\)/ }).waitFor();
    await expect(pane().getByRole("status").textContent()).resolves.toContain("已接受 2 个问题");
    await settled(page);
    for (const a of ["B57", "C57"]) await expect(cell(a).getAttribute("data-fill")).resolves.not.toBe("#FFEB9C");
    await expect(page.locator("[data-testid=count-warning]").textContent()).resolves.toBe(String(warnings - 2));
    await pane().getByRole("tab", { name: /^已接受/ }).click();
    await expect(pane().locator('section[aria-label="已接受 (2)"] li').count()).resolves.toBe(2);
    maybeUpdateDocs(await shot("05-review.png"), "web-review.png");
    await pane().getByRole("tab", { name: /^项目/ }).click();
    await pane().getByRole("button", { name: /^规则集：广州市-2025/ }).click();
    await pane().getByLabel("从内置规则集开始").waitFor();
    await pane().getByText("当前使用：").scrollIntoViewIfNeeded();
    await pane().evaluate((el) => (el.scrollTop += el.querySelector('section[aria-label="规则集"]')!.getBoundingClientRect().top - 80));
    maybeUpdateDocs(await shot("05-rules.png"), "web-rules.png");
    await pane().getByRole("button", { name: /^规则集：广州市-2025/ }).click();
    await pane().getByRole("tab", { name: /^未解决/ }).click();
  });

  it("names each finding's kind in Chinese in 校验结果's 类别 column (the codes stay in JSON)", async () => {
    await page.locator('[role=tab][data-sheet="校验结果"]').click();
    // The grid asks the workbook host for a sheet's rows in blocks: wait for the header's text, not just its cell.
    await page.locator('[role=grid] [data-address="D1"]', { hasText: "类别" }).waitFor();
    await settled(page);
    const kinds = new Set<string>();
    for (let r = 2; r <= 12; r++) kinds.add(((await cell(`D${r}`).textContent()) ?? "").trim());
    expect([...kinds].filter((k) => !/[\u4e00-\u9fff]/.test(k) || /[a-z]-[a-z]/.test(k))).toEqual([]);
    expect(kinds.size).toBeGreaterThan(1);
    maybeUpdateDocs(await shot("05-result-sheet.png"), "web-result-sheet.png");
    await page.locator('[role=tab][data-sheet^="004_"]').click();
    await settled(page);
  });

  it("sets verdicts for many projects at once: two picked → 退回, every other unreviewed → 待定, one save each", async () => {
    const projects = pane().locator('section[aria-label="项目审核"]');
    await pane().getByRole("tab", { name: /^项目/ }).click();
    await projects.waitFor();
    const option = (text: RegExp) => projects.locator("option", { hasText: text });
    const total = Number(/\((\d+)\)/.exec((await option(/^全部项目/).textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(10);
    const picks = projects.getByRole("checkbox", { name: /^选择“/ });
    await picks.nth(0).check();
    await picks.nth(1).check();
    await expect(projects.getByText("已选 2 个项目").count()).resolves.toBe(1);
    await projects.getByLabel("所选项目的结论").selectOption("退回");
    await projects.getByRole("button", { name: "保存所选（2）" }).click();
    await option(/^退回 \(2\)$/).waitFor({ state: "attached" });
    await projects.getByRole("button", { name: `未审的 ${total - 2} 个项目全部设为待定` }).click();
    await option(/^未审 \(0\)$/).waitFor({ state: "attached" });
    await expect(option(/^待定 /).textContent()).resolves.toBe(`待定 (${total - 2})`);
    maybeUpdateDocs(await shot("05-bulk-verdicts.png"), "web-bulk-verdicts.png");
    await pane().getByRole("tab", { name: /^未解决/ }).click();
  });

  it("runs 拆分指标: a 指标明细 tab with 404 rows, whose links lead back to the table", async () => {
    await pane().getByRole("button", { name: "拆分指标" }).click();
    await pane().getByRole("status").filter({ hasText: /已拆分/ }).waitFor();
    await settled(page);
    await expect(activeTab().textContent()).resolves.toBe("指标明细");
    await cell("H1").waitFor();
    await expect(cell("H1").textContent()).resolves.toBe("三级指标");
    maybeUpdateDocs(await shot("06-split.png"), "web-split.png");
    await page.locator("[role=grid]").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await cell("A405").waitFor();
    expect(await cell("A405").textContent()).toMatch(/^[A-Z]+\d+$/);
    await expect(cell("D406").textContent()).resolves.toBe("");
    const source = (await cell("A405").textContent()) as string;
    await cell("A405").click();
    await page.locator(`[data-selected="${source}"]`).waitFor();
    await settled(page);
    await expect(activeTab().textContent()).resolves.toMatch(/^004_/);
  });

  it("uploads an .xlsx, annotates it, and the downloaded workbook checks out in ExcelJS", async () => {
    const { buffer, grid } = await seedWorkbook("001");
    await upload("上传的表.xlsx", buffer);
    await opened("上传的表.xlsx");
    await pane().getByRole("button", { name: "一键校验" }).click();
    await page.locator("[data-testid=count-warning]").waitFor();
    await shot("07-upload-check.png");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download]")]);
    expect(download.suggestedFilename()).toBe("上传的表.annotated.xlsx");
    const saved = artifact("上传的表.annotated.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([["项目表", "visible"], ["说明", "visible"], ["校验结果", "visible"], ["_perftarget", "veryHidden"]]);
    const ws = wb.getWorksheet("项目表")!;
    expect(worksheetToGrid(ws).rows).toEqual(worksheetToGrid((await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ArrayBuffer)).getWorksheet("项目表")!).rows);
    const parsed = parseSheet(grid);
    if (!parsed.ok) throw new Error(parsed.code);
    const marks = highlightsFor(checkSheet(parsed.value));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect([m.address, (ws.getCell(m.address).fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([m.address, `FF${m.color.slice(1)}`]);
    expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } }); // the user's own fill, untouched
    expect(wb.getWorksheet("校验结果")!.rowCount).toBe(checkSheet(parsed.value).length + 1);
  });

  it("says what is wrong with a truncated .xlsx, a .txt that is no table and an empty workbook, and keeps working", async () => {
    const { buffer } = await seedWorkbook("001");
    await upload("坏的.xlsx", buffer.subarray(0, 2000));
    const error = page.locator("[data-testid=load-error]");
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain(loadMessages["zh-CN"]["xlsx-corrupt"]);
    await expect(error.textContent()).resolves.toContain(loadMessages.en["xlsx-corrupt"]);
    await expect(page.locator("[data-testid=file-name]").textContent()).resolves.toBe("上传的表.xlsx"); // still open
    await shot("08-malformed.png");

    await upload("笔记.txt", Buffer.from("会议纪要\n今天讨论了预算\n"), "text/plain");
    await opened("笔记.txt");
    await page.locator("[data-testid=load-warning]").waitFor();
    await expect(page.locator("[data-testid=load-warning]").textContent()).resolves.toContain("不是绩效目标表");
    await pane().getByRole("button", { name: "一键校验" }).click();
    await expect(pane().getByRole("alert").textContent()).resolves.toContain("不是绩效目标表");
    await shot("09-not-a-table.png");

    await upload("空的.xlsx", await emptyWorkbook());
    await page.locator("[data-testid=load-error]", { hasText: loadMessages["zh-CN"]["workbook-empty"] }).waitFor();
    await expect(page.locator("[data-testid=file-name]").textContent()).resolves.toBe("笔记.txt");

    await page.click("[data-testid=seed-menu]");
    await page.click("[data-seed='002']");
    await opened(/^002_/);
    await expect(error.count()).resolves.toBe(0);
    await pane().getByRole("button", { name: "一键校验" }).click();
    await page.locator("[data-testid=count-warning]").waitFor();
  });

  it("scrolls a 20,000-row sheet with only the visible rows in the page", async () => {
    await upload("大表.xlsx", await bigWorkbook());
    await opened("大表.xlsx");
    await expect(cell("B2").textContent()).resolves.toBe("项目 1");
    const frames = await page.locator("[role=grid]").evaluate(async (el) => {
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 60; i++) {
        el.scrollTop += 4000;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    });
    const rendered = await page.locator("[role=grid] [data-row]").count();
    expect(rendered).toBeLessThan(80);
    frames.sort((a, b) => a - b);
    const median = frames[Math.floor(frames.length / 2)];
    fs.writeFileSync(artifact("scroll-frames.json"), JSON.stringify({ rendered, median, max: frames[frames.length - 1] }));
    // Two animation frames per step: about 33 ms when nothing else costs anything.
    expect(median).toBeLessThan(120);
    await page.locator("[role=grid]").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await cell("B20000").waitFor();
    await expect(cell("B20000").textContent()).resolves.toBe("项目 19999");
    await shot("10-big-sheet.png");
  });

  it("on a 60,000-project table, 一键校验 shows what it is doing and can be cancelled: nothing is marked then", async () => {
    // Big enough that reading and working it out (in the worker, which no page throttling slows) take seconds past the
    // one-second delay, so 取消 comes before the writing on any machine; a loaded one only widens the gap.
    await upload("大目标表.xlsx", await bigTargetWorkbook(60_000));
    await opened("大目标表.xlsx");
    await pane().getByRole("button", { name: "一键校验" }).click();
    const progress = pane().locator("[data-testid=progress]");
    await progress.waitFor({ timeout: 60_000 });
    await expect(progress.textContent()).resolves.toMatch(/^正在校验… 正在(读取工作表|计算)…/);
    // The page answers while the workbook host works: the grid still scrolls.
    await page.locator("[role=grid]").evaluate((el) => (el.scrollTop = 0));
    await cell("B2").waitFor();
    maybeUpdateDocs(await shot("11-progress.png"), "web-progress.png");
    await pane().getByRole("button", { name: "取消" }).click();
    await pane().getByRole("status").filter({ hasText: "已取消，工作簿没有任何改动。" }).waitFor({ timeout: 120_000 });
    await settled(page);
    await expect(page.locator("[role=grid] [data-fill]").count()).resolves.toBe(0);
    await expect(page.locator('[role=tab][data-sheet="校验结果"]').count()).resolves.toBe(0);
  });

  it("made no request outside this machine and logged no error", () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
