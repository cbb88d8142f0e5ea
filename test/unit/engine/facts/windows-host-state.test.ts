import { describe, expect, it } from 'vitest';
import { anyPendingReboot, hostStateFrom, pendingRebootSignalsFrom } from '../../../../electron/engine/facts/host-state.js';
import { parseInventory } from '../../../../electron/host/powershell/parse-inventory.js';
import { inventoryFixture } from '../../host/powershell/load-fixtures.js';

const inv = (o: object) => parseInventory(JSON.stringify(o));

describe('hostStateFrom on the fixtures', () => {
  it.each([
    ['win11-24h2-rtx4070', { hypervisorPresent: false, firmwareEnabled: true, slat: true, vmMonitorModeExtensions: true }, { vmp: 'disabled', wsl: 'disabled', hyperV: 'disabled', hypervisorPlatform: 'disabled' }],
    ['virt-off-firmware', { hypervisorPresent: false, firmwareEnabled: false, slat: true, vmMonitorModeExtensions: true }, { vmp: 'enabled', wsl: 'enabled', hyperV: 'absent', hypervisorPlatform: 'disabled' }],
    ['arm64-snapdragon', { hypervisorPresent: true, firmwareEnabled: false, slat: false, vmMonitorModeExtensions: false }, { vmp: 'enabled', wsl: 'disabled', hyperV: 'absent', hypervisorPlatform: 'disabled' }],
    ['section-errors', { hypervisorPresent: true, firmwareEnabled: false, slat: false, vmMonitorModeExtensions: false }, { vmp: null, wsl: null, hyperV: null, hypervisorPlatform: null }],
  ] as const)('%s: virtualization and features', (name, virtualization, features) => {
    const s = hostStateFrom(inventoryFixture(name));
    expect(s.virtualization).toEqual(virtualization);
    expect(s.features).toEqual(features);
  });

  it('fresh Windows 11: no WSL package, no registrations, only SharedAccess, no reboot pending', () => {
    const s = hostStateFrom(inventoryFixture('win11-24h2-rtx4070'));
    expect(s).toMatchObject({
      services: [{ name: 'SharedAccess', state: 'Stopped', startMode: 'Manual' }],
      wslPackageVersion: null,
      lxss: { defaultDistribution: null, defaultDistributionName: null, defaultVersion: null, distros: [] },
      interactiveUser: 'DESKTOP-7K2Q9FJ\\alex',
      processUser: { name: 'DESKTOP-7K2Q9FJ\\alex', sid: 'S-1-5-21-3623811015-3361044348-30300820-1001', isSystem: false },
      runsAsOtherUser: false,
      hypervisorLaunchType: { value: null, raw: null, reason: 'not-elevated' },
      productType: 1,
      wslconfig: null,
      wslconfigTruncated: false,
      issues: [],
    });
    expect(anyPendingReboot(s.pendingRebootSignals)).toBe(false);
  });

  it('pending reboot: every signal of domain.md §1.4 that is set, and the BCD read while elevated', () => {
    const s = hostStateFrom(inventoryFixture('pending-reboot'));
    expect(s.pendingRebootSignals).toEqual({
      wslInstallStatus: true,
      wslInstallStatusComponents: ['VirtualMachinePlatform'],
      cbsRebootPending: true,
      windowsUpdateRebootRequired: false,
      pendingFileRenameOperations: true,
      vmpEnabledNotActive: true,
    });
    expect(s.hypervisorLaunchType).toEqual({ value: 'auto', raw: '1', reason: null });
  });

  it('Japanese user: registrations, default distro name and .wslconfig text come through in UTF-8', () => {
    const s = hostStateFrom(inventoryFixture('ja-windows-basic-display'));
    expect(s.lxss).toMatchObject({ defaultDistributionName: 'Ubuntu-24.04', defaultVersion: 2 });
    expect(s.lxss?.distros[0]?.basePath).toBe('C:\\Users\\山田太郎\\AppData\\Local\\wsl\\{3c9e8f21-6a4b-4d0c-8e7f-1b2a3c4d5e6f}');
    expect(s.interactiveUser).toBe('DESKTOP-JP01\\山田太郎');
    expect(s.wslconfig).toBe('# WSL 2 の全体設定\r\n[wsl2]\r\n# メモリは 16GB まで\r\nmemory=16GB\r\nprocessors=8\r\n');
    expect(s.wslPackageVersion).toBe('2.6.1.0');
  });

  it('carries the parse issues along', () => {
    expect(hostStateFrom(inventoryFixture('section-errors')).issues.map((i) => i.section)).toEqual(['features', 'gpus']);
  });
});

