/** Small text helpers shared by the parsers. Pure. */

/**
 * Is `s` text NFKC leaves as it is whatever its neighbours? ASCII, CJK unified ideographs, 、。 and ≤≥≦≧ are all
 * NFKC_QC=Yes with combining class 0, so a string made only of them is already normalised.
 */
export function isNfkcInert(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002 || (c >= 0x2264 && c <= 0x2267)) continue;
    return false;
  }
  return true;
}

/** `s.normalize("NFKC")`, skipping ICU for the common all-inert case (most names and targets). */
export function nfkc(s: string): string {
  return isNfkcInert(s) ? s : s.normalize("NFKC");
}

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
const OCR_ARTEFACT_AT = new RegExp(OCR_ARTEFACT.source, "y");

/** `text.match(OCR_ARTEFACT)`: tried only at backslashes, where every artefact starts (and none has another). */
export function ocrArtefacts(text: string): string[] | null {
  let found: string[] | null = null;
  for (let k = text.indexOf("\\"); k >= 0; k = text.indexOf("\\", k + 1)) {
    OCR_ARTEFACT_AT.lastIndex = k;
    if (OCR_ARTEFACT_AT.test(text)) (found ??= []).push(text.slice(k, OCR_ARTEFACT_AT.lastIndex));
  }
  return found;
}

/** The longest artefact (`\\approx`) and the letter after it that decides the lookahead. */
const OCR_REACH = 8;

/** The text of the artefact matched at s[k, end): one of OCR_ARTEFACT's words, told apart by length and letter. */
function artefactAt(s: string, k: number, end: number): string {
  const letter = s.charCodeAt(k + 1);
  switch (end - k) {
    case 3:
      return letter === 0x67 ? "\\ge" : "\\le";
    case 4:
      return letter === 0x67 ? "\\geq" : letter === 0x6c ? "\\leq" : "\\neq";
    default:
      return "\\approx";
  }
}

/**
 * The distinct artefacts of s[from, to) in first-seen order, joined by spaces (what an ocr-artefact note shows), or
 * null for none: ocrArtefacts on the slice, without cutting it or listing the matches. A match that ends clear of `to`
 * is the same on the whole string; one near `to` is tried on the tail itself, where the text ends after it.
 */
export function ocrArtefactText(s: string, from: number, to: number): string | null {
  let found: string | null = null;
  let more: string[] | null = null;
  for (let k = s.indexOf("\\", from); k >= 0 && k < to; k = s.indexOf("\\", k + 1)) {
    let text: string;
    if (k + OCR_REACH > to) {
      const tail = s.slice(k, to);
      OCR_ARTEFACT_AT.lastIndex = 0;
      if (!OCR_ARTEFACT_AT.test(tail)) continue;
      text = artefactAt(tail, 0, OCR_ARTEFACT_AT.lastIndex);
    } else {
      OCR_ARTEFACT_AT.lastIndex = k;
      if (!OCR_ARTEFACT_AT.test(s)) continue;
      text = artefactAt(s, k, OCR_ARTEFACT_AT.lastIndex);
    }
    if (found === null) found = text;
    else if (text !== found && !more?.includes(text)) (more ??= []).push(text);
  }
  return more ? [found, ...more].join(" ") : found;
}

export function fixOcrArtefacts(text: string): string {
  if (!text.includes("\\")) return text; // every artefact starts with a backslash
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

/** Membership by code unit, from a table: `s[i]` would allocate a one-character string per test for CJK text. */
const SEPARATOR_TABLE = new Uint8Array(0x10000);
for (const c of SEPARATOR_CHARS) SEPARATOR_TABLE[c.charCodeAt(0)] = 1;

export function isSeparatorAt(s: string, i: number): boolean {
  return SEPARATOR_TABLE[s.charCodeAt(i)] === 1;
}

/** `s` without its trailing run of `chars` (one code unit each): a `[…]+$` replace without the regex. */
export function trimEnd(s: string, chars: string): string {
  let b = s.length;
  while (b > 0 && chars.includes(s.charAt(b - 1))) b--;
  return b === s.length ? s : s.slice(0, b);
}

export function trimSeparators(s: string): string {
  return sliceTrimmed(s, 0, s.length);
}

/** trimSeparators(s.slice(from, to)), cutting the string once. */
export function sliceTrimmed(s: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isSeparatorAt(s, a)) a++;
  while (b > a && isSeparatorAt(s, b - 1)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** The code units a regex `\s` matches, tested without building a one-character string. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
