import { APT_DEPENDS, APT_SOURCE_LINES, candidateOf } from './apt-catalog.js';
import { done, fixture, takeHashMismatch, takeNetworkFailure, type DistroRunResult, type ProgramCall } from './result.js';
import type { DistroState } from './state.js';

/**
 * `apt-get [-o K=V]… update|install|purge|remove [-y] [--no-install-recommends] PKG…`.
 * Failures replay real recordings (test/fixtures/sim/distro): the dpkg lock, a host that does
 * not resolve (update exits 0 with W: lines, as real apt does), a 404 source, a hash mismatch,
 * a full disk. Only root may change packages.
 */

interface AptArgs {
  options: Record<string, string>;
  command: string | null;
  packages: string[];
}

function parseAptArgs(args: string[]): AptArgs {
  const options: Record<string, string> = {};
  const packages: string[] = [];
  let command: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-o') {
      const [k, ...v] = (args[++i] ?? '').split('=');
      options[k ?? ''] = v.join('=');
    } else if (a.startsWith('-')) continue;
    else if (command === null) command = a;
    else packages.push(a);
  }
  return { options, command, packages };
}

const E_PERMISSION =
  'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n';

export function aptGet(call: ProgramCall, distro: DistroState): DistroRunResult {
  const args = parseAptArgs(call.argv.slice(1));
  if (call.user !== 'root') return done(distro, 100, '', E_PERMISSION);
  if (distro.faults.aptLockHeldFor > 0) {
    const timeout = Number(args.options['DPkg::Lock::Timeout'] ?? args.options['Dpkg::Lock::Timeout'] ?? 0);
    const waited = Number.isFinite(timeout) && timeout > 0 ? [...distro.apt.lockWaitsS, timeout] : distro.apt.lockWaitsS;
    const next = { ...distro, apt: { ...distro.apt, lockWaitsS: waited }, faults: { ...distro.faults, aptLockHeldFor: distro.faults.aptLockHeldFor - 1 } };
    return done(next, 100, '', fixture('apt-lock-held.txt'));
  }
  switch (args.command) {
    case 'update':
      return update(distro);
    case 'install':
      return install(distro, args.packages);
    case 'purge':
    case 'remove':
      return remove(distro, args.packages, args.command === 'purge');
    default:
      return done(distro, 100, '', `E: Invalid operation ${args.command ?? ''}\n`);
  }
}

function update(distro: DistroState): DistroRunResult {
  const net = takeNetworkFailure(distro);
  // Real apt-get update exits 0 when a host does not resolve: W: lines only, old index kept.
  if (net.failed) return done(net.distro, 0, fixture('apt-update-dns-failure.txt'));
  if (distro.faults.aptUpdate404) return done(distro, 100, fixture('apt-update-404.txt'));
  const hash = takeHashMismatch(distro);
  if (hash.failed) return done(hash.distro, 100, fixture('apt-update-hash-mismatch.txt'));
  const lines = distro.apt.sources.flatMap((s) => APT_SOURCE_LINES[s]).map((l, i) => `Hit:${i + 1} ${l}`);
  return done({ ...distro, apt: { ...distro.apt, indexed: [...distro.apt.sources] } }, 0, `${lines.join('\n')}\nReading package lists...\n`);
}

const HEADER = 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n';

function install(distro: DistroState, requested: string[]): DistroRunResult {
  const missing = requested.filter((p) => distro.apt.installed[p] === undefined && candidateOf(p, distro.apt.indexed) === null);
  if (missing.length > 0) return done(distro, 100, HEADER, missing.map((p) => `E: Unable to locate package ${p}\n`).join(''));
  const wanted = [...new Set(requested.flatMap((p) => [p, ...(APT_DEPENDS[p] ?? [])]))];
  const fresh = wanted.filter((p) => distro.apt.installed[p] === undefined);
  const already = requested.filter((p) => distro.apt.installed[p] !== undefined).map((p) => `${p} is already the newest version (${distro.apt.installed[p]}).\n`);
  if (fresh.length === 0) return done(distro, 0, `${HEADER}${already.join('')}0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`);
  const net = takeNetworkFailure(distro);
  if (net.failed) return done(net.distro, 100, HEADER, fixture('apt-install-network-failure-reconstructed.txt'));
  if (distro.faults.diskFull) return done(distro, 100, HEADER, fixture('apt-install-disk-full-reconstructed.txt'));
  const installed = { ...distro.apt.installed };
  const setup: string[] = [];
  for (const p of fresh) {
    const version = candidateOf(p, distro.apt.indexed)?.version ?? '1.0';
    installed[p] = version;
    setup.push(`Setting up ${p} (${version}) ...`);
  }
  const out =
    `${HEADER}${already.join('')}The following NEW packages will be installed:\n  ${fresh.join(' ')}\n` +
    `0 upgraded, ${fresh.length} newly installed, 0 to remove and 0 not upgraded.\n${setup.join('\n')}\n`;
  return done(afterInstall({ ...distro, apt: { ...distro.apt, installed } }, fresh), 0, out);
}

/** Side effects of packages the later commands look for. */
function afterInstall(distro: DistroState, fresh: string[]): DistroState {
  let next = distro;
  if (fresh.includes('docker-ce')) {
    // The package's postinst starts the daemon only where systemd runs (it enables the unit).
    const groups = { ...next.groups, docker: next.groups.docker ?? [] };
    next = { ...next, groups, docker: { ...next.docker, installed: true, daemonRunning: next.systemdRunning, daemonRuntimes: next.systemdRunning ? ['io.containerd.runc.v2', 'runc'] : [] } };
  }
  const files = { ...next.files };
  for (const p of fresh) {
    if (p.startsWith('cuda-toolkit-')) files['/usr/local/cuda/bin/nvcc'] = p;
    if (p === 'nvidia-container-toolkit-base') files['/usr/bin/nvidia-ctk'] = p;
    if (p === 'nvidia-container-toolkit') files['/usr/bin/nvidia-container-runtime-hook'] = p;
  }
  return { ...next, files };
}

function remove(distro: DistroState, packages: string[], purge: boolean): DistroRunResult {
  const present = packages.filter((p) => distro.apt.installed[p] !== undefined);
  const installed = { ...distro.apt.installed };
  const lines: string[] = [];
  for (const p of present) {
    lines.push(`Removing ${p} (${installed[p]}) ...`);
    if (purge) lines.push(`Purging configuration files for ${p} (${installed[p]}) ...`);
    delete installed[p];
  }
  const files = Object.fromEntries(Object.entries(distro.files).filter(([, from]) => !present.includes(from)));
  const docker = present.includes('docker-ce') ? { ...distro.docker, installed: false, daemonRunning: false, daemonRuntimes: [] } : distro.docker;
  const absent = packages.filter((p) => !present.includes(p)).map((p) => `Package '${p}' is not installed, so not removed\n`);
  return done({ ...distro, apt: { ...distro.apt, installed }, files, docker }, 0, `${HEADER}${absent.join('')}${lines.join('\n')}${lines.length ? '\n' : ''}`);
}
