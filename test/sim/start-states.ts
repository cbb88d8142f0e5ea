import crypto from 'node:crypto';
import { newDistroState, presetDistroState, type DistroPreset } from './distro-link.js';
import { hardwareFrom } from './inventory.js';
import type { FeatureState, SimDistro, SimState, SimWsl } from './state.js';

/**
 * The machines a simulated PC can start as. Hardware and identity come from the fixture
 * inventories of test/fixtures/host/powershell/inventory (each with its .meta.json); nvidia-smi
 * answers from test/fixtures/scenarios/nvidia-smi. The WSL side is the state's own.
 */

interface Build {
  caption: string;
  build: number;
  ubr: number;
  displayVersion: string;
  editionId: string;
}

const WIN11_PRO_24H2: Build = { caption: 'Microsoft Windows 11 Pro', build: 26100, ubr: 4946, displayVersion: '24H2', editionId: 'Professional' };
/** Windows 10 22H2 as in the virt-off-firmware inventory (19045.5011). */
const WIN10_PRO_22H2: Build = { caption: 'Microsoft Windows 10 Pro', build: 19045, ubr: 5011, displayVersion: '22H2', editionId: 'Professional' };

interface Spec {
  build: Build;
  language?: 'en' | 'ja';
  inventory: string;
  firmware?: boolean;
  vmp?: FeatureState;
  wslFeature?: FeatureState;
  wsl: SimWsl;
  storeReachable?: boolean;
  defaultVersion?: 1 | 2 | null;
  distros?: { name: string; version: 1 | 2; preset?: DistroPreset }[];
  nvidiaSmi: string | null;
  /** The Windows driver version the inventory shows, when it differs from the fixture's. */
  windowsDriver?: string;
}

function distro(d: { name: string; version: 1 | 2; preset?: DistroPreset }): SimDistro {
  const state = d.preset ? presetDistroState(d.name, d.version, d.preset) : newDistroState(d.name, d.version);
  return { name: d.name, id: `{${crypto.randomUUID()}}`, version: d.version, running: false, state };
}

/** Rewrites the NVIDIA driver version in the GPU sections (a different driver on the same card). */
function withWindowsDriver(hardware: Record<string, unknown>, version: string): Record<string, unknown> {
  const gpus = JSON.parse(JSON.stringify(hardware.gpus)) as { Controllers: Record<string, unknown>[]; DisplayClass: Record<string, unknown>[] };
  for (const c of gpus.Controllers) if (c.AdapterCompatibility === 'NVIDIA') c.DriverVersion = version;
  for (const d of gpus.DisplayClass) if (String(d.MatchingDeviceId).toLowerCase().includes('ven_10de')) d.DriverVersion = version;
  return { ...hardware, gpus };
}

function build(name: string, s: Spec): SimState {
  const distros = (s.distros ?? []).map(distro);
  const hardware = hardwareFrom(s.inventory);
  return {
    schema: 1,
    startState: name,
    windows: { ...s.build, language: s.language ?? 'en' },
    hardware: s.windowsDriver ? withWindowsDriver(hardware, s.windowsDriver) : hardware,
    virtualization: { firmwareEnabled: s.firmware ?? true },
    features: { VirtualMachinePlatform: s.vmp ?? 'disabled', 'Microsoft-Windows-Subsystem-Linux': s.wslFeature ?? 'disabled' },
    pendingReboot: { cbsRebootPending: false, wslInstallStatus: null },
    wsl: s.wsl,
    storeReachable: s.storeReachable ?? true,
    defaultVersion: s.defaultVersion ?? null,
    defaultDistro: distros[0]?.name ?? null,
    distros,
    nvidiaSmi: s.nvidiaSmi,
    network: 'direct-all-reachable',
    runOnce: {},
    ranAtRestart: [],
    restartRequested: null,
    restarts: 0,
    faults: { hang: [] },
  };
}

const PACKAGE: SimWsl = { kind: 'package', version: '2.6.3.0' };
const READY = { vmp: 'enabled', wsl: PACKAGE, defaultVersion: 2 } as const;

