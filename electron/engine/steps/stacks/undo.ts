import path from 'node:path';
import type { CommandSpec } from '../../../runner/command.js';
import type { StepContext, UndoRecord } from '../model.js';
import { aptGetArgv, assertAptPackages, inDistroCommand, withEnv } from '../packages/in-distro.js';
import { appHome, venvPath } from '../packages/target.js';
import { CUDA_KEYRING_DEB, CUDA_SOURCE_LIST } from './cuda-toolkit.js';
import { CDI_SPEC, DOCKER_PROXY_DROP_IN, DOCKER_SOURCES, NVIDIA_CONTAINER_SOURCES } from './docker-nvidia.js';
import { INTEL_GRAPHICS_SOURCES } from './intel-runtime.js';
import { ROCDXG_DEB, ROCM_PROFILE, ROCM_SOURCES } from './rocm-runtime.js';

/**
 * `undo --stack NAME`: the commands that remove exactly what a stack's UndoRecord lists — its pip
 * packages from the app's venv (as the user), its apt packages (`apt-get purge`, exactly those),
 * its apt source and key files, and its files. Every file must be one the app writes: the apt
 * sources and keys its steps add, the CDI spec, the downloaded keyring, or anything below the
 * app's own folder in the user's home. Anything else (`/`, `/etc`, a `..` path) is refused
 * before a single command is built.
 */

/** The only apt source and key files a stack adds (see the steps and assets/setup/*.sh). */
const KNOWN_SOURCES: ReadonlySet<string> = new Set([CUDA_SOURCE_LIST, ...DOCKER_SOURCES, ...NVIDIA_CONTAINER_SOURCES, ...INTEL_GRAPHICS_SOURCES, ...ROCM_SOURCES]);
/** The only groups a stack adds the user to (docker-nvidia's `usermod -aG docker`). */
const KNOWN_GROUPS: ReadonlySet<string> = new Set(['docker']);
/** gpasswd's exit 3: the user is not in the group, or the group is gone — either way, nothing left to undo. */
const GPASSWD_NOT_A_MEMBER = 3;
/** The only files outside the app folder a stack writes. */
const KNOWN_FILES: ReadonlySet<string> = new Set([CDI_SPEC, CUDA_KEYRING_DEB, DOCKER_PROXY_DROP_IN, ROCDXG_DEB, ROCM_PROFILE]);

export interface UndoTarget {
  distro: string;
  /** The Linux user whose venv and app folder the record refers to. */
  user: string;
}

/** True when `p` is a normalized absolute path strictly below `root`. */
function isBelow(p: string, root: string): boolean {
  return path.posix.normalize(p) === p && !p.endsWith('/') && p.startsWith(`${root}/`) && !p.split('/').includes('..');
}

/** Throws unless every path of the record is allowed for this user. */
export function assertUndoPaths(record: UndoRecord, user: string): void {
  for (const s of record.aptSources) if (!KNOWN_SOURCES.has(s)) throw new Error(`not an apt source the app adds: ${s}`);
  const home = appHome(user);
  for (const p of record.paths) if (!KNOWN_FILES.has(p) && !isBelow(p, home)) throw new Error(`not a path the app may remove: ${p}`);
  if (record.pipPackages && record.pipPackages.venv !== venvPath(user)) throw new Error(`not the app venv of ${user}: ${record.pipPackages.venv}`);
  for (const p of record.pipPackages?.packages ?? []) if (!/^[a-z0-9][a-z0-9._-]{0,80}$/u.test(p)) throw new Error(`not a Python distribution name: ${p}`);
  for (const g of record.groups ?? []) if (!KNOWN_GROUPS.has(g)) throw new Error(`not a group the app adds users to: ${g}`);
}

/** An undo command and the exit codes, besides 0, that mean "already undone". */
export type UndoCommand = CommandSpec & { alreadyUndoneExitCodes?: readonly number[] };

/** True when an undo command's exit code means it did its job (or there was nothing left to do). */
export function undoSucceeded(spec: UndoCommand, exitCode: number | null): boolean {
  return exitCode === 0 || (exitCode !== null && (spec.alreadyUndoneExitCodes ?? []).includes(exitCode));
}

/** The commands, in order: pip uninstall, group memberships, apt purge, source files, other files. Empty parts are left out. */
export function undoCommands(ctx: Pick<StepContext, 'tool'>, record: UndoRecord, target: UndoTarget): UndoCommand[] {
  assertUndoPaths(record, target.user);
  const run = (user: string, argv: string[], label: string): CommandSpec =>
    inDistroCommand(ctx, { distro: target.distro, user, argv, label: `undo.${record.stack}.${label}`, timeoutMs: 30 * 60_000 });
  const out: UndoCommand[] = [];
  const pip = record.pipPackages;
  if (pip && pip.packages.length > 0) {
    out.push(run(target.user, withEnv(['LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1'], [`${pip.venv}/bin/python`, '-m', 'pip', 'uninstall', '-y', ...pip.packages]), 'pip-uninstall'));
  }
  // Before the purge: the group still exists, so gpasswd's 3 can only mean "not a member".
  for (const group of record.groups ?? []) {
    out.push({ ...run('root', ['/usr/bin/gpasswd', '--delete', target.user, group], `group-${group}`), alreadyUndoneExitCodes: [GPASSWD_NOT_A_MEMBER] });
  }
  if (record.aptPackages.length > 0) out.push(run('root', aptGetArgv([], ['purge', '-y', ...assertAptPackages(record.aptPackages)]), 'apt-purge'));
  if (record.aptSources.length > 0) out.push(run('root', ['/bin/rm', '-f', '--', ...record.aptSources], 'apt-sources'));
  if (record.paths.length > 0) out.push(run('root', ['/bin/rm', '-rf', '--one-file-system', '--', ...record.paths], 'paths'));
  return out;
}
