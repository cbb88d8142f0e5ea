import { defineConfig } from 'vite';

// Builds the Electron main process (ESM) or, with `--mode preload`, the preload (CJS: sandboxed
// preloads must be CommonJS). Electron and node-pty stay external.
export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  return {
    build: {
      ssr: preload ? 'electron/preload/index.ts' : 'electron/main/index.ts',
      outDir: preload ? 'dist/preload' : 'dist/main',
      target: 'node22',
      emptyOutDir: true,
      rolldownOptions: {
        external: ['electron', 'node-pty', /^node:/],
        output: preload ? { format: 'cjs', entryFileNames: 'index.cjs' } : { format: 'es', entryFileNames: 'main.js' },
      },
    },
  };
});
