import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed CLI entry: `wsl-gpu-setup` as a user runs it. */
export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../electron/cli/wsl-gpu-setup.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `wsl-gpu-setup ARGS…` in its own process with the simulated PC's environment; resolves when it closes. */
export function runCliProcess(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
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

/** `wsl-gpu-setup diagnose --json [extra…]`. */
export function diagnoseCli(env: Record<string, string>, extra: readonly string[] = []): Promise<CliRun> {
  return runCliProcess(['diagnose', '--json', ...extra], env);
}
