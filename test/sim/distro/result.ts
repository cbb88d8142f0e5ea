import fs from 'node:fs';
import type { DistroState } from './state.js';

/**
 * What one in-distro program run gives back. `hang: true` means the program never exits: the
 * fake wsl.exe stores `distro` first, then blocks until it is killed (cancel / kill -9 tests).
 */
export interface DistroRunResult {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number;
  distro: DistroState;
  hang?: true;
}

/** What a GPU on the Windows side looks like from inside (the fake wsl.exe passes it in). */
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

/** The request after `/usr/bin/env` assignments were taken off. */
export interface ProgramCall extends DistroRequest {
  env: Record<string, string>;
}

const FIXTURES = new URL('../../fixtures/sim/distro/', import.meta.url);
const cache = new Map<string, string>();

/** A recorded (or reconstructed) output from test/fixtures/sim/distro, as text. */
export function fixture(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(new URL(name, FIXTURES), 'utf8');
    cache.set(name, text);
  }
  return text;
}

export function done(distro: DistroState, exitCode: number, stdout = '', stderr = ''): DistroRunResult {
  return { stdout: Buffer.from(stdout, 'utf8'), stderr: Buffer.from(stderr, 'utf8'), exitCode, distro };
}

/** bash's answer for a program that is not there. */
export function commandNotFound(distro: DistroState, program: string): DistroRunResult {
  return done(distro, 127, '', `${program}: command not found\n`);
}

/** Uses up one transient network failure; true when this call must fail. */
export function takeNetworkFailure(distro: DistroState): { failed: boolean; distro: DistroState } {
  if (distro.faults.transientNetworkFailures <= 0) return { failed: false, distro };
  return { failed: true, distro: { ...distro, faults: { ...distro.faults, transientNetworkFailures: distro.faults.transientNetworkFailures - 1 } } };
}

/** Uses up one hash mismatch; true when this download must fail. */
export function takeHashMismatch(distro: DistroState): { failed: boolean; distro: DistroState } {
  if (distro.faults.hashMismatch <= 0) return { failed: false, distro };
  return { failed: true, distro: { ...distro, faults: { ...distro.faults, hashMismatch: distro.faults.hashMismatch - 1 } } };
}

export const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
