import { done, fixture, takeNetworkFailure, type DistroRunResult, type ProgramCall } from './result.js';
import type { AptSource, DistroState } from './state.js';

/**
 * `/bin/bash -s -- <script-id> [args]` with the script on stdin (assets/setup/<id>.sh). The
 * simulator applies what each known script does; with nothing on stdin bash runs nothing.
 */

interface RepoScript {
  source: AptSource;
  keyring: string;
  list: string;
  /** Packages the script itself calls (curl for the key, gpg to dearmor it). */
  needs: string[];
  /** Other files it writes. */
  files?: string[];
}

const REPO_SCRIPTS: Record<string, RepoScript> = {
  'docker-repo': { source: 'docker', keyring: '/etc/apt/keyrings/docker.asc', list: '/etc/apt/sources.list.d/docker.list', needs: ['curl', 'ca-certificates'] },
  'nvidia-container-repo': {
    source: 'nvidia-container',
    keyring: '/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg',
    list: '/etc/apt/sources.list.d/nvidia-container-toolkit.list',
    needs: ['curl', 'gnupg'],
  },
  'intel-graphics-repo': { source: 'intel-graphics', keyring: '/usr/share/keyrings/intel-graphics.gpg', list: '/etc/apt/sources.list.d/intel-gpu.list', needs: ['curl', 'gnupg'] },
  // rocm-repo also writes its pin (/etc/apt/preferences.d/rocm-pin-600), kept as a plain file.
  'rocm-repo': { source: 'rocm', keyring: '/etc/apt/keyrings/rocm.gpg', list: '/etc/apt/sources.list.d/rocm.list', needs: ['curl', 'gnupg'], files: ['/etc/apt/preferences.d/rocm-pin-600'] },
};

/** The list file each repo script writes → its source (what `rm` of that file drops). */
export const REPO_SCRIPT_LISTS: Readonly<Record<string, AptSource>> = Object.fromEntries(Object.values(REPO_SCRIPTS).map((r) => [r.list, r.source]));

/** Scripts that only write files (no repository): id → the files. */
const FILE_SCRIPTS: Record<string, string[]> = {
  'rocm-wsl-env': ['/etc/profile.d/rocm-wsl.sh'],
};

/** The host each repo script downloads its key from (for the DNS failure text). */
const KEY_HOST: Partial<Record<AptSource, string>> = { docker: 'download.docker.com', 'nvidia-container': 'nvidia.github.io', 'intel-graphics': 'repositories.intel.com', rocm: 'repo.radeon.com' };

const TOOL_OF: Record<string, string> = { curl: 'curl', gnupg: 'gpg', 'ca-certificates': 'update-ca-certificates' };

export function bashScript(call: ProgramCall, distro: DistroState): DistroRunResult {
  const args = call.argv.slice(1);
  if (args[0] !== '-s') return done(distro, 127, '', `/bin/bash: ${args[0] ?? ''}: No such file or directory\n`);
  if (call.stdin === null || call.stdin.length === 0) return done(distro, 0);
  const id = args[1] === '--' ? args[2] : args[1];
  const written = id === undefined ? undefined : FILE_SCRIPTS[id];
  if (written !== undefined) {
    if (call.user !== 'root') return done(distro, 1, '', `mktemp: failed to create file via template '${written[0] ?? ''}.XXXXXX': Permission denied\n`);
    return done({ ...distro, files: { ...distro.files, ...Object.fromEntries(written.map((f) => [f, id ?? ''])) } }, 0);
  }
  const script = id === undefined ? undefined : REPO_SCRIPTS[id];
  if (script === undefined) return done(distro, 2, '', `unknown script id: ${id ?? '(none)'}\n`);
  if (call.user !== 'root') return done(distro, 1, '', `tee: ${script.list}: Permission denied\n`);
  const missing = script.needs.find((p) => distro.apt.installed[p] === undefined);
  if (missing !== undefined) return done(distro, 127, '', `bash: line 1: ${TOOL_OF[missing] ?? missing}: command not found\n`);
  const net = takeNetworkFailure(distro);
  if (net.failed) return done(net.distro, 6, '', fixture('curl-dns-failure-reconstructed.txt').replace('developer.download.nvidia.com', KEY_HOST[script.source] ?? 'developer.download.nvidia.com'));
  const apt = {
    ...distro.apt,
    sources: distro.apt.sources.includes(script.source) ? distro.apt.sources : [...distro.apt.sources, script.source],
    keyrings: [...new Set([...distro.apt.keyrings, script.keyring])],
  };
  const extra = Object.fromEntries((script.files ?? []).map((f) => [f, id ?? '']));
  return done({ ...distro, apt, files: { ...distro.files, ...extra, [script.list]: id ?? '', [script.keyring]: id ?? '' } }, 0);
}
