import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configStep } from '../../../../electron/engine/steps/distro/config.js';
import { installStep } from '../../../../electron/engine/steps/distro/install.js';
import { linuxUserSchema as contractLinuxUserSchema } from '../../../../electron/contract/schemas.js';
import { isValidLinuxUser, RESERVED_LINUX_NAMES } from '../../../../electron/engine/steps/distro/names.js';
import { userStep } from '../../../../electron/engine/steps/distro/user.js';

const HOSTILE = [
  '; rm -rf /', '$(reboot)', '`id`', 'a b', '--help', '-d', '-', '', 'Ubuntu\n', 'ａlice', 'аlice' /* Cyrillic а */, 'alice\u200b',
  '../etc', 'a/b', 'a\\b', 'root', 'sudo', 'docker', 'nobody', 'Alice', '1abc', 'x'.repeat(33), 'alice$', 'al:ice', 'al ice',
];

describe('param schemas refuse hostile names before any process starts', () => {
  it.each(HOSTILE)('user %j', (user) => {
    expect(userStep.params.safeParse({ distro: 'Ubuntu-24.04', user, setPassword: true }).success).toBe(false);
    expect(configStep.params.safeParse({ distro: 'Ubuntu-24.04', user }).success).toBe(false);
  });

  it.each(['; rm -rf /', '--help', '-d', '', 'Ubuntu 24.04', 'Ubuntu\n', 'Ｕbuntu', 'Ubuntu;id', 'x'.repeat(65), '../x'])('distro %j', (distro) => {
    expect(installStep.params.safeParse({ distro }).success).toBe(false);
  });

  it('refuses unknown keys (nothing rides along into a command)', () => {
    expect(installStep.params.safeParse({ distro: 'Ubuntu-24.04', extra: '--web-download' }).success).toBe(false);
  });

  it('accepts ordinary names', () => {
    for (const user of ['alice', 'a', 'dev-1', 'taro_2', 'x'.repeat(32)]) expect(isValidLinuxUser(user)).toBe(true);
    expect(installStep.params.safeParse({ distro: 'Ubuntu-24.04' }).success).toBe(true);
  });

  it('refuses the shapes of system accounts, and the IPC/CLI schema applies the very same rule', () => {
    for (const user of ['_svc', '_apt', 'systemd-oom', 'ubuntu', 'root', 'docker', 'nogroup']) {
      expect(isValidLinuxUser(user), user).toBe(false);
      expect(contractLinuxUserSchema.safeParse(user).success, user).toBe(false);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(contractLinuxUserSchema.safeParse(s).success).toBe(isValidLinuxUser(s));
      }),
    );
  });

  it('any accepted user name is one plain argv word: ASCII lower case, no leading dash, ≤ 32, not a system name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (s) => {
        if (!isValidLinuxUser(s)) return;
        expect(s).toMatch(/^[a-z_][a-z0-9_-]*$/);
        expect(s.length).toBeLessThanOrEqual(32);
        expect(RESERVED_LINUX_NAMES.has(s)).toBe(false);
      }),
    );
  });

  it('any accepted distro name is one plain argv word that cannot read as an option', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (s) => {
        if (!installStep.params.safeParse({ distro: s }).success) return;
        expect(s).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
      }),
    );
  });

  it('hostile strings built from shell and option syntax are refused', () => {
    const syntax = fc.constantFrom(';', '|', '&', '$', '`', ' ', '\n', '"', "'", '(', ')', '<', '>', '*', '\u00a0', '\u0430');
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), syntax, fc.string({ maxLength: 10 }), (a, bad, b) => {
        const s = `${a}${bad}${b}`;
        expect(isValidLinuxUser(s)).toBe(false);
        expect(installStep.params.safeParse({ distro: s }).success).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(isValidLinuxUser(`-${s}`)).toBe(false);
        expect(installStep.params.safeParse({ distro: `-${s}` }).success).toBe(false);
      }),
    );
  });
});
