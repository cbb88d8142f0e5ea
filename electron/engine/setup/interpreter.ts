import { randomUUID } from 'node:crypto';
import type { CheckResult } from '../../contract/checks.js';
import type { RunOutputEvent } from '../../contract/run.js';
import type { CommandOutcome, NextAction, SetupPlan, SetupRunView } from '../../contract/setup.js';
import { decodeToolOutput } from '../../host/text/decode.js';
import type { ExecRunnerLike, PtyRunnerLike, RunHandle } from '../../runner/runner.js';
import type { Clock, TimerHandle } from '../../runner/timers.js';
import { systemClock } from '../../runner/timers.js';
import type { AnySetupStep, StepContext, StepSecrets, UndoRecord } from '../steps/model.js';
import type { CommandEnd } from './command-outcome.js';
import { widenSimulatedExitCode } from './simulated-exit.js';
import { commandOutcome } from './command-outcome.js';
import type { ElevatedSession, Elevator, JournalStore, ResumeRegistrar, RunJournal, VerifyChecks } from './ports.js';
import { buildQueue, queueFromPlan } from './queue.js';
import type { SetupEffect, SetupEvent, SetupState } from './setup-machine.js';
import { initialSetupState, resumeSetupState, transition, viewOf } from './setup-machine.js';
import { parseStepParams } from './step-commands.js';

/** What the interpreter tells its listeners: the run's state and its commands' output. */
export type SetupListener = (event: { channel: 'setup:state'; payload: SetupRunView } | { channel: 'run:output'; payload: RunOutputEvent }) => void;

export interface SetupDeps {
  steps: readonly AnySetupStep[];
  ctx: StepContext;
  /** The new Linux user's password: stdin only, never journaled, never in argv. */
  secrets?: StepSecrets;
  journal: JournalStore;
  elevator: Elevator;
  resume: ResumeRegistrar;
  verify: VerifyChecks;
  /** User commands the person watches. */
  pty: PtyRunnerLike;
  /** User commands fed on stdin (scripts, secrets): a pty would echo them into the output. */
  exec: ExecRunnerLike;
  clock?: Clock;
  now?: () => Date;
  /** Mints run ids; default `crypto.randomUUID`. */
  newRunId?: () => string;
  /** The run asks for a restart (the app shows a countdown with "later"; the CLI exits 3010). */
  onRebootRequested?: (stepId: string) => void;
  log?: (line: string) => void;
}

export type StartResult = { ok: true; runId: string } | { ok: false; reason: string };

/** What `resume` found. `unreadable`/`invalid`: the journal is not trusted; the caller re-probes and plans again. */
export type ResumeResult =
  | { kind: 'none' }
  | { kind: 'finished'; view: SetupRunView }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'invalid'; reason: string }
  | { kind: 'started'; runId: string };

const TERMINAL = new Set<SetupRunView['state']>(['done', 'failed', 'cancelled', 'reboot-pending']);

/**
 * Carries out the setup machine's effects with the injected ports and feeds their results back.
 * Events are handled one at a time; within one event the effects run in order (the journal write
 * that says "step started" is durable before the command starts). Long effects (a command, a
 * verify, a backoff, the UAC prompt) end with an event of their own, so a cancel gets through.
 */
export class SetupInterpreter {
  private state: SetupState | null = null;
  private readonly events: SetupEvent[] = [];
  private processing = false;
  private readonly listeners = new Set<SetupListener>();
  private session: ElevatedSession | null = null;
  private active: { cancel(): void } | null = null;
  private timer: TimerHandle | null = null;
  private seq = 0;
  private ended: Promise<SetupRunView>;
  private resolveEnded: (view: SetupRunView) => void = () => {};

  constructor(private readonly deps: SetupDeps) {
    this.ended = this.newEnded();
  }

  /** Accepts a plan: mints the run id, journals, and starts. `carried.undo`: the undo records of earlier runs, kept in this run's journal. */
  start(plan: SetupPlan, carried: { undo?: readonly UndoRecord[] } = {}): StartResult {
    if (this.running()) return { ok: false, reason: 'a setup run is already active' };
    const queue = queueFromPlan(plan, this.deps.steps, this.deps.ctx);
    if (!queue.ok) return { ok: false, reason: `${queue.stepId}: ${queue.reason}` };
    const runId = (this.deps.newRunId ?? randomUUID)();
    this.begin(initialSetupState({ runId, profile: plan.profile, choices: plan.choices, createdAt: this.nowIso(), queue: queue.queue, ...(carried.undo ? { undo: carried.undo } : {}) }));
    return { ok: true, runId };
  }

