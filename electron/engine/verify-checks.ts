import type { CheckResult } from '../contract/checks.js';
import type { VerifyChecks } from './setup/ports.js';
import { evaluateChecks } from './evaluate-checks.js';
import { buildFacts } from './facts/build-facts.js';
import type { CaptureMap, Check, Probe, ProbeContext } from './model.js';
import { runProbes } from './run-probes.js';

/** The part of a plan a targeted verify reads. */
export interface VerifyPlan {
  probes: readonly Probe[];
  checks: readonly Check[];
}

/**
 * Re-judges only `checkIds`: runs the probes those checks and their prerequisites (transitively)
 * `need`, plus those probes' `after` dependencies, and evaluates only those checks. Re-verifying
 * a Windows check therefore never starts the distro. A check without `needs` needs every probe.
 * Prerequisites chosen from the facts (`prerequisitesFor`) are resolved against the captures
 * just taken; when they add a check whose probes were not run, the needed set is run again.
 * Results come back in the order of `checkIds`; an id the plan does not hold is a programming
 * error and throws before anything runs.
 */
export async function verifyChecks(plan: VerifyPlan, ctx: ProbeContext, checkIds: readonly string[], signal?: AbortSignal): Promise<CheckResult[]> {
  const byId = new Map(plan.checks.map((c) => [c.id, c]));
  const unknown = checkIds.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new Error(`verify: unknown check ${unknown.join(', ')}`);
  let captures: CaptureMap = new Map();
  let ran = new Set<string>();
  for (;;) {
    const facts = buildFacts(ctx.host, captures);
    const checks = withPrerequisites(byId, checkIds, (c) => c.prerequisitesFor?.(facts) ?? c.prerequisites);
    const probes = probesNeeded(plan.probes, checks);
    if (probes.every((p) => ran.has(p.id))) {
      const results = new Map(evaluateChecks(checks, facts).map((r) => [r.id, r]));
      return checkIds.map((id) => results.get(id)!);
    }
    captures = await runProbes(probes, ctx, signal);
    ran = new Set(probes.map((p) => p.id));
  }
}

/** The same, shaped as the setup interpreter's port. */
export function verifyChecksWith(plan: VerifyPlan, ctx: ProbeContext, signal?: AbortSignal): VerifyChecks {
  return (checkIds) => verifyChecks(plan, ctx, checkIds, signal);
}

/** The named checks and every check they build on, in plan order. */
function withPrerequisites(byId: ReadonlyMap<string, Check>, ids: readonly string[], prerequisitesOf: (c: Check) => readonly string[]): Check[] {
  const wanted = new Set<string>();
  const visit = (id: string): void => {
    const check = byId.get(id);
    if (!check || wanted.has(id)) return;
    wanted.add(id);
    for (const pre of prerequisitesOf(check)) visit(pre);
  };
  for (const id of ids) visit(id);
  return [...byId.values()].filter((c) => wanted.has(c.id));
}

/** The probes these checks need and the probes those wait for (`after`), in plan order. */
export function probesNeeded(all: readonly Probe[], checks: readonly Check[]): Probe[] {
  if (checks.some((c) => c.needs === undefined)) return [...all];
  const byId = new Map(all.map((p) => [p.id, p]));
  const wanted = new Set<string>();
  const visit = (id: string): void => {
    const probe = byId.get(id);
    if (!probe || wanted.has(id)) return;
    wanted.add(id);
    for (const dep of probe.after ?? []) visit(dep);
  };
  for (const c of checks) for (const id of c.needs ?? []) visit(id);
  return all.filter((p) => wanted.has(p.id));
}
