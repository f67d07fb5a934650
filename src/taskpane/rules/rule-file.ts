/** Rule sets as files: the download (a Blob behind an <a download>) and reading a chosen file as text. */
import { ruleSetToJson, type RuleSet } from "../../core";
import type { UiStrings } from "../../i18n";

/** The catalogue's file name (`规则集-<name>.json`), with the characters Windows refuses in file names replaced. */
export function ruleSetFileName(rules: Pick<RuleSet, "name">, strings: Pick<UiStrings, "rules">): string {
  return strings.rules.exportFileName(rules.name.replace(/[\\/:*?"<>|]/g, "_"));
}

/** Offer the rule set as a JSON download. */
export function downloadRuleSet(rules: RuleSet, strings: Pick<UiStrings, "rules">, doc: Document = document): void {
  const blob = new Blob([ruleSetToJson(rules)], { type: "application/json;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = ruleSetFileName(rules, strings);
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoked later: some browsers read the URL only after the click handler has returned.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** A chosen file's text (UTF-8). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file, "utf-8");
  });
}
