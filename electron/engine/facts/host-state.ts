import type { FeatureState, HostState, PendingRebootSignals } from '../../contract/host-state.js';
import type { WindowsInventory } from '../../host/powershell/parse-inventory.js';

/**
 * Builds `facts.windowsHost` (electron/contract/host-state.ts) from the Windows inventory: what
 * the preflight checks need beyond `facts.windows`. Pure.
 */

export type { FeatureState, HostService, PendingRebootSignals, LxssDistro, HypervisorLaunchType, HostState } from '../../contract/host-state.js';

const FEATURE_NAMES = { vmp: 'VirtualMachinePlatform', wsl: 'Microsoft-Windows-Subsystem-Linux', hyperV: 'Microsoft-Hyper-V-All', hypervisorPlatform: 'HypervisorPlatform' } as const;
const INSTALL_STATES: Record<number, FeatureState> = { 1: 'enabled', 2: 'disabled', 3: 'absent', 4: 'unknown' };

function featureState(inv: WindowsInventory, name: string): FeatureState | null {
  if (inv.features === null) return null;
  const row = inv.features.find((f) => f.name?.toLowerCase() === name.toLowerCase());
  if (row === undefined) return 'absent';
  return row.installState === null ? 'unknown' : (INSTALL_STATES[row.installState] ?? 'unknown');
}

function hasService(inv: WindowsInventory, name: string): boolean {
  return (inv.services ?? []).some((s) => s.name?.toLowerCase() === name.toLowerCase());
}

/** The pending-reboot signals of the inventory, one by one. */
export function pendingRebootSignalsFrom(inv: WindowsInventory): PendingRebootSignals {
  const p = inv.pendingReboot;
  const vmp = featureState(inv, FEATURE_NAMES.vmp);
  let vmpEnabledNotActive: boolean | null = null;
  if (vmp !== null && vmp !== 'enabled') vmpEnabledNotActive = false;
  else if (vmp === 'enabled' && inv.services !== null) vmpEnabledNotActive = !hasService(inv, 'vmcompute') || !hasService(inv, 'HNS');
  const components = (p?.wslInstallStatusValue ?? '')
    .split(/[,;\s]+/u)
    .filter((c) => c !== '')
    .slice(0, 16);
  return {
    wslInstallStatus: p?.wslInstallStatus ?? null,
    wslInstallStatusComponents: components,
    cbsRebootPending: p?.cbsRebootPending ?? null,
    windowsUpdateRebootRequired: p?.windowsUpdateRebootRequired ?? null,
    pendingFileRenameOperations: p?.pendingFileRenameOperations ?? null,
    vmpEnabledNotActive,
  };
}

/** True when any signal is set, false when all were read and none is, else null. */
export function anyPendingReboot(s: PendingRebootSignals): boolean | null {
  const flags = [s.wslInstallStatus, s.cbsRebootPending, s.windowsUpdateRebootRequired, s.pendingFileRenameOperations, s.vmpEnabledNotActive];
  if (flags.some((f) => f === true)) return true;
  return flags.every((f) => f === false) ? false : null;
}

const BCDEDIT_LINE = /^\s*hypervisorlaunchtype\s+(\S+)\s*$/iu;

function launchType(inv: WindowsInventory): HostState['hypervisorLaunchType'] {
  const h = inv.hypervisorLaunchType;
  if (h === null) return { value: null, raw: null, reason: 'unreadable' };
  // Constrained Language Mode cannot tell elevation nor reach the boot store: say so, not "unreadable".
  if (h.reason === 'language-mode') return { value: null, raw: null, reason: 'language-mode' };
  if (h.reason === 'not-elevated' || h.elevated === false) return { value: null, raw: null, reason: 'not-elevated' };
  if (h.source === 'wmi-bcd' && h.isSet !== null) {
    if (!h.isSet) return { value: 'unset', raw: null, reason: null };
    const value = h.value === 0 ? 'off' : h.value === 1 ? 'auto' : h.value === null ? null : 'other';
    return { value, raw: h.value === null ? null : String(h.value), reason: value === null ? 'unreadable' : null };
  }
  if (h.source === 'bcdedit' && h.reason === null) {
    // bcdedit prints the element only when it is set; its name and value are not translated.
    if (h.raw === null) return { value: 'unset', raw: null, reason: null };
    const word = BCDEDIT_LINE.exec(h.raw)?.[1]?.toLowerCase();
    const value = word === 'auto' ? 'auto' : word === 'off' ? 'off' : 'other';
    return { value, raw: h.raw, reason: null };
  }
  return { value: null, raw: h.raw, reason: 'unreadable' };
}

function sameUser(a: string | null, b: string | null): boolean | null {
  if (a === null || b === null) return null;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Builds the checks' view of the host from a parsed inventory. Pure. */
export function hostStateFrom(inv: WindowsInventory): HostState {
  const lxss = inv.lxss;
  const defaultId = lxss?.defaultDistribution ?? null;
  const interactiveUser = inv.computer?.userName ?? null;
  const processName = inv.identity?.name ?? null;
  const same = sameUser(interactiveUser, processName);
  return {
    virtualization: {
      hypervisorPresent: inv.computer?.hypervisorPresent ?? null,
      firmwareEnabled: inv.cpu?.virtualizationFirmwareEnabled ?? null,
      slat: inv.cpu?.slat ?? null,
      vmMonitorModeExtensions: inv.cpu?.vmMonitorModeExtensions ?? null,
    },
    features: {
      vmp: featureState(inv, FEATURE_NAMES.vmp),
      wsl: featureState(inv, FEATURE_NAMES.wsl),
      hyperV: featureState(inv, FEATURE_NAMES.hyperV),
      hypervisorPlatform: featureState(inv, FEATURE_NAMES.hypervisorPlatform),
    },
    services: inv.services === null ? null : inv.services.flatMap((s) => (s.name === null ? [] : [{ name: s.name, state: s.state, startMode: s.startMode }])),
    pendingRebootSignals: pendingRebootSignalsFrom(inv),
    wslPackageVersion: inv.wslPackage?.msiVersion ?? inv.wslPackage?.appxVersion ?? null,
    wslPackageLocation: inv.wslPackage?.installLocation ?? null,
    lxss:
      lxss === null
        ? null
        : {
            defaultDistribution: defaultId,
            defaultDistributionName: lxss.distros.find((d) => defaultId !== null && d.id?.toLowerCase() === defaultId.toLowerCase())?.name ?? null,
            defaultVersion: lxss.defaultVersion,
            distros: lxss.distros,
          },
    interactiveUser,
    processUser: inv.identity === null ? null : { name: processName, sid: inv.identity.sid, isSystem: inv.identity.isSystem },
    runsAsOtherUser: same === null ? null : !same,
    hypervisorLaunchType: launchType(inv),
    productType: inv.os?.productType ?? null,
    wslconfig: inv.wslconfig?.content ?? null,
    wslconfigTruncated: inv.wslconfig?.truncated === true,
    languageMode: inv.languageMode,
    issues: inv.issues,
  };
}
