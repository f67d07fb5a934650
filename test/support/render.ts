/**
 * Human-readable renderings of parse and check results, for the reviewed snapshots under test/snapshots/.
 * One line per indicator or finding, so a reviewer can read a diff.
 */
import { a1, Finding, IndicatorOut, NumberCell, SheetParse, Target, TextCell } from "../../src/core";
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

const num = (c: NumberCell | null | undefined): string => (!c ? "—" : c.value === null ? `「${c.raw}」?` : `${c.value}@${a1(c.row - 1, c.col)}`);
const txt = (c: TextCell | null | undefined): string => (!c ? "—" : `${c.text || "(blank)"}@${a1(c.row - 1, c.col)}`);

/** Layout S: per block its money lines, share, goal, level points, total and footer; per indicator its scores. */
export function renderSelfEval(p: SheetParse): string {
  if (p.layout !== "S") return "";
  const out = ["self-evaluation:"];
  for (const pr of p.projects) {
    const se = pr.selfEval;
    if (!se) continue;
    out.push(`  ${pr.name} · ${se.range}`);
    const b = se.budget;
    if (b) {
      out.push(`    budget row ${b.row} · unit ${b.unit ?? "—"} · share ${b.share ?? "—"}${b.shareFrom ? `@${b.shareFrom}` : ""} · reason ${txt(b.reason)}`);
      for (const l of b.lines) {
        const cells = (["initial", "adjusted", "executed", "rate", "share", "score"] as const).filter((k) => l.cells[k]).map((k) => `${k} ${num(l.cells[k])}`);
        out.push(`      ${l.total ? "total" : "part "} ${l.label || "(no label)"}: ${cells.join(", ")}`);
      }
    } else out.push("    budget —");
    out.push(`    goal: ${se.goal ? `row ${se.goal.row} · expected ${se.goal.expected ?? "—"} · actual ${se.goal.actual ?? "—"}` : "—"}`);
    out.push(`    level points: ${se.levelPoints.map((l) => `${l.name} ${l.points}@${a1(l.row - 1, l.col)}`).join(", ") || "—"}`);
    for (const i of p.indicators.filter((x) => x.projectRow === pr.row)) {
      const s = i.score;
      if (!s) continue;
      const c = s.completion ? (s.completion.qualitative ? `「${s.completion.raw}」定性` : `${s.completion.value ?? "?"}${s.completion.unit ?? ""}`) : "—";
      const e = s.expectedScore === undefined || s.expectedScore === null ? "—" : String(s.expectedScore);
      out.push(`    ${i.column}${i.row} ${i.name}: target ${s.targetCell ? `${s.targetCell.text}@${a1(s.targetCell.row - 1, s.targetCell.col)}` : "—"} · completion ${c} · maxScore ${num(s.maxScore)} / score ${num(s.score)} / expected ${e} · reason ${txt(s.reason)}`);
    }
    out.push(`    total: ${se.total ? `row ${se.total.row} · maxScore ${num(se.total.maxScore)} / score ${num(se.total.score)}` : "—"}`);
    out.push(`    conclusion ${txt(se.conclusion)} · problems ${txt(se.problems)} · measures ${txt(se.measures)}`);
  }
  return `${out.join("\n")}\n\n`;
}
