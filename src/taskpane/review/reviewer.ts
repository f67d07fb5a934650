/**
 * The reviewer's name (审核人), remembered per user in the browser's localStorage — not in the workbook, which
 * travels to the next reviewer. Storage may be missing or refused (private mode, a locked-down Office webview):
 * then the name simply is not remembered.
 */
import * as React from "react";

export const REVIEWER_KEY = "perftarget.reviewer";

function storage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function loadReviewer(): string {
  try {
    return storage()?.getItem(REVIEWER_KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveReviewer(name: string): void {
  try {
    const s = storage();
    if (!s) return;
    if (name.trim()) s.setItem(REVIEWER_KEY, name.trim());
    else s.removeItem(REVIEWER_KEY);
  } catch {
    // quota or policy: not remembered, nothing else depends on it
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Today as YYYY-MM-DD in local time (the date printed on 审核意见). */
export function localDate(d = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A stored ISO time as a local date for display; unreadable text is shown as it is. */
export function shownDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : localDate(d);
}

/** The 审核人 field's value, remembered as it is typed. */
export function useReviewer(): [string, (name: string) => void] {
  const [name, setName] = React.useState(loadReviewer);
  const set = React.useCallback((n: string) => {
    setName(n);
    saveReviewer(n);
  }, []);
  return [name, set];
}
