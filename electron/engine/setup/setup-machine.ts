import type { CheckResult } from '../../contract/checks.js';
import { appError } from '../../contract/errors.js';
import { msg } from '../../contract/messages.js';
import type { CommandOutcome, NextAction, Profile, SetupChoices, SetupRunView, StepState } from '../../contract/setup.js';
import type { UndoRecord } from '../steps/model.js';
import type { ElevationRefusal, JournalStep, RunJournal } from './ports.js';
import type { QueuedStep } from './queue.js';
import { retryDelayMs } from './retry.js';

/**
 * The setup machine: a pure `transition(state, event, now)` over the accepted plan's queue. It
 * decides; the interpreter carries out the effects (verify, run, wait, journal, elevation,
 * reboot, resume registration) and feeds their results back as events. Every step is verified
 * before it runs (already done → skipped) and after (pass → done, else failed with a next action).
 */

export type RunPhase = 'idle' | 'running' | 'reboot-pending' | 'done' | 'failed' | 'cancelled';

/** A step's run record: what the journal keeps of it (state, attempts, outcome, times), plus the view's extras. */
export interface MachineStep extends Omit<JournalStep, 'stepId' | 'params'> {
  q: QueuedStep;
  before: Record<string, string>;
  after: Record<string, string>;
  next: NextAction | null;
  /** A command of this try asked for a restart. */
  rebootAsked: boolean;
}

/** What the machine waits for; an event for anything else is stale and ignored. */
export type Waiting =
  | { kind: 'verify-before' }
  | { kind: 'verify-after' }
  | { kind: 'elevation' }
  | { kind: 'command'; index: number; attempt: number }
  | { kind: 'backoff'; index: number; attempt: number }
  | null;

export interface SetupState {
  runId: string;
  profile: Profile;
  choices: SetupChoices;
  createdAt: string;
  phase: RunPhase;
  steps: MachineStep[];
  cursor: number;
  waiting: Waiting;
  elevationOpen: boolean;
  cancelRequested: boolean;
  rebootRequestedBy: string | null;
  resumeRegistered: boolean;
  undo: UndoRecord[];
  /** Every step ended well but the final journal write failed: why, and where the journal lives. */
  finalRecordLost?: { reason: string; location: string };
  /** A step asked for a restart but the record of that could not be saved: why, and where the journal lives. */
  restartRecordLost?: { reason: string; location: string };
}

export type SetupEvent =
  | { type: 'start' }
  | { type: 'verified'; results: readonly CheckResult[] }
  | { type: 'elevation-opened' }
  | { type: 'elevation-refused'; refusal: ElevationRefusal }
  /** `cancelled`: the run was stopped on request; anything else came from the command's exit-code table. */
  | { type: 'command-exited'; commandId: string; attempt: number; outcome: CommandOutcome | 'cancelled'; exitCode: number | null; next?: NextAction | null }
  | { type: 'waited' }
  | { type: 'cancel' }
  /** The journal could not be written: nothing may run without its record. `location`: the journal's folder. */
  | { type: 'journal-failed'; reason: string; location?: string };

export type SetupEffect =
  | { type: 'verify'; stepId: string; checkIds: string[] }
  | { type: 'open-elevation' }
  | { type: 'close-elevation' }
  | { type: 'run-command'; stepId: string; commandId: string; attempt: number }
  | { type: 'cancel-command'; stepId: string; commandId: string }
  | { type: 'wait'; ms: number }
  | { type: 'journal-write'; journal: RunJournal }
  | { type: 'request-reboot'; stepId: string }
  | { type: 'register-resume'; runId: string }
  | { type: 'unregister-resume' }
  | { type: 'emit'; view: SetupRunView };

export interface SetupTransition {
  state: SetupState;
  effects: SetupEffect[];
}

/** A fresh run over an accepted plan's queue. */
export function initialSetupState(input: { runId: string; profile: Profile; choices: SetupChoices; createdAt: string; queue: readonly QueuedStep[]; undo?: readonly UndoRecord[] }): SetupState {
  return {
    runId: input.runId,
    profile: input.profile,
    choices: input.choices,
    createdAt: input.createdAt,
    phase: 'idle',
    steps: input.queue.map((q) => freshStep(q, 'pending', 0)),
    cursor: 0,
    waiting: null,
    elevationOpen: false,
    cancelRequested: false,
    rebootRequestedBy: null,
    resumeRegistered: false,
    // What earlier runs installed stays undoable: a new run starts from their records.
    undo: [...(input.undo ?? [])],
  };
}

