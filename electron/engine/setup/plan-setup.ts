import type { CheckResult } from '../../contract/checks.js';
import type { Facts } from '../../contract/facts.js';
import type { Msg } from '../../contract/messages.js';
import { msg } from '../../contract/messages.js';
import type { PlannedStep, Profile, SetupChoices, SetupPlan, StackId } from '../../contract/setup.js';
import type { AnySetupStep, StepContext } from '../steps/model.js';
import { activeCommands, parseStepParams, plannedCommand } from './step-commands.js';

export const PLAN_SCHEMA = 'wsl-gpu-setup/plan@1' as const;

/** One stack as offered on this machine (the stacks' own function decides; see stack-options). */
export interface StackOption {
  id: StackId;
  supported: boolean;
  reason: Msg;
  legacy?: boolean;
  /** Installed when the person names no stacks. */
  recommended: boolean;
}

export type StackOptionsFn = (facts: Facts, profile: Profile, choices: SetupChoices) => StackOption[];

export interface PlanInput {
  facts: Facts;
  report: readonly CheckResult[];
  profile: Profile;
  choices: SetupChoices;
  steps: readonly AnySetupStep[];
  ctx: StepContext;
  /** Which stacks this machine can take; absent: only stacks the choices name, all offered as supported. */
  stackOptions?: StackOptionsFn;
}

/** Why no plan could be made. Never a process: planning is pure. */
export type PlanError =
  | { kind: 'invalid-params'; stepId: string; issues: string; message: Msg }
  | { kind: 'stack-unsupported'; stack: StackId; message: Msg }
  | { kind: 'order-cycle'; stepIds: string[]; message: Msg }
  /** A step's command cannot be built on this machine (e.g. the export folder is not an absolute path). */
  | { kind: 'unbuildable'; stepId: string; reason: string; message: Msg };

export type PlanResult = { ok: true; plan: SetupPlan } | { ok: false; error: PlanError };

/** A step the plan keeps, with its validated params. */
interface Kept {
  step: AnySetupStep;
  index: number;
  params: Record<string, unknown>;
}

/**
 * The plan: the steps this profile still needs on this machine, in registry order with every
 * precondition's provider first, each with the exact argv of its commands and the failing checks
 * it is there for. Steps whose verify checks all pass already go to `alreadyDone`, so a second
 * plan on a finished machine is empty. Pure and quick: no I/O, no clock.
 */
export function planSetup(input: PlanInput): PlanResult {
  const { facts, profile, choices, ctx } = input;
  const status = new Map(input.report.map((c) => [c.id, c.status]));
  const passes = (id: string) => status.get(id) === 'pass';

  const options = input.stackOptions ? input.stackOptions(facts, profile, choices) : defaultStackOptions(input.steps, choices);
  const chosen = chosenStacks(options, choices);
  if (!chosen.ok) return chosen;

  const kept: Kept[] = [];
  const alreadyDone: string[] = [];
  for (const [index, step] of input.steps.entries()) {
    if (!step.platforms.includes(ctx.host.platform) || !step.profiles.includes(profile)) continue;
    if (step.stack !== undefined && !chosen.stacks.has(step.stack)) continue;
    const raw: unknown = step.defaultParams(facts, choices);
    if (raw === null) continue;
    const parsed = parseStepParams(step, raw);
    if (!parsed.ok) return { ok: false, error: { kind: 'invalid-params', stepId: step.id, issues: parsed.issues, message: msg('setup.error.invalidParams', { step: step.id, issues: parsed.issues }) } };
    if (step.verify.length > 0 && step.verify.every(passes)) {
      alreadyDone.push(step.id);
      continue;
    }
    kept.push({ step, index, params: parsed.params });
  }

  const ordered = orderByPreconditions(kept);
  if (!ordered.ok) return ordered;
  const steps: PlannedStep[] = [];
  for (const k of ordered.steps) {
    try {
      steps.push(plannedStep(k, ctx, passes));
    } catch (e) {
      // `build` refuses what it cannot make safe; the plan says which step and why instead of crashing.
      const reason = e instanceof Error ? e.message : String(e);
      return { ok: false, error: { kind: 'unbuildable', stepId: k.step.id, reason, message: msg('setup.error.unbuildable', { step: k.step.id, reason }) } };
    }
  }
  return {
    ok: true,
    plan: {
      schema: PLAN_SCHEMA,
      profile,
      choices,
      steps,
      alreadyDone,
      stacks: options.map((o) => ({ id: o.id, supported: o.supported, reason: o.reason, ...(o.legacy ? { legacy: true } : {}) })),
      needsAdmin: steps.some((s) => s.elevation === 'admin'),
      mayReboot: steps.some((s) => s.reboot !== 'never'),
      downloadBytes: steps.reduce((n, s) => n + s.downloadBytes, 0),
      seconds: steps.reduce((n, s) => n + s.seconds, 0),
    },
  };
}

