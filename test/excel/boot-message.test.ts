/**
 * @jest-environment jsdom
 */
// Choosing the workbook at start-up, and the ribbon's message page.
import { bootMode } from "../../src/excel/boot";
import { localeFor } from "../../src/i18n";
import { demoPort } from "../../src/excel/demo-port";
import { fillMessage } from "../../src/excel/message";
import { seedText } from "../support/seeds";

describe("bootMode", () => {
  const office = (host: unknown) => ({ onReady: () => Promise.resolve({ host }) });

  it("uses Excel inside Excel, the demo with ?demo, and the 'open in Excel' page otherwise", async () => {
    expect(await bootMode("", office("Excel"))).toBe("excel");
    expect(await bootMode("?demo", office("Excel"))).toBe("demo");
    expect(await bootMode("?demo", undefined)).toBe("demo");
    expect(await bootMode("", undefined)).toBe("outside"); // office.js did not load (offline, plain browser)
    expect(await bootMode("", office(null))).toBe("outside"); // loaded in a plain browser
    expect(await bootMode("", office("Word"))).toBe("outside");
    expect(await bootMode("", { onReady: () => new Promise(() => undefined) }, 10)).toBe("outside"); // never ready
  });

  it("follows Office's display language, Chinese by default", () => {
    expect(localeFor("zh-CN")).toBe("zh-CN");
    expect(localeFor("en-US")).toBe("en");
    expect(localeFor("fr-FR")).toBe("zh-CN");
    expect(localeFor(undefined)).toBe("zh-CN");
  });

  it("the demo workbook holds the sample table on 项目表", async () => {
    const port = demoPort(seedText("004"));
    const sheet = await port.readActiveSheet();
    expect(sheet.name).toBe("项目表");
    expect(sheet.rows.length).toBeGreaterThan(150);
  });
});

describe("message.html", () => {
  it("shows the text as text, never as HTML", () => {
    document.body.innerHTML = '<h1 id="title"></h1><p id="text"></p><button id="close" hidden></button>';
    const text = '工作表“Sheet1”是空的。<img src=x onerror="alert(1)">';
    fillMessage(document, `?text=${encodeURIComponent(text)}&title=${encodeURIComponent("一键校验未完成")}&lang=zh-CN`);
    expect(document.getElementById("text")!.textContent).toBe(text);
    expect(document.querySelector("img")).toBeNull();
    expect(document.getElementById("title")!.textContent).toBe("一键校验未完成");
    expect(document.getElementById("close")!.textContent).toBe("关闭");
  });
});
