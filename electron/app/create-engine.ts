import { Engine } from '../engine/engine.js';
import type { CheckReference } from '../engine/checks/reference.js';
import type { ProbeContext } from '../engine/model.js';
import type { Plan } from '../engine/plan/default-plan.js';
import { defaultInDistro, defaultPlan } from '../engine/plan/default-plan.js';
import { loadExpectedGpus } from '../engine/perf/load-expected-gpus.js';
import type { HostInfo } from '../contract/platform.js';
import { detectHost } from '../host/platform.js';
import { ExecRunner } from '../runner/exec-runner.js';
import { PtyRunner } from '../runner/pty-runner.js';
import type { ExecRunnerLike, PtyRunnerLike } from '../runner/runner.js';
import { resolveSystemTool } from '../runner/system-tools.js';
import type { Elevator } from '../engine/setup/ports.js';
import { createSetupPorts } from './setup-ports.js';

export interface EngineOptions {
  env: NodeJS.ProcessEnv;
  plan?: Plan;
  log?: (line: string, fields?: Readonly<Record<string, unknown>>) => void;
  exec?: ExecRunnerLike;
  pty?: PtyRunnerLike;
  /** Folder of the in-distro collector sources (a packaged app's resources); default: assets/probe. */
  probeScriptDir?: string;
  /** The elevated broker for admin steps started one at a time; undefined: this build's own, null: none. */
  elevator?: Elevator | null;
}

/** The probe context for this process: host, resolver, runner. */
export function createProbeContext(env: NodeJS.ProcessEnv, exec: ExecRunnerLike, host: HostInfo = detectHost(env)): ProbeContext {
  return { host, env, tool: (name) => resolveSystemTool(name, env, host), exec };
}

/** Wires the real runners and the default plan into an engine (the app, the CLI and the bridge share this). */
export function createEngine(options: EngineOptions): Engine {
  const log = options.log ?? (() => {});
  const exec = options.exec ?? new ExecRunner({ baseEnv: options.env, log });
  const pty = options.pty ?? new PtyRunner({ baseEnv: options.env, log });
  const ctx = createProbeContext(options.env, exec);
  const inDistro = { ...defaultInDistro(ctx.host.platform), ...(options.probeScriptDir ? { scriptDir: options.probeScriptDir } : {}) };
  const elevator = options.elevator === undefined ? createSetupPorts(options.env, ctx.host, { exec })?.elevator : (options.elevator ?? undefined);
  return new Engine({ plan: options.plan ?? defaultPlan(inDistro, loadCheckReference(log)), ctx, pty, log, ...(elevator ? { elevator } : {}) });
}

/** The checks' reference data, read here at the edge; a table that cannot be read is logged and judged as "no reference". */
export function loadCheckReference(log: (line: string, fields?: Readonly<Record<string, unknown>>) => void = () => {}): CheckReference {
  const expected = loadExpectedGpus();
  if (expected.error !== null) log('expected-GPU table not loaded', { error: expected.error });
  return { expectedGpus: expected.gpus };
}
