import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './texts.js';

/**
 * STAND-IN, replaced at merge: the distro side of the simulated PC is test/sim/distro/index.ts
 * (its own owner). This file only has the same signature so the Windows side can be tested
 * before that lands; test/sim/distro-link.ts is the one line to switch. It answers just what a
 * diagnose asks inside a distro: the boot no-op and the collector (a recorded document).
 */

/** What the distro side keeps about one distro (JSON). */
export interface DistroState {
  name: string;
  version: 1 | 2;
}

/** What the Windows side knows and a distro sees through WSL (the GPU the driver projects). */
export interface DistroHost {
  nvidiaSmi: string | null;
  wslVersion: 1 | 2;
}

export interface DistroCall {
  user: string;
  argv: string[];
  stdin: Buffer | null;
  /** Additive to the shared design: the Windows facts a distro program may see. */
  host?: DistroHost;
}

export interface DistroResult {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number;
  distroState: DistroState;
}

export function newDistroState(name: string, version: 1 | 2): DistroState {
  return { name, version };
}

function collectorDocument(call: DistroCall): Buffer {
  const host = call.host;
  const name = host?.wslVersion === 1 ? 'wsl1-distro' : host?.nvidiaSmi === 'rtx4070-566' ? 'wsl-cu130-old-driver' : 'wsl-rtx4070-healthy';
  return fs.readFileSync(path.join(FIXTURES, 'distro/probe', `${name}.json`));
}

export function runInDistro(distroState: DistroState, call: DistroCall): DistroResult {
  const [program] = call.argv;
  const empty = Buffer.alloc(0);
  if (program === '/bin/true') return { stdout: empty, stderr: empty, exitCode: 0, distroState };
  if (program === '/bin/sh' && call.argv[1] === '-s') return { stdout: collectorDocument(call), stderr: empty, exitCode: 0, distroState };
  return { stdout: empty, stderr: Buffer.from(`${program ?? ''}: not simulated by the stand-in\n`), exitCode: 127, distroState };
}
