import { describe, expect, it } from 'vitest';
import { newDistroState, terminateDistro } from '../../../sim/distro/index.js';
import { Session } from './session.js';

const USERADD = ['/usr/sbin/useradd', '--create-home', '--shell', '/bin/bash', '--groups', 'sudo'];

describe('simulated distro: users', () => {
  it('useradd creates the user with a home and the sudo group, then answers 9 when it exists', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const first = s.run('root', [...USERADD, 'alice']);
    expect(first.exitCode).toBe(0);
    expect(s.distro.users.find((u) => u.name === 'alice')).toEqual({ name: 'alice', uid: 1000, home: '/home/alice', groups: ['alice', 'sudo'], passwordSet: false });
    const again = s.run('root', [...USERADD, 'alice']);
    expect(again.exitCode).toBe(9);
    expect(again.err).toBe("useradd: user 'alice' already exists\n");
  });

  it('useradd as a normal user is refused', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { users: [{ name: 'bob' }] }));
    expect(s.run('bob', [...USERADD, 'carol']).exitCode).toBe(1);
    expect(s.distro.users.map((u) => u.name)).toEqual(['root', 'bob']);
  });

  it('chpasswd reads user:password from stdin, marks the password set and never keeps it', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    s.run('root', [...USERADD, 'alice']);
    const r = s.run('root', ['/usr/sbin/chpasswd'], 'alice:s3cret-Pw\n');
    expect(r.exitCode).toBe(0);
    expect(s.distro.users.find((u) => u.name === 'alice')?.passwordSet).toBe(true);
    expect(JSON.stringify(s.distro)).not.toContain('s3cret-Pw');
  });

  it('chpasswd for a user that does not exist fails and changes nothing', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const r = s.run('root', ['/usr/sbin/chpasswd'], 'ghost:pw\n');
    expect(r.exitCode).toBe(1);
    expect(r.err).toContain('password not changed');
  });

  it('usermod -aG docker needs the docker group (made by docker-ce) and the user', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { users: [{ name: 'alice' }] }));
    expect(s.run('root', ['/usr/sbin/usermod', '-aG', 'docker', 'alice'])).toMatchObject({ exitCode: 6, err: "usermod: group 'docker' does not exist\n" });
    s.distro = { ...s.distro, groups: { ...s.distro.groups, docker: [] } };
    expect(s.run('root', ['/usr/sbin/usermod', '-aG', 'docker', 'alice']).exitCode).toBe(0);
    expect(s.distro.groups.docker).toEqual(['alice']);
    expect(s.distro.users.find((u) => u.name === 'alice')?.groups).toContain('docker');
  });

  it('a command as a user the distro does not have fails the way wsl.exe does', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const r = s.run('nobody-here', ['/bin/true']);
    expect(r.exitCode).toBe(1);
    expect(r.err).toContain('getpwnam(nobody-here) failed');
  });
});

describe('simulated distro: /etc/wsl.conf and restart', () => {
  it('the wsl-conf script merges [boot] systemd and [user] default; systemd runs only after the distro restarted', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { wslConf: '[network]\ngenerateResolvConf=false\n', users: [{ name: 'alice' }] }));
    const r = s.run('root', ['/usr/bin/python3', '-', 'wsl-conf', 'alice'], '# assets/setup/wsl-conf.py\n');
    expect(r.exitCode).toBe(0);
    expect(s.distro.wslConf).toBe('[network]\ngenerateResolvConf=false\n\n[boot]\nsystemd=true\n\n[user]\ndefault=alice\n');
    expect(s.distro).toMatchObject({ restarted: false, systemdRunning: false });
    s.distro = terminateDistro(s.distro);
    expect(s.distro).toMatchObject({ restarted: true, systemdRunning: true });
  });

  it('running it again changes nothing (idempotent), an empty stdin does nothing, an unknown script id is refused', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2, { users: [{ name: 'alice' }] }));
    s.run('root', ['/usr/bin/python3', '-', 'wsl-conf', 'alice'], 'x');
    const conf = s.distro.wslConf;
    s.run('root', ['/usr/bin/python3', '-', 'wsl-conf', 'alice'], 'x');
    expect(s.distro.wslConf).toBe(conf);
    const empty = new Session(newDistroState('Ubuntu-24.04', 2));
    expect(empty.run('root', ['/usr/bin/python3', '-', 'wsl-conf', 'alice']).exitCode).toBe(0);
    expect(empty.distro.wslConf).toBe('');
    expect(empty.run('root', ['/usr/bin/python3', '-', 'other-script', 'alice'], 'x').exitCode).toBe(2);
  });

  it('systemd never runs in a WSL 1 distro', () => {
    const d = terminateDistro(newDistroState('Legacy', 1, { wslConf: '[boot]\nsystemd=true\n' }));
    expect(d.systemdRunning).toBe(false);
  });
});