/**
 * The state to pick a journaled run up with. A step the journal shows `running`, `resumed` or
 * `reboot-pending` was interrupted (or waits on a restart): it becomes `resumed` and is verified
 * before anything else decides — never assumed done. Failed, cancelled and blocked steps are tried
 * again; done ones stay done. `queue` is the journal's steps rebuilt (and re-validated) from the registry.
 */
export function resumeSetupState(journal: RunJournal, queue: readonly QueuedStep[]): SetupState {
  const steps = queue.map((q, i) => {
    const j = journal.steps[i];
    const attempts = j?.attempts ?? 0;
    switch (j?.state) {
      case 'done':
      case 'already-done':
        return { ...freshStep(q, j.state, attempts), outcome: j.outcome, exitCode: j.exitCode, startedAt: j.startedAt, endedAt: j.endedAt };
      case 'running':
      case 'resumed':
      case 'reboot-pending':
        return { ...freshStep(q, 'resumed', attempts), startedAt: j.startedAt };
      default:
        return freshStep(q, 'pending', attempts);
    }
  });
  return {
    ...initialSetupState({ runId: journal.runId, profile: journal.profile, choices: journal.choices, createdAt: journal.createdAt, queue }),
    steps,
    rebootRequestedBy: journal.rebootRequestedBy,
    resumeRegistered: journal.resumeRegistered,
    undo: journal.undo,
  };
}

function freshStep(q: QueuedStep, state: StepState, attempts: number): MachineStep {
  return { q, state, attempts, outcome: null, exitCode: null, startedAt: null, endedAt: null, before: {}, after: {}, next: null, rebootAsked: false };
}

/** Applies one event. `now` (ISO time) stamps what the journal records. */
export function transition(state: SetupState, event: SetupEvent, now: string): SetupTransition {
  if (event.type === 'start') return state.phase === 'idle' ? advance({ ...state, phase: 'running', cursor: 0 }, now) : noop(state);
  // The write that records the end of a run that went well failed: it is not reported done.
  if (event.type === 'journal-failed' && state.phase === 'done' && !state.finalRecordLost) return finalRecordLost(state, event);
  // The record that a restart is due failed: no restart is asked for, and the resume registered for it goes.
  if (event.type === 'journal-failed' && state.phase === 'reboot-pending' && !state.restartRecordLost) return restartRecordLost(state, event);
  if (state.phase !== 'running') return noop(state);
  const waiting = state.waiting;
  switch (event.type) {
    case 'cancel':
      return cancel(state, now);
    case 'journal-failed':
      return failStep(state, now, 'failed', { kind: 'support', label: msg('setup.next.journalFailed', { reason: event.reason }) });
    case 'verified':
      if (waiting?.kind === 'verify-before') return afterVerifyBefore(state, event.results, now);
      if (waiting?.kind === 'verify-after') return afterVerifyAfter(state, event.results, now);
      return noop(state);
    case 'elevation-opened':
      return waiting?.kind === 'elevation' ? startStep({ ...state, elevationOpen: true }, now) : noop(state);
    case 'elevation-refused':
      return waiting?.kind === 'elevation' ? failStep(state, now, 'failed', elevationNext(event.refusal)) : noop(state);
    case 'waited':
      return waiting?.kind === 'backoff' ? runCommand(state, waiting.index, waiting.attempt + 1, now) : noop(state);
    case 'command-exited': {
      const cmd = waiting?.kind === 'command' ? current(state).q.commands[waiting.index] : undefined;
      if (waiting?.kind !== 'command' || cmd?.id !== event.commandId || waiting.attempt !== event.attempt) return noop(state);
      return afterCommand(state, waiting.index, waiting.attempt, event, now);
    }
  }
}

function noop(state: SetupState): SetupTransition {
  return { state, effects: [] };
}

function current(state: SetupState): MachineStep {
  const step = state.steps[state.cursor];
  if (!step) throw new Error(`setup machine: no step at ${state.cursor}`);
  return step;
}

function withStep(state: SetupState, patch: Partial<MachineStep>): SetupState {
  return { ...state, steps: state.steps.map((s, i) => (i === state.cursor ? { ...s, ...patch } : s)) };
}

/** The journal and the view of this state: written after every change. */
function record(state: SetupState): SetupEffect[] {
  return [{ type: 'journal-write', journal: journalOf(state) }, { type: 'emit', view: viewOf(state) }];
}

