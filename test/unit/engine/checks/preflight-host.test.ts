import { describe, it } from 'vitest';
import { archCheck } from '../../../../electron/engine/checks/preflight/arch.js';
import { hypervisorLaunchCheck } from '../../../../electron/engine/checks/preflight/hypervisor-launch.js';
import { pendingRebootCheck } from '../../../../electron/engine/checks/preflight/pending-reboot.js';
import { servicesCheck } from '../../../../electron/engine/checks/preflight/services.js';
import { virtualizationCheck } from '../../../../electron/engine/checks/preflight/virtualization.js';
import { vmpCheck } from '../../../../electron/engine/checks/preflight/vmp.js';
import { windowsCheck } from '../../../../electron/engine/checks/preflight/windows.js';
import { wslFeatureCheck } from '../../../../electron/engine/checks/preflight/wsl-feature.js';
import { expectBranches } from './table.js';

const notCaptured = { status: 'unknown', key: 'check.unknown.notCaptured', params: { probe: 'windows.inventory' } } as const;
const linux = { name: 'not on Windows', facts: { host: { platform: 'linux' } }, status: 'skip', key: 'check.skip.platform' } as const;

describe('preflight.windows', () => {
  it('passes Windows 11, warns Windows 10 21H2+ and Server 2022, fails older builds', () => {
    expectBranches(windowsCheck, [
      { name: 'Windows 11', facts: {}, status: 'pass', key: 'check.preflight.windows.pass', params: { build: '26100.4946', displayVersion: '24H2' } },
      { name: 'Windows 10 22H2', facts: { windows: { build: 19045, ubr: 6093, displayVersion: '22H2' } }, status: 'warn', key: 'check.preflight.windows.warn.win10' },
      { name: 'Windows 10 21H2 exactly', facts: { windows: { build: 19044 } }, status: 'warn', key: 'check.preflight.windows.warn.win10' },
      { name: 'Server 2022', facts: { windows: { build: 20348 }, windowsHost: { productType: 3 } }, status: 'warn', key: 'check.preflight.windows.warn.server' },
      { name: 'Windows 10 2004', facts: { windows: { build: 19041 } }, status: 'fail', key: 'check.preflight.windows.fail.old', params: { minimum: 19044 } },
      { name: 'build unread', facts: { windows: { build: null } }, status: 'unknown', key: 'check.preflight.windows.unknown' },
      { name: 'inventory not captured', facts: { windows: null }, ...notCaptured },
      linux,
    ]);
  });
});

describe('preflight.arch', () => {
  it('passes x64 and fails ARM64 and x86', () => {
    expectBranches(archCheck, [
      { name: 'x64', facts: {}, status: 'pass', key: 'check.preflight.arch.pass' },
      { name: 'arm64', facts: { windows: { arch: 'arm64' } }, status: 'fail', key: 'check.preflight.arch.fail.arm64' },
      { name: 'x86', facts: { windows: { arch: 'x86' } }, status: 'fail', key: 'check.preflight.arch.fail.x86' },
      { name: 'unread', facts: { windows: { arch: null } }, status: 'unknown', key: 'check.preflight.arch.unknown' },
      { name: 'not captured', facts: { windows: null }, ...notCaptured },
    ]);
  });
});

describe('preflight.virtualization', () => {
  it('trusts a running hypervisor over the processor flags, else judges firmware and SLAT', () => {
    const off = { hypervisorPresent: false };
    expectBranches(virtualizationCheck, [
      { name: 'hypervisor running (flags read false by design)', facts: {}, status: 'pass', key: 'check.preflight.virtualization.pass.running' },
      { name: 'firmware off', facts: { windowsHost: { virtualization: { ...off, firmwareEnabled: false, slat: true } } }, status: 'fail', key: 'check.preflight.virtualization.fail.firmware' },
      { name: 'no SLAT', facts: { windowsHost: { virtualization: { ...off, firmwareEnabled: true, slat: false } } }, status: 'fail', key: 'check.preflight.virtualization.fail.slat' },
      { name: 'capable, not yet running', facts: { windowsHost: { virtualization: { ...off, firmwareEnabled: true, slat: true } } }, status: 'pass', key: 'check.preflight.virtualization.pass.capable' },
      { name: 'unread', facts: { windowsHost: { virtualization: { hypervisorPresent: null, firmwareEnabled: null, slat: null } } }, status: 'unknown', key: 'check.preflight.virtualization.unknown' },
      { name: 'not captured', facts: { windowsHost: null }, ...notCaptured },
      linux,
    ]);
  });
});

