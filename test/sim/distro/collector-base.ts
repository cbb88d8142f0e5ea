import fs from 'node:fs';

/**
 * The reconstructed collector documents the generated ones start from (their meta files say
 * how they were assembled): a healthy WSL 2 machine and a WSL 1 distro. Records the state does
 * not change are taken from them as they are; the rest is rebuilt from the state.
 */

export type Json = Record<string, unknown>;

const PROBE_FIXTURES = new URL('../../fixtures/distro/probe/', import.meta.url);
const loaded = new Map<string, Json>();

function load(name: string): Json {
  let doc = loaded.get(name);
  if (!doc) {
    doc = JSON.parse(fs.readFileSync(new URL(name, PROBE_FIXTURES), 'utf8')) as Json;
    loaded.set(name, doc);
  }
  return structuredClone(doc);
}

export const healthyBase = (): Json => load('wsl-rtx4070-healthy.json');
export const wsl1Base = (): Json => load('wsl1-distro.json');

/** One command record of a base document. */
export function record(base: Json, name: string): Json {
  return structuredClone(((base.commands as Record<string, Json>)[name] ?? {}));
}

/** A command the collector did not find (its `error` form). */
export function notFound(argv: string[], searched: string): Json {
  return { argv, exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 0, timedOut: false, truncated: false, error: `not found: ${argv[0] ?? ''} (searched ${searched})` };
}

/** A command that ran. */
export function ran(argv: string[], exitCode: number, stdout: string, stderr = '', deadlineS = 3.0): Json {
  return { argv, exitCode, signal: null, stdout, stderr, durationMs: 5, timedOut: false, truncated: false, error: null, deadlineS };
}
