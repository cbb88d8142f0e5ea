import { describe, expect, it } from 'vitest';
import { wslDefaultVersionCheck } from '../../../../electron/engine/checks/wsl-extra/default-version.js';
import { wslDistroCheck } from '../../../../electron/engine/checks/wsl-extra/distro.js';
import { wslDistrosWsl1Check } from '../../../../electron/engine/checks/wsl-extra/distros-wsl1.js';
import { wslKernelCheck } from '../../../../electron/engine/checks/wsl-extra/kernel.js';
import { expectBranches } from './table.js';

const notCaptured = { status: 'unknown', key: 'check.unknown.notCaptured', params: { probe: 'wsl.version' } } as const;
const lxssDistro = (name: string, version: number) => ({ id: `{${name}}`, name, version, basePath: null, state: 1 });

describe('WSL checks beyond installed/version', () => {
  it('all depend on wsl.installed and belong to the wsl category', () => {
    for (const c of [wslKernelCheck, wslDefaultVersionCheck, wslDistroCheck, wslDistrosWsl1Check]) {
      expect(c.prerequisites).toEqual(['wsl.installed']);
      expect(c.category).toBe('wsl');
    }
  });

  it('wsl.kernel passes with a kernel version and warns without one', () => {
    expectBranches(wslKernelCheck, [
      { name: 'kernel listed', facts: {}, status: 'pass', key: 'check.wsl.kernel.pass', params: { version: '6.6.87.2-1' } },
      { name: 'inbox WSL', facts: { wsl: { kind: 'inbox', version: null, kernelVersion: null } }, status: 'warn', key: 'check.wsl.kernel.warn.inbox' },
      { name: 'package, kernel unread', facts: { wsl: { kernelVersion: null } }, status: 'warn', key: 'check.wsl.kernel.warn.unread' },
      { name: 'not captured', facts: { wsl: null }, ...notCaptured },
    ]);
  });

  it('wsl.default-version reads wsl --status, then the registry, and fails WSL 1', () => {
    expectBranches(wslDefaultVersionCheck, [
      { name: '2 from wsl --status', facts: {}, status: 'pass', key: 'check.wsl.defaultVersion.pass' },
      { name: '2 from the registry', facts: { wsl: { defaultVersion: null } }, status: 'pass', key: 'check.wsl.defaultVersion.pass' },
      { name: '1', facts: { wsl: { defaultVersion: 1 } }, status: 'fail', key: 'check.wsl.defaultVersion.fail.wsl1' },
      { name: '1 from the registry', facts: { wsl: { defaultVersion: null }, windowsHost: { lxss: { defaultVersion: 1 } } }, status: 'fail', key: 'check.wsl.defaultVersion.fail.wsl1' },
      { name: 'unread', facts: { wsl: { defaultVersion: null }, windowsHost: { lxss: null } }, status: 'unknown', key: 'check.wsl.defaultVersion.unknown' },
      { name: 'not captured', facts: { wsl: null, windowsHost: null }, ...notCaptured },
    ]);
  });

  it('wsl.distro passes with a distro from either source and warns with none', () => {
    expectBranches(wslDistroCheck, [
      { name: 'listed by wsl.exe', facts: {}, status: 'pass', key: 'check.wsl.distro.pass', params: { count: 1, names: 'Ubuntu-24.04' } },
      { name: 'only in the registry', facts: { wsl: { distros: [] }, windowsHost: { lxss: { distros: [lxssDistro('Debian', 2)] } } }, status: 'pass', key: 'check.wsl.distro.pass', params: { names: 'Debian' } },
      { name: 'none', facts: { wsl: { distros: [], defaultDistribution: null }, windowsHost: { lxss: { distros: [], defaultDistributionName: null } } }, status: 'warn', key: 'check.wsl.distro.warn.none' },
      { name: 'not captured', facts: { wsl: null, windowsHost: null }, ...notCaptured },
    ]);
  });

  it('wsl.distros-wsl1 warns naming the WSL 1 distros with the convert command', () => {
    expectBranches(wslDistrosWsl1Check, [
      { name: 'all WSL 2', facts: {}, status: 'pass', key: 'check.wsl.distrosWsl1.pass' },
      {
        name: 'one on WSL 1',
        facts: { wsl: { distros: [{ name: 'Ubuntu-24.04', state: 'Stopped', version: 2, isDefault: true }, { name: 'Debian', state: 'Stopped', version: 1, isDefault: false }] } },
        status: 'warn',
        key: 'check.wsl.distrosWsl1.warn',
        params: { names: 'Debian' },
      },
      { name: 'registry says WSL 1', facts: { wsl: { distros: [] }, windowsHost: { lxss: { distros: [lxssDistro('Legacy', 1)] } } }, status: 'warn', key: 'check.wsl.distrosWsl1.warn' },
      { name: 'no distros', facts: { wsl: { distros: [] }, windowsHost: { lxss: null } }, status: 'pass', key: 'check.wsl.distrosWsl1.pass.none', evidence: false },
      { name: 'not captured', facts: { wsl: null, windowsHost: null }, ...notCaptured },
    ]);
  });
});
