import { describe, expect, it } from 'vitest';
import { chooseMlDistro, isUtilityDistro } from '../../../../electron/host/wsl/choose-ml-distro.js';
import { parseWslListVerbose, type WslListedDistro } from '../../../../electron/host/wsl/parse-list.js';
import { fixtureText } from './fixture-support.js';

/** The rows of a recorded `wsl -l -v` (test/fixtures/host/wsl/list-verbose). */
const listed = (fixture: string): WslListedDistro[] => parseWslListVerbose(fixtureText(fixture)).distros;
const row = (name: string, version: number, isDefault = false): WslListedDistro => ({ name, state: 'Stopped', version, isDefault });

describe('the ML distro to probe when --distro is not given (a pure function of wsl -l -v)', () => {
  it('keeps WSL default when it is the user\'s own distro (real paste: Ubuntu-20.04 beside Rancher Desktop)', () => {
    expect(chooseMlDistro(listed('list-verbose/02-en.utf-8.txt'))).toEqual({ kind: 'wsl-default', name: 'Ubuntu-20.04' });
  });

  it('passes over a Rancher Desktop default for the user\'s Ubuntu (real paste: the WSL 1 distros are the only own ones)', () => {
    expect(chooseMlDistro(listed('list-verbose/04-en.utf-8.txt'))).toEqual({ kind: 'instead-of-utility', name: 'Ubuntu-20.04', replaced: 'rancher-desktop' });
  });

  it('says there is none when only container tools\' distros are registered (real paste)', () => {
    expect(chooseMlDistro(listed('list-verbose/01-en.utf-8.txt'))).toEqual({ kind: 'none', utilities: ['rancher-desktop-data', 'rancher-desktop'] });
  });

  it('with no default marked (WSL 2.4.4) but Docker Desktop listed, takes the first own distro (real paste)', () => {
    expect(chooseMlDistro(listed('list-verbose/05-en.utf-8.txt'))).toEqual({ kind: 'instead-of-utility', name: 'MyPengwin', replaced: null });
  });

  it('prefers WSL 2, then Ubuntu, then the listed order', () => {
    const docker = row('docker-desktop', 2, true);
    expect(chooseMlDistro([docker, row('Ubuntu-22.04', 1), row('Debian', 2), row('Ubuntu-24.04', 2)])).toMatchObject({ name: 'Ubuntu-24.04' });
    expect(chooseMlDistro([docker, row('Ubuntu-22.04', 1), row('Debian', 2)])).toMatchObject({ name: 'Debian' });
    expect(chooseMlDistro([docker, row('Fedora', 2), row('Debian', 2)])).toMatchObject({ name: 'Fedora' });
    expect(chooseMlDistro([row('podman-machine-default', 2, true), row('openSUSE-Tumbleweed', 2)])).toEqual({ kind: 'instead-of-utility', name: 'openSUSE-Tumbleweed', replaced: 'podman-machine-default' });
  });

  it('leaves the choice to WSL when the list could not be read or has no utility distro', () => {
    expect(chooseMlDistro(null)).toEqual({ kind: 'wsl-default', name: null });
    expect(chooseMlDistro([])).toEqual({ kind: 'wsl-default', name: null });
    expect(chooseMlDistro([row('Ubuntu', 2), row('Debian', 2)])).toEqual({ kind: 'wsl-default', name: null });
  });

  it('never picks a name the distro allow-list refuses', () => {
    expect(chooseMlDistro([row('docker-desktop', 2, true), row('-d', 2)])).toEqual({ kind: 'none', utilities: ['docker-desktop'] });
  });

  it('knows the container tools\' distros, case-insensitively, and nothing else', () => {
    for (const name of ['docker-desktop', 'docker-desktop-data', 'Docker-Desktop', 'rancher-desktop', 'rancher-desktop-data', 'podman-machine-default', 'podman-machine']) expect(isUtilityDistro(name), name).toBe(true);
    for (const name of ['Ubuntu', 'docker', 'docker-desktop-ubuntu', 'my-rancher-desktop', 'podman']) expect(isUtilityDistro(name), name).toBe(false);
  });
});
