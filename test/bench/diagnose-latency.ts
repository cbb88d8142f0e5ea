/**
 * Diagnose latency with slow tools: every fake Windows tool takes 800 ms before answering.
 * Independent probes run concurrently; a probe that needs another's capture (the in-distro
 * collector after `wsl -l -v` and the boot allowance, the nvidia-smi retry after the first
 * query) starts when that one ends. So the whole diagnose should take about as long as the
 * slowest dependency chain, the sum of the durations along it (target: total / chain ≤ 1.2).
 * Also counts the wsl.exe round trips a full diagnose makes.
 */
import { createProbeContext } from '../../electron/app/create-engine.js';
import { diagnoseHost } from '../../electron/engine/diagnose.js';
import type { CaptureMap, Probe } from '../../electron/engine/model.js';
import { defaultInDistro, defaultPlan } from '../../electron/engine/plan/default-plan.js';
import { ExecRunner } from '../../electron/runner/exec-runner.js';
import { scenarios } from '../fakes/scenarios.js';
import type { FakeScenario } from '../fakes/system-root.js';
import { makeFakeSystemRoot } from '../fakes/system-root.js';
import { CHECK_REFERENCE } from '../check-reference.js';

export interface DiagnoseLatency {
  totalMs: number;
  /** The probes of the slowest dependency chain, first to last (one probe when nothing waits). */
  slowestChain: string[];
  /** The sum of the measured durations along that chain. */
  slowestMs: number;
  ratio: number;
  probes: number;
  wslRoundTrips: number;
  /** Collector runs (the whole GPU chain in one round trip). */
  inDistroRoundTrips: number;
  /** Boot-allowance no-ops before it. */
  bootRoundTrips: number;
}

/** The slowest chain of captures along the plan's `after` links: durations add up along a chain. */
export function slowestChain(probes: readonly Probe[], captures: CaptureMap): { ids: string[]; ms: number } {
  const memo = new Map<string, { ids: string[]; ms: number }>();
  const chain = (id: string): { ids: string[]; ms: number } => {
    const known = memo.get(id);
    if (known) return known;
    const deps = (probes.find((p) => p.id === id)?.after ?? []).filter((d) => captures.has(d)).map(chain);
    const before = deps.reduce((a, b) => (b.ms > a.ms ? b : a), { ids: [] as string[], ms: 0 });
    const result = { ids: [...before.ids, id], ms: before.ms + (captures.get(id)?.durationMs ?? 0) };
    memo.set(id, result);
    return result;
  };
  return [...captures.keys()].map(chain).reduce((a, b) => (b.ms > a.ms ? b : a), { ids: [], ms: 0 });
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
    const plan = defaultPlan(defaultInDistro(ctx.host.platform), CHECK_REFERENCE);
    const t0 = performance.now();
    const { captures } = await diagnoseHost(plan, ctx, () => new Date());
    const totalMs = performance.now() - t0;
    const slowest = slowestChain(plan.probes, captures);
    const wsl = fake.calls().filter((c) => c.tool === 'wsl.exe');
    return {
      totalMs,
      slowestChain: slowest.ids,
      slowestMs: slowest.ms,
      ratio: totalMs / slowest.ms,
      probes: captures.size,
      wslRoundTrips: wsl.length,
      inDistroRoundTrips: wsl.filter((c) => c.args.includes('--exec') && c.args.includes('/bin/sh')).length,
      bootRoundTrips: wsl.filter((c) => c.args.includes('--exec') && c.args.includes('/bin/true')).length,
    };
  } finally {
    fake.dispose();
  }
}
