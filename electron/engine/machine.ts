import type { CheckResult, CheckStatus, DiagnoseReport } from '../contract/checks.js';
import { appError, type AppError } from '../contract/errors.js';
import type { Facts } from '../contract/facts.js';
import { msg } from '../contract/messages.js';
import type { RunOutcome } from '../contract/run.js';
import type { HostPlatform } from '../contract/platform.js';
import type { SetupChoices } from '../contract/setup.js';

/**
 * The engine's pure transition function: (state, event) → (state, effects, reply). It decides;
 * the interpreter (engine.ts) carries the effects out and feeds results back as events. Keeping
 * decisions here makes them table-testable without processes, and replayable from a journal.
 *
 * A step the person starts (a fix button, the wizard's Run) is a repair: its verify checks are
 * judged before it runs and again after it ran, and both verdicts are kept for the view.
 */

export interface StepRecord {
  lastOutcome: RunOutcome | null;
  lastExitCode: number | null;
  /** The step's verify checks before its last run (empty: none judged). */
  before: Readonly<Record<string, CheckStatus>>;
  /** The same checks after that run (empty: not re-judged, e.g. the run failed). */
  after: Readonly<Record<string, CheckStatus>>;
}

/**
 * Where the active run is: waiting for the first report (its params come from the facts),
 * judging before, running its commands, or judging after.
 */
export type RunPhase = 'awaiting-report' | 'verify-before' | 'running' | 'verify-after';

export interface ActiveRun {
  runId: string;
  stepId: string;
  phase: RunPhase;
  params: Readonly<Record<string, unknown>>;
}

export interface EngineState {
  probing: boolean;
  /** A diagnose was asked for while one was running: run another when it ends. */
  probeAgain: boolean;
  report: DiagnoseReport | null;
  steps: Readonly<Record<string, StepRecord>>;
  activeRun: ActiveRun | null;
  nextRunNumber: number;
}

/** What the machine knows of a step (a registry SetupStep fits): pure data and pure functions. */
export interface StepInfo {
  id: string;
  platforms: readonly HostPlatform[];
  /** Checks whose pass means "done": judged before and after the run. */
  verify: readonly string[];
  /** The params for this machine with no choices made, or null when the step does not apply here. */
  defaultParams(facts: Facts, choices: SetupChoices): unknown;
  /**
   * Only the setup can run it: a command needs a secret (the new user's password, which only
   * the setup asks for), or the step needs the elevated broker and this engine has none.
   */
  setupOnly: boolean;
}

export type EngineEvent =
  | { type: 'diagnose-requested' }
  | { type: 'diagnose-finished'; report: DiagnoseReport }
  | { type: 'step-requested'; stepId: string }
  /** The verify checks of the active run, judged (before or after, by the run's phase). */
  | { type: 'verified'; runId: string; results: readonly CheckResult[] }
  | { type: 'run-exited'; runId: string; outcome: RunOutcome; exitCode: number | null }
  | { type: 'cancel-requested'; runId: string };

export type Effect =
  | { type: 'probe' }
  | { type: 'verify'; runId: string; checkIds: string[] }
  | { type: 'start-run'; runId: string; stepId: string; params: Readonly<Record<string, unknown>> }
  | { type: 'cancel-run'; runId: string }
  /** A run that ended before any command started (cancelled while judging): the view still gets its exit. */
  | { type: 'exit-run'; runId: string; stepId: string; outcome: RunOutcome; tail: string }
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
      const waiting = next.activeRun?.phase === 'awaiting-report' ? next.activeRun : null;
      const step = waiting ? steps.find((s) => s.id === waiting.stepId) : undefined;
      if (!waiting || !step) return { state: next, effects, reply: null };
      // The run that waited for facts goes on with this report's.
      const t = withParams({ ...next, activeRun: null }, step, waiting.runId, event.report);
      return { state: t.state, effects: [...effects.filter((e) => e.type !== 'emit-state'), ...t.effects], reply: null };
    }

    case 'step-requested':
      return requestStep(state, event.stepId, steps, platform);

    case 'verified': {
      const active = state.activeRun;
      if (!active || active.runId !== event.runId) return { state, effects: [], reply: null };
      const statuses = statusesOf(event.results);
      if (active.phase === 'verify-before') {
        const next = withRecord({ ...state, activeRun: { ...active, phase: 'running' } }, active.stepId, { before: statuses, after: {} });
        return { state: next, effects: [{ type: 'start-run', runId: active.runId, stepId: active.stepId, params: active.params }, { type: 'emit-state' }], reply: null };
      }
      if (active.phase === 'verify-after') {
        const next = withRecord({ ...state, activeRun: null }, active.stepId, { after: statuses });
        // The whole report is refreshed too, so the dashboard shows what the step changed elsewhere.
        return { state: startProbe(next), effects: [...diagnoseEffects(next), { type: 'emit-state' }], reply: null };
      }
      return { state, effects: [], reply: null };
    }

    case 'run-exited': {
      const active = state.activeRun;
      if (!active || active.runId !== event.runId || active.phase !== 'running') return { state, effects: [], reply: null };
      const recorded = withRecord(state, active.stepId, { lastOutcome: event.outcome, lastExitCode: event.exitCode });
      // A step that changed something is judged again; one that failed changed nothing to prove.
      const changed = event.outcome === 'ok' || event.outcome === 'reboot-required';
      const step = steps.find((s) => s.id === active.stepId);
      if (changed && step && step.verify.length > 0) {
        const next = { ...recorded, activeRun: { ...active, phase: 'verify-after' as const } };
        return { state: next, effects: [{ type: 'verify', runId: active.runId, checkIds: [...step.verify] }, { type: 'emit-state' }], reply: null };
      }
      const next = { ...recorded, activeRun: null };
      if (!changed) return { state: next, effects: [{ type: 'emit-state' }], reply: null };
      return { state: startProbe(next), effects: [...diagnoseEffects(next), { type: 'emit-state' }], reply: null };
    }

    case 'cancel-requested': {
      const active = state.activeRun;
      if (!active || active.runId !== event.runId) return { state, effects: [], reply: { ok: true, value: { cancelled: false } } };
      if (active.phase === 'running') return { state, effects: [{ type: 'cancel-run', runId: event.runId }], reply: { ok: true, value: { cancelled: true } } };
      if (active.phase === 'verify-after') return { state, effects: [], reply: { ok: true, value: { cancelled: false } } };
      // Still waiting or judging before: nothing has started, so nothing runs; late results are ignored.
      const next = withRecord({ ...state, activeRun: null }, active.stepId, { lastOutcome: 'cancelled', lastExitCode: null });
      return { state: next, effects: [{ type: 'exit-run', runId: active.runId, stepId: active.stepId, outcome: 'cancelled', tail: '' }, { type: 'emit-state' }], reply: { ok: true, value: { cancelled: true } } };
    }
  }
}

