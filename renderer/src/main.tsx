import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setNonce } from 'get-nonce';
import { App } from './App';
import { styleNonce } from './api/transport';
import { installFavicon } from './app/favicon';

// Modals lock the page's scroll with a <style> element (react-remove-scroll):
// it must carry the per-launch nonce like every style the strict CSP allows.
setNonce(styleNonce);
installFavicon();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
