// All or nothing over WPS: ET applies each call at once, so the adapter undoes its own writes when a later call
// fails. Every change an action makes is failed in turn; each time the workbook must be exactly as before.
import { findingMessages } from "../../../src/i18n";
import { clearMarks, runCheck, splitIndicators } from "../../../src/actions/actions";
import type { Grid } from "../../../src/core";
import { PortError } from "../../../src/hosts/workbook.port";
import { WpsAdapter } from "../../../src/hosts/wps/wps.adapter";
import { EtCall, FakeEt, isMutation } from "../../../src/hosts/wps/testing/fake-et";
import { seedGrid } from "../../support/seeds";

type Port = WpsAdapter;
const seed = (prefix: string): Grid => ({ ...seedGrid(prefix), name: "Sheet1" });
/** A change to the workbook (the application's own switches are covered separately). */
const workbookChange = (c: EtCall) => isMutation(c) && c.type !== "Application";

const failed = (r: unknown) => r instanceof Error || (r as { ok?: boolean } | undefined)?.ok === false;

/** The actions, each with the state it starts from (marks to clear, a result sheet to refresh). */
const ACTIONS: Record<string, { prepare?: (p: Port, f: FakeEt) => Promise<unknown>; run: (p: Port) => Promise<unknown> }> = {
  拆分指标: { run: (p) => splitIndicators(p, { message: findingMessages() }) },
  // 校验结果 to refresh, but no marks: a re-run clears old marks first in a call of its own, which a later failure
  // does not bring back (the action's choice, src/actions; the port calls themselves are each all-or-nothing).
  一键校验: { prepare: (p, f) => runCheck(p, { message: findingMessages() }).then(() => clearMarks(p)).then(() => f.select("Sheet1", "A1")), run: (p) => runCheck(p, { message: findingMessages() }) },
  清除标记: { prepare: (p) => runCheck(p, { message: findingMessages() }), run: (p) => clearMarks(p) },
  insertRows: { prepare: (p) => runCheck(p, { message: findingMessages() }), run: (p) => p.insertRows("Sheet1", 12, [["新项目", "1.00"], ["", { formula: "=1+1" }]]) },
  writeCells: { run: (p) => p.writeCells("Sheet1", [{ address: "B7", value: "=x" }, { address: "C7", value: 5 }, { address: "D7", value: null }]) },
  setSetting: { prepare: (p) => p.setSetting("a", "1"), run: (p) => p.setSetting("b", "2") },
  // A value taking more cells (J…N where J…K were) and one taking fewer: the block's width changes both ways.
  "setSetting (longer)": { prepare: (p) => p.setSetting("a", "审".repeat(40_000)), run: (p) => p.setSetting("a", "核".repeat(150_000)) },
  "setSetting (shorter)": { prepare: (p) => p.setSetting("a", "审".repeat(150_000)), run: (p) => p.setSetting("a", "{}") },
};

async function fresh(prefix: string, action: string): Promise<{ fake: FakeEt; port: Port }> {
  const fake = FakeEt.fromGrids(seed(prefix));
  fake.setFill("Sheet1", "A1", "#00B050");
  const port = new WpsAdapter({ app: fake.app });
  await ACTIONS[action].prepare?.(port, fake);
  return { fake, port };
}

describe.each(["000", "004"])("seed %s", (prefix) => {
  it.each(Object.keys(ACTIONS))("%s: failing any of its changes leaves the workbook exactly as it was", async (action) => {
    const probe = await fresh(prefix, action);
    const from = probe.fake.log.length;
    expect(failed(await ACTIONS[action].run(probe.port).catch((e) => e))).toBe(false);
    const changes = probe.fake.log.slice(from).filter(workbookChange).length;
    expect(changes).toBeGreaterThan(0);
    for (let k = 1; k <= changes; k++) {
      const { fake, port } = await fresh(prefix, action);
      const before = fake.dump();
      fake.failOn(k, workbookChange);
      const r = await ACTIONS[action].run(port).catch((e: unknown) => e);
      expect({ k, failed: failed(r) }).toEqual({ k, failed: true });
      if (r instanceof Error) expect(r).toBeInstanceOf(PortError);
      expect({ k, dump: fake.dump() }).toEqual({ k, dump: before });
      expect(fake.world.displayAlerts).toBe(true);
    }
  });
});

it("一键校验 on seed 000: failing any call at all, reads included, leaves the workbook as it was", async () => {
  const probe = await fresh("000", "一键校验");
  const from = probe.fake.log.length;
  await ACTIONS.一键校验.run(probe.port);
  const calls = probe.fake.log.length - from;
  for (let k = 1; k <= calls; k++) {
    const { fake, port } = await fresh("000", "一键校验");
    const before = fake.dump();
    fake.failOn(k, () => true);
    const r = (await ACTIONS.一键校验.run(port)) as { ok: boolean };
    // The restoring of DisplayAlerts/ScreenUpdating at the very end may fail harmlessly after the work is done.
    if (r.ok) expect(fake.log[fake.log.length - 1]).toMatchObject({ type: "Application", kind: "set" });
    else expect({ k, dump: fake.dump() }).toEqual({ k, dump: before });
  }
}, 60_000);

it("does not start when DisplayAlerts cannot be switched off (a sheet deletion would ask the user)", async () => {
  const { fake, port } = await fresh("000", "一键校验");
  const before = fake.dump();
  fake.failOn(1, (c) => c.member === "DisplayAlerts" && c.kind === "set");
  expect(await runCheck(port, { message: findingMessages() })).toMatchObject({ ok: false, code: "host-error" });
  expect(fake.dump()).toEqual(before);
});

it("answers a protected sheet with sheet-protected before changing anything", async () => {
  const { fake, port } = await fresh("004", "拆分指标");
  fake.protect("Sheet1");
  const before = fake.dump();
  const from = fake.log.length;
  expect(await runCheck(port, { message: findingMessages() })).toMatchObject({ ok: false, code: "sheet-protected" });
  expect(fake.dump()).toEqual(before);
  expect(fake.log.slice(from).filter(workbookChange)).toEqual([]);
  expect(await port.insertRows("Sheet1", 2, [["x"]]).catch((e: PortError) => e.code)).toBe("sheet-protected");
});

it("maps WPS's own protection message to sheet-protected and anything else to host-error", async () => {
  const { fake, port } = await fresh("000", "拆分指标");
  fake.failOn(1, (c) => c.member === "Color", "不能更改受保护的工作表");
  await expect(port.highlight("Sheet1", [{ address: "B5", color: "#FFC7CE" }])).rejects.toMatchObject({ code: "sheet-protected" });
  fake.failOn(1, (c) => c.member === "Color", "0x800A03EC");
  await expect(port.highlight("Sheet1", [{ address: "B5", color: "#FFC7CE" }])).rejects.toMatchObject({ code: "host-error" });
});
