import { describe, expect, it } from 'vitest';
import { parsePasswdStatus, parsePid1Comm } from '../../../../electron/host/distro/parse-setup-records.js';

// `passwd -S` lines: the L line was recorded on Debian 12 (shadow 4.13, LC_ALL=C) as root;
// the P and NP lines are that line with the status code passwd(1) documents put in.
const LOCKED = 'root L 2025-05-20 0 99999 7 -1\n';

describe('parsePid1Comm', () => {
  it.each([
    ['/proc/1/comm\tsystemd\n', 'systemd'],
    ['/proc/1/comm\tinit\n', 'init'],
    ['/proc/1/comm\tprocess_api\n', 'process_api'],
    ['', null],
    ['/proc/2/comm\tsystemd\n', null],
    ['systemd\n', null],
    ['/proc/1/comm\t\n', null],
  ])('%j → %s', (text, name) => {
    expect(parsePid1Comm(text)).toBe(name);
  });
});

describe('parsePasswdStatus', () => {
  it('reads the status code of the user asked about', () => {
    expect(parsePasswdStatus(LOCKED, 'root')).toBe('locked');
    expect(parsePasswdStatus('taro P 2026-12-03 0 99999 7 -1\n', 'taro')).toBe('usable');
    expect(parsePasswdStatus('taro NP 2026-12-03 0 99999 7 -1\n', 'taro')).toBe('none');
    // util-linux / BSD-style passwd builds print PS and LK.
    expect(parsePasswdStatus('taro PS 2026-12-03 (Password set, SHA512 crypt.)\n', 'taro')).toBe('usable');
    expect(parsePasswdStatus('taro LK 2026-12-03 (Password locked.)\n', 'taro')).toBe('locked');
  });

  it('is null for another user, an unknown code, an error text or nothing', () => {
    expect(parsePasswdStatus(LOCKED, 'taro')).toBeNull();
    expect(parsePasswdStatus('taro X 2026-12-03\n', 'taro')).toBeNull();
    expect(parsePasswdStatus("passwd: user 'taro' does not exist\n", 'taro')).toBeNull();
    expect(parsePasswdStatus('', 'taro')).toBeNull();
    expect(parsePasswdStatus(undefined as unknown as string, 'taro')).toBeNull();
  });
});
