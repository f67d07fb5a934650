/**
 * Office.js failures turned into PortError codes the UI can explain. office.js errors carry a string `code`
 * (OfficeExtension.Error); we read it structurally so the mapping works with the real library and the test fake.
 */
import { PortError } from "../workbook.port";

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Excel on the web rejects requests and responses over 5 MB with these codes. */
export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "PayloadTooLarge";
}

export function toPortError(e: unknown, sheet?: string): PortError {
  if (e instanceof PortError) return e;
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  const detail = [sheet, code, message].filter(Boolean).join(": ");
  if (code === "AccessDenied") return new PortError("sheet-protected", detail);
  if (code === "InvalidOperationInCellEditMode") return new PortError("cell-edit-mode", detail);
  if (isPayloadError(e)) return new PortError("payload-too-large", detail);
  if (code === "ItemNotFound") return new PortError("sheet-not-found", detail);
  return new PortError("host-error", detail);
}
