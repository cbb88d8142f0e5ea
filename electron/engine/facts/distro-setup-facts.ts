import type { BasePackagesFacts, DistroFacts, WslConfFacts } from '../../contract/distro-facts.js';
import { parseDpkgQuery } from '../../host/distro/parse-dpkg.js';
import { parsePasswdStatus, parsePid1Comm } from '../../host/distro/parse-setup-records.js';
import type { ProbeCommandRecord, ProbeDocument } from '../../host/distro/probe-document-schema.js';

/**
 * The facts the setup steps verify inside the distro: systemd as PID 1, /etc/wsl.conf, the
 * default user's password status and the base packages. Pure. A record the document does not
 * hold (an older collector, a run as a non-root user) gives null: the checks say `unknown`.
 */

export type DistroSetupFacts = Pick<DistroFacts, 'systemd' | 'wslConf' | 'defaultUser' | 'basePackages'>;

/** A record that ran to an exit code (not missing, not killed at its deadline). */
const finished = (r: ProbeCommandRecord | undefined): r is ProbeCommandRecord => r !== undefined && r.error === null && !r.timedOut && r.exitCode !== null;

/**
 * PID 1 is systemd: /proc/1/comm (version 3), else `ps -p 1 -o comm=` of the `systemd` record
 * (versions 1 and 2). Both print the kernel's command name, never translated text.
 */
function systemdFrom(c: ProbeDocument['commands']): boolean | null {
  const comm = c['pid1-comm'];
  if (finished(comm)) {
    const name = parsePid1Comm(comm.stdout);
    return name === null ? null : name === 'systemd';
  }
  const ps = c.systemd;
  if (!finished(ps) || ps.exitCode !== 0) return null;
  const name = ps.stdout.trim();
  return name === '' ? null : name === 'systemd';
}

/** WSL reads `true`/`false` in any case; anything else does not switch systemd on. */
function boolOf(value: string | null): boolean | null {
  const v = value?.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : null;
}

function wslConfFrom(doc: ProbeDocument): WslConfFacts | null {
  const w = doc.wslConf;
  if (!w) return null;
  return { present: w.present, systemd: boolOf(w.systemd), defaultUser: w.defaultUser, error: w.error === null ? null : w.error.slice(0, 300) };
}

/**
 * The base packages: the ones the record asked about (its argv after the options) that are not
 * `installed`. dpkg-query exits 1 when it has never heard of one of them, which still answers.
 */
function basePackagesFrom(c: ProbeDocument['commands']): BasePackagesFacts | null {
  const rec = c['dpkg-base'];
  if (!finished(rec) || (rec.exitCode !== 0 && rec.exitCode !== 1)) return null;
  const wanted = rec.argv.slice(1).filter((a) => !a.startsWith('-'));
  const installed = new Set(parseDpkgQuery(rec.stdout).filter((p) => p.installed).map((p) => p.name));
  return { wanted, missing: wanted.filter((p) => !installed.has(p)) };
}

/** The default user; null when the collector (version 2 on) found none, absent when it did not look (version 1). */
function defaultUserFrom(doc: ProbeDocument): DistroFacts['defaultUser'] {
  if (doc.user === undefined) return undefined;
  if (doc.user === null) return null;
  const { name, uid, how } = doc.user;
  const rec = doc.commands['passwd-status'];
  const password = finished(rec) && rec.exitCode === 0 ? parsePasswdStatus(rec.stdout, name) : null;
  return { name, uid, how, password };
}

/** The setup facts of a parsed collector document. */
export function distroSetupFactsFrom(doc: ProbeDocument): DistroSetupFacts {
  return { systemd: systemdFrom(doc.commands), wslConf: wslConfFrom(doc), defaultUser: defaultUserFrom(doc), basePackages: basePackagesFrom(doc.commands) };
}
