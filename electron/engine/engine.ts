import type { EventChannel, EventChannels } from '../contract/channels.js';
import type { DiagnoseReport } from '../contract/checks.js';
import type { EngineView } from '../contract/plan.js';
import type { RunOutcome } from '../contract/run.js';
import type { HostInfo } from '../contract/platform.js';
import { describeCommand } from '../runner/command.js';
import type { RunHandle, RunResult, PtyRunnerLike } from '../runner/runner.js';
import { diagnoseHost } from './diagnose.js';
import type { Effect, EngineEvent, EngineState, Reply } from './machine.js';
import { initialState, transition } from './machine.js';
import type { ProbeContext } from './model.js';
import type { Plan } from './plan/default-plan.js';
import { engineView } from './view.js';

export type EngineListener = <C extends EventChannel>(channel: C, payload: EventChannels[C]) => void;

export interface EngineDeps {
  plan: Plan;
  ctx: ProbeContext;
  pty: PtyRunnerLike;
  now?: () => Date;
  log?: (line: string) => void;
}

/**
 * The interpreter: holds the state, feeds events through the pure `transition`, and carries out
 * the effects it returns (probes, runs, cancels, state pushes). All process work goes through
 * the injected runners.
 */
export class Engine {
  private state: EngineState = initialState();
  private readonly listeners = new Set<EngineListener>();
  private readonly runs = new Map<string, RunHandle>();
  private diagnoseWaiters: ((report: DiagnoseReport) => void)[] = [];
  private readonly abort = new AbortController();

  constructor(private readonly deps: EngineDeps) {}

  /** Feeds one event through the machine and carries out its effects. */
  dispatch(event: EngineEvent): Reply {
    const t = transition(this.state, event, this.deps.plan.steps, this.deps.ctx.host.platform);
    this.state = t.state;
    for (const effect of t.effects) this.perform(effect);
    return t.reply;
  }

  /** Runs every probe and check; resolves with the report of a probe pass that began after this call. */
  diagnose(): Promise<DiagnoseReport> {
    return new Promise((resolve) => {
      this.diagnoseWaiters.push(resolve);
      this.dispatch({ type: 'diagnose-requested' });
    });
  }

  /** The host this engine believes it runs on. */
  hostInfo(): HostInfo {
    return this.deps.ctx.host;
  }

  view(): EngineView {
    return engineView(this.state, this.deps.plan, this.deps.ctx.host.platform);
  }

  /**
   * Adds a listener (a view). Output is flow-controlled only while someone listens: a view that
   * acks may attach and detach (a reload), and a run must not stay paused with nobody to ack.
   */
  subscribe(listener: EngineListener): () => void {
    this.listeners.add(listener);
    for (const run of this.runs.values()) run.setFlowControl(true);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) for (const run of this.runs.values()) run.setFlowControl(false);
    };
  }

  ack(runId: string, chars: number): void {
    this.runs.get(runId)?.ack(chars);
  }

  resize(runId: string, cols: number, rows: number): boolean {
    const run = this.runs.get(runId);
    run?.resize(cols, rows);
    return run !== undefined;
  }

  /** Cancels active runs and waits for them to end. */
  async dispose(): Promise<void> {
    this.abort.abort();
    const pending = [...this.runs.values()];
    for (const run of pending) run.cancel();
    await Promise.all(pending.map((r) => r.done));
    this.listeners.clear();
  }

  private emit<C extends EventChannel>(channel: C, payload: EventChannels[C]): void {
    for (const l of this.listeners) l(channel, payload);
  }

  private perform(effect: Effect): void {
    switch (effect.type) {
      case 'emit-state':
        this.emit('engine:state', this.view());
        return;
      case 'probe':
        void this.probe();
        return;
      case 'start-run':
        this.startRun(effect.runId, effect.stepId);
        return;
      case 'cancel-run':
        this.runs.get(effect.runId)?.cancel();
        return;
    }
  }

  private async probe(): Promise<void> {
    const { report } = await diagnoseHost(this.deps.plan, this.deps.ctx, this.deps.now ?? (() => new Date()), this.abort.signal);
    const more = this.state.probeAgain;
    this.dispatch({ type: 'diagnose-finished', report });
    if (!more) {
      const waiters = this.diagnoseWaiters;
      this.diagnoseWaiters = [];
      for (const w of waiters) w(report);
    }
  }

  private startRun(runId: string, stepId: string): void {
    const step = this.deps.plan.steps.find((s) => s.id === stepId);
    if (!step) return;
    const spec = step.action(this.deps.ctx);
    this.deps.log?.(`run ${runId} ${step.id}: ${describeCommand(spec)}`);
    const handle = this.deps.pty.start(spec);
    handle.setFlowControl(this.listeners.size > 0);
    this.runs.set(runId, handle);
    handle.onOutput((batch) => this.emit('run:output', { runId, seq: batch.seq, data: batch.data }));
    void handle.done.then((result) => {
      this.runs.delete(runId);
      const outcome = outcomeOf(result, (code, tail) => step.classify(code, tail));
      this.emit('run:exit', {
        runId,
        stepId,
        outcome,
        exitCode: result.exitCode,
        durationMs: result.durationMs,
        tail: result.launchError ?? result.tail,
        batches: result.batches,
      });
      this.dispatch({ type: 'run-exited', runId, outcome, exitCode: result.exitCode });
    });
  }
}

/** The runner reports facts (exit code, why it stopped); the step's map decides what they mean. */
export function outcomeOf(result: RunResult, classify: (exitCode: number, tail: string) => RunOutcome): RunOutcome {
  if (result.launchError !== null || result.exitCode === null) return result.stoppedBy === 'cancelled' ? 'cancelled' : 'launch-failed';
  if (result.stoppedBy === 'cancelled') return 'cancelled';
  if (result.stoppedBy === 'timeout' || result.stoppedBy === 'idle-timeout') return 'timed-out';
  // Killed by a signal we did not send: node-pty then reports exit code 0 with the signal.
  if (result.signal) return 'failed';
  return classify(result.exitCode, result.tail);
}
