/** Shown only when an action runs longer than about a second (the actions report no fractions: indeterminate). */
import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";

export function Progress(props: { label: string }): React.JSX.Element {
  return (
    <Field validationMessage={props.label} validationState="none">
      <ProgressBar aria-label={props.label} />
    </Field>
  );
}
