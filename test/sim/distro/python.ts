import { resolveRequirement, variantOfIndex } from './pip-catalog.js';
import { done, fixture, takeHashMismatch, takeNetworkFailure, type DistroRunResult, type ProgramCall } from './result.js';
import { userOf, wslConfSays, type DistroState, type PipPackage } from './state.js';

/** The system python, venvs made from it, the wsl-conf stdin script and pip inside a venv. */

export const SYSTEM_PYTHON = '/usr/bin/python3';

/** The venv a `V/bin/python[3]` path belongs to, or null. */
export function venvOfPython(distro: DistroState, python: string): string | null {
  const m = /^(.+)\/bin\/python3?$/u.exec(python);
  return m && distro.venvs[m[1] ?? ''] ? (m[1] ?? null) : null;
}

/** `/usr/bin/python3 -m venv V`, `/usr/bin/python3 - <script-id> …`, `/usr/bin/python3 -m pip …` (PEP 668). */
export function systemPython(call: ProgramCall, distro: DistroState): DistroRunResult {
  const args = call.argv.slice(1);
  if (args[0] === '-m' && args[1] === 'venv') return makeVenv(call, distro, args[2] ?? '');
  if (args[0] === '-m' && args[1] === 'pip') return done(distro, 1, '', fixture('pip-pep668.txt'));
  if (args[0] === '-') return stdinScript(call, distro, args[1] ?? null, args.slice(2));
  return done(distro, 2, '', `${SYSTEM_PYTHON}: can't open file '${args[0] ?? ''}': [Errno 2] No such file or directory\n`);
}

function makeVenv(call: ProgramCall, distro: DistroState, path: string): DistroRunResult {
  if (path === '') return done(distro, 2, '', 'usage: venv [-h] ENV_DIR [ENV_DIR ...]\nvenv: error: the following arguments are required: ENV_DIR\n');
  if (distro.apt.installed['python3.12-venv'] === undefined) {
    return done(distro, 1, fixture('venv-no-ensurepip-reconstructed.txt') + `Failing command: ${path}/bin/python3\n`);
  }
  const home = userOf(distro, call.user)?.home ?? '/';
  if (call.user !== 'root' && !path.startsWith(`${home}/`)) return done(distro, 1, '', `Error: [Errno 13] Permission denied: '${path}'\n`);
  if (distro.venvs[path]) return done(distro, 0);
  return done({ ...distro, venvs: { ...distro.venvs, [path]: { owner: call.user, packages: { pip: { version: '24.0', variant: null } } } } }, 0);
}

/**
 * `python3 - <script-id> [args]` with the script on stdin. With nothing on stdin python runs
 * an empty program and changes nothing; an unknown id is refused the way the setup's scripts
 * refuse one (exit 2).
 */
function stdinScript(call: ProgramCall, distro: DistroState, scriptId: string | null, args: string[]): DistroRunResult {
  if (call.stdin === null || call.stdin.length === 0) return done(distro, 0);
  if (scriptId !== 'wsl-conf') return done(distro, 2, '', `unknown script id: ${scriptId ?? '(none)'}\n`);
  if (call.user !== 'root') return done(distro, 1, '', "PermissionError: [Errno 13] Permission denied: '/etc/wsl.conf'\n");
  const user = args[0] ?? '';
  const conf = mergeWslConf(distro.wslConf, { boot: { systemd: 'true' }, user: { default: user } });
  const changed = conf !== distro.wslConf;
  return done({ ...distro, wslConf: conf, restarted: changed ? false : distro.restarted, files: { ...distro.files, '/etc/wsl.conf': 'wsl-conf' } }, 0);
}

