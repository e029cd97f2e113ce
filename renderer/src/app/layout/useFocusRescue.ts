/**
 * After a change of page, a focus left nowhere (the button that led there is
 * gone, e.g. « Signer la convention » back to the list) goes to the main
 * content, as the skip link does: the next Tab continues from the page, not
 * from the top of the window (WCAG 2.4.3). Not on the first page shown, where
 * the first Tab must reach the skip link.
 */
import { useEffect, useRef } from 'react';
import { MAIN_CONTENT_ID } from './SkipLink';

export function useFocusRescue(pathname: string): void {
  const first = useRef(pathname);
  useEffect(() => {
    if (pathname === first.current) return undefined;
    first.current = '';
    const timer = window.setTimeout(() => {
      const now = document.activeElement;
      if (now && now !== document.body && now.isConnected) return;
      document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [pathname]);
}
