import fs from 'node:fs';
import path from 'node:path';
import type { SimState } from './state.js';

/** The simulated System32: one tiny wrapper per tool, all running the bundled tool entry (tool-bundle.ts). */
export const SIM_TOOLS = ['wsl.exe', 'powershell.exe', 'nvidia-smi.exe', 'dism.exe', 'reg.exe', 'shutdown.exe', 'taskkill.exe'] as const;
export type SimTool = (typeof SIM_TOOLS)[number];

/** nvidia-smi.exe exists only where an NVIDIA driver installed it; the other tools are inbox. */
function present(tool: SimTool, state: SimState): boolean {
  return tool !== 'nvidia-smi.exe' || state.nvidiaSmi !== null;
}

/** Writes the wrappers the state calls for and removes the others (a driver can come or go). */
export function syncToolFiles(dir: string, state: SimState, entry: string): void {
  for (const tool of SIM_TOOLS) {
    const file = path.join(dir, tool);
    if (!present(tool, state)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    if (fs.existsSync(file)) continue;
    fs.writeFileSync(file, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(entry)} ${JSON.stringify(dir)} ${tool} "$@"\n`);
    fs.chmodSync(file, 0o755);
  }
}