/** Moves to the next step that is not finished, or ends the run. */
function advance(state: SetupState, _now: string): SetupTransition {
  let cursor = state.cursor;
  while (cursor < state.steps.length && isSettled(state.steps[cursor]?.state)) cursor++;
  const next = { ...state, cursor, waiting: null };
  const step = next.steps[cursor];
  const awaitingRestart = next.steps.filter((s) => s.state === 'reboot-pending');
  if (!step) return awaitingRestart.length ? requestReboot(next) : finish(next, 'done');
  // A step that builds on a change only a restart applies waits for that restart.
  if (awaitingRestart.some((r) => r.q.verify.some((c) => step.q.preconditions.includes(c)))) return requestReboot(next);
  const checkIds = [...new Set([...step.q.verify, ...step.q.preconditions])];
  return { state: { ...next, waiting: { kind: 'verify-before' } }, effects: [{ type: 'verify', stepId: step.q.stepId, checkIds }, { type: 'emit', view: viewOf(next) }] };
}

function isSettled(s: StepState | undefined): boolean {
  return s === 'done' || s === 'already-done' || s === 'reboot-pending';
}

function afterVerifyBefore(state: SetupState, results: readonly CheckResult[], now: string): SetupTransition {
  const step = current(state);
  const before = statuses(results);
  if (step.q.verify.length > 0 && step.q.verify.every((c) => before[c] === 'pass')) {
    // Verified in place: an interrupted step proved done, or one nothing needs doing for.
    const done = withStep(state, { before, state: step.state === 'resumed' ? 'done' : 'already-done', endedAt: now, next: null });
    const s = { ...done, undo: step.state === 'resumed' ? withUndo(done.undo, step.q.undo) : done.undo };
    const t = advance(s, now);
    return { state: t.state, effects: [{ type: 'journal-write', journal: journalOf(s) }, ...t.effects] };
  }
  const unmet = step.q.preconditions.filter((c) => before[c] !== 'pass' && before[c] !== 'warn');
  if (unmet.length) return failStep(withStep(state, { before }), now, 'blocked', checkNext(results, unmet, 'setup.next.blocked'));
  const s = withStep(state, { before });
  if (step.q.elevation === 'admin' && !state.elevationOpen) {
    return { state: { ...s, waiting: { kind: 'elevation' } }, effects: [{ type: 'open-elevation' }, { type: 'emit', view: viewOf(s) }] };
  }
  return startStep(s, now);
}

/** "Step started" is journaled before its first command runs. */
function startStep(state: SetupState, now: string): SetupTransition {
  const step = current(state);
  const s = withStep(state, { state: 'running', attempts: step.attempts + 1, startedAt: now, endedAt: null, outcome: null, exitCode: null, rebootAsked: false, next: null });
  if (step.q.commands.length === 0) return commandsFinished(s, now);
  const run = runCommand(s, 0, 1, now);
  return { state: run.state, effects: [{ type: 'journal-write', journal: journalOf(s) }, ...run.effects] };
}

function runCommand(state: SetupState, index: number, attempt: number, _now: string): SetupTransition {
  const step = current(state);
  const cmd = step.q.commands[index];
  if (!cmd) throw new Error(`setup machine: ${step.q.stepId} has no command ${index}`);
  const s = { ...state, waiting: { kind: 'command' as const, index, attempt } };
  return { state: s, effects: [{ type: 'run-command', stepId: step.q.stepId, commandId: cmd.id, attempt }, { type: 'emit', view: viewOf(s) }] };
}

function afterCommand(state: SetupState, index: number, attempt: number, event: Extract<SetupEvent, { type: 'command-exited' }>, now: string): SetupTransition {
  const step = current(state);
  if (event.outcome === 'cancelled' || state.cancelRequested) {
    return failStep(withStep(state, { exitCode: event.exitCode }), now, 'cancelled', null, 'cancelled');
  }
  const cmd = step.q.commands[index];
  const s = withStep(state, { outcome: event.outcome, exitCode: event.exitCode });
  const ms = event.outcome === 'retryable' ? retryDelayMs(cmd?.retry, attempt) : null;
  if (ms !== null) {
    const w = { ...s, waiting: { kind: 'backoff' as const, index, attempt } };
    return { state: w, effects: [{ type: 'wait', ms }, { type: 'emit', view: viewOf(w) }] };
  }
  const commands = step.q.commands;
  if (event.outcome === 'failed' || event.outcome === 'retryable') {
    if (commands[index + 1]?.fallback) return runCommand(s, index + 1, 1, now);
    // The command's (or step's) own reading of its output names the cause; else the generic retry.
    return failStep(s, now, 'failed', event.next ?? { kind: 'retry', label: msg('setup.next.commandFailed', { command: cmd?.id ?? '?', exitCode: event.exitCode }) });
  }
  const asked = withStep(s, { rebootAsked: step.rebootAsked || event.outcome === 'reboot-required' });
  // A command that worked makes the fallbacks right after it unnecessary.
  let next = index + 1;
  while (commands[next]?.fallback) next++;
  return next < commands.length ? runCommand(asked, next, 1, now) : commandsFinished(asked, now);
}