const SPECS = {
  /** A new Windows 11 Pro desktop with an RTX 4070 on driver 581.80; WSL never set up (only the inbox stub). */
  'fresh-win11-rtx4070': { build: WIN11_PRO_24H2, inventory: 'win11-24h2-rtx4070', wsl: { kind: 'stub' }, nvidiaSmi: 'rtx4070-581' },
  /** The same PC on Windows 10 22H2: `wsl --install` also enables the WSL optional component there. */
  'win10-22h2': { build: WIN10_PRO_22H2, inventory: 'win11-24h2-rtx4070', wsl: { kind: 'stub' }, nvidiaSmi: 'rtx4070-581' },
  /** VT-x off in firmware: features and package are in place, a WSL 2 distro cannot start. */
  'virtualization-off': {
    build: { caption: 'Microsoft Windows 10 Home', build: 19045, ubr: 5011, displayVersion: '22H2', editionId: 'Core' },
    inventory: 'virt-off-firmware',
    firmware: false,
    vmp: 'enabled',
    wslFeature: 'enabled',
    wsl: PACKAGE,
    defaultVersion: 2,
    distros: [{ name: 'Ubuntu', version: 2 }],
    nvidiaSmi: null,
  },
  /** A fresh PC whose Microsoft Store is blocked by policy: `wsl --install` needs `--web-download`. */
  'store-blocked': { build: WIN11_PRO_24H2, inventory: 'win11-24h2-rtx4070', wsl: { kind: 'stub' }, storeReachable: false, nvidiaSmi: 'rtx4070-581' },
  /** The old inbox WSL on Windows 10 (optional component, no package, no `--version`). */
  'old-inbox-wsl': { build: WIN10_PRO_22H2, inventory: 'win11-24h2-rtx4070', vmp: 'enabled', wslFeature: 'enabled', wsl: { kind: 'inbox' }, defaultVersion: 2, distros: [{ name: 'Ubuntu', version: 2 }], nvidiaSmi: 'rtx4070-581' },
  /** A distro still on WSL 1 (WSL 1 needs the optional component). */
  'wsl1-distro': { build: WIN11_PRO_24H2, inventory: 'win11-24h2-rtx4070', vmp: 'enabled', wslFeature: 'enabled', wsl: PACKAGE, defaultVersion: 1, distros: [{ name: 'Ubuntu-20.04', version: 1 }], nvidiaSmi: 'rtx4070-581' },
  /** WSL ready, but the NVIDIA driver (566.36) is below the CUDA 13 floor. */
  'driver-below-cuda13': { build: WIN11_PRO_24H2, inventory: 'win11-24h2-rtx4070', ...READY, distros: [{ name: 'Ubuntu-24.04', version: 2 }], nvidiaSmi: 'rtx4070-566', windowsDriver: '32.0.15.6636' },
  /** A Ryzen desktop with a Radeon RX 7900 XTX: no nvidia-smi.exe. */
  'amd-gpu': { build: { ...WIN11_PRO_24H2, build: 22631, ubr: 4602, displayVersion: '23H2' }, inventory: 'amd-radeon', ...READY, nvidiaSmi: null },
  /** An Intel Arc A770 desktop: no nvidia-smi.exe. */
  'intel-gpu': { build: { ...WIN11_PRO_24H2, ubr: 3194 }, inventory: 'intel-arc', ...READY, nvidiaSmi: null },
  /** The Radeon desktop with Ubuntu 24.04 and a user of one's own, nothing GPU-specific installed yet (no ROCm). */
  'amd-gpu-ubuntu': { build: { ...WIN11_PRO_24H2, build: 22631, ubr: 4602, displayVersion: '23H2' }, inventory: 'amd-radeon', ...READY, distros: [{ name: 'Ubuntu-24.04', version: 2, preset: { user: 'kim' } }], nvidiaSmi: null },
  /** The Radeon desktop with ROCm 7.2 + librocdxg and a ROCm 7.2 build of PyTorch in ~/.venv. */
  'amd-gpu-rocm-ready': {
    build: { ...WIN11_PRO_24H2, build: 22631, ubr: 4602, displayVersion: '23H2' },
    inventory: 'amd-radeon',
    ...READY,
    distros: [{ name: 'Ubuntu-24.04', version: 2, preset: { user: 'kim', runtime: 'rocm-rocdxg', venv: { torch: 'rocm7.2' } } }],
    nvidiaSmi: null,
  },
  /** The Radeon desktop with only torch-directml in ~/.venv (DirectML, the legacy any-vendor fallback; no ROCm). */
  'amd-gpu-directml': {
    build: { ...WIN11_PRO_24H2, build: 22631, ubr: 4602, displayVersion: '23H2' },
    inventory: 'amd-radeon',
    ...READY,
    distros: [{ name: 'Ubuntu-24.04', version: 2, preset: { user: 'kim', venv: { directml: true } } }],
    nvidiaSmi: null,
  },
  /** The Arc A770 desktop with Ubuntu 24.04 and a user of one's own, no Level Zero yet. */
  'intel-gpu-ubuntu': { build: { ...WIN11_PRO_24H2, ubr: 3194 }, inventory: 'intel-arc', ...READY, distros: [{ name: 'Ubuntu-24.04', version: 2, preset: { user: 'aiko' } }], nvidiaSmi: null },
  /** The Arc A770 desktop with Level Zero and an XPU build of PyTorch in ~/.venv. */
  'intel-gpu-xpu-ready': {
    build: { ...WIN11_PRO_24H2, ubr: 3194 },
    inventory: 'intel-arc',
    ...READY,
    distros: [{ name: 'Ubuntu-24.04', version: 2, preset: { user: 'aiko', runtime: 'level-zero', venv: { torch: 'xpu' } } }],
    nvidiaSmi: null,
  },
  /** Japanese Windows 11 Home: wsl.exe answers in Japanese; the RTX 3060 has no vendor driver yet. */
  'japanese-windows': {
    build: { caption: 'Microsoft Windows 11 Home', build: 22631, ubr: 4317, displayVersion: '23H2', editionId: 'Core' },
    language: 'ja',
    inventory: 'ja-windows-basic-display',
    ...READY,
    distros: [{ name: 'Ubuntu-24.04', version: 2 }],
    nvidiaSmi: null,
  },
  /** The Radeon desktop after an Adrenalin update: the release (26.7.1) is in the registry beside Windows driver 32.0.31035.1003. */
  'amd-adrenalin': { build: WIN11_PRO_24H2, inventory: 'amd-adrenalin', ...READY, nvidiaSmi: null },
  /** Intel only: the UHD 770 iGPU listed first on an older driver, the Arc A770 on Intel's current one. */
  'intel-arc-igpu': { build: WIN11_PRO_24H2, inventory: 'intel-arc-old-igpu', ...READY, nvidiaSmi: null },
  /** Intel iGPU + NVIDIA (UHD 770 beside an RTX 4070), WSL ready. */
  'hybrid-intel-nvidia': { build: WIN11_PRO_24H2, inventory: 'win11-24h2-rtx4070', ...READY, nvidiaSmi: 'rtx4070-581' },
  /** AMD APU + NVIDIA: the Ryzen's integrated Radeon (Adrenalin 26.7.1) beside an RTX 4070. */
  'hybrid-amd-apu-nvidia': { build: WIN11_PRO_24H2, inventory: 'hybrid-amd-apu-nvidia', ...READY, nvidiaSmi: 'rtx4070-581' },
  /** Two NVIDIA cards on one driver: an RTX 4070 (12 GiB) and an RTX A4000 (16 GiB). */
  'two-nvidia': { build: WIN11_PRO_24H2, inventory: 'two-nvidia', ...READY, nvidiaSmi: 'rtx4070-a4000-581' },
} satisfies Record<string, Spec>;

export type StartStateName = keyof typeof SPECS;
export const START_STATES = Object.keys(SPECS) as StartStateName[];

/** A fresh copy of a start state (distro ids are new each time). */
export function startState(name: StartStateName): SimState {
  return build(name, SPECS[name]);
}
