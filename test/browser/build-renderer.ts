import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the renderer for the bridge (VITE_TEST_BRIDGE=1 → dist/renderer-test). */
export function buildTestRenderer(): void {
  // vite's package exports hide its bin file, so it is addressed by path.
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, VITE_TEST_BRIDGE: '1' },
    stdio: 'inherit',
  });
}
