// The WPS ribbon callbacks from source, over the fake ET model: synchronous callbacks, a queue behind them, the
// task pane created once, and every failure said in a message box instead of thrown into WPS.
import { CONTROLS, IMAGES, PANE_KEY, createRibbon } from "../../src/wps/ribbon-callbacks";
import { folderOf } from "../../src/wps/main-helpers";
import type { EtApplication } from "../../src/hosts/wps/et-types";
import { FakeEt } from "../../src/hosts/wps/testing/fake-et";
import { seedGrid } from "../support/seeds";

function setup(app: () => EtApplication | null) {
  const alerts: string[] = [];
  const ribbon = createRibbon({ app, base: () => "file:///jsaddons/perftarget_0.1.0/", alert: (t) => alerts.push(t), locale: () => "zh-CN" });
  const ui = { InvalidateControl: jest.fn() };
  ribbon.OnAddinLoad(ui);
  return { ribbon, alerts, ui };
}

it("queues clicks, disables 一键校验/清除标记 while one runs, and refreshes the buttons", async () => {
  const fake = FakeEt.fromGrids({ ...seedGrid("000"), name: "Sheet1" });
  const { ribbon, alerts, ui } = setup(() => fake.app);
  expect(ribbon.OnAction({ Id: CONTROLS.check })).toBe(true);
  expect(ribbon.OnAction({ Id: CONTROLS.clear })).toBe(true);
  await Promise.resolve();
  expect(ribbon.OnGetEnabled({ Id: CONTROLS.check })).toBe(false);
  expect(ribbon.OnGetEnabled({ Id: CONTROLS.open })).toBe(true);
  await ribbon.idle();
  expect(ribbon.OnGetEnabled({ Id: CONTROLS.check })).toBe(true);
  expect(alerts).toEqual([]);
  expect(fake.sheetNames()).toContain("校验结果");
  expect(Object.values(fake.dump().sheets[0].cells).some((c) => c.fill)).toBe(false); // checked, then cleared
  expect(ui.InvalidateControl).toHaveBeenCalledWith(CONTROLS.check);
});

it("says what went wrong in a message box: no WPS, a sheet that is not a target table", async () => {
  const none = setup(() => null);
  none.ribbon.OnAction({ id: CONTROLS.check });
  none.ribbon.OnAction({ id: CONTROLS.open });
  await none.ribbon.idle();
  expect(none.alerts).toHaveLength(2);
  const empty = setup(() => new FakeEt().app);
  empty.ribbon.OnAction({ Id: CONTROLS.check });
  await empty.ribbon.idle();
  expect(empty.alerts).toEqual([expect.stringMatching(/Sheet1/)]);
});

it("opens the task pane once per session, with either spelling of CreateTaskPane", () => {
  const fake = new FakeEt();
  const { ribbon } = setup(() => fake.app);
  ribbon.OnAction({ Id: CONTROLS.open });
  ribbon.OnAction({ Id: CONTROLS.open });
  expect(fake.addin.panes.map((p) => [p._url, p.Visible])).toEqual([["file:///jsaddons/perftarget_0.1.0/taskpane.html", true]]);
  expect(fake.addin.storage.get(PANE_KEY)).toBe(1);

  const created: string[] = [];
  const older = { PluginStorage: { getItem: () => null, setItem: () => true }, CreateTaskpane: (url: string) => (created.push(url), { ID: 7, Visible: false }) };
  setup(() => older as unknown as EtApplication).ribbon.OnAction({ Id: CONTROLS.open });
  expect(created).toEqual(["file:///jsaddons/perftarget_0.1.0/taskpane.html"]);
});

it("has an image for every button and ignores unknown controls", () => {
  const { ribbon } = setup(() => null);
  for (const id of Object.values(CONTROLS)) expect(ribbon.GetImage({ Id: id })).toBe(IMAGES[id]);
  expect(ribbon.OnAction({ Id: "Other" })).toBe(true);
  expect(ribbon.OnGetVisible()).toBe(true);
});

it("finds the add-in folder from the page's address", () => {
  expect(folderOf("file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/perftarget_0.1.0/index.html?x=1#y")).toBe("file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/perftarget_0.1.0/");
  expect(folderOf("http://127.0.0.1:3889/")).toBe("http://127.0.0.1:3889/");
});