/** All commands ran: a restart-bound step waits for the restart; any other is verified again. */
function commandsFinished(state: SetupState, now: string): SetupTransition {
  const step = current(state);
  if (step.rebootAsked || step.q.reboot === 'always') {
    const s = { ...withStep(state, { state: 'reboot-pending', endedAt: now }), rebootRequestedBy: step.q.stepId };
    const t = advance(s, now);
    return { state: t.state, effects: [{ type: 'journal-write', journal: journalOf(s) }, ...t.effects] };
  }
  if (step.q.verify.length === 0) return stepDone(state, {}, now);
  const s = { ...state, waiting: { kind: 'verify-after' as const } };
  return { state: s, effects: [{ type: 'verify', stepId: step.q.stepId, checkIds: [...step.q.verify] }, { type: 'emit', view: viewOf(s) }] };
}

function afterVerifyAfter(state: SetupState, results: readonly CheckResult[], now: string): SetupTransition {
  const step = current(state);
  const after = statuses(results);
  const failing = step.q.verify.filter((c) => after[c] !== 'pass');
  if (failing.length) return failStep(withStep(state, { after }), now, 'failed', checkNext(results, failing, 'setup.next.verifyFailed'));
  return stepDone(state, after, now);
}

function stepDone(state: SetupState, after: Record<string, string>, now: string): SetupTransition {
  const step = current(state);
  const s = { ...withStep(state, { state: 'done', after, endedAt: now }), undo: withUndo(state.undo, step.q.undo) };
  const t = advance(s, now);
  return { state: t.state, effects: [{ type: 'journal-write', journal: journalOf(s) }, ...t.effects] };
}

function withUndo(undo: UndoRecord[], rec: UndoRecord | null): UndoRecord[] {
  return rec ? [...undo.filter((u) => u.stack !== rec.stack), rec] : undo;
}

/** The current step ends badly (or is blocked / cancelled) and so does the run. */
function failStep(state: SetupState, now: string, stepState: 'failed' | 'blocked' | 'cancelled', next: NextAction | null, phase: 'failed' | 'cancelled' = stepState === 'cancelled' ? 'cancelled' : 'failed'): SetupTransition {
  return finish(withStep(state, { state: stepState, endedAt: now, next }), phase);
}

function cancel(state: SetupState, now: string): SetupTransition {
  const waiting = state.waiting;
  if (waiting?.kind === 'command') {
    const step = current(state);
    const s = { ...state, cancelRequested: true };
    return { state: s, effects: [{ type: 'cancel-command', stepId: step.q.stepId, commandId: step.q.commands[waiting.index]?.id ?? '' }, { type: 'emit', view: viewOf(s) }] };
  }
  // Nothing is running: a step between commands (a backoff) is cancelled, one not yet started stays pending.
  const step = state.steps[state.cursor];
  const s = step?.state === 'running' ? withStep(state, { state: 'cancelled', endedAt: now }) : state;
  return finish(s, 'cancelled');
}

function finish(state: SetupState, phase: 'done' | 'failed' | 'cancelled'): SetupTransition {
  const s = { ...state, phase, waiting: null, resumeRegistered: false };
  const effects: SetupEffect[] = [];
  if (state.resumeRegistered) effects.push({ type: 'unregister-resume' });
  if (state.elevationOpen) effects.push({ type: 'close-elevation' });
  return { state: { ...s, elevationOpen: false }, effects: [...effects, ...record({ ...s, elevationOpen: false })] };
}

/**
 * Every step ran and was verified, but the journal could not record the end (full disk, no
 * permission). The run ends failed with an error that says the steps did run and what to do; the
 * steps keep their states (nothing is lost). Nothing is journaled: that is what just failed.
 */
function finalRecordLost(state: SetupState, event: Extract<SetupEvent, { type: 'journal-failed' }>): SetupTransition {
  const s = { ...state, phase: 'failed' as const, finalRecordLost: { reason: event.reason, location: event.location ?? '?' } };
  return { state: s, effects: [{ type: 'emit', view: viewOf(s) }] };
}

/**
 * The journal write before a restart failed: after the restart the app would find no record of
 * this run. So the run stops (`failed`) instead of restarting, the one-shot resume registered for
 * it is removed, and the view says what to do: free the space, restart Windows, run the setup
 * again (it re-verifies every step, so nothing done is done twice).
 */
