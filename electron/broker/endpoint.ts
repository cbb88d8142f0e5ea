import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Where main listens for its broker. A fresh random name per launch: nobody can create the
 * pipe first and wait for the broker (squatting), and nobody can guess it to connect early.
 *
 * - Windows: `\\.\pipe\wsl-gpu-setup-<128-bit hex>`. Node's pipe server uses the default
 *   security descriptor, whose DACL gives full control to the creator owner, SYSTEM and
 *   Administrators and only read access to Everyone: other standard users cannot write a frame.
 * - Elsewhere (Linux, tests): a Unix socket in a new `mkdtemp` folder (mode 0700, so only this
 *   user can even reach the socket).
 */
export interface BrokerEndpoint {
  path: string;
  /** Removes the socket folder (a no-op for a Windows pipe). */
  dispose(): void;
}

/** Name prefix of the Windows pipe (also what the broker checks `--pipe` against). */
export const PIPE_PREFIX = '\\\\.\\pipe\\wsl-gpu-setup-';

/** A `--pipe` value the broker accepts on this platform. */
export function isEndpointPath(value: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return /^\\\\\.\\pipe\\wsl-gpu-setup-[0-9a-f]{32}$/u.test(value);
  return path.posix.isAbsolute(value) && path.posix.basename(value) === 'broker.sock' && !value.includes('\0');
}

/** A fresh endpoint for one broker launch. */
export function createEndpoint(platform: NodeJS.Platform = process.platform): BrokerEndpoint {
  if (platform === 'win32') return { path: `${PIPE_PREFIX}${randomBytes(16).toString('hex')}`, dispose: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-broker-'));
  fs.chmodSync(dir, 0o700);
  return { path: path.join(dir, 'broker.sock'), dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The per-launch secret the broker proves itself with: 32 random bytes, hex. */
export function newSecret(): string {
  return randomBytes(32).toString('hex');
}
