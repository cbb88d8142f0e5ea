import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real CLI entry (`wsl-gpu-setup`), run as its own process by the simulated-PC tests. */
export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../electron/cli/wsl-gpu-setup.mjs');

/** Runs the CLI with `args` and the simulated PC's environment; resolves with its exit status and output. */
export function runCliProcess(args: readonly string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
