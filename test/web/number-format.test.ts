/** The number formats a target table uses, as Excel shows them; anything else falls back to General. */
import { formatDate, formatNumber, generalNumber, isDateFormat } from "../../src/web/number-format";

it("shows General numbers without float noise", () => {
  expect([generalNumber(0.1 + 0.2), generalNumber(12), generalNumber(-3.5), generalNumber(1 / 3)]).toEqual(["0.3", "12", "-3.5", "0.33333333333"]);
  expect(formatNumber(1.25, undefined)).toBe("1.25");
  expect(formatNumber(1.25, "General")).toBe("1.25");
});

it("shows fixed decimals, thousands separators and percentages", () => {
  const cases: [number, string, string][] = [
    [3.14159, "0.00", "3.14"],
    [2.5, "0", "3"],
    [1234567.5, "#,##0", "1,234,568"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [0.125, "0%", "13%"],
    [0.12345, "0.00%", "12.35%"],
    [86246.64, '#,##0.00"万元"', "86,246.64万元"],
    [-5, "#,##0.00;[Red]-#,##0.00", "-5.00"],
    [-5, "#,##0.00_);(#,##0.00)", "(5.00)"],
    [1234, "¥#,##0.00", "¥1,234.00"],
    [0, "0.00", "0.00"],
    [-0.001, "0.00", "0.00"],
  ];
  for (const [v, fmt, shown] of cases) expect([v, fmt, formatNumber(v, fmt)]).toEqual([v, fmt, shown]);
});

it("falls back to General for formats it does not know", () => {
  expect(formatNumber(12345.678, "0.00E+00")).toBe("12345.678");
  expect(formatNumber(0.5, "# ?/?")).toBe("0.5");
});

it("shows dates in their format's codes, format 14 as the Chinese short date, and serials under a date format", () => {
  const d = new Date(Date.UTC(2026, 2, 9, 8, 5, 7));
  expect(formatDate(d, "yyyy-mm-dd")).toBe("2026-03-09");
  expect(formatDate(d, 'yyyy"年"m"月"d"日"')).toBe("2026年3月9日");
  expect(formatDate(d, "mm-dd-yy")).toBe("2026/3/9");
  expect(formatDate(d, "yyyy/m/d h:mm:ss")).toBe("2026/3/9 8:05:07");
  expect([isDateFormat("yyyy-mm-dd"), isDateFormat("0.00"), isDateFormat('#,##0"元"'), isDateFormat(undefined)]).toEqual([true, false, false, false]);
  expect(formatNumber(46090, "yyyy-mm-dd")).toBe("2026-03-09");
});
