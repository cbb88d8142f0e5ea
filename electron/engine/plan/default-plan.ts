import { msg } from '../../contract/messages.js';
import type { HostPlatform } from '../../contract/platform.js';
import { DISTRO_START_CHECK, withErrorOverlay } from '../checks/error-overlay.js';
import { gpuChainChecks } from '../checks/gpu-chain/index.js';
import { preflightChecks } from '../checks/preflight/index.js';
import { setupChecks } from '../checks/setup/index.js';
import type { CheckReference } from '../checks/reference.js';
import { wslInstalledCheck } from '../checks/wsl-installed.js';
import { wslVersionCheck } from '../checks/wsl-version.js';
import type { Check, Probe, Stage } from '../model.js';
import { distroProbes } from '../probes/distro-probe.js';
import { networkProbe } from '../probes/network-probe.js';
import { nvidiaProbes } from '../probes/nvidia-probes.js';
import { windowsProbes } from '../probes/windows-probes.js';
import { wslProbes } from '../probes/wsl-probes.js';
import type { AnySetupStep } from '../steps/model.js';
import { setupSteps } from '../steps/registry.js';

/** The whole plan as data: what to read, what to judge, what can be changed. */
export interface Plan {
  probes: readonly Probe[];
  checks: readonly Check[];
  stages: readonly Stage[];
  /** The steps a person can start one at a time (the wizard's list, the dashboard's fix buttons). */
  steps: readonly AnySetupStep[];
}

/**
 * The steps a person can start on their own: every step the setup offers as a repair, plus
 * those a check names as its fix (a test checks that every fix step is here). Listed by id
 * in the order the wizard shows them: the registry's own, where WSL comes before the distro.
 */
export const REPAIR_STEP_IDS: readonly string[] = ['wsl.update', 'windows.vmp', 'windows.wsl-feature', 'wsl.install', 'wsl.default-version', 'distro.install', 'distro.wsl2', 'distro.user', 'distro.config', 'packages.base', 'stack.cuda-toolkit', 'docker.cdi-refresh'];

/** The wizard's stages: the registry's stage ids, titled. */
const STAGES: readonly Stage[] = [
  { id: 'windows', title: msg('stage.wsl.title') },
  { id: 'distro', title: msg('stage.distro.title') },
  { id: 'stacks', title: msg('stage.stacks.title') },
];

/** The registry's steps named in `REPAIR_STEP_IDS`, in that order (an unknown id throws at load). */
export function repairSteps(steps: readonly AnySetupStep[] = setupSteps): AnySetupStep[] {
  return REPAIR_STEP_IDS.map((id) => {
    const step = steps.find((s) => s.id === id);
    if (!step) throw new Error(`repair step ${id} is not in the registry`);
    return step;
  });
}

/** Where the in-distro collector runs; `none` leaves the GPU chain out (a quick host-only look). */
export interface InDistroOptions {
  target: 'local' | 'wsl' | 'none';
  /** A WSL distro (allow-listed); absent: WSL's default distribution. */
  distro?: string;
  bench: boolean;
  /** The distro interpreter to judge first (`--python`), e.g. the venv the app manages. */
  python?: string;
  /** Folder of the collector sources (a packaged app passes its resources folder). */
  scriptDir?: string;
}

/** The in-distro target a host gets by default: its own shell on Linux, the default distro on Windows. */
export function defaultInDistro(platform: HostPlatform): InDistroOptions {
  return { target: platform === 'linux' ? 'local' : platform === 'windows' ? 'wsl' : 'none', bench: false };
}

/** `distro.wsl2` with wsl.exe's error when the distro could not be started (see error-overlay.ts); the other links as they are. */
function withStartOverlay(check: Check): Check {
  return check.id === DISTRO_START_CHECK ? withErrorOverlay(check) : check;
}

/**
 * The plan the app and the CLI run. A distro name outside the allow-list throws a RangeError.
 * `reference` is the data the checks judge against, read by the caller (see checks/reference.ts).
 */
export function defaultPlan(inDistro: InDistroOptions, reference: CheckReference): Plan {
  const collector =
    inDistro.target === 'none'
      ? []
      : [
          // The boot allowance, then the collector (see distro-probe.ts).
          ...distroProbes({
            target: inDistro.target,
            bench: inDistro.bench,
            ...(inDistro.distro !== undefined ? { distro: inDistro.distro } : {}),
            ...(inDistro.python !== undefined ? { python: inDistro.python } : {}),
            ...(inDistro.scriptDir !== undefined ? { scriptDir: inDistro.scriptDir } : {}),
          }),
        ];
  return {
    probes: [...wslProbes, ...windowsProbes, ...nvidiaProbes, networkProbe, ...collector],
    checks: [withErrorOverlay(wslInstalledCheck), withErrorOverlay(wslVersionCheck), ...preflightChecks, ...gpuChainChecks(reference).map(withStartOverlay), ...setupChecks],
    stages: STAGES,
    steps: repairSteps(),
  };
}
