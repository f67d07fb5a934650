/**
 * Rule sets at the CLI: `rules --list`, `rules --export NAME`, and loading `--rules FILE|builtin:NAME` for check.
 * A bad rule file stops the run before anything is checked (exit 2), one line per problem naming the field.
 */
import * as fs from "fs";
import { BUILTIN_RULE_SETS, builtinRuleSet, parseRuleSetJson, RuleSet, ruleSetToJson } from "../core";
import { Locale, cliBoth, cliStrings, ruleSetErrorLines } from "../i18n";
import { CliIO, OptionSpecs, isStop, parseCommand, stopWith, usageError } from "./args";


/** `规则集 广州市-2025（2025.1）` / `rule set 广州市-2025 (2025.1)`: how every command names the rule set it used. */
export function ruleSetLine(r: Pick<RuleSet, "name" | "version">, lang: Locale): string {
  return cliStrings(lang).ruleSet(r.name, r.version);
}

const names = () => BUILTIN_RULE_SETS.map((r) => r.name).join(", ");

/** `--rules` value → rule set, or the lines to print on stderr. */
export function loadRules(spec: string): { ok: true; rules: RuleSet } | { ok: false; lines: string[] } {
  if (spec.startsWith("builtin:")) {
    const name = spec.slice("builtin:".length);
    const r = builtinRuleSet(name);
    return r ? { ok: true, rules: r } : { ok: false, lines: [cliBoth((s) => s.files.noBuiltinRules(name, names()))] };
  }
  let text: string;
  try {
    text = fs.readFileSync(spec, "utf8");
  } catch {
    return { ok: false, lines: [cliBoth((s) => s.files.cannotReadRules(spec))] };
  }
  const r = parseRuleSetJson(text);
  if (r.ok) return r;
  return { ok: false, lines: [cliBoth((s) => s.files.invalidRules(spec)), ...ruleSetErrorLines(r.errors)] };
}

const RULES_OPTIONS = {
  list: { type: "boolean" },
  export: { type: "string", value: "name" },
} satisfies OptionSpecs;

/** Exactly one of `--list` and `--export NAME`. */
export function runRules(argv: string[], io: CliIO): number {
  const p = parseCommand("rules", argv, RULES_OPTIONS);
  if (isStop(p)) return stopWith(p, io);
  const { list, export: name } = p.values;
  if (p.positionals.length || (list ?? false) === (name !== undefined)) return stopWith(usageError("rules"), io);
  if (list) {
    for (const r of BUILTIN_RULE_SETS) io.out(`${r.name}\t${r.version}`);
    return 0;
  }
  const r = builtinRuleSet(name!);
  if (!r) {
    io.err(cliBoth((s) => s.files.noBuiltinRules(name!, names())));
    return 2;
  }
  io.out(ruleSetToJson(r).trimEnd());
  return 0;
}
