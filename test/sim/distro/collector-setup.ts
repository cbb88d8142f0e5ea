import { BASE_PACKAGES } from '../../../electron/engine/steps/packages/base.js';
import { healthyBase, ran, type Json } from './collector-base.js';
import { defaultUserOf, wslConfSays, type DistroState } from './state.js';

/**
 * The collector's setup records and `wslConf` section (probeVersion 3, assets/probe/lib_setup.py),
 * rebuilt from the state: systemd is PID 1 only once wsl.conf asked for it AND the distro
 * restarted; the default user's password shows as set only after chpasswd; the base packages
 * only after apt installed them. Output shapes are the real tools' (passwd 4.13 `-S`,
 * dpkg-query 1.22 `-W -f=…` with its "no packages found" line for a name it never heard of).
 */

const DPKG_FORMAT = '${Package}\\t${Version}\\t${Status}\\n';

/** `/proc/1/comm`, read directly: `systemd`, or `init` (WSL's own init as PID 1). */
function pid1Record(distro: DistroState): Json {
  return { argv: ['(read)', '/proc/1/comm'], exitCode: 0, signal: null, stdout: `/proc/1/comm\t${distro.systemdRunning ? 'systemd' : 'init'}\n`, stderr: '', durationMs: 0, timedOut: false, truncated: false, error: null };
}

/** `dpkg-query -W -f=… <base packages>`: a line per package dpkg knows, exit 1 when one is unknown. */
function dpkgBaseRecord(distro: DistroState): Json {
  const known = [...BASE_PACKAGES].filter((p) => distro.apt.installed[p] !== undefined).sort();
  const unknown = BASE_PACKAGES.filter((p) => distro.apt.installed[p] === undefined);
  const stdout = known.map((p) => `${p}\t${distro.apt.installed[p] ?? ''}\tinstall ok installed\n`).join('');
  const stderr = unknown.map((p) => `dpkg-query: no packages found matching ${p}\n`).join('');
  return ran(['/usr/bin/dpkg-query', '-W', `-f=${DPKG_FORMAT}`, ...BASE_PACKAGES], unknown.length > 0 ? 1 : 0, stdout, stderr, 5.0);
}

/** `passwd -S <user>` of the default user: `P` once a password was set, `L` for an account made without one. */
function passwdRecord(name: string, passwordSet: boolean): Json {
  const day = String(healthyBase().startedAt).slice(0, 10);
  return ran(['/usr/bin/passwd', '-S', name], 0, `${name} ${passwordSet ? 'P' : 'L'} ${day} 0 99999 7 -1\n`);
}

/** The setup records, keyed as the collector keys them (`passwd-status` only with a default user). */
export function setupRecords(distro: DistroState): Record<string, Json> {
  const owner = defaultUserOf(distro);
  return {
    'pid1-comm': pid1Record(distro),
    'dpkg-base': dpkgBaseRecord(distro),
    ...(owner ? { 'passwd-status': passwdRecord(owner.user.name, owner.user.passwordSet) } : {}),
  };
}

/** The `wslConf` section: /etc/wsl.conf as configparser reads it. */
export function wslConfSection(distro: DistroState): Json {
  const present = distro.wslConf !== '';
  return { present, systemd: wslConfSays(distro.wslConf, 'boot', 'systemd'), defaultUser: wslConfSays(distro.wslConf, 'user', 'default'), error: null };
}
