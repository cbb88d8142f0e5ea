import { describe, it } from 'vitest';
import { accountCheck } from '../../../../electron/engine/checks/preflight/account.js';
import { adminCheck } from '../../../../electron/engine/checks/preflight/admin.js';
import { diskCheck } from '../../../../electron/engine/checks/preflight/disk.js';
import { memoryCheck } from '../../../../electron/engine/checks/preflight/memory.js';
import { expectBranches } from './table.js';

const notCaptured = { status: 'unknown', key: 'check.unknown.notCaptured', params: { probe: 'windows.inventory' } } as const;

describe('preflight.disk', () => {
  it('passes 80 GiB or more, warns 40–80, fails below 40, showing GiB and MiB', () => {
    expectBranches(diskCheck, [
      { name: '244 GiB', facts: {}, status: 'pass', key: 'check.preflight.disk.pass', params: { free: '244.1 GiB (250000 MiB)' } },
      { name: 'exactly 80 GiB', facts: { windows: { systemDriveFreeMiB: 81_920 } }, status: 'pass', key: 'check.preflight.disk.pass' },
      { name: '60 GiB', facts: { windows: { systemDriveFreeMiB: 61_440 } }, status: 'warn', key: 'check.preflight.disk.warn', params: { free: '60.0 GiB (61440 MiB)' } },
      { name: 'exactly 40 GiB', facts: { windows: { systemDriveFreeMiB: 40_960 } }, status: 'warn', key: 'check.preflight.disk.warn' },
      { name: '12 GiB', facts: { windows: { systemDriveFreeMiB: 12_288 } }, status: 'fail', key: 'check.preflight.disk.fail', params: { required: '40.0 GiB (40960 MiB)' } },
      { name: 'unread', facts: { windows: { systemDriveFreeMiB: null } }, status: 'unknown', key: 'check.preflight.disk.unknown' },
      { name: 'not captured', facts: { windows: null }, ...notCaptured },
    ]);
  });
});

describe('preflight.memory', () => {
  it('passes a 16 GB machine (as Windows reports it), warns 8–16, fails below 8', () => {
    expectBranches(memoryCheck, [
      { name: '32 GB', facts: {}, status: 'pass', key: 'check.preflight.memory.pass', params: { wsl: '15.9 GiB (16269 MiB)' } },
      { name: '16 GB less reserved memory', facts: { windows: { memoryMiB: 15_718 } }, status: 'pass', key: 'check.preflight.memory.pass' },
      { name: '12 GB', facts: { windows: { memoryMiB: 12_288 } }, status: 'warn', key: 'check.preflight.memory.warn' },
      { name: '8 GB less reserved memory', facts: { windows: { memoryMiB: 7_900 } }, status: 'warn', key: 'check.preflight.memory.warn' },
      { name: '4 GB', facts: { windows: { memoryMiB: 4_096 } }, status: 'fail', key: 'check.preflight.memory.fail', params: { wsl: '2.0 GiB (2048 MiB)' } },
      { name: 'unread', facts: { windows: { memoryMiB: null } }, status: 'unknown', key: 'check.preflight.memory.unknown' },
      { name: 'not captured', facts: { windows: null }, ...notCaptured },
    ]);
  });
});

describe('preflight.admin', () => {
  it('passes elevated or administrator accounts and warns standard users', () => {
    expectBranches(adminCheck, [
      { name: 'admin, unelevated', facts: {}, status: 'pass', key: 'check.preflight.admin.pass.canElevate' },
      { name: 'elevated', facts: { windows: { elevated: true } }, status: 'pass', key: 'check.preflight.admin.pass.elevated' },
      { name: 'standard user', facts: { windows: { isAdmin: false } }, status: 'warn', key: 'check.preflight.admin.warn.standardUser' },
      { name: 'unread', facts: { windows: { elevated: null, isAdmin: null } }, status: 'unknown', key: 'check.preflight.admin.unknown' },
      { name: 'not captured', facts: { windows: null }, ...notCaptured },
    ]);
  });
});

describe('preflight.account', () => {
  it('fails SYSTEM, warns another account, passes the console user', () => {
    expectBranches(accountCheck, [
      { name: 'console user', facts: {}, status: 'pass', key: 'check.preflight.account.pass' },
      {
        name: 'elevated as another account',
        facts: { windowsHost: { processUser: { name: 'DESKTOP-1\\admin' }, runsAsOtherUser: true } },
        status: 'warn',
        key: 'check.preflight.account.warn.otherUser',
        params: { user: 'DESKTOP-1\\admin', console: 'DESKTOP-1\\alice' },
      },
      { name: 'SYSTEM', facts: { windowsHost: { processUser: { name: 'NT AUTHORITY\\SYSTEM', sid: 'S-1-5-18', isSystem: true }, runsAsOtherUser: true } }, status: 'fail', key: 'check.preflight.account.fail.system' },
      { name: 'remote session', facts: { windowsHost: { interactiveUser: null, runsAsOtherUser: null } }, status: 'pass', key: 'check.preflight.account.pass.noConsole' },
      { name: 'unread', facts: { windowsHost: { processUser: null, runsAsOtherUser: null } }, status: 'unknown', key: 'check.preflight.account.unknown' },
      { name: 'not captured', facts: { windowsHost: null }, ...notCaptured },
    ]);
  });
});
