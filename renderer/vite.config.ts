import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The renderer build, used as is for browser mode (`npm run build:web`) and
 * by electron-vite for the desktop window. Output: out/renderer. No inline
 * script is emitted, so the strict CSP holds.
 */
export const rendererConfig = defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(root, '..', 'out', 'renderer'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});

export default rendererConfig;
