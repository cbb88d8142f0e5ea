import type { HostInfo } from '../contract/platform.js';
import type { SetupChoices } from '../contract/setup.js';
import type { StackOptionsFn } from '../engine/setup/plan-setup.js';
import type { AnySetupStep, StepSecrets } from '../engine/steps/model.js';
import { setupSteps } from '../engine/steps/registry.js';
import { planStackOptions } from '../engine/steps/stacks/plan-stack-options.js';
import { ExecRunner } from '../runner/exec-runner.js';
import { PtyRunner } from '../runner/pty-runner.js';
import type { ExecRunnerLike, PtyRunnerLike } from '../runner/runner.js';
import type { Clock } from '../runner/timers.js';
import { resolveSystemTool } from '../runner/system-tools.js';
import type { EngineOptions } from './create-engine.js';
import type { VerifyChecks } from '../engine/setup/ports.js';
import { createSetupInspector, type SetupInspection } from './setup-inspector.js';
import { createSetupPorts } from './setup-ports.js';
import type { SetupPorts } from './setup-service.js';
import { SetupService } from './setup-service.js';

export interface SetupOptions {
  steps?: readonly AnySetupStep[];
  stackOptions?: StackOptionsFn;
  /** Undefined: this build's real ports; null: none (plan only). */
  ports?: SetupPorts | null;
  /** How to look at the machine for given choices (tests); default: diagnose + targeted verify of the chosen distro. */
  inspect?: (choices: SetupChoices) => SetupInspection;
  /** Replaces only the inspection's verify (tests that judge steps by what ran). */
  verify?: VerifyChecks;
  secrets?: StepSecrets;
  newRunId?: () => string;
  onRebootRequested?: (stepId: string) => void;
  /** Runners for the setup's commands (tests); default: the process's own. */
  pty?: PtyRunnerLike;
  exec?: ExecRunnerLike;
  /** Timers for retry backoffs (scenario tests shorten the 15 s / 60 s waits); default the system clock. */
  clock?: Clock;
}

/** The setup service of this process on this host. */
export function createSetupService(options: EngineOptions & { setup?: SetupOptions }, host: HostInfo): SetupService {
  const log = options.log ?? (() => {});
  const s = options.setup ?? {};
  // Probes and the setup's own commands may have different runners in tests; in the app they are one.
  const probeExec: ExecRunnerLike = options.exec ?? new ExecRunner({ baseEnv: options.env, log });
  const exec: ExecRunnerLike = s.exec ?? probeExec;
  const pty: PtyRunnerLike = s.pty ?? options.pty ?? new PtyRunner({ baseEnv: options.env, log });
  return new SetupService({
    host,
    env: options.env,
    tool: (name) => resolveSystemTool(name, options.env, host),
    inspect: withVerify(s.inspect ?? createSetupInspector({ env: options.env, host, exec: probeExec, log, ...(options.probeScriptDir ? { probeScriptDir: options.probeScriptDir } : {}) }), s.verify),
    steps: s.steps ?? setupSteps,
    stackOptions: s.stackOptions ?? planStackOptions,
    ports: s.ports === undefined ? createSetupPorts(options.env, host, { exec }) : s.ports,
    ...(s.secrets ? { secrets: s.secrets } : {}),
    ...(s.newRunId ? { newRunId: s.newRunId } : {}),
    ...(s.onRebootRequested ? { onRebootRequested: s.onRebootRequested } : {}),
    ...(s.clock ? { clock: s.clock } : {}),
    pty,
    exec,
    log: (line) => log(line),
  });
}

function withVerify(inspect: (choices: SetupChoices) => SetupInspection, verify: VerifyChecks | undefined): (choices: SetupChoices) => SetupInspection {
  return verify ? (choices) => ({ ...inspect(choices), verify }) : inspect;
}
