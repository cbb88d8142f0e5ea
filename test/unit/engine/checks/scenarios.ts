import type { Facts } from '../../../../electron/contract/facts.js';
import { factsFor } from './facts-for.js';

const NO_DISTROS = { distros: [], defaultDistribution: null, defaultVersion: null };
const VMP_SERVICES_MISSING = [{ name: 'WSLService', state: 'Running', startMode: 'Auto' }];

/** Named hosts the scenario tables judge; each is the healthy host with one story changed. */
export const SCENARIOS = {
  freshWin11Rtx4070: factsFor(),
  virtualizationOffInFirmware: factsFor({
    windowsHost: {
      virtualization: { hypervisorPresent: false, firmwareEnabled: false, slat: true, vmMonitorModeExtensions: true },
      hypervisorLaunchType: { value: 'auto', raw: 'hypervisorlaunchtype    Auto', reason: null },
    },
  }),
  wslNotInstalled: factsFor({
    wsl: { installed: false, kind: 'none', version: null, kernelVersion: null, wslgVersion: null, msrdcVersion: null, direct3dVersion: null, dxcoreVersion: null, windowsVersion: null, ...NO_DISTROS },
    windowsHost: { features: { vmp: 'disabled' }, services: [{ name: 'SharedAccess', state: 'Running', startMode: 'Manual' }], lxss: null, wslPackageVersion: null, virtualization: { hypervisorPresent: false, firmwareEnabled: true, slat: true } },
  }),
  oldInboxWsl: factsFor({
    windows: { build: 19045, ubr: 3803, displayVersion: '22H2' },
    wsl: { installed: true, kind: 'inbox', version: null, kernelVersion: null, wslgVersion: null, msrdcVersion: null, direct3dVersion: null, dxcoreVersion: null, windowsVersion: null },
    windowsHost: {
      features: { wsl: 'enabled' },
      services: [
        { name: 'HNS', state: 'Running', startMode: 'Manual' },
        { name: 'vmcompute', state: 'Stopped', startMode: 'Manual' },
        { name: 'LxssManager', state: 'Running', startMode: 'Manual' },
        { name: 'lxss', state: 'Running', startMode: 'System' },
      ],
      wslPackageVersion: null,
    },
  }),
  distroOnWsl1: factsFor({
    wsl: { distros: [{ name: 'Ubuntu-24.04', state: 'Stopped', version: 2, isDefault: true }, { name: 'Ubuntu-20.04', state: 'Stopped', version: 1, isDefault: false }] },
    windowsHost: { features: { wsl: 'enabled' }, services: [...factsFor().windowsHost!.services!, { name: 'lxss', state: 'Running', startMode: 'System' }] },
  }),
  driverBelowCuda13: factsFor({ nvidia: { driverVersion: '566.36', cudaVersion: '12.7' }, gpus: [{ name: 'NVIDIA GeForce RTX 4070', vendor: 'nvidia', driverVersion: '566.36', windowsDriverVersion: '32.0.15.6636', memoryMiB: 12_282 }] }),
  driverBelowCuda12: factsFor({ nvidia: { driverVersion: '512.15', cudaVersion: '11.6' }, gpus: [{ name: 'NVIDIA GeForce RTX 3060', vendor: 'nvidia', driverVersion: '512.15', windowsDriverVersion: '30.0.15.1215', memoryMiB: 12_288 }] }),
  tccCard: factsFor({
    nvidia: { gpus: [{ index: 0, name: 'NVIDIA L40S', memoryTotalMiB: 46_068, driverModel: 'TCC', busId: '00000000:3B:00.0', computeCapability: '8.9' }] },
    gpus: [{ name: 'NVIDIA L40S', vendor: 'nvidia', driverVersion: '581.80', windowsDriverVersion: '32.0.15.8180', memoryMiB: 46_068 }, { name: 'Microsoft Basic Display Adapter', vendor: 'microsoft', driverVersion: null, windowsDriverVersion: '10.0.26100.1', memoryMiB: 0 }],
  }),
  japaneseWindows: factsFor({
    windows: { edition: 'Core' },
    windowsHost: { interactiveUser: 'DESKTOP-1\\山田', processUser: { name: 'DESKTOP-1\\山田' }, lxss: { distros: [{ id: '{a}', name: 'Ubuntu-24.04', version: 2, basePath: 'C:\\Users\\山田\\AppData\\Local\\wsl\\{a}', state: 1 }] } },
    wsl: { distros: [{ name: 'Ubuntu-24.04', state: '停止', version: 2, isDefault: true }] },
  }),
  pendingReboot: factsFor({
    windowsHost: {
      virtualization: { hypervisorPresent: false, firmwareEnabled: true, slat: true },
      services: VMP_SERVICES_MISSING,
      pendingRebootSignals: { wslInstallStatus: true, wslInstallStatusComponents: ['VirtualMachinePlatform'], cbsRebootPending: true, vmpEnabledNotActive: true },
    },
  }),
  arm64: factsFor({
    windows: { arch: 'arm64' },
    nvidia: { driverVersion: null, cudaVersion: null, smiVersion: null, gpus: [], error: { code: 'not-found', hresult: null, message: 'ENOENT' } },
    gpus: [{ name: 'Qualcomm(R) Adreno(TM) X1-85 GPU', vendor: 'other', driverVersion: null, windowsDriverVersion: '31.0.112.0', memoryMiB: null }],
  }),
  runningAsOtherUser: factsFor({
    windows: { elevated: true },
    windowsHost: { processUser: { name: 'DESKTOP-1\\admin', sid: 'S-1-5-21-1-2-3-500' }, runsAsOtherUser: true, lxss: { defaultDistribution: null, defaultDistributionName: null, defaultVersion: null, distros: [] } },
    wsl: NO_DISTROS,
  }),
  hypervNotInstalledError: factsFor({
    windowsHost: { virtualization: { hypervisorPresent: false, firmwareEnabled: true, slat: true } },
    wsl: { error: { code: 'Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED', hresult: '0x80370102', message: 'WSL2 is not supported with your current machine configuration' } },
  }),
} satisfies Record<string, Facts>;
