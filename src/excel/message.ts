/// <reference types="office-js" />
/**
 * The ribbon's message dialog (message.html?text=…&title=…&lang=…). The text goes in as textContent, never as
 * HTML. The close button asks the opener (commands.ts) to close the dialog and finish the command.
 */
import { Locale, uiStrings } from "../i18n";

export function fillMessage(doc: Document, search: string): void {
  if (!doc.getElementById("text")) return; // not the message page
  const q = new URLSearchParams(search);
  const locale: Locale = q.get("lang") === "en" ? "en" : "zh-CN";
  doc.documentElement.lang = locale;
  (doc.getElementById("title") as HTMLElement).textContent = q.get("title") ?? uiStrings(locale).ribbon.failedTitle;
  (doc.getElementById("text") as HTMLElement).textContent = q.get("text") ?? "";
  const close = doc.getElementById("close") as HTMLButtonElement;
  close.textContent = uiStrings(locale).ribbon.close;
  if (typeof Office !== "undefined") {
    void Office.onReady(() => {
      close.hidden = false;
      close.addEventListener("click", () => Office.context.ui.messageParent("close"));
    });
  }
}

fillMessage(document, window.location.search);