  /** Picks up the journaled run (after a restart or a crash), re-verifying the interrupted step first. */
  async resume(): Promise<ResumeResult> {
    if (this.running()) return { kind: 'invalid', reason: 'a setup run is already active' };
    const load = await this.deps.journal.load();
    if (load.kind === 'none') return load;
    if (load.kind === 'unreadable') return load;
    const journal = load.journal;
    const queue = buildQueue(journal.steps, this.deps.steps, this.deps.ctx);
    if (!queue.ok) return { kind: 'invalid', reason: `${queue.stepId}: ${queue.reason}` };
    const state = resumeSetupState(journal, queue.queue);
    if (state.steps.every((s) => s.state === 'done' || s.state === 'already-done')) {
      // Nothing left; a registration left behind by a crash is removed all the same.
      if (journal.resumeRegistered) await this.safely('unregister resume', () => this.deps.resume.unregister());
      return { kind: 'finished', view: { ...viewOf(state), state: 'done' } };
    }
    this.begin(state);
    return { kind: 'started', runId: state.runId };
  }

  cancel(): boolean {
    if (!this.running()) return false;
    this.dispatch({ type: 'cancel' });
    return true;
  }

  view(): SetupRunView | null {
    return this.state ? viewOf(this.state) : null;
  }

  /** Resolves when the run ends, fails, is cancelled or waits for a restart. */
  settled(): Promise<SetupRunView> {
    return this.ended;
  }