/** A step the person asked for: refused with a next action, or judged first (then run). */
function requestStep(state: EngineState, stepId: string, steps: readonly StepInfo[], platform: HostPlatform): Transition {
  const step = steps.find((s) => s.id === stepId);
  if (!step) return refuse(state, appError('not-found', `no step ${stepId}`, { msg: msg('error.step.notFound', { stepId }) }));
  if (!step.platforms.includes(platform)) {
    return refuse(state, appError('not-supported', `step ${step.id} does not run on ${platform}`, { msg: msg('error.step.notSupported', { stepId: step.id, platform }), next: { kind: 'support', label: msg('next.step.notSupported') } }));
  }
  if (state.activeRun) {
    return refuse(state, appError('busy', `step ${state.activeRun.stepId} is still running`, { msg: msg('error.step.busy', { stepId: state.activeRun.stepId }), next: { kind: 'retry', label: msg('next.step.wait') } }));
  }
  if (step.setupOnly) {
    return refuse(state, appError('not-supported', `step ${step.id} runs only as part of the setup`, { msg: msg('error.step.needsSetup', { stepId: step.id }), next: { kind: 'retry', label: msg('next.step.useSetup') } }));
  }
  const runId = `run-${state.nextRunNumber}`;
  const base = { ...state, nextRunNumber: state.nextRunNumber + 1 };
  if (!state.report) {
    // Params come from the facts: without a report yet (the first diagnose still runs), wait for one.
    const next = startProbe({ ...base, activeRun: { runId, stepId: step.id, phase: 'awaiting-report', params: {} } });
    return { state: next, effects: [...diagnoseEffects(state), { type: 'emit-state' }], reply: { ok: true, value: { runId } } };
  }
  const params = paramsOf(step, state.report);
  if (params === null) {
    return refuse(state, appError('not-supported', `step ${step.id} does not apply to this machine`, { msg: msg('error.step.notApplicable', { stepId: step.id }), next: { kind: 'retry', label: msg('next.step.useSetup') } }));
  }
  const t = withParams(base, step, runId, state.report);
  return { ...t, reply: { ok: true, value: { runId } } };
}

/** The step's params for this report's facts with no choices made; null: it does not apply here. */
function paramsOf(step: StepInfo, report: DiagnoseReport): Record<string, unknown> | null {
  const params = step.defaultParams(report.facts, {});
  return params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : null;
}

/** Starts a run with params from `report`: its checks judged first, or its commands at once when it has none. */
function withParams(state: EngineState, step: StepInfo, runId: string, report: DiagnoseReport): Omit<Transition, 'reply'> {
  const p = paramsOf(step, report);
  if (p === null) {
    // Found out only after waiting for the facts: the run ends before anything started.
    const next = withRecord({ ...state, activeRun: null }, step.id, { lastOutcome: 'failed', lastExitCode: null, before: {}, after: {} });
    return { state: next, effects: [{ type: 'exit-run', runId, stepId: step.id, outcome: 'failed', tail: `${step.id} does not apply to this machine` }, { type: 'emit-state' }] };
  }
  if (step.verify.length === 0) {
    const next = withRecord({ ...state, activeRun: { runId, stepId: step.id, phase: 'running', params: p } }, step.id, { before: {}, after: {} });
    return { state: next, effects: [{ type: 'start-run', runId, stepId: step.id, params: p }, { type: 'emit-state' }] };
  }
  const next = { ...state, activeRun: { runId, stepId: step.id, phase: 'verify-before' as const, params: p } };
  return { state: next, effects: [{ type: 'verify', runId, checkIds: [...step.verify] }, { type: 'emit-state' }] };
}

function refuse(state: EngineState, error: AppError): Transition {
  return { state, effects: [], reply: { ok: false, error } };
}

function withRecord(state: EngineState, stepId: string, patch: Partial<StepRecord>): EngineState {
  const old: StepRecord = state.steps[stepId] ?? { lastOutcome: null, lastExitCode: null, before: {}, after: {} };
  return { ...state, steps: { ...state.steps, [stepId]: { ...old, ...patch } } };
}

function statusesOf(results: readonly CheckResult[]): Record<string, CheckStatus> {
  return Object.fromEntries(results.map((r) => [r.id, r.status]));
}

function diagnoseEffects(state: EngineState): Effect[] {
  return state.probing ? [] : [{ type: 'probe' }];
}

function startProbe(state: EngineState): EngineState {
  return state.probing ? { ...state, probeAgain: true } : { ...state, probing: true };
}
