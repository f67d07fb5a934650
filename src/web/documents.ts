/**
 * Files in and out of the page: a picked or dropped file (read with FileReader, opened by the same code as the
 * CLI), a bundled seed (its text, opened as the CLI opens a .txt), and the annotated workbook as a download.
 */
import { gridFromTsv, pickSheet } from "../core";
import type { OtherFile } from "../taskpane/compare/ComparePanel";
import { openWorkbook, type OpenResult } from "../hosts/xlsx/xlsx.open";
import type { XlsxAdapter } from "../hosts/xlsx/xlsx.adapter";

export interface Seed {
  file: string;
  text: string;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ACCEPT = ".xlsx,.csv,.tsv,.txt";

function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

export async function openFile(file: File): Promise<OpenResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch {
    return { ok: false, code: "file-unreadable" };
  }
  return openWorkbook(file.name, bytes);
}

/** 对比's other version from a file: opened as any file is, its table sheet picked as the CLI picks it. */
export async function openOtherVersion(file: File): Promise<OtherFile> {
  return otherVersion(file.name, () => openFile(file));
}

export async function otherVersion(name: string, open: () => Promise<OpenResult>): Promise<OtherFile> {
  try {
    const r = await open();
    if (!r.ok) return { ok: false, name, code: r.code };
    const grids = await Promise.all((await r.adapter.sheetNames()).map((n) => r.adapter.readSheet(n)));
    const grid = pickSheet(grids);
    return grid ? { ok: true, name, grid } : { ok: false, name, code: "file-empty" };
  } catch {
    // ExcelJS can still throw on a workbook it half understands: to the user that is a damaged file.
    return { ok: false, name, code: "xlsx-corrupt" };
  }
}

export function openSeed(seed: Seed): Promise<OpenResult> {
  return openWorkbook(seed.file, new TextEncoder().encode(seed.text));
}

/** "004 · 项目支出绩效目标表（含转移支付项目）· 广州市政务服务和数据管理局": number, title and department. */
export function seedLabel(seed: Seed): string {
  const cells = gridFromTsv(seed.file, seed.text.split("\n").slice(0, 12).join("\n"))
    .rows.map((r) => String(r.find((v) => v !== null && String(v).trim() !== "") ?? "").trim())
    .filter(Boolean);
  const title = cells[0] ?? "";
  const dept = cells.find((c) => /^(部门|单位)名称[:：]/.test(c))?.replace(/^(部门|单位)名称[:：]\s*/, "");
  return [seed.file.slice(0, 3), title, dept].filter(Boolean).join(" · ");
}

/** `表格.csv` → `表格.annotated.xlsx`, the CLI's output name. */
export function downloadName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, "")}.annotated.xlsx`;
}

/** Save the workbook through a blob: URL (no request leaves the page). */
export async function download(adapter: XlsxAdapter, fileName: string): Promise<void> {
  const bytes = await adapter.toBytes();
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const a = document.createElement("a");
  a.href = url;
  a.download = downloadName(fileName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
