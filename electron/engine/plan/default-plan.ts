import { msg } from '../../contract/messages.js';
import { wslInstalledCheck } from '../checks/wsl-installed.js';
import { wslVersionCheck } from '../checks/wsl-version.js';
import type { Check, Probe, Stage, Step } from '../model.js';
import { nvidiaProbes } from '../probes/nvidia-probes.js';
import { windowsProbes } from '../probes/windows-probes.js';
import { wslProbes } from '../probes/wsl-probes.js';
import { wslUpdateStep } from '../steps/wsl-update.js';

/** The whole plan as data: what to read, what to judge, what can be changed. */
export interface Plan {
  probes: readonly Probe[];
  checks: readonly Check[];
  stages: readonly Stage[];
  steps: readonly Step[];
}

/** The plan the app and the CLI run. */
export function defaultPlan(): Plan {
  return {
    probes: [...wslProbes, ...windowsProbes, ...nvidiaProbes],
    checks: [wslInstalledCheck, wslVersionCheck],
    stages: [{ id: 'wsl', title: msg('stage.wsl.title') }],
    steps: [wslUpdateStep],
  };
}
