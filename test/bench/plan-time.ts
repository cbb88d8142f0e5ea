/**
 * Plan time: `planSetup` on the simulated fresh PC (test/sim start state `fresh-win11-rtx4070`:
 * Windows 11, RTX 4070, WSL not installed). The diagnose runs once through the setup inspector
 * against the simulated tools; only the pure plan is timed (target ≤ 50 ms), as the median and
 * the worst of many runs, with the real step registry and the stacks' options.
 */
import { createSetupInspector } from '../../electron/app/setup-inspector.js';
import { detectHost } from '../../electron/host/platform.js';
import { planSetup } from '../../electron/engine/setup/plan-setup.js';
import type { StepContext } from '../../electron/engine/steps/model.js';
import { setupSteps } from '../../electron/engine/steps/registry.js';
import { planStackOptions } from '../../electron/engine/steps/stacks/plan-stack-options.js';
import { ExecRunner } from '../../electron/runner/exec-runner.js';
import { resolveSystemTool } from '../../electron/runner/system-tools.js';
import { createSimulatedPc } from '../sim/machine.js';

export interface PlanTime {
  medianMs: number;
  maxMs: number;
  runs: number;
  steps: number;
  registry: number;
}

export async function measurePlanTime(runs = 200): Promise<PlanTime> {
  const pc = await createSimulatedPc('fresh-win11-rtx4070');
  try {
    const env = { ...process.env, ...pc.env };
    const host = detectHost(env);
    const choices = { user: 'taro' };
    const report = await createSetupInspector({ env, host, exec: new ExecRunner({ baseEnv: env }) })(choices).diagnose();
    const ctx: StepContext = { host, env, tool: (name) => resolveSystemTool(name, env, host), facts: report.facts };
    const times: number[] = [];
    let steps = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = planSetup({ facts: report.facts, report: report.checks, profile: 'beginner', choices, steps: setupSteps, ctx, stackOptions: planStackOptions });
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(`plan failed: ${JSON.stringify(r.error)}`);
      steps = r.plan.steps.length;
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)] ?? 0, maxMs: times.at(-1) ?? 0, runs, steps, registry: setupSteps.length };
  } finally {
    pc.dispose();
  }
}
