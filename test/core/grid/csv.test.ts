import fc from "fast-check";
import { detectCsvDelimiter, gridFromCsv } from "../../../src/core";

describe("gridFromCsv", () => {
  it("reads plain comma-separated fields and turns empty fields into null", () => {
    expect(gridFromCsv("s", "项目,总计,财政拨款\n合计,,12\n").rows).toEqual([
      ["项目", "总计", "财政拨款"],
      ["合计", null, "12"],
    ]);
  });

  it("keeps quoted commas, doubled quotes and amounts as text", () => {
    const g = gridFromCsv("s", 'a,b,c\n"12,993.72","say ""hi""",""\n');
    expect(g.rows).toEqual([
      ["a", "b", "c"],
      ["12,993.72", 'say "hi"', null],
    ]);
  });

  it("keeps line breaks inside quotes as \\n and treats CRLF as a record end", () => {
    const g = gridFromCsv("s", 'name,text\r\nx,"line 1\r\nline 2\nline 3"\r\ny,z\r\n');
    expect(g.rows).toEqual([
      ["name", "text"],
      ["x", "line 1\nline 2\nline 3"],
      ["y", "z"],
    ]);
  });

  it("detects a semicolon delimiter and leaves decimal commas alone", () => {
    const g = gridFromCsv("s", "项目;金额;备注\n合计;12,5;\"a;b\"\n");
    expect(g.rows).toEqual([
      ["项目", "金额", "备注"],
      ["合计", "12,5", "a;b"],
    ]);
  });

  it("detects a tab delimiter", () => {
    expect(gridFromCsv("s", "a\tb,c\td\n1\t2\t3").rows).toEqual([
      ["a", "b,c", "d"],
      ["1", "2", "3"],
    ]);
  });

  it("strips a UTF-8 BOM from the first cell", () => {
    expect(gridFromCsv("s", "\ufeff合计,1\n").rows).toEqual([["合计", "1"]]);
  });

  it("ignores delimiters inside quotes when detecting the delimiter", () => {
    expect(detectCsvDelimiter('"a,b,c,d";x;y\n')).toBe(";");
    expect(detectCsvDelimiter('"multi\nline, with, commas";x;y\n')).toBe(";");
  });

  it("looks past a title line without any delimiter", () => {
    expect(gridFromCsv("s", "2024年绩效目标表\n项目;金额\n").rows).toEqual([["2024年绩效目标表"], ["项目", "金额"]]);
  });

  it("falls back to a comma when no line has a delimiter", () => {
    expect(detectCsvDelimiter("one\ntwo\n")).toBe(",");
  });

  it("keeps empty lines as empty rows and trailing delimiters as empty cells", () => {
    expect(gridFromCsv("s", "a,\n\nb\n").rows).toEqual([["a", null], [], ["b"]]);
  });

  it("keeps a stray quote inside an unquoted field and reads an unclosed quote to the end", () => {
    expect(gridFromCsv("s", 'a 5" pipe,b\n"open,c\nd').rows).toEqual([
      ['a 5" pipe', "b"],
      ["open,c\nd"],
    ]);
  });

  it("returns no rows for empty text", () => {
    expect(gridFromCsv("s", "").rows).toEqual([]);
    expect(gridFromCsv("s", "\ufeff").rows).toEqual([]);
  });

  it("reads back any grid written with RFC 4180 quoting, detecting its delimiter", () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ minLength: 1 }).map((s) => s.replace(/\r\n?/g, "\n")));
    const grid = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(grid, fc.constantFrom(",", ";", "\t"), (rows, d) => {
        const quote = (v: string | null): string => (v === null ? "" : `"${v.replace(/"/g, '""')}"`);
        const text = rows.map((r) => r.map(quote).join(d)).join("\r\n");
        expect(gridFromCsv("s", text).rows).toEqual(rows); // the delimiter is detected, too
      }),
    );
  });
});
