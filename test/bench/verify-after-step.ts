/**
 * Verify after a Windows step on the simulated PC: the step's targeted verify (its verify checks
 * through the setup inspector, electron/app/setup-inspector.ts → engine/verify-checks.ts) against
 * the slowest of the probe commands it ran, each run again alone. Independent probes run
 * concurrently and a Windows check never starts the distro, so the verify should take about one
 * round of its slowest probe (target ≤ 1.2). Medians of a few runs; the simulated PC's tools are
 * real processes, so the figures include their start-up.
 *
 * The simulated tools cost the same CPU each (a Node start, ~0.2 s), unlike Windows, where the
 * PowerShell inventory dwarfs a wsl.exe call. On a machine with fewer cores than the verify has
 * probes, one concurrent round of them therefore takes longer than the slowest alone. So the
 * bench also times that round — the verify's own commands started together, without the
 * engine — and reports verify / round: what the targeted verify adds on top of running its
 * probes once (facts, judging, any second round).
 */
import { createSetupInspector } from '../../electron/app/setup-inspector.js';
import { detectHost } from '../../electron/host/platform.js';
import { setupSteps } from '../../electron/engine/steps/registry.js';
import type { CommandSpec } from '../../electron/runner/command.js';
import { ExecRunner } from '../../electron/runner/exec-runner.js';
import type { ExecRunnerLike } from '../../electron/runner/runner.js';
import { createSimulatedPc } from '../sim/machine.js';
import type { StartStateName } from '../sim/start-states.js';
import type { SimState } from '../sim/state.js';
import os from 'node:os';

export interface VerifyAfterStep {
  stepId: string;
  checkIds: string[];
  /** The start state and the change the step made (applied to the simulated PC before timing). */
  machine: string;
  verifyMs: number;
  /** The probe command that took longest alone, and its time. */
  slowestProbe: string;
  slowestProbeMs: number;
  ratio: number;
  /** The verify's commands started together once, without the engine (median), and verify / that. */
  roundMs: number;
  ratioToRound: number;
  cores: number;
  /** Commands one verify ran, and how many of them went into a distro (`wsl.exe --distribution …`). */
  commands: number;
  commandList: string[];
  inDistroCommands: number;
  statuses: Record<string, string>;
  runs: number;
}

/** The exec runner of the inspector, recording what it runs. */
class RecordingExec implements ExecRunnerLike {
  readonly specs: CommandSpec[] = [];
  constructor(private readonly inner: ExecRunnerLike) {}
  exec(spec: CommandSpec, options?: Parameters<ExecRunnerLike['exec']>[1]) {
    this.specs.push(spec);
    return this.inner.exec(spec, options);
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const describe = (s: CommandSpec): string => [s.file.split(/[\\/]/u).at(-1) ?? s.file, ...s.args].join(' ').slice(0, 60);

/** Times the targeted verify of `stepId` on a simulated PC that `change` put in the state after the step. */
export async function measureVerifyAfterStep(stepId: string, start: StartStateName, change: (s: SimState) => void, label: string, runs = 5): Promise<VerifyAfterStep> {
  const step = setupSteps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  const pc = await createSimulatedPc(start);
  try {
    pc.update(change);
    const env = { ...process.env, ...pc.env };
    const host = detectHost(env);
    const runner = new ExecRunner({ baseEnv: env });
    const exec = new RecordingExec(runner);
    const verify = createSetupInspector({ env, host, exec })({}).verify;
    const checkIds = [...step.verify];
    let statuses: Record<string, string> = {};
    await verify(checkIds); // warm-up: module loading, the first spawn
    const times: number[] = [];
    let specs: CommandSpec[] = [];
    for (let i = 0; i < runs; i++) {
      exec.specs.length = 0;
      const t0 = performance.now();
      const results = await verify(checkIds);
      times.push(performance.now() - t0);
      statuses = Object.fromEntries(results.map((r) => [r.id, r.status]));
      specs = [...exec.specs];
    }
    // Each probe command of the last verify, alone.
    const alone = [];
    for (const spec of specs) {
      const t: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await runner.exec(spec);
        t.push(performance.now() - t0);
      }
      alone.push({ spec, ms: median(t) });
    }
    const slowest = alone.reduce((a, b) => (b.ms > a.ms ? b : a), { spec: specs[0] as CommandSpec, ms: 0 });
    const rounds: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await Promise.all(specs.map((spec) => runner.exec(spec)));
      rounds.push(performance.now() - t0);
    }
    const roundMs = median(rounds);
    const verifyMs = median(times);
    return {
      stepId,
      checkIds,
      machine: `${start}, ${label}`,
      verifyMs,
      slowestProbe: slowest.spec ? describe(slowest.spec) : 'none',
      slowestProbeMs: slowest.ms,
      ratio: slowest.ms > 0 ? verifyMs / slowest.ms : Number.NaN,
      roundMs,
      ratioToRound: roundMs > 0 ? verifyMs / roundMs : Number.NaN,
      cores: os.availableParallelism(),
      commands: specs.length,
      commandList: specs.map(describe),
      inDistroCommands: specs.filter((s) => s.args.includes('--distribution') || s.args.includes('-d')).length,
      statuses,
      runs,
    };
  } finally {
    pc.dispose();
  }
}

/** The two Windows steps the bench reports: the VM platform after its restart, the default version after it was set. */
export function measureWindowsVerifies(runs = 5): Promise<VerifyAfterStep[]> {
  return (async () => [
    await measureVerifyAfterStep('windows.vmp', 'fresh-win11-rtx4070', (s) => void (s.features.VirtualMachinePlatform = 'enabled'), 'VirtualMachinePlatform enabled and restarted', runs),
    await measureVerifyAfterStep('wsl.default-version', 'wsl1-distro', (s) => void (s.defaultVersion = 2), 'default version set to 2', runs),
  ])();
}
