/**
 * Valid .xlsx parts ExcelJS 4.4 cannot load, put in the form it can, before it sees the file. Every load of .xlsx
 * bytes goes through loadWorkbook (the CLI's loader, annotate, review and the web page).
 *
 * Why: ExcelJS finds a sheet's comments and drawings by the `Target` of its relationships, compared as text with
 * the names it writes itself (`../comments1.xml`, `../drawings/vmlDrawing1.vml`, `xdr:`-prefixed drawings). Other
 * writers are just as valid and differ (exceljs/exceljs#2797; openpyxl writes absolute targets such as
 * `/xl/comments/comment1.xml`, a VML part `commentsDrawing1.vml`, and a drawing in the default namespace), and
 * ExcelJS then fails with a TypeError (`reading 'comments'`, `reading 'anchors'`) and the user is told the file is
 * damaged. Here: absolute targets become relative, comment and VML parts take ExcelJS's names, a comment's plain
 * text becomes a run (ExcelJS reads runs only, and would keep the comment empty), and an unprefixed drawing gets the
 * `xdr:` prefix. Only those parts are rewritten; a file that needs none of it is passed on as it
 * is. The input file is never written: this works on bytes in memory.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** Load `bytes` into `workbook`, first putting other writers' parts in the form ExcelJS reads (throws what ExcelJS throws). */
export async function loadWorkbook(workbook: ExcelJS.Workbook, bytes: ArrayBuffer | Uint8Array): Promise<void> {
  // JSZip (inside ExcelJS) takes ArrayBuffer and Uint8Array as they are; the typings only say Buffer.
  await workbook.xlsx.load((await forExcelJS(bytes)) as unknown as ArrayBuffer);
}

const REL = /<Relationship\b[^>]*>/g;
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const COMMENTS_TYPE = /\/comments$/;
const VML_TYPE = /\/vmlDrawing$/;
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/` (where its relative targets start). */
const sourceFolder = (relsPath: string) => relsPath.replace(/_rels\/[^/]*$/, "");

/** `/xl/comments/comment1.xml` seen from `xl/worksheets/` → `../comments/comment1.xml`. */
function relative(from: string, absolute: string): string {
  const a = from.split("/").filter(Boolean);
  const b = absolute.split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...new Array<string>(a.length - i).fill(".."), ...b.slice(i)].join("/");
}

/** `../comments/comment1.xml` from `xl/worksheets/` → `xl/comments/comment1.xml`. */
function resolve(from: string, target: string): string {
  const out = from.split("/").filter(Boolean);
  for (const part of target.split("/")) {
    if (part === "..") out.pop();
    else if (part && part !== ".") out.push(part);
  }
  return out.join("/");
}

/** The bytes ExcelJS can load: `bytes` itself when nothing needs changing (or it is no zip: ExcelJS says so). */
export async function forExcelJS(bytes: ArrayBuffer | Uint8Array): Promise<ArrayBuffer | Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes;
  }
  let changed = false;
  const renames = new Map<string, string>();
  const taken = new Set(Object.keys(zip.files));
  const freeName = (pattern: (n: number) => string) => {
    let n = 1;
    while (taken.has(pattern(n))) n++;
    taken.add(pattern(n));
    return pattern(n);
  };

  for (const relsPath of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const xml = await zip.file(relsPath)!.async("string");
    const from = sourceFolder(relsPath);
    const next = xml.replace(REL, (tag) => {
      const target = attr(tag, "Target");
      const type = attr(tag, "Type") ?? "";
      if (target === undefined || attr(tag, "TargetMode") === "External") return tag;
      let part = target.startsWith("/") ? target.slice(1) : resolve(from, target);
      // ExcelJS knows a sheet's comments and their VML only by the names it gives them itself.
      if (COMMENTS_TYPE.test(type) && !/^xl\/comments\d+\.xml$/.test(part) && zip.file(part)) {
        part = renames.get(part) ?? renames.set(part, freeName((n) => `xl/comments${n}.xml`)).get(part)!;
      } else if (VML_TYPE.test(type) && !/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(part) && zip.file(part)) {
        part = renames.get(part) ?? renames.set(part, freeName((n) => `xl/drawings/vmlDrawing${n}.vml`)).get(part)!;
      } else if (!target.startsWith("/")) return tag;
      return tag.replace(/\bTarget="[^"]*"/, `Target="${relative(from, part)}"`);
    });
    if (next !== xml) {
      zip.file(relsPath, next);
      changed = true;
    }
  }

  for (const [old, name] of renames) {
    zip.file(name, await zip.file(old)!.async("uint8array"));
    zip.remove(old);
  }
  if (renames.size) {
    const types = zip.file("[Content_Types].xml");
    if (types) {
      let xml = await types.async("string");
      for (const [old, name] of renames) xml = xml.split(`PartName="/${old}"`).join(`PartName="/${name}"`);
      zip.file("[Content_Types].xml", xml);
    }
  }

  for (const path of Object.keys(zip.files).filter((p) => /^xl\/comments\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const runs = withTextRuns(xml);
    if (runs !== xml) {
      zip.file(path, runs);
      changed = true;
    }
  }

  for (const path of Object.keys(zip.files).filter((p) => /^xl\/drawings\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const prefixed = withDrawingPrefix(xml);
    if (prefixed !== xml) {
      zip.file(path, prefixed);
      changed = true;
    }
  }

  if (!changed && !renames.size) return bytes;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * A drawing written in the default namespace (`<wsDr xmlns="…spreadsheetDrawing">`) with the `xdr:` prefix ExcelJS
 * looks for. Only when that is the document's one default namespace, so every unprefixed element is a drawing one.
 */
export function withDrawingPrefix(xml: string): string {
  const root = new RegExp(`<wsDr\\b[^>]*\\bxmlns="${DRAWING_NS.replace(/[./]/g, "\\$&")}"`);
  if (!root.test(xml) || xml.split('xmlns="').length !== 2) return xml;
  return xml
    .replace(`xmlns="${DRAWING_NS}"`, `xmlns:xdr="${DRAWING_NS}"`)
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1xdr:$2");
}

/**
 * A comment's plain text (`<text><t>…</t></text>`, valid and what openpyxl writes) as one rich-text run: ExcelJS reads
 * only runs (`<r><t>…</t></r>`) and would keep the comment with no text.
 */
export function withTextRuns(xml: string): string {
  return xml.replace(/<text>\s*<t(\s[^>]*)?>([^<]*)<\/t>\s*<\/text>/g, (_, a: string | undefined, text: string) => `<text><r><t${a ?? ""}>${text}</t></r></text>`);
}
