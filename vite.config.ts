import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Renderer build: `renderer/` → `dist/renderer`, relative asset paths so the page loads from
 * file:// in Electron. With VITE_TEST_BRIDGE=1 the build is for the browser tests: the CSP
 * also allows the loopback WebSocket bridge, and the output goes to `dist/renderer-test` so
 * a test build can never be packaged by mistake.
 */
const testBridge = process.env.VITE_TEST_BRIDGE === '1';

/** Adds the bridge's origin to `connect-src` in test builds only. */
function bridgeCsp(): Plugin {
  return {
    name: 'wsl-gpu-setup:bridge-csp',
    transformIndexHtml(html) {
      if (!testBridge) return html;
      return html.replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:*");
    },
  };
}

const root = fileURLToPath(new URL('./renderer/', import.meta.url));
const outDir = fileURLToPath(new URL(testBridge ? './dist/renderer-test/' : './dist/renderer/', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react(), bridgeCsp()],
  build: {
    outDir,
    emptyOutDir: true,
    // Fluent UI alone is larger than the default warning limit; the app loads from disk.
    chunkSizeWarningLimit: 2048,
  },
});
