/// <reference types="office-js" />
/**
 * Ribbon commands (ExecuteFunction, no task pane). Each handler always calls `event.completed()` — Office queues
 * further clicks until it does — also when something fails. On failure nothing is written (the actions are
 * all-or-nothing) and the reason is shown in a small dialog (message.html); on success the result speaks for
 * itself: 校验结果 is activated, or the marks disappear.
 */
import "../taskpane/no-eval";
import { Locale, localeFor, uiStrings } from "../i18n";
import { createExcelPort } from "./excel-port";
import { failureFromError, failureText } from "../taskpane/failure";
import { RibbonResult, ribbonCheck, ribbonClear } from "../commands/ribbon";

type Completable = { completed: () => void };

/** Show a failure in a dialog; completes the event once the dialog is closed (or could not open). */
export function showMessage(text: string, locale: Locale, done: () => void): void {
  const url = new URL("message.html", window.location.href);
  url.searchParams.set("text", text);
  url.searchParams.set("title", uiStrings(locale).ribbon.failedTitle);
  url.searchParams.set("lang", locale);
  try {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (r) => {
      if (r.status !== Office.AsyncResultStatus.Succeeded) return done();
      const dialog = r.value;
      // Closing the dialog (its close button or the message page's own) ends the command.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => done());
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        done();
      });
    });
  } catch {
    done();
  }
}

/** Wrap a ribbon function into an Office command handler that completes exactly once, whatever happens. */
export function commandHandler(run: (locale: Locale) => Promise<RibbonResult>): (event: Completable) => Promise<void> {
  return async (event) => {
    let completed = false;
    const done = () => {
      if (completed) return;
      completed = true;
      event.completed();
    };
    const locale = localeFor(Office.context?.displayLanguage);
    try {
      const result = await run(locale);
      if (result.ok) done();
      else showMessage(result.text, locale, done);
    } catch (e) {
      // e.g. the adapter could not be created: still explain, still complete.
      showMessage(failureText(failureFromError(e), locale), locale, done);
    }
  };
}

// The names are the manifest's <FunctionName>s (test/excel/manifest.test.ts checks they match). A new adapter per
// click: nothing is cached between clicks, the workbook may have changed.
Office.onReady(() => {
  Office.actions.associate("runCheck", commandHandler(async (locale) => ribbonCheck(await createExcelPort(), locale)));
  Office.actions.associate("clearMarks", commandHandler(async (locale) => ribbonClear(await createExcelPort(), locale)));
});
