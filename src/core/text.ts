/** Small text helpers shared by the parsers. Pure. */

const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'" };

/** Strip HTML tags and the common entities an export leaves behind; report whether anything was stripped. */
export function stripHtml(text: string): { text: string; stripped: boolean } {
  if (!text.includes("<") && !text.includes("&")) return { text, stripped: false };
  let stripped = false;
  let out = text.replace(HTML_TAG, () => {
    stripped = true;
    return "";
  });
  out = out.replace(/&(nbsp|lt|gt|amp|quot|#39);/g, (m) => {
    stripped = true;
    return ENTITIES[m] ?? m;
  });
  return { text: out, stripped };
}

/** OCR / LaTeX artefacts for comparison signs seen in real filings (`\geq 110`). */
export const OCR_ARTEFACT = /\\(geq|leq|ge|le|neq|approx)(?![a-zA-Z])/g;

export function fixOcrArtefacts(text: string): string {
  return text.replace(OCR_ARTEFACT, (_m, w: string) => {
    switch (w) {
      case "geq":
      case "ge":
        return "≥";
      case "leq":
      case "le":
        return "≤";
      case "neq":
        return "≠";
      default:
        return "≈";
    }
  });
}

/** Characters that only separate fields or items: what may be lost between kept pieces. */
export const SEPARATOR_CHARS = "，,；;：:。.．、 \t\r\n\u3000";

export function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && SEPARATOR_CHARS.includes(s[a])) a++;
  while (b > a && SEPARATOR_CHARS.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
