/**
 * Node host: a path on disk → sheets. The bytes are read here and handed to loadBytes (src/hosts/load-bytes.ts,
 * shared with the web page and the .xlsx opener, so a file opens alike everywhere); every bad file becomes a
 * LoadResult code, never an exception.
 */
import { readFile } from "fs/promises";
import * as path from "path";
import { loadBytes } from "../load-bytes";
import { loadFailure, type LoadResult } from "../load-result";

export type { LoadErrorCode, LoadResult } from "../load-result";

export async function loadFile(filePath: string): Promise<LoadResult> {
  if (typeof filePath !== "string" || filePath === "") throw new TypeError("loadFile: path must be a non-empty string");
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    return loadFailure("file-unreadable", typeof code === "string" ? code : String(e));
  }
  return loadBytes(path.basename(filePath), bytes);
}
