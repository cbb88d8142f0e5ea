import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import type { ProbeCommandRecord, ProbeDocument } from '../../../../electron/host/distro/probe-document-schema.js';
import { probeCapture } from '../gpu-chain/scenario.js';

// The setup facts of a probeVersion 3 document: systemd as PID 1, /etc/wsl.conf, the default
// user's password status, the base packages. dpkg-query and passwd answers as recorded on Debian
// 12 (dpkg 1.21.22, shadow 4.13, LC_ALL=C, as root); versions of the other lines are Debian's too.

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');
const BASE = ['python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg'];
const DPKG_ARGV = ['/usr/bin/dpkg-query', '-W', '-f=${Package}\\t${Version}\\t${Status}\\n', ...BASE];
const ALL_INSTALLED = 'ca-certificates\t20230311+deb12u1\tinstall ok installed\ncurl\t7.88.1-10+deb12u14\tinstall ok installed\ngnupg\t2.2.40-1.1+deb12u2\tinstall ok installed\npython3-pip\t23.0.1+dfsg-1\tinstall ok installed\npython3-venv\t3.11.2-1+b1\tinstall ok installed\n';

function rec(argv: string[], exitCode: number | null, stdout: string, stderr = '', extra: Partial<ProbeCommandRecord> = {}): ProbeCommandRecord {
  return { argv, exitCode, signal: null, stdout, stderr, durationMs: 5, timedOut: false, truncated: false, error: null, ...extra };
}

/** The healthy RTX 4070 document (version 2, default user `user`) made version 3 with these records and wslConf. */
function factsOf(commands: Record<string, ProbeCommandRecord>, wslConf?: unknown, version = 3) {
  const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'distro/probe/wsl-rtx4070-healthy.json'), 'utf8')) as ProbeDocument & Record<string, unknown>;
  doc.probeVersion = version as 3;
  Object.assign(doc.commands, commands);
  if (wslConf !== undefined) doc.wslConf = wslConf as ProbeDocument['wslConf'];
  const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from(JSON.stringify(doc)), 'wsl')]]));
  if (!facts?.probe.ok) throw new Error(`no facts: ${JSON.stringify(facts?.probe.error)}`);
  return facts;
}

describe('setup facts of a version 3 document', () => {
  it('a finished distro: systemd is PID 1, wsl.conf read, password usable, every base package installed', () => {
    const facts = factsOf({
      'pid1-comm': rec(['(read)', '/proc/1/comm'], 0, '/proc/1/comm\tsystemd\n'),
      'passwd-status': rec(['/usr/bin/passwd', '-S', 'user'], 0, 'user P 2026-12-03 0 99999 7 -1\n'),
      'dpkg-base': rec(DPKG_ARGV, 0, ALL_INSTALLED),
    }, { present: true, systemd: 'True', defaultUser: 'user', error: null });
    expect(facts).toMatchObject({
      systemd: true,
      wslConf: { present: true, systemd: true, defaultUser: 'user', error: null },
      defaultUser: { name: 'user', uid: 1000, how: 'passwd', password: 'usable' },
      basePackages: { wanted: BASE, missing: [] },
    });
  });

  it('a fresh distro: WSL\'s init is PID 1, no wsl.conf, the account locked, venv and pip unknown to dpkg (exit 1)', () => {
    const facts = factsOf({
      'pid1-comm': rec(['(read)', '/proc/1/comm'], 0, '/proc/1/comm\tinit\n'),
      'passwd-status': rec(['/usr/bin/passwd', '-S', 'user'], 0, 'user L 2025-05-20 0 99999 7 -1\n'),
      'dpkg-base': rec(DPKG_ARGV, 1, ALL_INSTALLED.split('\n').filter((l) => !l.startsWith('python3')).join('\n'), 'dpkg-query: no packages found matching python3-venv\ndpkg-query: no packages found matching python3-pip\n'),
    }, { present: false, systemd: null, defaultUser: null, error: null });
    expect(facts).toMatchObject({
      systemd: false,
      wslConf: { present: false, systemd: null, defaultUser: null },
      defaultUser: { password: 'locked' },
      basePackages: { missing: ['python3-venv', 'python3-pip'] },
    });
  });

  it('a package dpkg knows but that is removed (config files left) counts as missing; a value WSL does not read as a boolean is null', () => {
    const removed = ALL_INSTALLED.replace('curl\t7.88.1-10+deb12u14\tinstall ok installed', 'curl\t7.88.1-10+deb12u14\tdeinstall ok config-files');
    const facts = factsOf({ 'dpkg-base': rec(DPKG_ARGV, 0, removed) }, { present: true, systemd: 'yes', defaultUser: null, error: null });
    expect(facts.basePackages?.missing).toEqual(['curl']);
    expect(facts.wslConf?.systemd).toBeNull();
  });

  it('a collector that found no person\'s account says so: defaultUser null (not absent)', () => {
    const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'distro/probe/wsl-rtx4070-healthy.json'), 'utf8')) as ProbeDocument;
    const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from(JSON.stringify({ ...doc, probeVersion: 3, user: null })), 'wsl')]]));
    expect(facts?.defaultUser).toBeNull();
  });

  it('records that did not answer give null facts, never a guess', () => {
    const facts = factsOf({
      'pid1-comm': rec(['(read)', '/proc/1/comm'], 1, '', '/proc/1/comm: [Errno 13] Permission denied'),
      'passwd-status': rec(['passwd', '-S', 'user'], null, '', '', { error: 'not found: passwd (searched PATH, /usr/bin/passwd, /bin/passwd)' }),
      'dpkg-base': rec(DPKG_ARGV, null, '', '', { timedOut: true, signal: 9 }),
    }, null);
    expect(facts).toMatchObject({ systemd: null, wslConf: null, defaultUser: { name: 'user', password: null }, basePackages: null });
  });
});

describe('setup facts of older documents', () => {
  it('version 2: systemd from the `ps -p 1` record, no wsl.conf, no password status, no base packages', () => {
    const facts = factsOf({}, undefined, 2);
    expect(facts).toMatchObject({ systemd: true, wslConf: null, defaultUser: { name: 'user', password: null }, basePackages: null });
  });

  it('version 2 under WSL\'s init: systemd false', () => {
    const facts = factsOf({ systemd: rec(['/usr/bin/ps', '-p', '1', '-o', 'comm='], 0, 'init\n') }, undefined, 2);
    expect(facts.systemd).toBe(false);
  });

  it('version 1 without a systemd record or a user: every setup fact null', () => {
    const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'distro/probe/wsl1-distro.json'), 'utf8')) as ProbeDocument;
    delete (doc.commands as Record<string, unknown>).systemd;
    const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from(JSON.stringify({ ...doc, probeVersion: 1, user: undefined })), 'wsl')]]));
    expect(facts).toMatchObject({ probe: { ok: true }, systemd: null, wslConf: null, basePackages: null });
    expect(facts?.defaultUser).toBeUndefined();
  });
});
