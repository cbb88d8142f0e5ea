import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAssetFile } from '../find-asset-file.js';

/**
 * The one loader of the in-distro scripts the setup steps send on stdin (assets/setup/<id>.sh or
 * .py). Each runs with its id as the first positional argument (`/bin/bash -s -- <id> …`,
 * `/usr/bin/python3 - <id> …`), so logs and the simulated PC can tell the scripts apart. Only ids
 * listed here are ever read.
 */

/** bash scripts of the package and stack steps. */
export const SHELL_SCRIPT_IDS = ['proxy-env', 'docker-repo', 'nvidia-container-repo', 'docker-proxy', 'intel-graphics-repo', 'rocm-repo', 'rocm-wsl-env'] as const;
/** python3 scripts: distro.config's wsl.conf merge (configparser, atomic replace). */
export const PYTHON_SCRIPT_IDS = ['wsl-conf'] as const;

export type ShellScriptId = (typeof SHELL_SCRIPT_IDS)[number];
export type PythonScriptId = (typeof PYTHON_SCRIPT_IDS)[number];
export type SetupScriptId = ShellScriptId | PythonScriptId;

function isPython(id: SetupScriptId): id is PythonScriptId {
  return (PYTHON_SCRIPT_IDS as readonly string[]).includes(id);
}

/** The script file below the repository (or resources) root. */
export function setupScriptFile(id: SetupScriptId): string {
  return path.join('assets', 'setup', `${id}.${isPython(id) ? 'py' : 'sh'}`);
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

/** The argv that runs a bash setup script from stdin, with the script id first. */
export function scriptArgv(id: ShellScriptId, args: readonly string[] = []): string[] {
  return ['/bin/bash', '-s', '--', id, ...args];
}

/** The argv that runs a python3 setup script from stdin, with the script id first. */
export function pythonScriptArgv(id: PythonScriptId, args: readonly string[] = []): string[] {
  return ['/usr/bin/python3', '-', id, ...args];
}
