import type { RebootPolicy, SetupPlan, StepElevation } from '../../contract/setup.js';
import type { AnySetupStep, RetryPolicy, StepContext, UndoRecord } from '../steps/model.js';
import { activeCommands, parseStepParams } from './step-commands.js';

/** What the machine needs of one command: no functions, so the state stays plain data. */
export interface QueuedCommand {
  id: string;
  retry: RetryPolicy | null;
  fallback: boolean;
}

/** One step of an accepted plan, as the pure machine sees it. */
export interface QueuedStep {
  stepId: string;
  params: Record<string, unknown>;
  elevation: StepElevation;
  reboot: RebootPolicy;
  verify: readonly string[];
  preconditions: readonly string[];
  commands: readonly QueuedCommand[];
  /** What this step installs, recorded when it is done (stacks). */
  undo: UndoRecord | null;
}

export type QueueResult = { ok: true; queue: QueuedStep[] } | { ok: false; stepId: string; reason: string };

/**
 * Turns step ids and params (from an accepted plan or a journal) into the machine's queue. Every
 * id must be a known step and every params object must pass that step's own schema again: a
 * journal is a file on disk, so nothing in it reaches a command unchecked.
 */
export function buildQueue(entries: readonly { stepId: string; params: unknown }[], steps: readonly AnySetupStep[], ctx: StepContext): QueueResult {
  const queue: QueuedStep[] = [];
  for (const entry of entries) {
    const step = steps.find((s) => s.id === entry.stepId);
    if (!step) return { ok: false, stepId: entry.stepId, reason: 'unknown step' };
    const parsed = parseStepParams(step, entry.params);
    if (!parsed.ok) return { ok: false, stepId: entry.stepId, reason: parsed.issues };
    queue.push(queuedStep(step, ctx, parsed.params));
  }
  return { ok: true, queue };
}

/** The queue of an accepted plan. */
export function queueFromPlan(plan: SetupPlan, steps: readonly AnySetupStep[], ctx: StepContext): QueueResult {
  return buildQueue(plan.steps.map((s) => ({ stepId: s.stepId, params: s.params })), steps, ctx);
}

function queuedStep(step: AnySetupStep, ctx: StepContext, params: Record<string, unknown>): QueuedStep {
  return {
    stepId: step.id,
    params,
    elevation: step.elevation,
    reboot: step.reboot,
    verify: step.verify,
    preconditions: step.preconditions,
    commands: activeCommands(step, ctx, params).map((c) => ({ id: c.id, retry: c.retry ?? null, fallback: c.fallback ?? false })),
    undo: step.undo ? step.undo(params) : null,
  };
}
