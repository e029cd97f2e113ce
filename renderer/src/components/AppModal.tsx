/**
 * The app's dialogs: Mantine's Modal (focus kept inside while open, Escape
 * closes), with the focus given back when it closes (WCAG 2.4.3). Mantine
 * returns the focus only when `opened` turns false on a modal that stays
 * mounted; most dialogs here are mounted open and unmounted to close, so the
 * element focused when the dialog appeared is remembered here, and focused
 * again once the dialog is gone — or, when it is gone too (an action that
 * changed the page) or there was none (a dialog opened by the app itself),
 * the main content. Its close button is named (« Fermer la fenêtre »).
 */
import { Modal, type ModalProps } from '@mantine/core';
import { useLayoutEffect } from 'react';
import { MAIN_CONTENT_ID } from '../app/layout/SkipLink';

export function AppModal(props: ModalProps) {
  useFocusReturn(props.opened);
  return <Modal {...props} returnFocus={false} closeButtonProps={{ 'aria-label': 'Fermer la fenêtre', ...props.closeButtonProps }} />;
}

/** While `opened`, remembers what had the focus when it opened; gives it back on close or unmount, if the focus was left nowhere or in the dialog. */
function useFocusReturn(opened: boolean) {
  useLayoutEffect(() => {
    if (!opened) return undefined;
    const trigger = document.activeElement;
    return () => {
      // After the closing commit: the dialog's elements are gone, or hidden by Mantine's leaving transition.
      window.setTimeout(() => {
        const now = document.activeElement;
        const lost = !now || now === document.body || !now.isConnected || now.closest('[role="dialog"]') !== null;
        if (!lost) return;
        const target = trigger instanceof HTMLElement && trigger !== document.body && trigger.isConnected ? trigger : document.getElementById(MAIN_CONTENT_ID);
        target?.focus({ preventScroll: target.id === MAIN_CONTENT_ID });
      }, 0);
    };
  }, [opened]);
}