  subscribe(listener: SetupListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private running(): boolean {
    return this.state !== null && (this.state.phase === 'running' || this.state.phase === 'idle');
  }

  private begin(state: SetupState): void {
    this.state = state;
    this.seq = 0;
    this.ended = this.newEnded();
    this.dispatch({ type: 'start' });
  }

  private newEnded(): Promise<SetupRunView> {
    return new Promise((resolve) => (this.resolveEnded = resolve));
  }

  private nowIso(): string {
    return (this.deps.now ?? (() => new Date()))().toISOString();
  }

  private dispatch(event: SetupEvent): void {
    this.events.push(event);
    if (!this.processing) void this.drain();
  }

  private async drain(): Promise<void> {
    this.processing = true;
    try {
      for (let event = this.events.shift(); event; event = this.events.shift()) {
        if (!this.state) break;
        if (event.type === 'cancel') this.clearTimer();
        const t = transition(this.state, event, this.nowIso());
        this.state = t.state;
        // Each journal write is a whole snapshot: what counts is whether the latest one is durable.
        let unsaved: string | null = null;
        for (const effect of t.effects) {
          // Without a durable "started" record no command may start; without a durable record of
          // its end no run is reported done (the journal-failed event below reports it instead).
          // Nor is a restart asked for: after it, nothing would say where the run stood.
          if (unsaved !== null && (effect.type === 'run-command' || effect.type === 'request-reboot' || (effect.type === 'emit' && (effect.view.state === 'done' || effect.view.state === 'reboot-pending')))) continue;
          if (effect.type === 'journal-write') unsaved = await this.writeJournal(effect.journal);
          else await this.perform(effect);
        }
        if (unsaved !== null) {
          const location = this.deps.journal.location;
          this.dispatch({ type: 'journal-failed', reason: unsaved, ...(location !== undefined ? { location } : {}) });
        }
      }
    } finally {
      this.processing = false;
    }
  }

  /** Saves the journal; the failure's reason, or null when it is durable. */
  private async writeJournal(journal: RunJournal): Promise<string | null> {
    try {
      await this.deps.journal.save(journal);
      return null;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.log(`journal write failed: ${reason}`);
      return reason;
    }
  }

  /** Carries out one effect other than a journal write. */
  private async perform(effect: Exclude<SetupEffect, { type: 'journal-write' }>): Promise<void> {
    switch (effect.type) {
      case 'emit':
        this.emit({ channel: 'setup:state', payload: effect.view });
        if (TERMINAL.has(effect.view.state)) this.resolveEnded(effect.view);
        return;
      case 'verify':
        void this.verify(effect.checkIds);
        return;
      case 'open-elevation':
        void this.openElevation();
        return;
      case 'close-elevation': {
        const session = this.session;
        this.session = null;
        if (session) await this.safely('close elevation', () => session.close());
        return;
      }
      case 'run-command':
        void this.runCommand(effect.stepId, effect.commandId, effect.attempt);
        return;
      case 'cancel-command':
        this.active?.cancel();
        return;
      case 'wait':
        this.timer = (this.deps.clock ?? systemClock).setTimeout(() => {
          this.timer = null;
          this.dispatch({ type: 'waited' });
        }, effect.ms);
        return;
      case 'request-reboot':
        this.deps.onRebootRequested?.(effect.stepId);
        return;
      case 'register-resume':
        await this.safely('register resume', () => this.deps.resume.register(effect.runId));
        return;
      case 'unregister-resume':
        await this.safely('unregister resume', () => this.deps.resume.unregister());
        return;
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) (this.deps.clock ?? systemClock).clearTimeout(this.timer);
    this.timer = null;
  }

  private async verify(checkIds: string[]): Promise<void> {
    let results: readonly CheckResult[];
    try {
      results = await this.deps.verify(checkIds);
    } catch (e) {
      // Unknown is not a pass: the step runs (before) or fails (after), never counts as done.
      this.log(`verify ${checkIds.join(',')} failed: ${e instanceof Error ? e.message : String(e)}`);
      results = [];
    }
    this.dispatch({ type: 'verified', results });
  }

  private async openElevation(): Promise<void> {
    try {
      const opened = await this.deps.elevator.open();
      if (opened.ok) {
        this.session = opened.session;
        this.dispatch({ type: 'elevation-opened' });
      } else this.dispatch({ type: 'elevation-refused', refusal: opened.refusal });
    } catch (e) {
      this.dispatch({ type: 'elevation-refused', refusal: { kind: 'failed', reason: e instanceof Error ? e.message : String(e) } });
    }
  }

  private async runCommand(stepId: string, commandId: string, attempt: number): Promise<void> {
    const end = await this.execute(stepId, commandId).catch((e: unknown): { end: CommandEnd; outcome: 'failed' } => ({
      end: { exitCode: null, killedBySignal: false, stoppedBy: null, launchError: e instanceof Error ? e.message : String(e), tail: '' },
      outcome: 'failed',
    }));
    this.active = null;
    this.dispatch({ type: 'command-exited', commandId, attempt, outcome: end.outcome, exitCode: end.end.exitCode, next: this.nextAction(stepId, commandId, end.outcome, end.end) });
  }

  /**
   * What a failure points to, read from the output tail here (the machine never sees output):
   * the command's own reading (a full disk, a held apt lock), else the step's (a WSL error token).
   */
  private nextAction(stepId: string, commandId: string, outcome: CommandOutcome | 'cancelled', end: CommandEnd): NextAction | null {
    if (outcome !== 'failed' && outcome !== 'retryable') return null;
    const step = this.deps.steps.find((s) => s.id === stepId);
    const command = step?.commands.find((c) => c.id === commandId);
    try {
      return command?.nextAction?.(outcome, end.tail) ?? step?.nextAction?.(outcome, end.tail, commandId, end.exitCode) ?? null;
    } catch (e) {
      this.log(`next action of ${stepId}/${commandId} failed: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  /** Runs one command where it belongs: the broker (admin), a captured process (stdin), or the pty. */
  private async execute(stepId: string, commandId: string): Promise<{ end: CommandEnd; outcome: ReturnType<typeof commandOutcome> }> {
    const step = this.deps.steps.find((s) => s.id === stepId);
    const command = step?.commands.find((c) => c.id === commandId);
    const raw = this.state?.steps.find((s) => s.q.stepId === stepId)?.q.params;
    if (!step || !command) throw new Error(`no command ${stepId}/${commandId}`);
    const parsed = parseStepParams(step, raw);
    if (!parsed.ok) throw new Error(`${stepId}: ${parsed.issues}`);
    const params = parsed.params;
    let end: CommandEnd;
    if (step.elevation === 'admin') {
      const session = this.session;
      if (!session) throw new Error(`${stepId}: no elevated session`);
      this.active = { cancel: () => session.cancel() };
      const r = await session.run({ stepId, commandId, params }, (data) => this.output(data));
      end = { exitCode: r.exitCode, killedBySignal: false, stoppedBy: r.stoppedBy, launchError: r.launchError, tail: r.tail };
    } else {
      const spec = command.build(this.deps.ctx, params);
      this.log(`setup ${stepId}/${commandId}: ${[spec.file, ...spec.args].length} args`);
      if (command.stdin) {
        const abort = new AbortController();
        this.active = { cancel: () => abort.abort() };
        const stdin = command.stdin.text(this.deps.ctx, params, this.deps.secrets ?? {});
        const r = await this.deps.exec.exec(spec, { signal: abort.signal, stdin });
        const text = decodeToolOutput(Buffer.concat([r.stdout, r.stderr]), spec.encoding);
        if (text) this.output(text);
        end = { exitCode: r.exitCode, killedBySignal: r.signal !== null && r.stoppedBy === null, stoppedBy: r.stoppedBy, launchError: r.launchError, tail: text.slice(-4096) };
      } else {
        const handle: RunHandle = this.deps.pty.start(spec);
        this.active = handle;
        handle.setFlowControl(false);
        handle.onOutput((batch) => this.output(batch.data));
        const r = await handle.done;
        end = { exitCode: r.exitCode, killedBySignal: r.signal !== null && r.signal !== 0 && r.stoppedBy === null, stoppedBy: r.stoppedBy, launchError: r.launchError, tail: r.tail };
      }
    }
    if (end.exitCode !== null) end = { ...end, exitCode: widenSimulatedExitCode(this.deps.ctx.host, command.build(this.deps.ctx, params), end.exitCode) };
    return { end, outcome: commandOutcome(command, end) };
  }

  private output(data: string): void {
    const runId = this.state?.runId;
    if (runId) this.emit({ channel: 'run:output', payload: { runId, seq: this.seq++, data } });
  }

  private emit(event: Parameters<SetupListener>[0]): void {
    for (const l of this.listeners) l(event);
  }

  private async safely(what: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      this.log(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private log(line: string): void {
    this.deps.log?.(line);
  }
}
