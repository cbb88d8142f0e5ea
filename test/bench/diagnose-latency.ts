/**
 * Diagnose latency with slow tools: every fake Windows tool takes 800 ms before answering. Probes
 * run concurrently, so the whole diagnose should take about as long as the slowest probe
 * (target: total / slowest ≤ 1.2). Also counts the wsl.exe round trips a full diagnose makes.
 */
import { createProbeContext } from '../../electron/app/create-engine.js';
import { diagnoseHost } from '../../electron/engine/diagnose.js';
import { defaultInDistro, defaultPlan } from '../../electron/engine/plan/default-plan.js';
import { ExecRunner } from '../../electron/runner/exec-runner.js';
import { scenarios } from '../fakes/scenarios.js';
import type { FakeScenario } from '../fakes/system-root.js';
import { makeFakeSystemRoot } from '../fakes/system-root.js';

export interface DiagnoseLatency {
  totalMs: number;
  slowestProbe: string;
  slowestMs: number;
  ratio: number;
  probes: number;
  wslRoundTrips: number;
  inDistroRoundTrips: number;
}

/** Adds `delayMs` to every rule of a scenario, and default answers for the other tools. */
function slowed(base: FakeScenario, delayMs: number): FakeScenario {
  const out: FakeScenario = {
    'powershell.exe': [{ args: '*', stdoutFile: 'host/powershell/inventory/win11-24h2-rtx4070.json' }],
    'nvidia-smi.exe': [{ args: '*', stdoutFile: 'host/nvidia-smi/nvidia-smi-windows/01.txt' }],
    ...base,
  };
  for (const [tool, rules] of Object.entries(out)) out[tool] = (rules ?? []).map((r) => ({ ...r, delayMs }));
  return out;
}

export async function measureDiagnoseLatency(delayMs = 800): Promise<DiagnoseLatency> {
  const fake = makeFakeSystemRoot(slowed(scenarios.healthyEnglish, delayMs));
  try {
    const env = { ...process.env, ...fake.env };
    const ctx = createProbeContext(env, new ExecRunner({ baseEnv: env }));
    const plan = defaultPlan(defaultInDistro(ctx.host.platform));
    const t0 = performance.now();
    const { captures } = await diagnoseHost(plan, ctx, () => new Date());
    const totalMs = performance.now() - t0;
    const slowest = [...captures.values()].reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
    const wsl = fake.calls().filter((c) => c.tool === 'wsl.exe');
    return {
      totalMs,
      slowestProbe: slowest.probe,
      slowestMs: slowest.durationMs,
      ratio: totalMs / slowest.durationMs,
      probes: captures.size,
      wslRoundTrips: wsl.length,
      inDistroRoundTrips: wsl.filter((c) => c.args.includes('--exec')).length,
    };
  } finally {
    fake.dispose();
  }
}
