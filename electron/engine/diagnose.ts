import type { DiagnoseReport } from '../contract/checks.js';
import type { HostInfo } from '../contract/platform.js';
import { evaluateChecks } from './evaluate-checks.js';
import { buildFacts } from './facts/build-facts.js';
import type { CaptureMap, Check, ProbeContext } from './model.js';
import type { Plan } from './plan/default-plan.js';
import { runProbes } from './run-probes.js';
import { readinessFrom } from './readiness.js';

export const DIAGNOSE_SCHEMA = 'wsl-gpu-setup/diagnose@1' as const;

/** Captures → facts → verdicts → report. Pure apart from the timestamp, which is passed in. */
export function reportFrom(host: HostInfo, captures: CaptureMap, checks: readonly Check[], createdAt: Date): DiagnoseReport {
  const facts = buildFacts(host, captures);
  const results = evaluateChecks(checks, facts);
  return { schema: DIAGNOSE_SCHEMA, createdAt: createdAt.toISOString(), facts, checks: results, readiness: readinessFrom(results) };
}

/** Runs the plan's probes on this host and judges them: the raw captures and the report. */
export async function diagnoseHost(plan: Plan, ctx: ProbeContext, now: () => Date, signal?: AbortSignal): Promise<{ captures: CaptureMap; report: DiagnoseReport }> {
  const captures = await runProbes(plan.probes, ctx, signal);
  return { captures, report: reportFrom(ctx.host, captures, plan.checks, now()) };
}
