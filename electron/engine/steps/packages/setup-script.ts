import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAssetFile } from '../../find-asset-file.js';

/**
 * The in-distro scripts of the package and stack steps (assets/setup/<id>.sh). Each runs as
 * `/bin/bash -s -- <id> [args…]` with its text on stdin, so the id is `$1` and logs (and the
 * simulated PC) can tell the scripts apart. Only ids listed here are ever read.
 */
export const SETUP_SCRIPT_IDS = ['proxy-env', 'docker-repo', 'nvidia-container-repo', 'docker-proxy'] as const;
export type SetupScriptId = (typeof SETUP_SCRIPT_IDS)[number];

/** The script file below the repository (or resources) root. */
export function setupScriptFile(id: SetupScriptId): string {
  return path.join('assets', 'setup', `${id}.sh`);
}

const cache = new Map<SetupScriptId, string>();

/** The script's text; throws when the shipped file is missing (a broken package, never a silent no-op). */
export function setupScriptText(id: SetupScriptId): string {
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const file = findAssetFile(setupScriptFile(id), path.dirname(fileURLToPath(import.meta.url)));
  if (file === null) throw new Error(`setup script not found: ${setupScriptFile(id)}`);
  const text = fs.readFileSync(file, 'utf8');
  cache.set(id, text);
  return text;
}

/** The argv that runs a setup script from stdin, with the script id first. */
export function scriptArgv(id: SetupScriptId, args: readonly string[] = []): string[] {
  return ['/bin/bash', '-s', '--', id, ...args];
}
