import type { DiagnoseReport } from '../contract/checks.js';
import type { Engine } from '../engine/engine.js';
import type { StackOptionsFn } from '../engine/setup/plan-setup.js';
import type { VerifyChecks } from '../engine/setup/ports.js';
import type { AnySetupStep, StepSecrets } from '../engine/steps/model.js';
import { setupSteps } from '../engine/steps/registry.js';
import { planStackOptions } from '../engine/steps/stacks/plan-stack-options.js';
import { ExecRunner } from '../runner/exec-runner.js';
import { PtyRunner } from '../runner/pty-runner.js';
import type { ExecRunnerLike, PtyRunnerLike } from '../runner/runner.js';
import { resolveSystemTool } from '../runner/system-tools.js';
import type { EngineOptions } from './create-engine.js';
import { createSetupPorts } from './setup-ports.js';
import type { SetupPorts } from './setup-service.js';
import { SetupService } from './setup-service.js';

export interface SetupOptions {
  steps?: readonly AnySetupStep[];
  stackOptions?: StackOptionsFn;
  /** Undefined: this build's real ports; null: none (plan only). */
  ports?: SetupPorts | null;
  verify?: VerifyChecks;
  secrets?: StepSecrets;
  newRunId?: () => string;
  onRebootRequested?: (stepId: string) => void;
  /** Runners for the setup's commands (tests); default: the process's own. */
  pty?: PtyRunnerLike;
  exec?: ExecRunnerLike;
}

/** The setup service of this process, sharing the engine's host and its diagnose. */
export function createSetupService(options: EngineOptions & { setup?: SetupOptions }, engine: Pick<Engine, 'hostInfo'> & { diagnose(): Promise<DiagnoseReport> }): SetupService {
  const log = options.log ?? (() => {});
  const host = engine.hostInfo();
  const s = options.setup ?? {};
  const exec: ExecRunnerLike = s.exec ?? options.exec ?? new ExecRunner({ baseEnv: options.env, log });
  const pty: PtyRunnerLike = s.pty ?? options.pty ?? new PtyRunner({ baseEnv: options.env, log });
  return new SetupService({
    host,
    env: options.env,
    tool: (name) => resolveSystemTool(name, options.env, host),
    diagnose: () => engine.diagnose(),
    steps: s.steps ?? setupSteps,
    stackOptions: s.stackOptions ?? planStackOptions,
    ports: s.ports === undefined ? createSetupPorts(options.env, host, { exec }) : s.ports,
    ...(s.verify ? { verify: s.verify } : {}),
    ...(s.secrets ? { secrets: s.secrets } : {}),
    ...(s.newRunId ? { newRunId: s.newRunId } : {}),
    ...(s.onRebootRequested ? { onRebootRequested: s.onRebootRequested } : {}),
    pty,
    exec,
    log: (line) => log(line),
  });
}