describe('preflight.hypervisor-launch', () => {
  it('fails off, passes auto or a running hypervisor, and says why it cannot read it', () => {
    const noHv = { virtualization: { hypervisorPresent: false } };
    expectBranches(hypervisorLaunchCheck, [
      { name: 'auto', facts: { windowsHost: { hypervisorLaunchType: { value: 'auto', raw: 'hypervisorlaunchtype    Auto', reason: null } } }, status: 'pass', key: 'check.preflight.hypervisorLaunch.pass' },
      { name: 'unreadable but hypervisor running', facts: {}, status: 'pass', key: 'check.preflight.hypervisorLaunch.pass' },
      { name: 'off', facts: { windowsHost: { hypervisorLaunchType: { value: 'off', raw: 'hypervisorlaunchtype    Off', reason: null } } }, status: 'fail', key: 'check.preflight.hypervisorLaunch.fail.off' },
      { name: 'off, no hypervisor', facts: { windowsHost: { ...noHv, hypervisorLaunchType: { value: 'off', raw: null, reason: null } } }, status: 'fail', key: 'check.preflight.hypervisorLaunch.fail.off' },
      { name: 'unset with VMP enabled', facts: { windowsHost: { ...noHv, hypervisorLaunchType: { value: 'unset', raw: null, reason: null } } }, status: 'fail', key: 'check.preflight.hypervisorLaunch.fail.unset' },
      { name: 'unset before VMP', facts: { windowsHost: { ...noHv, features: { vmp: 'disabled' }, hypervisorLaunchType: { value: 'unset', raw: null, reason: null } } }, status: 'warn', key: 'check.preflight.hypervisorLaunch.warn.unsetBeforeVmp' },
      { name: 'other value', facts: { windowsHost: { ...noHv, hypervisorLaunchType: { value: 'other', raw: 'hypervisorlaunchtype    Weird', reason: null } } }, status: 'warn', key: 'check.preflight.hypervisorLaunch.warn.other' },
      { name: 'not elevated, no hypervisor', facts: { windowsHost: noHv }, status: 'unknown', key: 'check.preflight.hypervisorLaunch.unknown.notElevated' },
      { name: 'unreadable', facts: { windowsHost: { ...noHv, hypervisorLaunchType: { value: null, raw: null, reason: 'unreadable' } } }, status: 'unknown', key: 'check.preflight.hypervisorLaunch.unknown.unreadable' },
      { name: 'not captured', facts: { windowsHost: null }, ...notCaptured },
    ]);
  });
});

describe('preflight.vmp', () => {
  it('passes an active platform, fails one waiting for a restart or not enabled', () => {
    expectBranches(vmpCheck, [
      { name: 'enabled and active', facts: {}, status: 'pass', key: 'check.preflight.vmp.pass' },
      { name: 'enabled, services missing', facts: { windowsHost: { pendingRebootSignals: { vmpEnabledNotActive: true } } }, status: 'fail', key: 'check.preflight.vmp.fail.restartPending' },
      { name: 'enabled, InstallStatus lists it', facts: { windowsHost: { pendingRebootSignals: { wslInstallStatus: true, wslInstallStatusComponents: ['VirtualMachinePlatform'] } } }, status: 'fail', key: 'check.preflight.vmp.fail.restartPending' },
      { name: 'disabled', facts: { windowsHost: { features: { vmp: 'disabled' } } }, status: 'fail', key: 'check.preflight.vmp.fail.disabled' },
      { name: 'absent', facts: { windowsHost: { features: { vmp: 'absent' } } }, status: 'fail', key: 'check.preflight.vmp.fail.absent' },
      { name: 'unknown state', facts: { windowsHost: { features: { vmp: null } } }, status: 'unknown', key: 'check.preflight.vmp.unknown' },
      { name: 'not captured', facts: { windowsHost: null }, ...notCaptured },
    ]);
  });
});

describe('preflight.wsl-feature', () => {
  it('applies on Windows 10 or with a WSL 1 distro only', () => {
    const win10 = { windows: { build: 19045 } };
    expectBranches(wslFeatureCheck, [
      { name: 'Windows 11, WSL 2 only', facts: {}, status: 'skip', key: 'check.preflight.wslFeature.skip.notNeeded' },
      { name: 'Windows 10, disabled', facts: { ...win10, windowsHost: { features: { wsl: 'disabled' } } }, status: 'fail', key: 'check.preflight.wslFeature.fail.notEnabled' },
      { name: 'Windows 10, enabled', facts: { ...win10, windowsHost: { features: { wsl: 'enabled' }, services: [{ name: 'lxss', state: 'Running', startMode: 'System' }] } }, status: 'pass', key: 'check.preflight.wslFeature.pass' },
      { name: 'Windows 10, enabled this boot', facts: { ...win10, windowsHost: { features: { wsl: 'enabled' }, pendingRebootSignals: { wslInstallStatus: true, wslInstallStatusComponents: ['Microsoft-Windows-Subsystem-Linux'] } } }, status: 'fail', key: 'check.preflight.wslFeature.fail.restartPending' },
      { name: 'Windows 10, enabled, lxss driver missing', facts: { ...win10, windowsHost: { features: { wsl: 'enabled' } } }, status: 'fail', key: 'check.preflight.wslFeature.fail.restartPending' },
      { name: 'Windows 11 with a WSL 1 distro', facts: { wsl: { distros: [{ name: 'Debian', state: 'Stopped', version: 1, isDefault: false }] }, windowsHost: { features: { wsl: 'absent' } } }, status: 'fail', key: 'check.preflight.wslFeature.fail.notEnabled' },
      { name: 'Windows 10, unknown', facts: { ...win10, windowsHost: { features: { wsl: 'unknown' } } }, status: 'unknown', key: 'check.preflight.wslFeature.unknown' },
      { name: 'not captured', facts: { windows: null, windowsHost: null }, ...notCaptured },
    ]);
  });
});

