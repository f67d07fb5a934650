/**
 * The template dialogs: one modal (a single instance, so a dialog that follows another — the SUM offer after an
 * insert — never sits beside a closing one) whose body has a title, content, 取消 and one confirming button.
 * Nothing is written until the confirming button is pressed; closing it any other way cancels.
 */
import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export function DialogFrame(props: { body: React.ReactNode; onCancel: () => void }): React.JSX.Element {
  return (
    <Dialog open={props.body !== null} modalType="modal" onOpenChange={(_e, d) => !d.open && props.onCancel()}>
      <DialogSurface>{props.body}</DialogSurface>
    </Dialog>
  );
}

export interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  /** False while the form is not valid (the button stays disabled). */
  canConfirm?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}

export function ConfirmDialog(props: ConfirmDialogProps): React.JSX.Element {
  const { title, confirmLabel, cancelLabel, canConfirm = true, onConfirm, onCancel, children } = props;
  return (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>
        <Button appearance="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button appearance="primary" disabled={!canConfirm} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
