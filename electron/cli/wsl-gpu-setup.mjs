#!/usr/bin/env node
// Entry point of the `wsl-gpu-setup` command. In a source checkout it runs the TypeScript
// sources through tsx; a packaged build ships the compiled `dist/cli/run.js` instead.
import { existsSync } from 'node:fs';

const source = new URL('./run.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../../dist/cli/run.js', import.meta.url).href);
}
