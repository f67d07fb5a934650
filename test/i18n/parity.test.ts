/**
 * Every catalogue says the same things in both languages: zh-CN and en have the same keys at every depth, no
 * text is empty, and where one side is a function (a sentence with values) so is the other.
 */
import {
  Locale,
  catalogues,
  cliCatalogues,
  compareCatalogues,
  opinionCatalogues,
  loadMessages,
  ruleSetErrorCatalogues,
  selfEvalCatalogues,
  templateCatalogues,
  uiCatalogues,
  webCatalogues,
} from "../../src/i18n";

const CATALOGUES: [string, Record<Locale, unknown>][] = [
  ["finding messages", catalogues],
  ["task pane and ribbon", uiCatalogues],
  ["template features", templateCatalogues],
  ["web page", webCatalogues],
  ["command line", cliCatalogues],
  ["load errors", loadMessages],
  ["rule-set errors", ruleSetErrorCatalogues],
  ["年度对比", compareCatalogues],
  ["审核意见 paragraphs", opinionCatalogues],
  ["从目标表生成自评表", selfEvalCatalogues],
];

it("walks every catalogue src/i18n exports (a new one must be added above)", async () => {
  const i18n = (await import("../../src/i18n")) as Record<string, unknown>;
  const exported = Object.entries(i18n).filter(([name]) => /Catalogues$|^catalogues$|^loadMessages$/.test(name)).map(([, v]) => v);
  for (const c of exported) expect(CATALOGUES.map(([, x]) => x)).toContain(c);
});

/** Where the two sides differ, one line per difference, named by its path (`review.done.accepted`). */
function differences(zh: unknown, en: unknown, path = ""): string[] {
  const at = path || "(top)";
  if (typeof zh === "function" || typeof en === "function") {
    return typeof zh === typeof en ? [] : [`${at}: a function on one side only`];
  }
  if (typeof zh === "string" || typeof en === "string") {
    if (typeof zh !== typeof en) return [`${at}: a text on one side only`];
    return [...((zh as string).trim() ? [] : [`${at}: empty in zh-CN`]), ...((en as string).trim() ? [] : [`${at}: empty in en`])];
  }
  if (Array.isArray(zh) || Array.isArray(en)) {
    if (!Array.isArray(zh) || !Array.isArray(en) || zh.length !== en.length) return [`${at}: lists of different lengths`];
    return zh.flatMap((z, i) => differences(z, en[i], `${path}[${i}]`));
  }
  if (typeof zh === "object" && zh !== null && typeof en === "object" && en !== null) {
    const key = (k: string) => (path ? `${path}.${k}` : k);
    const zk = Object.keys(zh);
    const ek = Object.keys(en);
    const only = [...zk.filter((k) => !ek.includes(k)).map((k) => `${key(k)}: missing in en`), ...ek.filter((k) => !zk.includes(k)).map((k) => `${key(k)}: missing in zh-CN`)];
    const both = zk.filter((k) => ek.includes(k));
    return [...only, ...both.flatMap((k) => differences((zh as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], key(k)))];
  }
  return [`${at}: ${typeof zh} in zh-CN, ${typeof en} in en`];
}

describe.each(CATALOGUES)("the %s catalogue", (_name, c) => {
  it("has the same keys in zh-CN and en at every depth, no empty text, and functions on both sides", () => {
    expect(differences(c["zh-CN"], c.en)).toEqual([]);
  });

  it("is not the same object in both languages", () => {
    expect(c["zh-CN"]).not.toBe(c.en);
  });
});

describe("the parity check itself", () => {
  it("notices a missing key, an empty text and a function on one side", () => {
    expect(differences({ a: { b: "x", c: () => "" } }, { a: { c: "y" }, d: "" })).toEqual([
      "d: missing in zh-CN",
      "a.b: missing in en",
      "a.c: a function on one side only",
    ]);
    expect(differences({ t: " " }, { t: "x" })).toEqual(["t: empty in zh-CN"]);
    expect(differences({ h: ["a", "b"] }, { h: ["a"] })).toEqual(["h: lists of different lengths"]);
  });
});
