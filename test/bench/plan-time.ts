/**
 * Plan time: `planSetup` on the simulated fresh PC (Windows 11, RTX 4070, WSL not installed).
 * The diagnose runs once against the fake tools; only the pure plan is timed (target ≤ 50 ms),
 * as the median and the worst of many runs, with the real step registry.
 */
import { createProbeContext } from '../../electron/app/create-engine.js';
import { diagnoseHost } from '../../electron/engine/diagnose.js';
import { defaultInDistro, defaultPlan } from '../../electron/engine/plan/default-plan.js';
import { planSetup } from '../../electron/engine/setup/plan-setup.js';
import type { StepContext } from '../../electron/engine/steps/model.js';
import { setupSteps } from '../../electron/engine/steps/registry.js';
import { ExecRunner } from '../../electron/runner/exec-runner.js';
import { resolveSystemTool } from '../../electron/runner/system-tools.js';
import { windowsMachines } from '../fakes/windows-scenarios.js';
import { makeFakeSystemRoot } from '../fakes/system-root.js';
import { CHECK_REFERENCE } from '../check-reference.js';

export interface PlanTime {
  medianMs: number;
  maxMs: number;
  runs: number;
  steps: number;
  registry: number;
}

export async function measurePlanTime(runs = 200): Promise<PlanTime> {
  const fake = makeFakeSystemRoot(windowsMachines.freshWin11Rtx4070);
  try {
    const env = { ...process.env, ...fake.env };
    const probeCtx = createProbeContext(env, new ExecRunner({ baseEnv: env }));
    const { report } = await diagnoseHost(defaultPlan(defaultInDistro(probeCtx.host.platform), CHECK_REFERENCE), probeCtx, () => new Date());
    const ctx: StepContext = { host: probeCtx.host, env, tool: (name) => resolveSystemTool(name, env, probeCtx.host), facts: report.facts };
    const times: number[] = [];
    let steps = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = planSetup({ facts: report.facts, report: report.checks, profile: 'beginner', choices: {}, steps: setupSteps, ctx });
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(`plan failed: ${JSON.stringify(r.error)}`);
      steps = r.plan.steps.length;
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)] ?? 0, maxMs: times.at(-1) ?? 0, runs, steps, registry: setupSteps.length };
  } finally {
    fake.dispose();
  }
}
