/**
 * The web page's workbook host (a worker in the browser) and the page's side of it: the same workbook, the same
 * results and the same errors as the adapter used directly; the grid's rows fetched in blocks, never mixed
 * across versions.
 */
import { runCheck } from "../../src/actions/actions";
import { PortError } from "../../src/hosts/workbook.port";
import { openWorkbook } from "../../src/hosts/xlsx/xlsx.open";
import { findingKinds, findingMessages } from "../../src/i18n";
import { RemotePort } from "../../src/web/workbook/remote-port";
import { BLOCK, remoteView } from "../../src/web/workbook/remote-view";
import { connectWorkbooks } from "../../src/web/workbook/workbook-client";
import { WorkbookHost } from "../../src/web/workbook/workbook-host";
import { workerActions } from "../../src/web/workbook/worker-actions";
import { seedText } from "../support/seeds";

const bytes = (seed: string) => new TextEncoder().encode(seedText(seed));
const checkOpts = { message: findingMessages("zh-CN"), kind: findingKinds() };

async function opened(seed: string) {
  const client = connectWorkbooks(null);
  const r = await client.open(`${seed}.txt`, bytes(seed));
  if (!r.ok) throw new Error(r.code);
  return { client, doc: r.doc, port: new RemotePort(client, r.doc) };
}

describe("the workbook host, run on the page's thread (as a page opened from a folder runs it)", () => {
  it("checks a seed through the remote port exactly as the adapter does directly", async () => {
    const { client, port } = await opened("004");
    expect(client.mode()).toBe("page");
    const direct = await openWorkbook("004.txt", bytes("004"));
    if (!direct.ok) throw new Error(direct.code);
    const [a, b] = [await runCheck(port, checkOpts), await runCheck(direct.adapter, checkOpts)];
    if (!a.ok || !b.ok) throw new Error("check failed");
    expect(a.value.findings).toEqual(b.value.findings);
    expect(await port.sheetNames()).toEqual(await direct.adapter.sheetNames());
    expect(await port.readSheet("校验结果")).toEqual(await direct.adapter.readSheet("校验结果"));
  });

  it("hands a port error back as the same PortError, so the pane explains it", async () => {
    const { port } = await opened("000");
    const e = await port.readSheet("没有这张表").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PortError);
    expect(e).toMatchObject({ code: "sheet-not-found" });
  });

  it("answers a file it cannot open with the loader's code, and a damaged .xlsx as damaged", async () => {
    const client = connectWorkbooks(null);
    expect(await client.open("空.txt", new Uint8Array())).toMatchObject({ ok: false });
    expect(await client.open("坏.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]))).toMatchObject({ ok: false, code: "xlsx-corrupt" });
  });

  it("gives the grid rows in blocks, and none of an older version once the workbook changed", async () => {
    const host = new WorkbookHost();
    const open = await host.handle({ op: "open", name: "004.txt", bytes: bytes("004") });
    const doc = (open.answer as { ok: true; value: { doc: number } }).value.doc;
    const meta = (await host.handle({ op: "meta", doc, sheet: "004" })).answer;
    const sheet = meta.ok && (meta.value as { name: string } | null)?.name;
    expect(sheet).toBeTruthy();
    const rows = await host.handle({ op: "rows", doc, sheet: sheet as string, version: 0, from: 0, to: 5 });
    expect(rows.answer).toMatchObject({ ok: true, value: { from: 0, version: 0 } });
    await host.handle({ op: "call", doc, method: "highlight", args: [sheet, [{ address: "B3", color: "#FFC7CE" }]] });
    expect((await host.handle({ op: "rows", doc, sheet: sheet as string, version: 0, from: 0, to: 5 })).answer).toEqual({ ok: true, value: null });
    const fresh = (await host.handle({ op: "rows", doc, sheet: sheet as string, version: 1, from: 2, to: 3 })).answer;
    expect(fresh.ok && (fresh.value as { rows: { fill?: string }[][] }).rows[0][1]).toMatchObject({ fill: "#FFC7CE" });
  });
});

describe("the grid's view of a sheet in the host", () => {
  it("reads a row once its block has arrived, asks for each block once, and redraws when it comes", async () => {
    const { client, doc } = await opened("004");
    const meta = await client.meta(doc, "004");
    if (!meta) throw new Error("no sheet");
    const asked: number[] = [];
    let redraws = 0;
    let arrived: () => void = () => undefined;
    const came = new Promise<void>((r) => (arrived = r));
    const view = remoteView(meta, (from, to) => (asked.push(from), client.rows(doc, "004", meta.version, from, to)), () => (redraws++, arrived()));
    expect(view.ready?.(0)).toBe(false);
    expect(view.text(0, 0)).toBe("");
    await came;
    expect(asked).toEqual([0]);
    expect(redraws).toBe(1);
    expect(view.text(2, 0)).toMatch(/绩效目标表/);
    await view.prefetch([1]);
    expect(asked).toEqual([0, BLOCK]);
    expect(view.loaded().sort()).toEqual([0, 1]);
  });
});

describe("the pane's long actions run beside the workbook (the web page's ActionRunner)", () => {
  it("checks as the direct action does, tells its steps, and has the page read the workbook back after", async () => {
    const { client, doc, port } = await opened("004");
    let changed = 0;
    const runner = workerActions(client, doc, () => changed++);
    const steps: string[] = [];
    const r = await runner.check(port, { ...checkOpts, step: (s) => steps.push(s) }, "zh-CN");
    const direct = await openWorkbook("004.txt", bytes("004"));
    if (!direct.ok || !r.ok) throw new Error("failed");
    const d = await runCheck(direct.adapter, checkOpts);
    expect(d.ok && r.value.findings).toEqual(d.ok && d.value.findings);
    expect(steps).toEqual(["read", "work", "write"]);
    expect(changed).toBe(1);
    expect(await port.readSheet("校验结果")).toEqual(await direct.adapter.readSheet("校验结果"));
  });

  it("cancelled while it works, it writes nothing", async () => {
    const { client, doc, port } = await opened("004");
    const before = await port.sheetNames();
    const controller = new AbortController();
    const r = await workerActions(client, doc, () => undefined).split(port, { ...checkOpts, signal: controller.signal, step: (s) => s === "work" && controller.abort() }, "zh-CN");
    expect(r).toEqual({ ok: false, code: "cancelled" });
    expect(await port.sheetNames()).toEqual(before);
  });
});
