/**
 * Rule sets at the CLI: `rules --list`, `rules --export NAME`, and loading `--rules FILE|builtin:NAME` for check.
 * A bad rule file stops the run before anything is checked (exit 2), one line per problem naming the field.
 */
import * as fs from "fs";
import { BUILTIN_RULE_SETS, builtinRuleSet, parseRuleSetJson, RuleSet, ruleSetToJson } from "../core";
import { Locale, bilingual } from "../i18n";
import { rulesLabel } from "../actions/rule-store";
import { ruleSetErrorLines } from "../i18n/rule-set-errors";

export const RULES_USAGE = `  perftarget rules --list | rules --export NAME > RULES.json`;

interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** `规则集 广州市-2025（2025.1）` / `rule set 广州市-2025 (2025.1)`: how every command names the rule set it used. */
export function ruleSetLabel(r: Pick<RuleSet, "name" | "version">, lang: Locale): string {
  return lang === "zh-CN" ? `规则集 ${rulesLabel(r)}` : `rule set ${r.name} (${r.version})`;
}

const names = () => BUILTIN_RULE_SETS.map((r) => r.name).join(", ");

/** `--rules` value → rule set, or the lines to print on stderr. */
export function loadRules(spec: string): { ok: true; rules: RuleSet } | { ok: false; lines: string[] } {
  if (spec.startsWith("builtin:")) {
    const name = spec.slice("builtin:".length);
    const r = builtinRuleSet(name);
    return r ? { ok: true, rules: r } : { ok: false, lines: [bilingual(`没有名为“${name}”的内置规则集（可用：${names()}）`, `no built-in rule set named "${name}" (available: ${names()})`)] };
  }
  let text: string;
  try {
    text = fs.readFileSync(spec, "utf8");
  } catch {
    return { ok: false, lines: [bilingual(`无法读取规则集文件：${spec}`, `cannot read the rule-set file: ${spec}`)] };
  }
  const r = parseRuleSetJson(text);
  if (r.ok) return r;
  return { ok: false, lines: [bilingual(`规则集文件无效：${spec}`, `invalid rule-set file: ${spec}`), ...ruleSetErrorLines(r.errors)] };
}

export function runRules(argv: string[], io: IO): number {
  if (argv.length === 1 && argv[0] === "--list") {
    for (const r of BUILTIN_RULE_SETS) io.out(`${r.name}\t${r.version}`);
    return 0;
  }
  if (argv.length === 2 && argv[0] === "--export") {
    const r = builtinRuleSet(argv[1]);
    if (!r) {
      io.err(bilingual(`没有名为“${argv[1]}”的内置规则集（可用：${names()}）`, `no built-in rule set named "${argv[1]}" (available: ${names()})`));
      return 2;
    }
    io.out(ruleSetToJson(r).trimEnd());
    return 0;
  }
  io.err(`用法 / Usage:\n${RULES_USAGE}`);
  return 2;
}
