// A hand-edited _perftarget that repeats a setting's key reads the same in every host: the first row wins.
import ExcelJS from "exceljs";
import { XlsxAdapter } from "../../../src/hosts/xlsx/xlsx.adapter";

it("reads the first of two rows with the same setting key, as the Excel and WPS adapters do", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("项目表").getCell("A1").value = "项目名称";
  const meta = wb.addWorksheet("_perftarget", { state: "veryHidden" });
  meta.getCell("I1").value = "perftarget.rules";
  meta.getCell("J1").value = "first";
  meta.getCell("I2").value = "perftarget.rules";
  meta.getCell("J2").value = "second";
  expect(await new XlsxAdapter(wb).getSetting("perftarget.rules")).toBe("first");
});
