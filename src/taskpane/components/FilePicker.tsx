/**
 * A button that opens the system's file chooser (a hidden file input behind it): rule-set import, the other version
 * for 对比. The input is emptied after each choice so the same file can be chosen again.
 */
import * as React from "react";
import { Button, Tooltip, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ hidden: { display: "none" } });

export interface FilePickerProps {
  label: string;
  hint: string;
  accept: string;
  testId: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

export function FilePicker({ label, hint, accept, testId, disabled, onFile }: FilePickerProps): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        className={styles.hidden}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
      <Tooltip content={hint} relationship="description" withArrow>
        <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
          {label}
        </Button>
      </Tooltip>
    </>
  );
}
