import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadFile } from "../../../src/hosts/file/file.loader";
import { decodeText, loadBytes } from "../../../src/hosts/load-bytes";
import { LOAD_ERROR_CODES } from "../../../src/hosts/load-result";
import { loadMessages } from "../../../src/i18n/load-messages";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-files-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表1");
  ws.getCell("A1").value = "合计";
  ws.getCell("B1").value = 12993.72;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** "合计\t1\r\n" in GBK: 合 = BA CF, 计 = BC C6. */
const GBK_TSV = Uint8Array.from([0xba, 0xcf, 0xbc, 0xc6, 0x09, 0x31, 0x0d, 0x0a]);

describe("loadFile with good input", () => {
  it("reads an .xlsx file", async () => {
    const result = await loadFile(write("a.xlsx", await xlsxBytes()));
    expect(result).toEqual({ ok: true, sheets: [{ name: "表1", rows: [["合计", 12993.72]] }] });
  });

  it("treats a zip as a workbook whatever its extension says", async () => {
    const result = await loadFile(write("export.csv", await xlsxBytes()));
    expect(result).toMatchObject({ ok: true, sheets: [{ name: "表1" }] });
  });

  it("reads a .csv file, names the sheet after the file and keeps amounts as text", async () => {
    const result = await loadFile(write("预算表.csv", '\ufeff项目,金额\n合计,"12,993.72"\n'));
    expect(result).toEqual({ ok: true, sheets: [{ name: "预算表", rows: [["项目", "金额"], ["合计", "12,993.72"]] }] });
  });

  it("reads .tsv and .txt files as tab-separated text, with upper-case extensions too", async () => {
    const expected = { ok: true, sheets: [{ name: "t", rows: [["a", null, "b"]] }] };
    expect(await loadFile(write("t.tsv", "a\t\tb\n"))).toEqual(expected);
    expect(await loadFile(write("t.TXT", "\ufeffa\t\tb\r\n"))).toEqual(expected);
  });

  it("decodes a GBK-encoded TSV file", async () => {
    const result = await loadFile(write("gbk.tsv", GBK_TSV));
    expect(result).toEqual({ ok: true, sheets: [{ name: "gbk", rows: [["合计", "1"]] }] });
  });

  it("decodes UTF-16 text with a BOM, as Excel's Unicode text export writes it", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("合计\t1\r\n", "utf16le")]);
    const result = await loadFile(write("unicode.txt", utf16));
    expect(result).toEqual({ ok: true, sheets: [{ name: "unicode", rows: [["合计", "1"]] }] });
  });
});

describe("loadFile with bad input", () => {
  it("reports a zero-byte file as file-empty", async () => {
    expect(await loadFile(write("empty.xlsx", ""))).toEqual({ ok: false, code: "file-empty" });
  });

  it("reports a file of only whitespace or only delimiters as file-empty", async () => {
    expect(await loadFile(write("blank.csv", " \r\n\t\n"))).toEqual({ ok: false, code: "file-empty" });
    expect(await loadFile(write("commas.csv", ",,,\n,,\n"))).toEqual({ ok: false, code: "file-empty" });
    expect(await loadFile(write("bom.txt", "\ufeff"))).toEqual({ ok: false, code: "file-empty" });
  });

  it("reports random bytes with NULs as file-binary", async () => {
    const bytes = Uint8Array.from({ length: 1024 }, (_, i) => (i % 7 === 0 ? 0 : (i * 97 + 13) % 256));
    expect(await loadFile(write("random.txt", bytes))).toEqual({ ok: false, code: "file-binary" });
  });

  it("reports a legacy .xls (OLE2) file as file-binary with detail ole2", async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await loadFile(write("old.xls", ole))).toEqual({ ok: false, code: "file-binary", detail: "ole2" });
  });

  it("reports the first half of a valid .xlsx as xlsx-corrupt", async () => {
    const bytes = await xlsxBytes();
    const result = await loadFile(write("half.xlsx", bytes.slice(0, Math.floor(bytes.length / 2))));
    expect(result).toMatchObject({ ok: false, code: "xlsx-corrupt" });
  });

  it("reports text named .xlsx as xlsx-corrupt", async () => {
    expect(await loadFile(write("fake.xlsx", "a,b\n"))).toMatchObject({ ok: false, code: "xlsx-corrupt" });
  });

  it("reports a missing path as file-unreadable with the OS error code", async () => {
    expect(await loadFile(path.join(dir, "nope", "missing.xlsx"))).toEqual({
      ok: false,
      code: "file-unreadable",
      detail: "ENOENT",
    });
  });

  it("reports a directory as file-unreadable", async () => {
    expect(await loadFile(dir)).toEqual({ ok: false, code: "file-unreadable", detail: "EISDIR" });
  });

  it("reports a text file named .docx as file-type", async () => {
    expect(await loadFile(write("notes.docx", "合计\t1\n"))).toEqual({ ok: false, code: "file-type", detail: ".docx" });
  });

  it("reports a zip that holds no workbook and is named .docx as file-type", async () => {
    // A stored-only zip with one entry "word/document.xml" and an empty body, built by hand.
    const zip = storedZip("word/document.xml");
    expect(await loadFile(write("real.docx", zip))).toEqual({ ok: false, code: "file-type", detail: ".docx" });
    expect(await loadFile(write("real.xlsx", zip))).toMatchObject({ ok: false, code: "xlsx-corrupt" });
  });

  it("never throws for any short byte sequence", async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const bytes = Uint8Array.from({ length: seed * 3 }, (_, i) => (seed * 31 + i * i * 7) % 256);
      if (seed % 5 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04]);
      const result = await loadBytes(`f${seed}.csv`, bytes);
      expect(typeof result.ok).toBe("boolean");
    }
  });
});

describe("decodeText", () => {
  it("prefers UTF-8 and falls back to GB18030 only for bytes that are not UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("\ufeff合计"))).toBe("合计");
    expect(decodeText(GBK_TSV)).toBe("合计\t1\r\n");
    expect(decodeText(Uint8Array.from([0x81, 0x20, 0x81]))).toBeUndefined();
  });
});

describe("loadMessages", () => {
  it("has one non-empty sentence per error code in Chinese and English", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      expect(Object.keys(loadMessages[locale]).sort()).toEqual([...LOAD_ERROR_CODES].sort());
      for (const code of LOAD_ERROR_CODES) expect(loadMessages[locale][code].length).toBeGreaterThan(5);
    }
    expect(loadMessages["zh-CN"]["file-empty"]).toBe("文件是空的，没有可读取的内容。");
  });
});

/** Minimal zip (one stored, empty entry): local header, central directory, end record. CRCs of empty data are 0. */
function storedZip(name: string): Uint8Array {
  const n = Buffer.from(name, "ascii");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(local.length + n.length, 16);
  return new Uint8Array(Buffer.concat([local, n, central, n, end]));
}
