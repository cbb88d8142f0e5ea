import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real CLI entry, run as its own process against a simulated PC. */
export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../electron/cli/wsl-gpu-setup.mjs');

/** `wsl-gpu-setup diagnose --json [...extra]` with the simulated PC's environment; resolves when the process closes. */
export function diagnose(env: Record<string, string>, extra: readonly string[] = []): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'diagnose', '--json', ...extra], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
