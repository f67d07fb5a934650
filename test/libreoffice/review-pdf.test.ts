/**
 * 审核意见 on paper: the sheet for seed 000, written by the .xlsx adapter into a workbook holding only it, turned
 * into a PDF by LibreOffice (headless), then measured with poppler: every page A4 portrait, the table one page wide
 * (each page holds the 序号 column and the title, the header row holds the first and the last column), a CJK font
 * embedded, the Chinese text extractable. The PDF and a PNG of page 1 are kept under test-artifacts/review-sheet/.
 *
 * LibreOffice and poppler-utils are required, not optional: when missing, the test installs them as root (as
 * .ci/run does) and otherwise fails naming the package.
 */
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { REVIEW_SHEET, reviewSheet } from "../../src/core";
import { XlsxAdapter } from "../../src/hosts/xlsx/xlsx.adapter";
import { seed000Review } from "../core/review/review-sheet.fixture";

const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts", "review-sheet");
const A4 = { width: 595.28, height: 841.89 };

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

function ensure(cmd: string, pkg: string): void {
  if (has(cmd)) return;
  if (process.getuid?.() === 0 && has("apt-get")) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "ignore", env, timeout: 600_000 });
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", pkg], { stdio: "ignore", env, timeout: 1_200_000 });
  }
  if (!has(cmd)) throw new Error(`${cmd} is missing: install it with \`apt-get install -y ${pkg}\``);
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", timeout: 150_000, stdio: ["ignore", "pipe", "pipe"] });

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** `pdftotext -bbox`: every page's size and its words with their boxes, in points. */
function pagesOf(pdf: string): Page[] {
  const html = run("pdftotext", ["-bbox", pdf, "-"]);
  return html.split("<page ").slice(1).map((chunk) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      text: m[4],
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
    }));
    return { width: Number(size[1]), height: Number(size[2]), words };
  });
}

let dir: string;
let pdf: string;
let pages: Page[];

beforeAll(async () => {
  ensure("soffice", "libreoffice-calc-nogui");
  ensure("pdftotext", "poppler-utils");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-pdf-"));

  // A workbook holding only 审核意见 (and the adapter's hidden memory sheet, which is never printed).
  const layout = reviewSheet(seed000Review());
  const port = new XlsxAdapter(new ExcelJS.Workbook());
  const blank = port.activeSheet;
  await port.addSheet({ name: REVIEW_SHEET, rows: layout.rows, widths: layout.widths, textColumns: layout.textColumns, print: layout.print, activate: true });
  port.workbook.removeWorksheet(port.workbook.getWorksheet(blank)!.id);
  const xlsx = path.join(dir, "review-000.xlsx");
  fs.writeFileSync(xlsx, await port.toBytes());

  const profile = pathToFileURL(path.join(dir, "profile")).href;
  run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, xlsx]);
  pdf = path.join(dir, "review-000.pdf");
  pages = pagesOf(pdf);

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.copyFileSync(pdf, path.join(ARTIFACTS, "review-000.pdf"));
  run("pdftoppm", ["-r", "60", "-f", "1", "-l", "1", "-singlefile", "-png", pdf, path.join(ARTIFACTS, "review-000-page1")]);
}, 1_900_000);

afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

describe("the 审核意见 sheet as a PDF made by LibreOffice", () => {
  it("has A4 portrait pages only", () => {
    const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))![1]);
    expect(pages).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      expect(Math.abs(p.width - A4.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.height - A4.height)).toBeLessThanOrEqual(1);
    }
  });

  it("fits the table to one page width: every page inside its margins, with the title and the 序号 column", () => {
    const first = pages[0].words.find((w) => w.text === "序号")!;
    expect(first).toBeDefined();
    pages.forEach((p, i) => {
      const label = `page ${i + 1}`;
      for (const w of p.words) expect([label, w.text, w.xMin >= 18 && w.xMax <= p.width - 18]).toEqual([label, w.text, true]);
      expect([label, p.words.some((w) => w.text === REVIEW_SHEET)]).toEqual([label, true]);
      // A sequence number in the first column: the page is not made of right-hand overflow columns alone.
      expect([label, p.words.some((w) => /^\d+$/.test(w.text) && w.xMax <= first.xMax + 6)]).toEqual([label, true]);
    });
  });

  it("prints each table's header row whole: its last column on the same line and page as 序号", () => {
    for (const last of ["审核人·时间", "接受人·时间"]) {
      const page = pages.find((p) => p.words.some((w) => w.text === last))!;
      expect([last, page]).toEqual([last, expect.anything()]);
      const header = page.words.find((w) => w.text === last)!;
      expect(page.words.some((w) => w.text === "序号" && Math.abs(w.yMin - header.yMin) < 2)).toBe(true);
    }
  });

  it("embeds a CJK font", () => {
    const fonts = run("pdffonts", [pdf]).split("\n").slice(2).filter((l) => /CJK|Song|Hei|Ming|Kai|WenQuanYi|SimSun|Droid Sans Fallback/i.test(l));
    expect(fonts.length).toBeGreaterThan(0);
    // Each line ends "emb sub uni object-id generation"; the name and type before them may hold spaces.
    expect(fonts.some((l) => /\syes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/.test(l))).toBe(true);
  });

  it("holds the Chinese text: the title, the department and the projects of seed 000", () => {
    const text = run("pdftotext", ["-layout", pdf, "-"]);
    for (const s of [REVIEW_SHEET, "广州市白云区政务服务数据管理局", "一、项目审核结论", "二、未解决的问题", "三、已接受的问题", "信息化项目管理经费", "海关入驻保障费", "场所面积以实物提供为准"]) {
      expect([s, text.includes(s)]).toEqual([s, true]);
    }
    expect(text).toMatch(/第 1 页，共 \d+ 页/);
  });
});
