/**
 * The one argument parser every command uses: `node:util` parseArgs over options each command declares, plus
 * `--help`/`-h` on all of them. parseArgs runs non-strict so that this file, not Node's English message, names
 * the bad argument: the tokens are checked here and refused in both languages (exit 2).
 */
import { parseArgs } from "node:util";
import { CliCommand, CliValue, Locale, cliBoth, cliUsage } from "../i18n";
import type { Progress } from "./progress";

/**
 * Where a command writes: lines to stdout and stderr, and a progress bar for long runs when stderr is a terminal.
 * The front door (main.ts) says whether stdout is a terminal and passes the environment; tests fake both here.
 */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  progress?: Progress;
  /** stdout is a terminal: readable tables may colour their severity labels. */
  stdoutTTY?: boolean;
  /** The environment, for NO_COLOR; none: as if empty. */
  env?: Readonly<Record<string, string | undefined>>;
  /** --quiet: set by `quietly`; stderr keeps only errors. */
  quiet?: boolean;
}

/** `-q`/`--quiet` and `--no-color`, for every command that prints results. */
export const OUTPUT_OPTIONS = {
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
} satisfies OptionSpecs;

/**
 * --quiet: nothing on stdout (no tables, no summary lines, not even JSON — the two are refused together), no
 * progress, and on stderr only errors: why a file could not be read or checked. Notices about a workbook's
 * own records and notes on what an output cannot keep are left out. The exit code is the answer.
 */
export function quietly(io: CliIO, quiet: boolean | undefined): CliIO {
  return quiet ? { ...io, out: () => undefined, progress: undefined, quiet: true } : io;
}

/** A line on stderr that is not an error (a notice, a note): left out under --quiet. */
export function note(io: CliIO, line: string): void {
  if (!io.quiet) io.err(line);
}

export type Severity = "error" | "warning" | "info";

/** Colours a severity label; the identity when colours are off. */
export type SeverityPaint = (severity: Severity, text: string) => string;

const ANSI: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "" };

/**
 * Colours only on a terminal, never with NO_COLOR set (to anything but ""; no-color.org), --no-color or --json:
 * red 错误 and yellow 警告 labels in readable tables, nothing else.
 */
export function severityPaint(io: CliIO, values: { "no-color"?: boolean; json?: boolean }): SeverityPaint {
  const noColor = io.env?.NO_COLOR;
  const on = io.stdoutTTY === true && !values["no-color"] && !values.json && (noColor === undefined || noColor === "");
  return (severity, text) => (on && ANSI[severity] ? `${ANSI[severity]}${text}\x1b[0m` : text);
}

/** `--jobs N`: a positive whole number; none: one per core (decided by the batch). */
export function jobsOption(v: string | undefined): number | undefined | Stop {
  if (v === undefined) return undefined;
  if (!/^[1-9]\d{0,3}$/.test(v)) return refuse(cliBoth((s) => s.args.jobsNumber(v)));
  return Number(v);
}

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** What the value is, for "-o needs an output path"; string options only. */
  value?: CliValue;
}

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: O[K]["type"] extends "string" ? string : boolean };

/** Not running after all: usage asked for (stdout, exit 0) or a refusal (stderr, exit 2). */
export interface Stop {
  stop: 0 | 2;
  text: string;
}

export const isStop = (x: unknown): x is Stop => typeof x === "object" && x !== null && "stop" in x;

export const refuse = (text: string): Stop => ({ stop: 2, text });

/** The command's usage on stderr: what a call with the wrong number of files gets. */
export const usageError = (command: CliCommand): Stop => refuse(cliUsage([command]));

export function stopWith(s: Stop, io: { out: (s: string) => void; err: (s: string) => void }): number {
  (s.stop === 0 ? io.out : io.err)(s.text);
  return s.stop;
}

const HELP: OptionSpec = { type: "boolean", short: "h" };

export function parseCommand<O extends OptionSpecs>(command: CliCommand, argv: string[], options: O): { values: OptionValues<O>; positionals: string[] } | Stop {
  const specs: OptionSpecs = { ...options, help: HELP };
  const node = Object.fromEntries(Object.entries(specs).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]));
  const { values, positionals, tokens } = parseArgs({ args: argv, options: node, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = Object.prototype.hasOwnProperty.call(specs, t.name) ? specs[t.name] : undefined;
    if (!spec) return refuse(cliBoth((s) => s.args.unknownOption(t.rawName)));
    if (spec.type === "string" && t.value === undefined) return refuse(cliBoth((s) => s.args.missingValue(t.rawName, s.args.values[spec.value ?? "name"])));
    if (spec.type === "boolean" && t.value !== undefined) return refuse(cliBoth((s) => s.args.takesNoValue(t.rawName)));
  }
  if (values.help) return { stop: 0, text: cliUsage([command]) };
  // Every token was checked against its spec above, so the values have the declared types.
  return { values: values as OptionValues<O>, positionals };
}

/** `--lang` → a locale; Chinese unless asked otherwise. */
export function langOption(v: string | undefined): Locale | Stop {
  if (v === undefined || v === "zh-CN") return "zh-CN";
  if (v === "en") return "en";
  return refuse(cliBoth((s) => s.args.unknownLanguage(v)));
}
