/**
 * Human-readable renderings of parse and check results, for the reviewed snapshots under test/snapshots/.
 * One line per indicator or finding, so a reviewer can read a diff.
 */
import { Finding, IndicatorOut, SheetParse, Target } from "../../src/core";
import { findingMessage } from "../../src/i18n";

function target(t: Target | null): string {
  if (!t) return "—";
  if (t.qualitative) return `「${t.raw}」定性`;
  const parts = [t.label ? `${t.label}:` : "", t.operator ?? "", t.value ?? "", t.unit ?? ""].join("");
  return `「${t.raw}」→ ${parts}`;
}

function level(l: { code: string | null; name: string } | null): string {
  return l ? `${l.code ?? "?"}-${l.name}` : "—";
}

function indicatorLine(i: IndicatorOut): string {
  const no = i.seq === null ? "(无编号)" : `${i.group}.${i.seq}`;
  return `${i.column}${i.row} ${no} [${i.category ?? "?"}${i.cost ? "+成本" : ""}] ${level(i.level1)} / ${level(i.level2)} / ${i.name} | 实施周期 ${target(i.periodTarget)} | 年度 ${target(i.annualTarget)}`;
}

export function findingLine(f: Finding): string {
  const at = `${f.column ?? ""}${f.row}`;
  const item = f.item ? ` #${f.item.group}.${f.item.seq ?? "-"}` : "";
  const from = f.from?.length ? ` from ${f.from.length > 6 ? `${f.from.slice(0, 6).join(",")}…(${f.from.length})` : f.from.join(",")}` : "";
  return `${at}${item} ${f.severity} ${f.code}: ${findingMessage(f)}${from}`;
}

export function renderParse(p: SheetParse): string {
  const out: string[] = [];
  out.push(`sheet ${p.sheet} · layout ${p.layout} · department ${p.department ?? "—"} · unit ${p.moneyUnit ?? "—"}`);
  out.push(`${p.projects.length} projects, ${p.indicators.length} indicators`, "");
  for (const pr of p.projects) {
    const a = pr.amounts ? `${pr.amounts.total}/${pr.amounts.fiscal}/${pr.amounts.specialAccount}/${pr.amounts.other}` : "—";
    out.push(`P row ${pr.row} · ${pr.name} · unit ${pr.unit ?? "—"} · amounts ${a} · ${pr.indicatorCount} indicators`);
    for (const i of p.indicators.filter((x) => x.projectRow === pr.row)) out.push(`  ${indicatorLine(i)}`);
  }
  out.push("", "findings:");
  for (const f of p.findings) out.push(`  ${findingLine(f)}`);
  return out.join("\n") + "\n";
}

export function renderCheck(findings: Finding[]): string {
  return findings.map(findingLine).join("\n") + "\n";
}
