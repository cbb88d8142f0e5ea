import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newDistroState } from '../../../sim/distro/index.js';
import { APT, BASE_PACKAGES, Session, venvOf } from './session.js';

const fixtureText = (name: string): string => fs.readFileSync(new URL(`../../../fixtures/sim/distro/${name}`, import.meta.url), 'utf8');
const INSTALL = [...APT, 'install', '-y', '--no-install-recommends', ...BASE_PACKAGES];

describe('simulated distro faults', () => {
  it('apt lock held for 2 calls: two lock errors (recorded text), each wait with DPkg::Lock::Timeout recorded, then success', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { faults: { aptLockHeldFor: 2 } }));
    const a = s.run('root', [...APT, 'update']);
    const b = s.run('root', [...APT, 'update']);
    expect([a.exitCode, b.exitCode]).toEqual([100, 100]);
    expect(a.err).toBe(fixtureText('apt-lock-held.txt'));
    expect(s.distro.apt.lockWaitsS).toEqual([300, 300]);
    expect(s.run('root', [...APT, 'update']).exitCode).toBe(0);
    expect(s.distro.faults.aptLockHeldFor).toBe(0);
  });

  it('without a lock timeout the failure records no wait', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { faults: { aptLockHeldFor: 1 } }));
    expect(s.run('root', ['/usr/bin/env', 'apt-get', 'update']).exitCode).toBe(100);
    expect(s.distro.apt.lockWaitsS).toEqual([]);
  });

  it('transient network failures: apt-get update exits 0 with the recorded DNS warnings and no index, then works', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { faults: { transientNetworkFailures: 1 } }));
    const failed = s.run('root', [...APT, 'update']);
    expect(failed.exitCode).toBe(0);
    expect(failed.out).toBe(fixtureText('apt-update-dns-failure.txt'));
    expect(s.distro.apt.indexed).toEqual([]);
    expect(s.run('root', [...APT, 'update']).exitCode).toBe(0);
    expect(s.distro.apt.indexed).toEqual(['ubuntu']);
  });

  it('transient network failures count across programs: apt install, pip and curl each use one up', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    s.distro = { ...s.distro, faults: { ...s.distro.faults, transientNetworkFailures: 3 } };
    const pip = s.pip('alice', '--index-url', 'https://download.pytorch.org/whl/cu130', 'torch');
    expect(pip.exitCode).toBe(1);
    expect(pip.err).toContain('Temporary failure in name resolution');
    const url = 'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb';
    expect(s.run('root', ['/usr/bin/curl', '-fsSL', '-o', '/tmp/cuda-keyring.deb', url])).toMatchObject({ exitCode: 6, err: fixtureText('curl-dns-failure-reconstructed.txt') });
    expect(s.run('root', [...APT, 'install', '-y', 'libomp5']).err).toContain("Temporary failure resolving 'archive.ubuntu.com'");
    expect(s.pip('alice', '--index-url', 'https://download.pytorch.org/whl/cu130', 'torch').exitCode).toBe(0);
  });

  it('disk full: apt install says "No space left on device" (exit 100), pip gives the recorded errno 28', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { users: [{ name: 'alice' }] }));
    s.run('root', [...APT, 'update']);
    s.distro = { ...s.distro, faults: { ...s.distro.faults, diskFull: true } };
    const apt = s.run('root', INSTALL);
    expect(apt.exitCode).toBe(100);
    expect(apt.err).toContain('No space left on device');
    expect(s.distro.apt.installed['python3-pip']).toBeUndefined();
    s.distro = { ...s.distro, faults: { ...s.distro.faults, diskFull: false } };
    s.run('root', INSTALL);
    s.run('alice', ['/usr/bin/python3', '-m', 'venv', venvOf('alice')]);
    s.distro = { ...s.distro, faults: { ...s.distro.faults, diskFull: true } };
    expect(s.pip('alice', 'torch')).toMatchObject({ exitCode: 1, err: fixtureText('pip-disk-full.txt') });
    expect(s.distro.venvs[venvOf('alice')]?.packages.torch).toBeUndefined();
  });

  it('a source without a Release file: update fails with the recorded 404 while the fault is on', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { faults: { aptUpdate404: true } }));
    expect(s.run('root', [...APT, 'update'])).toMatchObject({ exitCode: 100, out: fixtureText('apt-update-404.txt') });
    expect(s.run('root', [...APT, 'update']).exitCode).toBe(100);
  });

  it('hash mismatch: apt update and pip each fail once with the recorded text, then succeed', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    s.distro = { ...s.distro, faults: { ...s.distro.faults, hashMismatch: 2 } };
    expect(s.run('root', [...APT, 'update'])).toMatchObject({ exitCode: 100, out: fixtureText('apt-update-hash-mismatch.txt') });
    expect(s.pip('alice', 'torch')).toMatchObject({ exitCode: 1, err: fixtureText('pip-hash-mismatch.txt') });
    expect(s.pip('alice', 'torch').exitCode).toBe(0);
  });

  it('hang: the matching call returns the hang marker with nothing done, once; the next one runs', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { faults: { hang: { argvPrefix: ['apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update'], times: 1 } } }));
    const other = s.run('root', INSTALL);
    expect(other.hang).toBeUndefined();
    const hung = s.run('root', [...APT, 'update']);
    expect(hung.hang).toBe(true);
    expect(s.distro.apt.indexed).toEqual([]);
    expect(s.distro.faults.hang).toBeNull();
    const next = s.run('root', [...APT, 'update']);
    expect(next.hang).toBeUndefined();
    expect(next.exitCode).toBe(0);
  });

  it('hang matches a program path by its basename', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { faults: { hang: { argvPrefix: ['useradd'], times: 2 } } }));
    expect(s.run('root', ['/usr/sbin/useradd', '--create-home', 'alice']).hang).toBe(true);
    expect(s.distro.faults.hang?.times).toBe(1);
  });
});
