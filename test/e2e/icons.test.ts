/**
 * The ribbon's icons as Chromium draws them (issue 19 item 7): 打开助手, 一键校验 and 清除标记 at 16, 32 and 80 px,
 * each at its size and no two alike, side by side in one picture for a person to review (docs/screenshots/ribbon-icons.png).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { artifact, launch, maybeUpdateDocs, missingRequirements, type Browser } from "./browser";

const ASSETS = path.resolve(__dirname, "..", "..", "assets");
const COMMANDS = ["open", "check", "clear"] as const;
const SIZES = [16, 32, 80] as const;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const missing = missingRequirements();
  if (missing.length) throw new Error(`browser tests cannot run:\n  ${missing.join("\n  ")}`);
  browser = await launch();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
});

const dataUrl = (name: string) => `data:image/png;base64,${fs.readFileSync(path.join(ASSETS, name)).toString("base64")}`;

it("draws a distinct icon per command at 16, 32 and 80 px, each at its own size", async () => {
  const rows = SIZES.map(
    (size) =>
      `<div style="display:flex;gap:24px;align-items:end;margin:12px">${COMMANDS.map(
        (c) => `<figure style="margin:0;text-align:center"><img data-icon="${c}-${size}" src="${dataUrl(`${c}-${size}.png`)}"><figcaption style="font:12px sans-serif">${c} ${size}</figcaption></figure>`,
      ).join("")}</div>`,
  );
  await page.setViewportSize({ width: 340, height: 230 });
  await page.setContent(`<body style="background:#f3f3f3">${rows.join("")}</body>`);
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0));
  const drawn = await page.evaluate(() =>
    Array.from(document.images).map((img) => {
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
      let opaque = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) opaque++;
      return { icon: img.dataset.icon!, width: img.naturalWidth, height: img.naturalHeight, opaque, pixels: Array.from(px).join(",") };
    }),
  );
  for (const d of drawn) {
    const size = Number(d.icon.split("-")[1]);
    expect([d.icon, d.width, d.height]).toEqual([d.icon, size, size]);
    expect(d.opaque).toBeGreaterThan(size * size * 0.1); // something is drawn, not a blank square
  }
  for (const size of SIZES) {
    const same = drawn.filter((d) => d.icon.endsWith(`-${size}`));
    expect(new Set(same.map((d) => d.pixels)).size).toBe(COMMANDS.length);
  }
  const file = artifact("ribbon-icons.png");
  await page.screenshot({ path: file, fullPage: true });
  maybeUpdateDocs(file, "screenshots/ribbon-icons.png");
});
