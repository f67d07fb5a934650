// The workbook's rule set: saved whole, validated before it is stored, old threshold settings read under an
// honest name, and the rule set named in every check result.
import { findingMessages } from "../../src/i18n";
import { runCheck } from "../../src/actions/actions";
import { LEGACY_SETTINGS_KEY, RULES_KEY, loadRules, saveRules } from "../../src/actions/rule-store";
import { DEFAULT_RULES, RULES_BEFORE_2022 } from "../../src/core";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import { seedGrid } from "../support/seeds";

function port(): MemoryAdapter {
  const g = seedGrid("000");
  return new MemoryAdapter(newWorkbook([newSheet(g.name, g.rows.map((r) => [...r]))]));
}

describe("the workbook's rule set", () => {
  it("is the built-in default until one is saved", async () => {
    expect(await loadRules(port())).toEqual({ rules: DEFAULT_RULES, origin: "default" });
  });

  it("checks with the saved rule set and names it in the result and in 校验结果", async () => {
    const p = port();
    expect(await saveRules(p, RULES_BEFORE_2022)).toEqual({ ok: true, rules: RULES_BEFORE_2022 });
    const { rules } = await loadRules(p);
    const r = await runCheck(p, { message: findingMessages(), rules });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.rules).toEqual({ name: "广州市-2021前", version: "2021.1" });
    expect(r.value.findings.some((f) => f.code === "missing-cost")).toBe(false);
    const result = p.data.sheets.find((s) => s.name === "校验结果")!;
    expect(result.values[0].slice(-4)).toEqual(["审核状态", "接受理由", "规则集", "维度"]);
    expect(new Set(result.values.slice(1).map((row) => row[11]))).toEqual(new Set(["广州市-2021前（2021.1）"]));
  });

  it("refuses an invalid rule set with errors naming the field, and the previous one stays in force", async () => {
    const p = port();
    await saveRules(p, RULES_BEFORE_2022);
    const stored = await p.getSetting(RULES_KEY);
    const r = await saveRules(p, { ...RULES_BEFORE_2022, satisfactionMin: 150, severities: { "no-such-code": "off" } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path}:${e.kind}`).sort()).toEqual(["satisfactionMin:too-big", "severities.no-such-code:unknown-key"].sort());
    expect(await p.getSetting(RULES_KEY)).toBe(stored);
    expect((await loadRules(p)).rules.name).toBe("广州市-2021前");
  });

  it("falls back to the default, and says why, when the stored rule set cannot be read", async () => {
    const p = port();
    await p.setSetting(RULES_KEY, JSON.stringify({ ...DEFAULT_RULES, satisfactionMin: "eighty" }));
    const r = await loadRules(p);
    expect(r.rules).toBe(DEFAULT_RULES);
    expect(r.problem?.map((e) => e.path)).toEqual(["satisfactionMin"]);
  });

  it("reads old threshold settings as the default rule set under a name saying it was adjusted", async () => {
    const p = port();
    await p.setSetting(LEGACY_SETTINGS_KEY, JSON.stringify({ satisfactionMin: 90 }));
    const r = await loadRules(p);
    expect(r.origin).toBe("legacy-settings");
    expect(r.rules).toMatchObject({ name: "广州市-2025（本工作簿调整）", satisfactionMin: 90, costRequired: true });
    await p.setSetting(LEGACY_SETTINGS_KEY, JSON.stringify({ satisfactionMin: 80 }));
    expect((await loadRules(p)).rules.name).toBe("广州市-2025");
  });
});
