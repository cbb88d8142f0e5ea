/**
 * `facts.windowsHost`: what the preflight checks read from the Windows inventory beyond the
 * public `facts.windows` — virtualization, optional features, services, the individual reboot
 * signals, the WSL package, this user's registrations, who runs the app, the hypervisor launch
 * type and `.wslconfig`. Source: one batched PowerShell probe (`windows.inventory`).
 */

/** An optional feature's state (Win32_OptionalFeature.InstallState 1/2/3/4; not listed = absent). */
export type FeatureState = 'enabled' | 'disabled' | 'absent' | 'unknown';

/** A service or kernel driver that exists; State and StartMode as WMI prints them (`Running`, `Manual`). */
export interface HostService {
  name: string;
  state: string | null;
  startMode: string | null;
}

/** Each pending-reboot signal of domain.md §1.4; null = could not be read. */
export interface PendingRebootSignals {
  /** HKCU Lxss\InstallStatus exists: WSL enabled components this boot. */
  wslInstallStatus: boolean | null;
  /** The components it lists, e.g. `['VirtualMachinePlatform']`. */
  wslInstallStatusComponents: string[];
  cbsRebootPending: boolean | null;
  windowsUpdateRebootRequired: boolean | null;
  pendingFileRenameOperations: boolean | null;
  /** VirtualMachinePlatform reads enabled but `vmcompute`/`HNS` do not exist yet. */
  vmpEnabledNotActive: boolean | null;
}

/** A distro registered for this user in HKCU Lxss. */
export interface LxssDistro {
  id: string | null;
  name: string | null;
  /** 1 or 2 (WSL generation). */
  version: number | null;
  basePath: string | null;
  /** Registration state (1 = installed). */
  state: number | null;
}

/** `bcdedit` hypervisorlaunchtype: `unset` = the element is absent (no hypervisor at boot). */
export type HypervisorLaunchType = 'auto' | 'off' | 'unset' | 'other';

/** Everything the preflight checks read besides the public facts. */
export interface HostState {
  /** The three CPU flags read false by design while a hypervisor runs (domain.md §1.3). */
  virtualization: { hypervisorPresent: boolean | null; firmwareEnabled: boolean | null; slat: boolean | null; vmMonitorModeExtensions: boolean | null };
  features: { vmp: FeatureState | null; wsl: FeatureState | null; hyperV: FeatureState | null; hypervisorPlatform: FeatureState | null };
  /** The services that exist among those asked for; null when the query failed. */
  services: HostService[] | null;
  pendingRebootSignals: PendingRebootSignals;
  /** The WSL package version (MSI registration, else the Appx package). */
  wslPackageVersion: string | null;
  wslPackageLocation: string | null;
  lxss: { defaultDistribution: string | null; defaultDistributionName: string | null; defaultVersion: number | null; distros: LxssDistro[] } | null;
  /** `DOMAIN\user` at the console (Win32_ComputerSystem.UserName); null over RDP or when unread. */
  interactiveUser: string | null;
  processUser: { name: string | null; sid: string | null; isSystem: boolean | null } | null;
  /** True when the app runs as another account than the console user (domain.md §8.3). */
  runsAsOtherUser: boolean | null;
  hypervisorLaunchType: { value: HypervisorLaunchType | null; raw: string | null; reason: 'not-elevated' | 'language-mode' | 'unreadable' | null };
  /** Win32_OperatingSystem.ProductType: 1 workstation, 2 domain controller, 3 server. */
  productType: number | null;
  wslconfig: string | null;
  wslconfigTruncated: boolean;
  /**
   * PowerShell's language mode during the inventory (`ConstrainedLanguage` under AppLocker or
   * WDAC, which hides some sections); null when unknown. Absent in facts built before it existed.
   */
  languageMode?: 'FullLanguage' | 'ConstrainedLanguage' | 'RestrictedLanguage' | 'NoLanguage' | null;
  /** Sections of the inventory that could not be read, and why. */
  issues: { section: string | null; code: string; hresult: string | null; message: string }[];
}