describe('hostStateFrom details', () => {
  it('flags a process running as another account than the console user (elevated with other credentials)', () => {
    const s = hostStateFrom(inv({ computer: { UserName: 'PC\\alice' }, identity: { Name: 'PC\\AdminBob', IsSystem: false } }));
    expect(s.runsAsOtherUser).toBe(true);
    expect(hostStateFrom(inv({ computer: { UserName: 'PC\\Alice' }, identity: { Name: 'pc\\alice' } })).runsAsOtherUser).toBe(false);
    // Over RDP Win32_ComputerSystem.UserName is empty: unknown, not different.
    expect(hostStateFrom(inv({ computer: { UserName: null }, identity: { Name: 'PC\\alice' } })).runsAsOtherUser).toBeNull();
  });

  it.each([
    [{ Elevated: false, Reason: 'not-elevated' }, { value: null, raw: null, reason: 'not-elevated' }],
    [{ Elevated: true, Source: 'wmi-bcd', IsSet: true, Value: '0' }, { value: 'off', raw: '0', reason: null }],
    [{ Elevated: true, Source: 'wmi-bcd', IsSet: false }, { value: 'unset', raw: null, reason: null }],
    [{ Elevated: true, Source: 'wmi-bcd', IsSet: true, Value: 3 }, { value: 'other', raw: '3', reason: null }],
    [{ Elevated: true, Source: 'bcdedit', Raw: 'hypervisorlaunchtype    Auto' }, { value: 'auto', raw: 'hypervisorlaunchtype    Auto', reason: null }],
    [{ Elevated: true, Source: 'bcdedit', Raw: 'hypervisorlaunchtype    Off' }, { value: 'off', raw: 'hypervisorlaunchtype    Off', reason: null }],
    [{ Elevated: true, Source: 'bcdedit', Raw: null }, { value: 'unset', raw: null, reason: null }],
    [{ Elevated: true, Source: 'bcdedit', Raw: null, Reason: 'unreadable' }, { value: null, raw: null, reason: 'unreadable' }],
    [{ error: { hresult: -2147024891, message: 'Access is denied.' } }, { value: null, raw: null, reason: 'unreadable' }],
  ])('hypervisor launch type %j', (section, expected) => {
    expect(hostStateFrom(inv({ hypervisorLaunchType: section })).hypervisorLaunchType).toEqual(expected);
  });

  it('feature states: InstallState 1-4, not listed = absent, query failed = null', () => {
    const s = hostStateFrom(inv({ features: [{ Name: 'VirtualMachinePlatform', InstallState: 1 }, { Name: 'Microsoft-Windows-Subsystem-Linux', InstallState: 4 }, { Name: 'HypervisorPlatform', InstallState: 9 }] }));
    expect(s.features).toEqual({ vmp: 'enabled', wsl: 'unknown', hyperV: 'absent', hypervisorPlatform: 'unknown' });
    expect(hostStateFrom(inv({})).features.vmp).toBeNull();
  });

  it('VMP enabled but not active needs both the feature and the service list', () => {
    const signals = (o: object) => pendingRebootSignalsFrom(inv(o)).vmpEnabledNotActive;
    const vmp = [{ Name: 'VirtualMachinePlatform', InstallState: 1 }];
    expect(signals({ features: vmp, services: [{ Name: 'HNS' }] })).toBe(true);
    expect(signals({ features: vmp, services: [{ Name: 'hns' }, { Name: 'VMCompute' }] })).toBe(false);
    expect(signals({ features: vmp })).toBeNull();
    expect(signals({ features: [{ Name: 'VirtualMachinePlatform', InstallState: 2 }] })).toBe(false);
    expect(signals({ services: [] })).toBeNull();
  });

  it('anyPendingReboot: true on any signal, false only when all read false', () => {
    const all = { wslInstallStatus: false, wslInstallStatusComponents: [], cbsRebootPending: false, windowsUpdateRebootRequired: false, pendingFileRenameOperations: false, vmpEnabledNotActive: false };
    expect(anyPendingReboot(all)).toBe(false);
    expect(anyPendingReboot({ ...all, windowsUpdateRebootRequired: true })).toBe(true);
    expect(anyPendingReboot({ ...all, vmpEnabledNotActive: null })).toBeNull();
    expect(anyPendingReboot({ ...all, vmpEnabledNotActive: null, cbsRebootPending: true })).toBe(true);
  });

  it('prefers the MSI package version and falls back to the Appx one', () => {
    expect(hostStateFrom(inv({ wslPackage: { Version: '2.6.1.0', AppxVersion: '2.6.0.0' } })).wslPackageVersion).toBe('2.6.1.0');
    expect(hostStateFrom(inv({ wslPackage: { Version: null, AppxVersion: '2.6.0.0' } })).wslPackageVersion).toBe('2.6.0.0');
  });
});
