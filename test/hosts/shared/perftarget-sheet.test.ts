import {
  BLOCK_WIDTH, MARKER, META_SHEET, decodeSheet, isRecordSheet, recordSheetName, PerftargetRecords, SETTING_COLUMN, SETTING_PIECE, decodeRows, encodeRows, fillCells, fillFromCells,
  isMetaName, rememberFills, rowSignature, settingCells, settingFromCells, settingPieces, settingValue, signatureMatches,
} from "../../../src/hosts/shared/perftarget-sheet";

const records = (): PerftargetRecords => ({
  fills: [
    { sheet: "Sheet1", address: "B2", original: null, applied: "#FFC000" },
    { sheet: "Sheet1", address: "C3", original: '{"type":"pattern"}', applied: "#FF0000" },
    { sheet: "{0000-id}", address: "A1", original: "#FFFFFF", applied: "#FFC000" },
  ],
  owned: [{ sheet: "校验结果", signature: "序号\t项目\t问题" }],
  settings: [
    { key: "perftarget.rules", value: '{"a":1}' },
    { key: "perftarget.empty", value: "" },
  ],
});

describe("the _perftarget sheet", () => {
  it("is called _perftarget, whatever the case a host reports", () => {
    expect(META_SHEET).toBe("_perftarget");
    expect(isMetaName("_PerfTarget")).toBe(true);
    expect(isMetaName("perftarget")).toBe(false);
  });

  describe("its block of rows", () => {
    it("decodes to the records it was encoded from", () => {
      expect(decodeRows(encodeRows(records()).rows)).toEqual(records());
    });

    it("puts fills in A:D, owned sheets in F:G and settings from I, each list from row 1", () => {
      const { rows, width } = encodeRows(records());
      expect(width).toBe(BLOCK_WIDTH);
      expect(rows).toEqual([
        ["Sheet1", "B2", "", "#FFC000", MARKER, "校验结果", "序号\t项目\t问题", "", "perftarget.rules", '{"a":1}'],
        ["Sheet1", "C3", '{"type":"pattern"}', "#FF0000", "", "", "", "", "perftarget.empty", ""],
        ["{0000-id}", "A1", "#FFFFFF", "#FFC000", "", "", "", "", "", ""],
      ]);
    });

    it("holds only the marker in E1 for no records, and is still J wide", () => {
      expect(encodeRows({ fills: [], owned: [], settings: [] })).toEqual({ rows: [["", "", "", "", MARKER, "", "", "", "", ""]], width: BLOCK_WIDTH });
    });

    it("sets aside a hand-edited fill record whose address no sheet has, naming its row", () => {
      const rows = [["Sheet1", "ZZZZ99999999", "", "#FFC000"], ["Sheet1", "XFD1048576", "", "#FFC000"], ["Sheet1", "XFE1", "", "#FFC000"], ["Sheet1", "a1"]];
      const { records, damaged } = decodeSheet(rows);
      expect(records.fills.map((f) => f.address)).toEqual(["XFD1048576"]);
      expect(damaged.map((d) => d.row)).toEqual([1, 3, 4]);
      expect(damaged[0].cells).toEqual(rows[0]);
    });
  });

  describe("telling our record sheet from a user's", () => {
    it("is ours when very hidden and marked, or very hidden and named exactly _perftarget (written before the marker)", () => {
      expect(isRecordSheet({ name: "_perftarget", veryHidden: true, marked: false })).toBe(true);
      expect(isRecordSheet({ name: "_perftarget~2", veryHidden: true, marked: true })).toBe(true);
      expect(isRecordSheet({ name: "_perftarget~2", veryHidden: true, marked: false })).toBe(false);
      expect(isRecordSheet({ name: "_perftarget", veryHidden: false, marked: true })).toBe(false);
      expect(isRecordSheet({ name: "备注", veryHidden: true, marked: true })).toBe(false);
    });

    it("takes the next free name when a user's sheet holds _perftarget", () => {
      expect(recordSheetName(["Sheet1"])).toBe("_perftarget");
      expect(recordSheetName(["_PerfTarget", "_perftarget~2"])).toBe("_perftarget~3");
    });

    it("grows past J as far as the longest setting's pieces go", () => {
      const { rows, width } = encodeRows({ fills: [], owned: [], settings: [{ key: "k", value: "x".repeat(SETTING_PIECE * 2 + 1) }] });
      expect(width).toBe(SETTING_COLUMN + 4);
      expect(rows[0].slice(SETTING_COLUMN).map((c) => c.length)).toEqual([1, SETTING_PIECE, SETTING_PIECE, 1]);
    });

    it("reads rows of any length, missing rows and cells as empty", () => {
      const rows: (string[] | undefined)[] = [["Sheet1", "A1"], undefined, [], ["", "", "", "", "", "Own"]];
      expect(decodeRows(rows)).toEqual({
        fills: [{ sheet: "Sheet1", address: "A1", original: null, applied: "" }],
        owned: [{ sheet: "Own", signature: "" }],
        settings: [],
      });
    });

    it("skips a fill row without a sheet key or an address, and a setting row without a key", () => {
      expect(fillFromCells(["", "A1", "", "#FFC000"])).toBeUndefined();
      expect(fillFromCells(["Sheet1", "", "", "#FFC000"])).toBeUndefined();
      expect(settingFromCells(["", "value"])).toBeUndefined();
    });

    it("writes no fill as an empty original cell and reads it back as no fill", () => {
      const cells = fillCells({ sheet: "S", address: "A1", original: null, applied: "#FFC000" });
      expect(cells[2]).toBe("");
      expect(fillFromCells(cells)?.original).toBeNull();
    });

    it("keeps a setting's spaces as stored", () => {
      expect(settingFromCells(["k", "  padded  "])).toEqual({ key: "k", value: "  padded  " });
    });
  });

  describe("a long setting", () => {
    it("splits into pieces of 32,000 characters", () => {
      const value = "a".repeat(SETTING_PIECE) + "b".repeat(SETTING_PIECE) + "c";
      expect(settingPieces(value)).toEqual(["a".repeat(SETTING_PIECE), "b".repeat(SETTING_PIECE), "c"]);
      expect(settingCells({ key: "k", value })).toHaveLength(4);
    });

    it("never splits inside a surrogate pair", () => {
      const value = "x".repeat(SETTING_PIECE - 1) + "😀" + "y";
      const pieces = settingPieces(value);
      expect(pieces.map((p) => p.length)).toEqual([SETTING_PIECE - 1, 3]);
      expect(pieces[1].startsWith("😀")).toBe(true);
      expect(pieces.join("")).toBe(value);
    });

    it("has no pieces when empty", () => {
      expect(settingPieces("")).toEqual([]);
    });

    it("reads back whole from its pieces, up to the first empty cell", () => {
      const value = "🙂".repeat(SETTING_PIECE);
      expect(settingValue(settingPieces(value))).toBe(value);
      expect(settingValue(["ab", "cd", "", "leftover"])).toBe("abcd");
    });
  });

  describe("fills remembered more than once", () => {
    it("keep the oldest original and the newest applied colour", () => {
      // Row 1 is the newest record (the Excel add-in inserts at the top).
      const remembered = rememberFills([
        { sheet: "S", address: "A1", original: "#FFC000", applied: "#FF0000" },
        { sheet: "S", address: "A1", original: "#00FF00", applied: "#FFC000" },
        { sheet: "S", address: "B1", original: null, applied: "#FFC000" },
      ]);
      expect(remembered.get("S")?.get("A1")).toEqual({ original: "#00FF00", applied: "#FF0000" });
      expect(remembered.get("S")?.get("B1")).toEqual({ original: null, applied: "#FFC000" });
    });

    it("are kept apart per sheet key, compared exactly", () => {
      const remembered = rememberFills([
        { sheet: "S", address: "A1", original: null, applied: "#1" },
        { sheet: "s", address: "A1", original: "#2", applied: "#3" },
      ]);
      expect([...remembered.keys()]).toEqual(["S", "s"]);
    });
  });

  describe("a first row's signature", () => {
    it("joins the cells' texts with tabs, a formula counting as empty and an error by its text", () => {
      expect(rowSignature(["序号", 1, true, { formula: "=A1" }, { error: "#N/A" }])).toBe("序号\t1\ttrue\t\t#N/A");
    });

    it("never ends in a tab, however many empty cells were read", () => {
      expect(rowSignature(["a", "b", null, ""])).toBe("a\tb");
      expect(rowSignature(["a", null, "c"])).toBe("a\t\tc");
    });

    it("keeps at most 500 characters", () => {
      expect(rowSignature(["x".repeat(600)])).toHaveLength(500);
    });

    it("matches a signature stored with or without trailing tabs", () => {
      const row = ["a", "b", null];
      expect(signatureMatches("a\tb\t", row)).toBe(true); // as earlier WPS versions stored it
      expect(signatureMatches("a\tb", row)).toBe(true); // as the .xlsx adapter stored it
      expect(signatureMatches("a\tb", ["a", "b"])).toBe(true);
    });

    it("does not match a different first row", () => {
      expect(signatureMatches("a\tb", ["a", "c"])).toBe(false);
      expect(signatureMatches("a\tb", ["a", "b", "c"])).toBe(false);
    });
  });
});
