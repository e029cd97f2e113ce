import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * A build is a production build whatever NODE_ENV its caller had: Vite keeps
 * an inherited one, and a build started under vitest (NODE_ENV=test, as
 * `npm start` from a test) shipped React's development build, several times
 * slower (it builds an owner stack for every element). Vite reads NODE_ENV
 * after the plugins' config hooks.
 */
function productionBuild(): Plugin {
  return {
    name: 'cae:production-build',
    apply: 'build',
    config() {
      process.env.NODE_ENV = 'production';
    },
  };
}

/**
 * The renderer build, used as is for browser mode (`npm run build:web`) and
 * by electron-vite for the desktop window. Output: out/renderer. No inline
 * script is emitted, so the strict CSP holds.
 */
export const rendererConfig = defineConfig({
  root,
  base: '/',
  plugins: [productionBuild(), react()],
  build: {
    outDir: path.resolve(root, '..', 'out', 'renderer'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});

export default rendererConfig;
