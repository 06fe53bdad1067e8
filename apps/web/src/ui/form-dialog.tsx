import type { ReactNode } from 'react';
import { Dialog, type DialogProps } from './dialog';

/** What the caller of a dialog holds: whether it is open, and how it asks to change that. */
export type DialogOpenState = Pick<DialogProps, 'open' | 'onOpenChange'>;

/**
 * A dialog around a form that mounts only while the dialog is open: every opening starts from
 * fresh values and a fresh call state, and nothing of a cancelled attempt survives.
 */
export function FormDialog({
  children,
  ...dialog
}: Omit<DialogProps, 'children'> & {
  /** The form, given the way to close the dialog once it is done. */
  readonly children: (close: () => void) => ReactNode;
}) {
  return <Dialog {...dialog}>{dialog.open ? children(() => dialog.onOpenChange(false)) : null}</Dialog>;
}
