import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './texts.js';

/**
 * STAND-IN, replaced at merge: the distro side of the simulated PC is test/sim/distro/index.ts
 * (its own owner). This file has the same signature (request with `windows`, result with
 * `distro` and an optional `hang`) so the Windows side can be tested before that lands;
 * test/sim/distro-link.ts is the one line to switch. It answers just what a diagnose asks inside
 * a distro: the boot no-op and the collector (a recorded document).
 */

export interface DistroState {
  name: string;
  version: 1 | 2;
}

/** A GPU on the Windows side as seen from inside. */
export interface WindowsGpu {
  vendor: string;
  name: string;
  driverVersion: string;
  computeCap?: string;
}

export interface DistroRequest {
  user: string;
  argv: string[];
  stdin: Buffer | null;
  windows: { gpus: WindowsGpu[]; wslVersion: string };
}

export interface DistroRunResult {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number;
  distro: DistroState;
  hang?: true;
}

export function newDistroState(name: string, version: 1 | 2): DistroState {
  return { name, version };
}

export function terminateDistro(distro: DistroState): DistroState {
  return distro;
}

function collectorDocument(distro: DistroState, req: DistroRequest): Buffer {
  const nvidia = req.windows.gpus.find((g) => g.vendor === 'NVIDIA');
  const name = distro.version === 1 ? 'wsl1-distro' : nvidia?.driverVersion.endsWith('6636') ? 'wsl-cu130-old-driver' : 'wsl-rtx4070-healthy';
  return fs.readFileSync(path.join(FIXTURES, 'distro/probe', `${name}.json`));
}

export function runInDistro(distro: DistroState, req: DistroRequest): DistroRunResult {
  const [program] = req.argv;
  const empty = Buffer.alloc(0);
  if (program === '/bin/true') return { stdout: empty, stderr: empty, exitCode: 0, distro };
  if (program === '/bin/sh' && req.argv[1] === '-s') return { stdout: collectorDocument(distro, req), stderr: empty, exitCode: 0, distro };
  return { stdout: empty, stderr: Buffer.from(`${program ?? ''}: not simulated by the stand-in\n`), exitCode: 127, distro };
}