function plannedStep(k: Kept, ctx: StepContext, passes: (id: string) => boolean): PlannedStep {
  const { step, params } = k;
  const fixes = [...new Set([...step.verify, ...step.fixes])].filter((id) => !passes(id));
  return {
    stepId: step.id,
    stageId: step.stageId,
    title: step.title,
    description: step.description,
    params: params as PlannedStep['params'],
    elevation: step.elevation,
    reboot: step.reboot,
    downloadBytes: step.estimate.downloadBytes,
    seconds: step.estimate.seconds,
    fixes,
    reason: fixes.length ? msg('setup.reason.fixes', { checks: fixes.join(', ') }) : msg('setup.reason.noVerify'),
    commands: activeCommands(step, ctx, params).map((c) => plannedCommand(c, ctx, params)),
  };
}

/**
 * Registry order, except that a step whose precondition another kept step verifies (or fixes)
 * waits for that step. Among the steps free to go, the earliest in the registry goes first, so
 * the order only changes where a precondition demands it.
 */
function orderByPreconditions(kept: Kept[]): { ok: true; steps: Kept[] } | { ok: false; error: PlanError } {
  const providers = (k: Kept) => kept.filter((o) => o !== k && k.step.preconditions.some((c) => o.step.verify.includes(c) || o.step.fixes.includes(c)));
  const waits = new Map(kept.map((k) => [k, new Set(providers(k))]));
  const out: Kept[] = [];
  const left = [...kept];
  while (left.length) {
    const next = left.find((k) => [...(waits.get(k) ?? [])].every((p) => out.includes(p)));
    if (!next) {
      const stepIds = left.map((k) => k.step.id);
      return { ok: false, error: { kind: 'order-cycle', stepIds, message: msg('setup.error.orderCycle', { steps: stepIds.join(', ') }) } };
    }
    out.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return { ok: true, steps: out };
}

/** Named stacks must be supported here; with none named, the recommended ones. */
function chosenStacks(options: StackOption[], choices: SetupChoices): { ok: true; stacks: Set<StackId> } | { ok: false; error: PlanError } {
  if (!choices.stacks) return { ok: true, stacks: new Set(options.filter((o) => o.supported && o.recommended).map((o) => o.id)) };
  for (const id of choices.stacks) {
    const option = options.find((o) => o.id === id);
    if (!option?.supported) {
      return { ok: false, error: { kind: 'stack-unsupported', stack: id, message: option?.reason ?? msg('setup.error.stackUnknown', { stack: id }) } };
    }
  }
  return { ok: true, stacks: new Set(choices.stacks) };
}

/** Without the stacks' own function: every stack a step installs is offered; only named ones are installed. */
function defaultStackOptions(steps: readonly AnySetupStep[], choices: SetupChoices): StackOption[] {
  const ids = [...new Set(steps.flatMap((s) => (s.stack ? [s.stack] : [])))];
  return ids.map((id) => ({ id, supported: true, reason: msg('setup.stack.offered'), recommended: choices.stacks?.includes(id) ?? false }));
}
