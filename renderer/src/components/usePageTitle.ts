import { useEffect } from 'react';

export const APP_NAME = 'Conventions CAE';

/** Sets the window title: « Section — Conventions CAE ». */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — ${APP_NAME}`;
  }, [title]);
}