describe('preflight.services', () => {
  it('fails a disabled service by name and warns about missing ones', () => {
    const withVmcompute = (startMode: string) => [
      { name: 'HNS', state: 'Running', startMode: 'Manual' },
      { name: 'vmcompute', state: 'Stopped', startMode },
      { name: 'vfpext', state: 'Running', startMode: 'System' },
      { name: 'WSLService', state: 'Running', startMode: 'Auto' },
    ];
    expectBranches(servicesCheck, [
      { name: 'all present', facts: {}, status: 'pass', key: 'check.preflight.services.pass' },
      { name: 'vmcompute disabled', facts: { windowsHost: { services: withVmcompute('Disabled') } }, status: 'fail', key: 'check.preflight.services.fail.disabled', params: { names: 'vmcompute' } },
      { name: 'ICS disabled', facts: { windowsHost: { services: [...withVmcompute('Manual'), { name: 'SharedAccess', state: 'Stopped', startMode: 'Disabled' }] } }, status: 'fail', key: 'check.preflight.services.fail.disabled', params: { names: 'SharedAccess' } },
      { name: 'inbox LxssManager instead of WSLService', facts: { windowsHost: { services: [...withVmcompute('Manual').slice(0, 3), { name: 'LxssManager', state: 'Stopped', startMode: 'Manual' }] } }, status: 'pass', key: 'check.preflight.services.pass' },
      { name: 'VMP services missing', facts: { windowsHost: { services: [{ name: 'WSLService', state: 'Running', startMode: 'Auto' }] } }, status: 'warn', key: 'check.preflight.services.warn.missing', params: { names: 'vmcompute, HNS, vfpext' } },
      { name: 'vfpext not needed before 22621', facts: { windows: { build: 22000 }, windowsHost: { services: withVmcompute('Manual').filter((s) => s.name !== 'vfpext') } }, status: 'pass', key: 'check.preflight.services.pass' },
      { name: 'no WSL service', facts: { windowsHost: { services: withVmcompute('Manual').slice(0, 3) } }, status: 'warn', key: 'check.preflight.services.warn.missing', params: { names: 'WSLService' } },
      { name: 'query failed', facts: { windowsHost: { services: null } }, status: 'unknown', key: 'check.preflight.services.unknown', evidence: false },
      { name: 'not captured', facts: { windowsHost: null }, ...notCaptured },
    ]);
  });
});

describe('preflight.pending-reboot', () => {
  it('fails for WSL components, warns for other signals, naming them', () => {
    const signals = (s: Record<string, unknown>) => ({ windowsHost: { pendingRebootSignals: s } });
    expectBranches(pendingRebootCheck, [
      { name: 'none', facts: {}, status: 'pass', key: 'check.preflight.pendingReboot.pass' },
      { name: 'InstallStatus', facts: signals({ wslInstallStatus: true, wslInstallStatusComponents: ['VirtualMachinePlatform'] }), status: 'fail', key: 'check.preflight.pendingReboot.fail.wsl', params: { components: 'VirtualMachinePlatform' } },
      { name: 'VMP not active', facts: signals({ vmpEnabledNotActive: true }), status: 'fail', key: 'check.preflight.pendingReboot.fail.wsl', params: { components: 'VirtualMachinePlatform' } },
      { name: 'Windows Update and CBS', facts: signals({ windowsUpdateRebootRequired: true, cbsRebootPending: true }), status: 'warn', key: 'check.preflight.pendingReboot.warn.general', params: { signals: 'Component Based Servicing, Windows Update' } },
      { name: 'file renames', facts: signals({ pendingFileRenameOperations: true }), status: 'warn', key: 'check.preflight.pendingReboot.warn.general', params: { signals: 'PendingFileRenameOperations' } },
      { name: 'nothing readable', facts: signals({ wslInstallStatus: null, cbsRebootPending: null, windowsUpdateRebootRequired: null, pendingFileRenameOperations: null, vmpEnabledNotActive: null }), status: 'unknown', key: 'check.preflight.pendingReboot.unknown' },
      { name: 'not captured', facts: { windowsHost: null }, ...notCaptured },
    ]);
  });
});
