/** LibreOffice for the recalculation tests: soffice on PATH (installed when we are root with apt-get), and one run. */
import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

const PACKAGE = "libreoffice-calc-nogui";

export const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** soffice on PATH, installing it first when we are root with apt-get; otherwise a failure that names the package. */
export function ensureSoffice(): void {
  if (has("soffice")) return;
  if (process.getuid?.() === 0 && has("apt-get")) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "ignore", env, timeout: 600_000 });
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", PACKAGE], { stdio: "ignore", env, timeout: 1_200_000 });
  }
  if (!has("soffice")) throw new Error(`LibreOffice (soffice) is missing: install it with \`apt-get install -y ${PACKAGE}\``);
}

/** Open and save the files as .xlsx in `outDir` in one soffice run (a private profile under `dir`): formulas recalculated. */
export function recalculate(dir: string, outDir: string, files: readonly string[], timeout: number): void {
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, "profile")}`, "--convert-to", "xlsx", "--outdir", outDir, ...files], { stdio: "ignore", timeout });
}
