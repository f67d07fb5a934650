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

/**
 * Traditional characters of the table vocabulary (績效指標, 一級指標, 項目名稱, 資金總額 …): tables copied from
 * Hong Kong / Taiwan-style fonts or converted by a word processor. A fold for matching words, not a converter:
 * only characters the headers, levels and units use, so user text is never rewritten (the raw text is kept).
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  "來": "来",
  "個": "个",
  "備": "备",
  "價": "价",
  "億": "亿",
  "優": "优",
  "內": "内",
  "劃": "划",
  "動": "动",
  "務": "务",
  "勞": "劳",
  "區": "区",
  "單": "单",
  "噸": "吨",
  "報": "报",
  "場": "场",
  "學": "学",
  "實": "实",
  "審": "审",
  "專": "专",
  "對": "对",
  "導": "导",
  "態": "态",
  "戶": "户",
  "撥": "拨",
  "據": "据",
  "數": "数",
  "時": "时",
  "會": "会",
  "業": "业",
  "標": "标",
  "檢": "检",
  "權": "权",
  "測": "测",
  "準": "准",
  "滿": "满",
  "濟": "济",
  "為": "为",
  "營": "营",
  "環": "环",
  "產": "产",
  "療": "疗",
  "發": "发",
  "種": "种",
  "稱": "称",
  "範": "范",
  "築": "筑",
  "級": "级",
  "統": "统",
  "經": "经",
  "綜": "综",
  "維": "维",
  "縣": "县",
  "總": "总",
  "績": "绩",
  "續": "续",
  "義": "义",
  "萬": "万",
  "蓋": "盖",
  "藥": "药",
  "處": "处",
  "號": "号",
  "衛": "卫",
  "補": "补",
  "規": "规",
  "計": "计",
  "設": "设",
  "註": "注",
  "評": "评",
  "說": "说",
  "證": "证",
  "護": "护",
  "變": "变",
  "負": "负",
  "財": "财",
  "責": "责",
  "貼": "贴",
  "資": "资",
  "質": "质",
  "輛": "辆",
  "辦": "办",
  "農": "农",
  "週": "周",
  "進": "进",
  "運": "运",
  "達": "达",
  "鄉": "乡",
  "醫": "医",
  "釋": "释",
  "鎮": "镇",
  "長": "长",
  "門": "门",
  "開": "开",
  "閱": "阅",
  "際": "际",
  "險": "险",
  "響": "响",
  "項": "项",
  "預": "预",
  "額": "额",
  "類": "类",
  "養": "养",
  "館": "馆",
  "驗": "验",
  "體": "体",
  "齡": "龄",
};
const HAS_TRADITIONAL = /[來個備價億優內劃動務勞區單噸報場學實審專對導態戶撥據數時會業標檢權測準滿濟為營環產療發種稱範築級統經綜維縣總績續義萬蓋藥處號衛補規計設註評說證護變負財責貼資質輛辦農週進運達鄉醫釋鎮長門開閱際險響項預額類養館驗體齡]/;
const TRADITIONAL_G = /[來個備價億優內劃動務勞區單噸報場學實審專對導態戶撥據數時會業標檢權測準滿濟為營環產療發種稱範築級統經綜維縣總績續義萬蓋藥處號衛補規計設註評說證護變負財責貼資質輛辦農週進運達鄉醫釋鎮長門開閱際險響項預額類養館驗體齡]/g;

/** `s` with the vocabulary's Traditional characters folded to Simplified (the same string when there are none). */
export function foldTraditional(s: string): string {
  return HAS_TRADITIONAL.test(s) ? s.replace(TRADITIONAL_G, (c) => TRADITIONAL[c]) : s;
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
