/**
 * The result of the last action in one sentence. Failures are explained in the current language with the
 * other one underneath (Chinese first by default), so a message can be read out to a colleague either way.
 */
import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Outcome, isFailure, needsAttention, outcomeText } from "../outcome";
import { Locale, otherLocale, uiStrings } from "../../i18n";

export function StatusMessage(props: { outcome: Outcome; locale: Locale }): React.JSX.Element {
  const { outcome, locale } = props;
  const text = outcomeText(outcome, locale);
  if (isFailure(outcome)) {
    const other = otherLocale(locale);
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{uiStrings(locale).errorTitle}</MessageBarTitle>
          <div>{text}</div>
          <Caption1 lang={other}>{outcomeText(outcome, other)}</Caption1>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const intent = needsAttention(outcome) ? "warning" : outcome.kind === "template" || outcome.kind === "cancelled" ? "info" : "success";
  return (
    <MessageBar intent={intent} layout="multiline" role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
