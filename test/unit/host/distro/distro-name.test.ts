import { describe, expect, it } from 'vitest';
import { DISTRO_NAME_PATTERN, isValidDistroName, toDistroName } from '../../../../electron/host/distro/distro-name.js';

describe('distro name allow-list', () => {
  it.each(['Ubuntu', 'Ubuntu-24.04', 'Debian', 'openSUSE-Tumbleweed', 'kali-linux', 'my_distro.2', '0', 'a'.repeat(64)])('accepts %s', (name) => {
    expect(isValidDistroName(name)).toBe(true);
    expect(toDistroName(name)).toBe(name);
  });

  it.each([
    ['an option', '-d'],
    ['a leading dash', '-Ubuntu'],
    ['a leading dot', '.hidden'],
    ['a command separator', 'a;b'],
    ['a substitution', '$(x)'],
    ['a backtick', '`id`'],
    ['a space', 'Ubuntu 24.04'],
    ['a tab', 'a\tb'],
    ['a trailing newline', 'Ubuntu\n'],
    ['a quote', "Ubuntu'"],
    ['a path', '../Ubuntu'],
    ['a slash', 'a/b'],
    ['unicode', 'Ubuntu\u2011'],
    ['a fullwidth letter', '\uff35buntu'],
    ['an accented letter', 'Débian'],
    ['65 characters', 'a'.repeat(65)],
    ['the empty string', ''],
    ['a NUL', 'a\u0000b'],
  ])('rejects %s', (_why, name) => {
    expect(isValidDistroName(name)).toBe(false);
    expect(toDistroName(name)).toBeNull();
  });

  it('rejects what is not a string', () => {
    for (const v of [null, undefined, 42, ['Ubuntu'], { toString: () => 'Ubuntu' }]) expect(isValidDistroName(v)).toBe(false);
  });

  it('is anchored at both ends', () => {
    expect(DISTRO_NAME_PATTERN.source.startsWith('^')).toBe(true);
    expect(DISTRO_NAME_PATTERN.source.endsWith('$')).toBe(true);
    expect(DISTRO_NAME_PATTERN.flags).toBe('');
  });
});
