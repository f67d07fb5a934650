/**
 * Files in and out of the page: a picked or dropped file (read with FileReader; the workbook host opens it with the
 * same code as the CLI), a bundled seed (its text, opened as the CLI opens a .txt), and the annotated workbook as
 * a download.
 */
import { gridFromTsv } from "../core";

export interface Seed {
  file: string;
  text: string;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ACCEPT = ".xlsx,.csv,.tsv,.txt";

/** A picked or dropped file's bytes; null when the browser could not read it (moved, no permission). */
export function fileBytes(file: Blob): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => resolve(null);
    reader.readAsArrayBuffer(file);
  });
}

/** A bundled seed's bytes: its text, opened as the CLI opens a .txt. */
export const seedBytes = (seed: Seed): Uint8Array => new TextEncoder().encode(seed.text);

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

/** Save the workbook's bytes through a blob: URL (no request leaves the page). */
export function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const a = document.createElement("a");
  a.href = url;
  a.download = downloadName(fileName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
