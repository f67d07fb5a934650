/**
 * Workbook files at the CLI: open one for editing (any supported input becomes an XlsxAdapter), and write the
 * result whole or not at all (a temporary file renamed into place), so a failed run never leaves half a file.
 */
import * as fs from "fs";
import * as path from "path";
import { bilingual, loadErrorMessage } from "../i18n";
import type { LoadErrorCode } from "../hosts/load-result";
import { XlsxAdapter } from "../hosts/xlsx/xlsx.adapter";
import { openWorkbook, type OpenResult } from "../hosts/xlsx/xlsx.open";

export const loadFailureText = (code: LoadErrorCode): string => bilingual(loadErrorMessage(code, "zh-CN"), loadErrorMessage(code, "en"));

export async function openWorkbookFile(file: string): Promise<OpenResult> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { ok: false, code: "file-unreadable" };
  }
  return openWorkbook(path.basename(file), bytes);
}

export async function writeWorkbookFile(output: string, port: XlsxAdapter): Promise<void> {
  const tmp = `${output}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  fs.writeFileSync(tmp, await port.toBytes());
  fs.renameSync(tmp, output);
}
