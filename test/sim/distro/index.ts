import { aptGet } from './apt.js';
import { collectorShell } from './collector.js';
import { docker, nvidiaCtk, systemctl } from './docker.js';
import { curl, dpkg } from './downloads.js';
import { SYSTEM_PYTHON, systemPython, venvOfPython, venvPython } from './python.js';
import { basename, commandNotFound, done, type DistroRequest, type DistroRunResult, type ProgramCall } from './result.js';
import { bashScript } from './scripts.js';
import { rm } from './rm.js';
import { userOf, type DistroState } from './state.js';
import { chpasswd, gpasswd, useradd, usermod } from './users.js';

/**
 * The simulated distro: what the fake wsl.exe calls for `--distribution D --user U --exec …`.
 * Pure apart from reading fixture files: the state goes in, the new state comes out.
 */

export { newDistroState, terminateDistro, type DistroState, type DistroFaults, type NewDistroOptions } from './state.js';
export { collectorDocument } from './collector.js';
export { presetDistroState, type DistroPreset } from './presets.js';
export type { DistroRequest, DistroRunResult, WindowsGpu } from './result.js';

type Handler = (call: ProgramCall, distro: DistroState) => DistroRunResult;

/** Programs by the path the catalogue runs them at; `env` resolves bare names through PATH to these. */
const PROGRAMS: Record<string, Handler> = {
  '/usr/bin/apt-get': aptGet,
  '/usr/bin/dpkg': dpkg,
  '/usr/sbin/useradd': useradd,
  '/usr/sbin/chpasswd': chpasswd,
  '/usr/sbin/usermod': usermod,
  '/usr/bin/gpasswd': gpasswd,
  [SYSTEM_PYTHON]: systemPython,
  '/bin/bash': bashScript,
  '/bin/sh': collectorShell,
  '/usr/bin/curl': curl,
  '/usr/bin/nvidia-ctk': nvidiaCtk,
  '/usr/bin/systemctl': systemctl,
  '/usr/bin/docker': docker,
  '/bin/true': (_call, distro) => done(distro, 0),
  // Refreshing the loader cache changes nothing the simulator tracks; as non-root it cannot write the cache.
  '/sbin/ldconfig': (call, distro) => (call.user === 'root' ? done(distro, 0) : done(distro, 1, '', '/sbin/ldconfig: Can\'t create temporary cache file /etc/ld.so.cache~: Permission denied\n')),
  '/bin/rm': rm,
};

/** Programs that exist only once their package put them there: path → the file that proves it. */
const INSTALLED_BY: Record<string, (d: DistroState) => boolean> = {
  '/usr/bin/nvidia-ctk': (d) => d.files['/usr/bin/nvidia-ctk'] !== undefined,
  '/usr/bin/docker': (d) => d.docker.installed,
};

const PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** `/usr/bin/env A=1 B=2 prog args` → env {A,B} and argv [prog, args]. */
function stripEnv(argv: string[]): { env: Record<string, string>; argv: string[] } {
  if (argv[0] !== '/usr/bin/env') return { env: {}, argv };
  const env: Record<string, string> = {};
  let i = 1;
  for (; i < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/u.test(argv[i] ?? ''); i++) {
    const a = argv[i] ?? '';
    env[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
  }
  return { env, argv: argv.slice(i) };
}

/** The handler for a program path (a bare name through PATH, as env and bash look it up). */
function resolve(program: string, distro: DistroState): { handler: Handler | null; venv: string | null } {
  const venv = venvOfPython(distro, program);
  if (venv !== null) return { handler: null, venv };
  const candidates = program.includes('/') ? [program] : PATH.map((d) => `${d}/${program}`);
  for (const path of candidates) {
    const handler = PROGRAMS[path];
    if (handler && (INSTALLED_BY[path]?.(distro) ?? true)) return { handler, venv: null };
  }
  return { handler: null, venv: null };
}

function matchesHang(argv: string[], prefix: string[]): boolean {
  if (prefix.length === 0 || prefix.length > argv.length) return false;
  return prefix.every((p, i) => argv[i] === p || (i === 0 && basename(argv[0] ?? '') === basename(p)));
}

export function runInDistro(distro: DistroState, req: DistroRequest): DistroRunResult {
  if (req.user !== 'root' && !userOf(distro, req.user)) {
    // wsl.exe cannot start a process as a user the distro does not have.
    return done(distro, 1, '', `<3>WSL (1) ERROR: CreateProcessParseCommon:877: getpwnam(${req.user}) failed 2\n`);
  }
  const { env, argv } = stripEnv(req.argv);
  const call: ProgramCall = { ...req, argv, env };
  const hang = distro.faults.hang;
  if (hang && hang.times > 0 && matchesHang(argv, hang.argvPrefix)) {
    const left = hang.times - 1;
    const next = { ...distro, faults: { ...distro.faults, hang: left > 0 ? { ...hang, times: left } : null } };
    return { ...done(next, -1), hang: true };
  }
  const program = argv[0] ?? '';
  const { handler, venv } = resolve(program, distro);
  if (venv !== null) return venvPython(call, distro, venv);
  if (handler === null) {
    if (req.argv[0] === '/usr/bin/env' && program !== '') return done(distro, 127, '', `/usr/bin/env: ‘${program}’: No such file or directory\n`);
    return commandNotFound(distro, program);
  }
  return handler(call, distro);
}
