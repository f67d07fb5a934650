/** The WPS adapter for a task pane page, finding the application at each call (window.Application or wps.EtApplication()). */
import type { WorkbookPort } from "../hosts/workbook.port";
import { WpsAdapter } from "../hosts/wps/wps.adapter";

export function createWpsPort(): WorkbookPort {
  return new WpsAdapter();
}
