/** Run the CLI in-process, collecting what it prints. */
import { main, type CliIO } from "../../src/cli/main";

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** As a pipe runs it: stdout no terminal, no environment, no progress. */
export async function run(...argv: string[]): Promise<Ran> {
  return runWith({}, ...argv);
}

/** With a faked terminal, environment or progress bar: `runWith({ stdoutTTY: true, env: { NO_COLOR: "1" } }, …)`. */
export async function runWith(io: Omit<Partial<CliIO>, "out" | "err">, ...argv: string[]): Promise<Ran> {
  let out = "";
  let err = "";
  const code = await main(argv, { ...io, out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n") });
  return { code, out, err };
}
