import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { styleNonce } from '../api/transport';
import './controls.css';
import './reflow.css';
import { cssVariablesResolver, theme } from './theme';

/** Mantine writes its CSS variables in <style> elements: they carry the per-launch CSP nonce. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} getStyleNonce={() => styleNonce} forceColorScheme="light">
      {children}
    </MantineProvider>
  );
}