/** Sets keys in INI sections, keeping every other line as it was (what assets/setup/wsl-conf.py does). */
export function mergeWslConf(conf: string, wanted: Record<string, Record<string, string>>): string {
  let out = conf;
  for (const [section, kv] of Object.entries(wanted)) {
    for (const [key, value] of Object.entries(kv)) {
      if (wslConfSays(out, section, key) === value) continue;
      const lines = out === '' ? [] : out.replace(/\n$/u, '').split('\n');
      const head = lines.findIndex((l) => l.trim().toLowerCase() === `[${section}]`);
      if (head < 0) lines.push(...(lines.length ? [''] : []), `[${section}]`, `${key}=${value}`);
      else {
        let end = head + 1;
        while (end < lines.length && !/^\s*\[/u.test(lines[end] ?? '')) end++;
        const at = lines.slice(head + 1, end).findIndex((l) => new RegExp(`^\\s*${key}\\s*=`, 'iu').test(l));
        if (at >= 0) lines[head + 1 + at] = `${key}=${value}`;
        else lines.splice(head + 1, 0, `${key}=${value}`);
      }
      out = `${lines.join('\n')}\n`;
    }
  }
  return out;
}

/** `V/bin/python -m pip install [--index-url URL] [-U] REQ…` inside a venv. */
export function venvPython(call: ProgramCall, distro: DistroState, venv: string): DistroRunResult {
  const args = call.argv.slice(1);
  if (args[0] === '-m' && args[1] === 'pip' && args[2] === 'uninstall') return pipUninstall(call, distro, venv, args.slice(3));
  if (args[0] !== '-m' || args[1] !== 'pip' || args[2] !== 'install') return done(distro, 2, '', 'the simulated venv python only runs `-m pip install|uninstall`\n');
  const owner = distro.venvs[venv]?.owner;
  if (call.user !== owner && call.user !== 'root') return done(distro, 1, '', `ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '${venv}/lib/python3.12/site-packages'\n`);
  let index: string | null = null;
  const reqs: string[] = [];
  const rest = args.slice(3);
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--index-url' || a === '-i') index = rest[++i] ?? null;
    else if (a.startsWith('--index-url=')) index = a.slice('--index-url='.length);
    else if (a === '--extra-index-url') i++;
    else if (!a.startsWith('-')) reqs.push(a);
  }
  const looking = index === null ? '' : `Looking in indexes: ${index}\n`;
  const net = takeNetworkFailure(distro);
  if (net.failed) return done(net.distro, 1, looking, fixture('pip-network-failure-reconstructed.txt'));
  const variant = variantOfIndex(index);
  const resolved: Record<string, PipPackage> = {};
  for (const req of reqs) {
    const got = variant === null ? null : resolveRequirement(req, variant);
    if (got === null) {
      const name = req.replace(/\[.*$/u, '');
      return done(distro, 1, looking, `ERROR: Could not find a version that satisfies the requirement ${req} (from versions: none)\nERROR: No matching distribution found for ${name}\n`);
    }
    Object.assign(resolved, got);
  }
  if (distro.faults.diskFull) return done(distro, 1, '', fixture('pip-disk-full.txt'));
  const hash = takeHashMismatch(distro);
  if (hash.failed) return done(hash.distro, 1, '', fixture('pip-hash-mismatch.txt'));
  const installed = Object.entries(resolved).map(([n, p]) => `${n}-${p.version}`);
  const collecting = Object.keys(resolved).map((n) => `Collecting ${n}`).join('\n');
  const v = distro.venvs[venv];
  const next = v ? { ...distro, venvs: { ...distro.venvs, [venv]: { ...v, packages: { ...v.packages, ...resolved } } } } : distro;
  return done(next, 0, `${looking}${collecting}\nInstalling collected packages: ${Object.keys(resolved).join(', ')}\nSuccessfully installed ${installed.join(' ')}\n`);
}

/** `V/bin/python -m pip uninstall -y NAME…` (what `undo --stack` runs): pip's own lines, a missing one is skipped. */
function pipUninstall(call: ProgramCall, distro: DistroState, venv: string, args: string[]): DistroRunResult {
  const v = distro.venvs[venv];
  if (!v) return done(distro, 1, '', `${venv}/bin/python: No such file or directory\n`);
  if (call.user !== v.owner && call.user !== 'root') return done(distro, 1, '', `ERROR: Exception: [Errno 13] Permission denied: '${venv}/lib/python3.12/site-packages'\n`);
  if (!args.includes('-y')) return done(distro, 2, '', 'the simulated pip uninstall needs -y (it never asks)\n');
  const packages = { ...v.packages };
  const out: string[] = [];
  const err: string[] = [];
  for (const name of args.filter((a) => !a.startsWith('-'))) {
    const p = packages[name];
    if (!p) {
      err.push(`WARNING: Skipping ${name} as it is not installed.`);
      continue;
    }
    delete packages[name];
    out.push(`Found existing installation: ${name} ${p.version}`, `Uninstalling ${name}-${p.version}:`, `  Successfully uninstalled ${name}-${p.version}`);
  }
  const lines = (l: string[]) => (l.length ? `${l.join('\n')}\n` : '');
  return done({ ...distro, venvs: { ...distro.venvs, [venv]: { ...v, packages } } }, 0, lines(out), lines(err));
}
