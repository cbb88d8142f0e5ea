import type { DiagnoseReport } from '../contract/checks.js';
import { appError, type AppError } from '../contract/errors.js';
import { msg } from '../contract/messages.js';
import type { RunOutcome } from '../contract/run.js';
import type { HostPlatform } from '../contract/platform.js';

/**
 * The engine's pure transition function: (state, event) → (state, effects, reply). It decides;
 * the interpreter (engine.ts) carries the effects out and feeds results back as events. Keeping
 * decisions here makes them table-testable without processes, and replayable from a journal.
 */

export interface StepRecord {
  lastOutcome: RunOutcome | null;
  lastExitCode: number | null;
}

export interface EngineState {
  probing: boolean;
  /** A diagnose was asked for while one was running: run another when it ends. */
  probeAgain: boolean;
  report: DiagnoseReport | null;
  steps: Readonly<Record<string, StepRecord>>;
  activeRun: { runId: string; stepId: string } | null;
  nextRunNumber: number;
}

/** What the machine knows of a step without importing the plan's functions. */
export interface StepInfo {
  id: string;
  platforms: readonly HostPlatform[];
}

export type EngineEvent =
  | { type: 'diagnose-requested' }
  | { type: 'diagnose-finished'; report: DiagnoseReport }
  | { type: 'step-requested'; stepId: string }
  | { type: 'run-exited'; runId: string; outcome: RunOutcome; exitCode: number | null }
  | { type: 'cancel-requested'; runId: string };

export type Effect =
  | { type: 'probe' }
  | { type: 'start-run'; runId: string; stepId: string }
  | { type: 'cancel-run'; runId: string }
  | { type: 'emit-state' };

export type Reply = { ok: true; value: unknown } | { ok: false; error: AppError } | null;

export interface Transition {
  state: EngineState;
  effects: Effect[];
  reply: Reply;
}

/** The state before anything happened. */
export function initialState(): EngineState {
  return { probing: false, probeAgain: false, report: null, steps: {}, activeRun: null, nextRunNumber: 1 };
}

/** Applies one event. */
export function transition(state: EngineState, event: EngineEvent, steps: readonly StepInfo[], platform: HostPlatform): Transition {
  switch (event.type) {
    case 'diagnose-requested':
      if (state.probing) return { state: { ...state, probeAgain: true }, effects: [], reply: null };
      return { state: { ...state, probing: true }, effects: [{ type: 'probe' }, { type: 'emit-state' }], reply: null };

    case 'diagnose-finished': {
      const next = { ...state, probing: state.probeAgain, probeAgain: false, report: event.report };
      const effects: Effect[] = state.probeAgain ? [{ type: 'probe' }, { type: 'emit-state' }] : [{ type: 'emit-state' }];
      return { state: next, effects, reply: null };
    }

    case 'step-requested': {
      const step = steps.find((s) => s.id === event.stepId);
      if (!step) return refuse(state, appError('not-found', `no step ${event.stepId}`, { msg: msg('error.step.notFound', { stepId: event.stepId }) }));
      if (!step.platforms.includes(platform)) {
        return refuse(state, appError('not-supported', `step ${step.id} does not run on ${platform}`, { msg: msg('error.step.notSupported', { stepId: step.id, platform }), next: { kind: 'support', label: msg('next.step.notSupported') } }));
      }
      if (state.activeRun) {
        return refuse(state, appError('busy', `step ${state.activeRun.stepId} is still running`, { msg: msg('error.step.busy', { stepId: state.activeRun.stepId }), next: { kind: 'retry', label: msg('next.step.wait') } }));
      }
      const runId = `run-${state.nextRunNumber}`;
      const next = { ...state, activeRun: { runId, stepId: step.id }, nextRunNumber: state.nextRunNumber + 1 };
      return { state: next, effects: [{ type: 'start-run', runId, stepId: step.id }, { type: 'emit-state' }], reply: { ok: true, value: { runId } } };
    }

    case 'run-exited': {
      const active = state.activeRun;
      if (!active || active.runId !== event.runId) return { state, effects: [], reply: null };
      const record: StepRecord = { lastOutcome: event.outcome, lastExitCode: event.exitCode };
      const next = { ...state, activeRun: null, steps: { ...state.steps, [active.stepId]: record } };
      // A step that changed something is verified by probing again.
      const verify = event.outcome === 'ok' || event.outcome === 'reboot-required';
      const effects: Effect[] = [{ type: 'emit-state' }];
      if (verify) effects.unshift(...diagnoseEffects(next));
      return { state: verify ? startProbe(next) : next, effects, reply: null };
    }

    case 'cancel-requested': {
      const active = state.activeRun;
      if (!active || active.runId !== event.runId) return { state, effects: [], reply: { ok: true, value: { cancelled: false } } };
      return { state, effects: [{ type: 'cancel-run', runId: event.runId }], reply: { ok: true, value: { cancelled: true } } };
    }
  }
}

function refuse(state: EngineState, error: AppError): Transition {
  return { state, effects: [], reply: { ok: false, error } };
}

function diagnoseEffects(state: EngineState): Effect[] {
  return state.probing ? [] : [{ type: 'probe' }];
}

function startProbe(state: EngineState): EngineState {
  return state.probing ? { ...state, probeAgain: true } : { ...state, probing: true };
}
