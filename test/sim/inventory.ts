import { fixtureText } from './texts.js';
import { hypervisorRuns, type SimState } from './state.js';

/**
 * The PowerShell inventory (electron/host/powershell/inventory-script.ts) built from the state,
 * in the exact shape parse-inventory.ts reads: PascalCase sections, numbers for CIM enums,
 * compressed JSON, CRLF at the end. Hardware and identity come from the fixture inventory the
 * start state copied; features, services, pending-reboot signals, the WSL package and the
 * registered distros follow the state. Reconstructed (see test/sim/README.md).
 */

/** Win32_OptionalFeature.InstallState: 1 Enabled, 2 Disabled. An enable-pending feature already reads 1 (domain.md §1.3). */
function installState(state: SimState['features'][keyof SimState['features']]): number {
  return state === 'disabled' ? 2 : 1;
}

/** Services appear once their feature is active (after the restart), domain.md §1.4 last row. */
function services(state: SimState): { Name: string; State: string; StartMode: string }[] {
  const rows = [{ Name: 'SharedAccess', State: 'Running', StartMode: 'Manual' }];
  if (state.features.VirtualMachinePlatform === 'enabled') {
    const running = hypervisorRuns(state) ? 'Running' : 'Stopped';
    rows.push({ Name: 'HNS', State: running, StartMode: 'Manual' }, { Name: 'vfpext', State: running, StartMode: 'Manual' }, { Name: 'vmcompute', State: running, StartMode: 'Manual' });
  }
  if (state.features['Microsoft-Windows-Subsystem-Linux'] === 'enabled') {
    rows.push({ Name: 'lxss', State: 'Running', StartMode: 'System' }, { Name: 'LxssManager', State: 'Stopped', StartMode: 'Manual' });
  }
  if (state.wsl.kind === 'package') rows.push({ Name: 'WSLService', State: 'Running', StartMode: 'Automatic' });
  return rows.sort((a, b) => a.Name.localeCompare(b.Name));
}

function os(state: SimState): Record<string, unknown> {
  const w = state.windows;
  return { Caption: w.caption, Version: `10.0.${w.build}`, BuildNumber: String(w.build), ProductType: 1, UBR: w.ubr, DisplayVersion: w.displayVersion, ReleaseId: '2009', EditionID: w.editionId };
}

/** With the hypervisor running the processor flags read false by design (domain.md §1.3). */
function cpu(state: SimState): Record<string, unknown> {
  const base = state.hardware.cpu as Record<string, unknown>;
  const on = hypervisorRuns(state);
  const firmware = state.virtualization.firmwareEnabled;
  return { ...base, VirtualizationFirmwareEnabled: on ? false : firmware, SecondLevelAddressTranslationExtensions: !on, VMMonitorModeExtensions: !on };
}

function lxss(state: SimState): Record<string, unknown> {
  const exists = state.distros.length > 0 || state.defaultVersion !== null;
  const byName = new Map(state.distros.map((d) => [d.name, d]));
  const defaultId = state.defaultDistro === null ? null : (byName.get(state.defaultDistro)?.id ?? null);
  const account = (state.hardware.computer as { UserName?: unknown }).UserName;
  const user = (typeof account === 'string' ? account : 'PC\\user').split('\\').pop();
  return {
    Exists: exists,
    DefaultDistribution: defaultId,
    DefaultVersion: state.defaultVersion,
    Distros: state.distros.map((d) => ({ Id: d.id, DistributionName: d.name, Version: d.version, BasePath: `C:\\Users\\${user}\\AppData\\Local\\wsl\\${d.id}`, State: 1 })),
  };
}

function wslPackage(state: SimState): Record<string, unknown> {
  if (state.wsl.kind !== 'package') return { InstallLocation: null, Version: null, AppxVersion: null };
  return { InstallLocation: 'C:\\Program Files\\WSL\\', Version: state.wsl.version, AppxVersion: state.wsl.version };
}

/** The inventory JSON the script would print on this machine. */
export function inventoryJson(state: SimState): string {
  const h = state.hardware;
  const hypervisor = hypervisorRuns(state);
  const doc = {
    schema: 1,
    languageMode: 'FullLanguage',
    os: os(state),
    cpu: cpu(state),
    computer: { ...(h.computer as Record<string, unknown>), HypervisorPresent: hypervisor },
    disk: h.disk,
    identity: h.identity,
    features: [
      { Name: 'VirtualMachinePlatform', InstallState: installState(state.features.VirtualMachinePlatform) },
      { Name: 'Microsoft-Windows-Subsystem-Linux', InstallState: installState(state.features['Microsoft-Windows-Subsystem-Linux']) },
      { Name: 'HypervisorPlatform', InstallState: 2 },
    ],
    services: services(state),
    pendingReboot: {
      WslInstallStatus: state.pendingReboot.wslInstallStatus !== null,
      WslInstallStatusValue: state.pendingReboot.wslInstallStatus,
      CbsRebootPending: state.pendingReboot.cbsRebootPending,
      WindowsUpdateRebootRequired: false,
      PendingFileRenameOperations: false,
    },
    wslPackage: wslPackage(state),
    lxss: lxss(state),
    wslconfig: h.wslconfig ?? { Exists: false, Content: null, Truncated: false },
    gpus: h.gpus,
    hypervisorLaunchType: h.hypervisorLaunchType ?? { Elevated: false, Source: null, IsSet: null, Value: null, Raw: null, Reason: 'not-elevated' },
  };
  return JSON.stringify(doc) + '\r\n';
}

/** The reachability answer: a recorded-shape fixture named by the state (the network is not simulated further). */
export function reachabilityJson(state: SimState): string {
  return fixtureText(`host/powershell/reachability/${state.network}.json`);
}

/** The hardware sections of a fixture inventory, for a start state to copy. */
export function hardwareFrom(inventoryFixture: string): Record<string, unknown> {
  const doc = JSON.parse(fixtureText(`host/powershell/inventory/${inventoryFixture}.json`)) as Record<string, unknown>;
  const { cpu, computer, disk, identity, gpus, hypervisorLaunchType, wslconfig } = doc;
  return { cpu, computer, disk, identity, gpus, hypervisorLaunchType, wslconfig };
}
