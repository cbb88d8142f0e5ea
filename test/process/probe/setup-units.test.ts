import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectorPython } from './collector-python.js';

// The collector's setup part (assets/probe/lib_setup.py, with parse_wsl_conf and the default
// user of lib_interpreters.py), called function by function in a real python3: how wsl.conf is
// read, who the default user is, and which setup records are asked for.

const py = collectorPython(['lib_run.py', 'lib_interpreters.py', 'lib_setup.py']);

const conf = (text: string): unknown => py('print(json.dumps(parse_wsl_conf(sys.argv[1])))', [text]);

describe('parse_wsl_conf (configparser, as WSL reads /etc/wsl.conf)', () => {
  it('reads [boot] systemd and [user] default, names in any case, quotes and inline comments removed', () => {
    expect(conf('[boot]\nsystemd=true\n\n[user]\ndefault=taro\n')).toEqual({ systemd: 'true', defaultUser: 'taro', error: null });
    expect(conf('# made by hand\n[Boot]\n  SystemD = "True" ; on\n[USER]\nDefault = \'bob\'  # set by the installer\n')).toEqual({ systemd: 'True', defaultUser: 'bob', error: null });
  });

  it('the last value wins, in a repeated section or key; keys of other sections do not count', () => {
    expect(conf('[boot]\nsystemd=false\n[network]\nsystemd=true\n[boot]\nsystemd=true\nsystemd=false\n[interop]\ndefault=root\n')).toEqual({ systemd: 'false', defaultUser: null, error: null });
  });

  it('an indented line is a key of its own, not the continuation of the one before', () => {
    expect(conf('[boot]\nsystemd=true\n  command=echo hi\n')).toEqual({ systemd: 'true', defaultUser: null, error: null });
  });

  it('says why when the text is not INI, and an empty file holds nothing', () => {
    const broken = conf('systemd=true\n') as { systemd: unknown; defaultUser: unknown; error: string };
    expect(broken).toMatchObject({ systemd: null, defaultUser: null });
    expect(broken.error).toMatch(/^MissingSectionHeaderError: /u);
    expect(conf('')).toEqual({ systemd: null, defaultUser: null, error: null });
  });
});

describe('the default user (lib_interpreters.py pick_default_user)', () => {
  const PASSWD = ['root:x:0:0:root:/root:/bin/bash', 'svc:x:1000:1000::/home/svc:/usr/sbin/nologin', 'ghost:x:1001:1001::/home/ghost:/bin/false', 'taro:x:1002:1002::/home/taro:/bin/bash'].join('\n');

  it('skips accounts without a login shell (nologin, false) when wsl.conf names nobody', () => {
    const picked = py('print(json.dumps(pick_default_user(sys.argv[1], "", lambda p: True)))', [PASSWD]);
    expect(picked).toEqual([['taro', 1002, 1002, '/home/taro', '/bin/bash'], 'passwd']);
  });

  it('an empty shell field is /bin/sh, a login shell', () => {
    expect(py('print(json.dumps([is_login_shell(s) for s in ["", "/bin/sh", "/usr/sbin/nologin", "/bin/false"]]))')).toEqual([true, true, false, false]);
  });
});

describe('setup records (lib_setup.py)', () => {
  const table = (user: unknown): unknown => py('u = json.loads(sys.argv[1])\nprint(json.dumps([n for n, _ in setup_command_table(u)]))', [JSON.stringify(user)]);

  it('asks passwd -S only for the distro\'s default user found as root, never for the current user', () => {
    expect(table({ name: 'taro', uid: 1000, how: 'passwd' })).toEqual(['pid1-comm', 'dpkg-base', 'passwd-status']);
    expect(table({ name: 'taro', uid: 1000, how: 'wsl.conf' })).toEqual(['pid1-comm', 'dpkg-base', 'passwd-status']);
    expect(table({ name: 'me', uid: 1000, how: 'current' })).toEqual(['pid1-comm', 'dpkg-base']);
    expect(table(null)).toEqual(['pid1-comm', 'dpkg-base']);
  });

  it('dpkg-base asks dpkg-query about every base package in one call, as an argument array', () => {
    const rec = py('print(json.dumps(dpkg_base(time.monotonic() + 10)))') as { argv: string[]; error: string | null };
    expect(rec.argv.slice(1)).toEqual(['-W', '-f=${Package}\\t${Version}\\t${Status}\\n', 'python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg']);
  });

  it('pid1-comm reads /proc/1/comm as a `path<TAB>name` line', () => {
    const rec = py('print(json.dumps(pid1_comm(time.monotonic() + 10)))') as { argv: string[]; stdout: string; exitCode: number };
    expect(rec.argv).toEqual(['(read)', '/proc/1/comm']);
    expect(rec.stdout).toBe(`/proc/1/comm\t${fs.readFileSync('/proc/1/comm', 'utf8').trim()}\n`);
  });

  it('wsl_conf_section: absent file, and a file read and parsed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-wslconf-'));
    try {
      const file = path.join(dir, 'wsl.conf');
      const section = (): unknown => py('WSL_CONF = sys.argv[1]\nprint(json.dumps(wsl_conf_section()))', [file]);
      expect(section()).toEqual({ present: false, systemd: null, defaultUser: null, error: null });
      fs.writeFileSync(file, '[boot]\nsystemd=true\n[user]\ndefault=taro\n');
      expect(section()).toEqual({ present: true, systemd: 'true', defaultUser: 'taro', error: null });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
