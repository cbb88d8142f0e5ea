import { done, type DistroRunResult, type ProgramCall } from './result.js';
import { REPO_SCRIPT_LISTS } from './scripts.js';
import type { AptSource, DistroState } from './state.js';

/**
 * `/bin/rm [-f] [-r|-rf] [--one-file-system] -- PATH…` as root (what `undo --stack` runs): drops the
 * files the simulated commands wrote, and an apt source whose list file goes.
 */

/** The list file each added apt source lives in (assets/setup/*.sh, cuda-keyring). */
const SOURCE_LISTS: Record<string, AptSource> = { ...REPO_SCRIPT_LISTS, '/etc/apt/sources.list.d/cuda-wsl-ubuntu-x86_64.list': 'cuda-wsl-ubuntu' };

export function rm(call: ProgramCall, distro: DistroState): DistroRunResult {
  if (call.user !== 'root') return done(distro, 1, '', `rm: cannot remove '${call.argv.at(-1) ?? ''}': Permission denied\n`);
  const args = call.argv.slice(1);
  const end = args.indexOf('--');
  const paths = end >= 0 ? args.slice(end + 1) : args.filter((a) => !a.startsWith('-'));
  const force = args.slice(0, end >= 0 ? end : args.length).some((a) => /^-[a-z]*f/u.test(a));
  const gone = new Set(paths);
  const missing = paths.filter((p) => distro.files[p] === undefined && !distro.apt.keyrings.includes(p) && SOURCE_LISTS[p] === undefined);
  if (missing.length && !force) return done(distro, 1, '', missing.map((p) => `rm: cannot remove '${p}': No such file or directory\n`).join(''));
  const files = Object.fromEntries(Object.entries(distro.files).filter(([p]) => !gone.has(p) && !paths.some((d) => p.startsWith(`${d}/`))));
  const dropped = new Set(paths.map((p) => SOURCE_LISTS[p]).filter((s): s is AptSource => s !== undefined));
  const apt = {
    ...distro.apt,
    sources: distro.apt.sources.filter((s) => !dropped.has(s)),
    indexed: distro.apt.indexed.filter((s) => !dropped.has(s)),
    keyrings: distro.apt.keyrings.filter((k) => !gone.has(k)),
  };
  return done({ ...distro, files, apt }, 0);
}
