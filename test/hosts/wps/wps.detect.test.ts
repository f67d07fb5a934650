// Host detection and finding the WPS application: lazily, WPS first, either spelling, never throwing.
import { detectHost } from "../../../src/hosts/detect-host";
import { findEtApp, looksLikeEt } from "../../../src/hosts/wps/et-bridge";
import { WpsAdapter } from "../../../src/hosts/wps/wps.adapter";
import { FakeEt } from "../../../src/hosts/wps/testing/fake-et";

const office = { onReady: () => Promise.resolve({ host: "Excel" }) };

describe("detectHost", () => {
  it("says wps for window.Application or wps.EtApplication(), before looking at Office", () => {
    const fake = new FakeEt();
    expect(detectHost({ Application: fake.app, Office: office }).kind).toBe("wps");
    const viaWps = detectHost({ wps: { EtApplication: () => fake.app } });
    expect(viaWps).toEqual({ kind: "wps", app: fake.app });
  });

  it("says office for an Office global, browser otherwise, and survives hostile globals", () => {
    expect(detectHost({ Office: office })).toEqual({ kind: "office" });
    expect(detectHost({})).toEqual({ kind: "browser" });
    expect(detectHost({ Application: "not an app", wps: { EtApplication: () => null } })).toEqual({ kind: "browser" });
    const hostile = Object.defineProperty({}, "Application", {
      get() {
        throw new Error("no");
      },
    });
    expect(detectHost(hostile)).toEqual({ kind: "browser" });
    expect(detectHost({ wps: { EtApplication: () => { throw new Error("not ET"); } } })).toEqual({ kind: "browser" });
  });

  it("does not mistake a page's own `Application` object for WPS", () => {
    expect(looksLikeEt({ name: "my app" })).toBe(false);
    expect(looksLikeEt({ ActiveWorkbook: null })).toBe(true); // ET with no workbook open is still ET
  });
});

describe("the adapter finds the application lazily", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Application);

  it("works when WPS's globals appear after the adapter was made, and says host-error without them", async () => {
    const port = new WpsAdapter();
    await expect(port.sheetNames()).rejects.toMatchObject({ code: "host-error" });
    const fake = FakeEt.fromGrids({ name: "表1", rows: [["a"]] }).install();
    try {
      expect(findEtApp()).toBe(fake.app);
      expect(await port.sheetNames()).toEqual(["表1"]);
    } finally {
      fake.uninstall();
    }
  });

  it("asks a given resolver at every call", async () => {
    let current: FakeEt | null = null;
    const port = new WpsAdapter({ app: () => current?.app ?? null });
    await expect(port.readActiveSheet()).rejects.toMatchObject({ code: "host-error" });
    current = FakeEt.fromGrids({ name: "S", rows: [["x"]] });
    expect(await port.readActiveSheet()).toEqual({ name: "S", rows: [["x"]] });
  });
});