function restartRecordLost(state: SetupState, event: Extract<SetupEvent, { type: 'journal-failed' }>): SetupTransition {
  const s = { ...state, phase: 'failed' as const, resumeRegistered: false, restartRecordLost: { reason: event.reason, location: event.location ?? '?' } };
  return { state: s, effects: [{ type: 'unregister-resume' }, { type: 'emit', view: viewOf(s) }] };
}

/** Registers the resume (once), journals, then asks for the restart. */
function requestReboot(state: SetupState): SetupTransition {
  const s = { ...state, phase: 'reboot-pending' as const, waiting: null, resumeRegistered: true, elevationOpen: false };
  const effects: SetupEffect[] = [];
  if (!state.resumeRegistered) effects.push({ type: 'register-resume', runId: state.runId });
  if (state.elevationOpen) effects.push({ type: 'close-elevation' });
  effects.push({ type: 'journal-write', journal: journalOf(s) }, { type: 'request-reboot', stepId: state.rebootRequestedBy ?? '' }, { type: 'emit', view: viewOf(s) });
  return { state: s, effects };
}

function statuses(results: readonly CheckResult[]): Record<string, string> {
  return Object.fromEntries(results.map((r) => [r.id, r.status]));
}

/** The next action a failing check names (its fix step or page), else the given message. */
function checkNext(results: readonly CheckResult[], failing: string[], fallbackKey: string): NextAction {
  const fix = results.find((r) => failing.includes(r.id) && r.fix)?.fix;
  if (fix?.stepId) return { kind: 'step', stepId: fix.stepId, label: fix.text };
  if (fix?.url) return { kind: 'link', url: fix.url, label: fix.text };
  return { kind: fallbackKey === 'setup.next.blocked' ? 'support' : 'retry', label: msg(fallbackKey, { checks: failing.join(', ') }) };
}

function elevationNext(refusal: ElevationRefusal): NextAction {
  switch (refusal.kind) {
    case 'declined':
      return { kind: 'retry', label: msg('setup.next.elevationDeclined') };
    case 'other-user':
      return { kind: 'support', label: msg('setup.next.elevationOtherUser', { elevatedAs: refusal.elevatedAs, expected: refusal.expected }) };
    case 'failed':
      return { kind: 'support', label: msg('setup.next.elevationFailed', { reason: refusal.reason }) };
  }
}

/** The persisted run: ids, params and states — never a command line, never a secret. */
export function journalOf(state: SetupState): RunJournal {
  return {
    schema: 'wsl-gpu-setup/journal@1',
    runId: state.runId,
    profile: state.profile,
    choices: state.choices,
    createdAt: state.createdAt,
    steps: state.steps.map((s) => ({
      stepId: s.q.stepId,
      params: s.q.params,
      state: s.state,
      attempts: s.attempts,
      outcome: s.outcome,
      exitCode: s.exitCode,
      startedAt: s.startedAt,
      endedAt: s.endedAt,
    })),
    rebootRequestedBy: state.rebootRequestedBy,
    resumeRegistered: state.resumeRegistered,
    undo: state.undo,
  };
}

/** What the app and the CLI show. */
export function viewOf(state: SetupState): SetupRunView {
  return {
    runId: state.runId,
    profile: state.profile,
    state: state.phase === 'idle' ? 'planned' : state.phase,
    steps: state.steps.map((s) => ({ stepId: s.q.stepId, state: s.state, attempts: s.attempts, outcome: s.outcome, exitCode: s.exitCode, before: s.before, after: s.after, next: s.next })),
    cursor: state.cursor,
    ...(state.finalRecordLost ? { error: finalRecordError(state, state.finalRecordLost) } : {}),
    ...(state.restartRecordLost ? { error: restartRecordError(state.restartRecordLost) } : {}),
  };
}

function restartRecordError(lost: { reason: string; location: string }) {
  return appError('write-failed', `a restart is needed but the journal write before it failed: ${lost.reason}`, {
    msg: msg('setup.error.restartRecordNotSaved', { reason: lost.reason }),
    next: { kind: 'reboot', label: msg('setup.next.restartRecordNotSaved', { location: lost.location }) },
  });
}

function finalRecordError(state: SetupState, lost: { reason: string; location: string }) {
  const count = state.steps.filter((s) => s.state === 'done' || s.state === 'already-done').length;
  return appError('write-failed', `every step ended well but the final journal write failed: ${lost.reason}`, {
    msg: msg('setup.error.finalRecordNotSaved', { count, reason: lost.reason }),
    next: { kind: 'retry', label: msg('setup.next.finalRecordNotSaved', { location: lost.location }) },
  });
}
